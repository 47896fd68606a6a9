//! Values over time, for charts: a key result's check-ins and an objective's
//! progress as its key results were checked in on.

use super::{CheckIn, KeyResult, ObjectiveId, Status, Workspace, bar};
use chrono::NaiveDate;

/// A key result's checked-in values from its check-ins (as
/// [`Workspace::check_ins_of`] gives them, oldest first); a milestone is 0 or 1.
pub fn value_series(check_ins: &[&CheckIn]) -> Vec<(NaiveDate, f64)> {
    check_ins
        .iter()
        .map(|c| (c.date, c.reading.number()))
        .collect()
}

impl Workspace {
    /// The objective's progress at the start of its period and on each day
    /// any of its key results was checked in on.
    pub fn progress_series(&self, id: &ObjectiveId) -> Vec<(NaiveDate, f64)> {
        let Some(objective) = self.objective(id) else {
            return Vec::new();
        };
        let Some(period) = self.period(&objective.period) else {
            return Vec::new();
        };
        let key_results = self.key_results_of(id);
        let mut days: Vec<NaiveDate> = key_results
            .iter()
            .flat_map(|kr| self.check_ins_of(&kr.id))
            .map(|c| c.date)
            .filter(|d| *d >= period.start)
            .collect();
        if days.is_empty() {
            return Vec::new();
        }
        days.push(period.start);
        days.sort();
        days.dedup();
        days.into_iter()
            .filter_map(|day| {
                let measures: Vec<KeyResult> = key_results
                    .iter()
                    .map(|kr| KeyResult {
                        measure: self.measure_on(kr, day),
                        ..(*kr).clone()
                    })
                    .collect();
                super::objective_progress(&measures).map(|p| (day, bar(p)))
            })
            .collect()
    }

    /// The statuses chosen at a key result's check-ins, oldest first, with
    /// repeats folded: "On track → At risk → On track".
    pub fn status_trend(&self, kr: &KeyResult) -> Vec<Status> {
        let mut trend: Vec<Status> = self
            .check_ins_of(&kr.id)
            .into_iter()
            .map(|c| c.status)
            .collect();
        trend.dedup();
        trend
    }
}
