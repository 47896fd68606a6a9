//! The period dashboard: per unit, how many key results are on track, at
//! risk, need help, or have not been checked in on yet. Counts of work, per
//! unit, never per person.

use super::{PeriodId, Status, UnitId, Workspace};

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct StatusCounts {
    pub on_track: usize,
    pub at_risk: usize,
    pub off_track: usize,
    pub not_checked_in: usize,
}

impl StatusCounts {
    pub fn total(&self) -> usize {
        self.on_track + self.at_risk + self.off_track + self.not_checked_in
    }

    fn add(&mut self, status: Option<Status>) {
        match status {
            Some(Status::OnTrack) => self.on_track += 1,
            Some(Status::AtRisk) => self.at_risk += 1,
            Some(Status::OffTrack) => self.off_track += 1,
            None => self.not_checked_in += 1,
        }
    }
}

impl Workspace {
    /// Status counts per unit with key results in the period, in the order of
    /// the organisation chart. Only chosen statuses count: a key result
    /// without a check-in is "not checked in", whatever pace suggests.
    pub fn status_counts(&self, period: &PeriodId) -> Vec<(UnitId, StatusCounts)> {
        let latest = self.latest_check_ins();
        let mut rows: Vec<(UnitId, StatusCounts)> = Vec::new();
        for unit in self.units_in_chart_order() {
            let mut counts = StatusCounts::default();
            for o in self.objectives.iter().filter(|o| {
                &o.period == period && !o.archived && o.unit == unit.id && o.owner.is_none()
            }) {
                for kr in self.key_results_of(&o.id) {
                    counts.add(latest.of(&kr.id).map(|c| c.status));
                }
            }
            if counts.total() > 0 {
                rows.push((unit.id.clone(), counts));
            }
        }
        rows
    }
}
