//! The period dashboard: per unit, how many key results are on track, at
//! risk, need help, or have not been checked in on yet. Counts of work, per
//! unit, never per person.

use super::{PeriodId, Status, UnitId, Workspace};
use chrono::NaiveDate;
use rustc_hash::FxHashMap;

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
    /// the organisation chart. Each key result counts under the status its
    /// row shows ([`Workspace::key_result_status`]), so they always agree.
    pub fn status_counts(
        &self,
        period: &PeriodId,
        today: NaiveDate,
    ) -> Vec<(UnitId, StatusCounts)> {
        let mut counts: FxHashMap<&UnitId, StatusCounts> = FxHashMap::default();
        for o in self.objectives_in(period) {
            let unit = counts.entry(&o.unit).or_default();
            for kr in self.key_results.in_group(&o.id) {
                unit.add(self.key_result_status(kr, today));
            }
        }
        self.units_in_chart_order()
            .into_iter()
            .filter_map(|unit| {
                let counts = counts.get(&unit.id).filter(|c| c.total() > 0)?;
                Some((unit.id.clone(), *counts))
            })
            .collect()
    }
}
