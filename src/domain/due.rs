//! Due for check-in: key results whose last check-in (or, without one, the
//! start of their period) is longer ago than the check-in cadence. Only
//! periods under way count: before a period starts nothing is due, and after
//! it ends the rhythm gives way to grading.

use super::{KeyResultId, ObjectiveId, PeriodId, UnitId, Workspace};
use chrono::NaiveDate;

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Due {
    pub key_result: KeyResultId,
    pub objective: ObjectiveId,
    pub unit: UnitId,
    /// The last check-in's date; `None` if there has been none.
    pub last: Option<NaiveDate>,
    /// Days since the last check-in, or since the period began.
    pub days: i64,
}

impl Workspace {
    /// Due key results in `period` as of `today`, for the given units (all
    /// when empty), longest-waiting first.
    pub fn due_for_check_in(
        &self,
        period: &PeriodId,
        units: &[UnitId],
        today: NaiveDate,
    ) -> Vec<Due> {
        let Some(p) = self.period(period) else {
            return Vec::new();
        };
        if p.closed || !p.contains(today) {
            return Vec::new();
        }
        let cadence = i64::from(self.settings.check_in_every_days.max(1));
        let latest = self.latest_check_ins();
        let mut due: Vec<Due> = self
            .objectives
            .iter()
            .filter(|o| &o.period == period && !o.archived && self.shows(o))
            .filter(|o| units.is_empty() || units.contains(&o.unit))
            .flat_map(|o| {
                self.key_results_of(&o.id)
                    .into_iter()
                    .map(move |kr| (o, kr))
            })
            .filter_map(|(o, kr)| {
                let last = latest.of(&kr.id).map(|c| c.date);
                let days = (today - last.unwrap_or(p.start)).num_days();
                (days > cadence).then(|| Due {
                    key_result: kr.id.clone(),
                    objective: o.id.clone(),
                    unit: o.unit.clone(),
                    last,
                    days,
                })
            })
            .collect();
        due.sort_by_key(|d| std::cmp::Reverse(d.days));
        due
    }
}
