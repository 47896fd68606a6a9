//! Pace: where a key result should be by a given day if progress were linear
//! over its period, and the status that suggests. The person's own status,
//! from their latest check-in, always wins over the suggestion.
//!
//! Periods are whole days, so pace depends only on the local date, never on
//! the time of day, the time zone or daylight-saving changes.

use super::{KeyResult, Measure, ObjectiveId, Status, Workspace, bar};
use chrono::NaiveDate;

/// The status pace suggests for `measure` (a key result's measure, or one
/// being typed) when `elapsed` of the period has passed. A stretch key result
/// is paced toward the ~0.7 that counts as its success, not toward 1.0. A
/// milestone has no partial progress to pace, so it is on track until the
/// last tenth of the period, at risk then, and needs help once it is over.
pub fn suggest(kr: &KeyResult, measure: &Measure, elapsed: f64) -> Option<Status> {
    match *measure {
        Measure::Milestone { done: true } => Some(Status::OnTrack),
        Measure::Milestone { done: false } => Some(if elapsed >= 1.0 {
            Status::OffTrack
        } else if elapsed >= 0.9 {
            Status::AtRisk
        } else {
            Status::OnTrack
        }),
        _ => {
            let progress = bar(measure.progress()?);
            Some(Status::suggested(
                progress,
                elapsed * kr.commitment.expected_score(),
            ))
        }
    }
}

impl Workspace {
    /// The share of the key result's period passed by the end of `today`
    /// (0 before it starts).
    pub fn expected_progress(&self, kr: &KeyResult, today: NaiveDate) -> Option<f64> {
        let objective = self.objective(&kr.objective)?;
        let period = self.period(&objective.period)?;
        Some(if today < period.start {
            0.0
        } else {
            period.elapsed(today)
        })
    }

    /// The status pace suggests for a key result.
    pub fn suggested_status(&self, kr: &KeyResult, today: NaiveDate) -> Option<Status> {
        suggest(kr, &kr.measure, self.expected_progress(kr, today)?)
    }

    /// The status shown for a key result: the one chosen at its latest
    /// check-in, else the one pace suggests.
    pub fn key_result_status(&self, kr: &KeyResult, today: NaiveDate) -> Option<Status> {
        match self.latest_check_in(&kr.id) {
            Some(c) => Some(c.status),
            None => self.suggested_status(kr, today),
        }
    }

    /// An objective's status: the one among its key results most in need of
    /// attention, so a key result that needs help is never averaged away.
    pub fn objective_status(&self, id: &ObjectiveId, today: NaiveDate) -> Option<Status> {
        self.key_results_of(id)
            .into_iter()
            .filter_map(|kr| self.key_result_status(kr, today))
            .max()
    }
}
