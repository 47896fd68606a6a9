//! Pace: where a key result should be by a given day if progress were linear
//! over its period, and the status that suggests. The person's own status,
//! from their latest check-in, always wins over the suggestion.
//!
//! Periods are whole days, so pace depends only on the local date, never on
//! the time of day, the time zone or daylight-saving changes.

use super::{CheckIn, KeyResult, Measure, ObjectiveId, Status, Workspace, bar};
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
    /// The share of the key result's period passed by the end of `day`
    /// (0 before it starts).
    pub fn elapsed(&self, kr: &KeyResult, day: NaiveDate) -> Option<f64> {
        let objective = self.objective(&kr.objective)?;
        let period = self.period(&objective.period)?;
        Some(if day < period.start {
            0.0
        } else {
            period.elapsed(day)
        })
    }

    /// Where pace expects the key result to be by the end of `day`, as
    /// progress: the share of its period passed, scaled to what counts as
    /// success for it (all of it for a commit, about 0.7 for a stretch).
    /// `None` before the period begins. Bars, charts and the suggested status
    /// all use this one figure, so they cannot disagree.
    pub fn expected_progress(&self, kr: &KeyResult, day: NaiveDate) -> Option<f64> {
        let objective = self.objective(&kr.objective)?;
        let period = self.period(&objective.period)?;
        (day >= period.start).then(|| period.elapsed(day) * kr.commitment.expected_score())
    }

    /// The same expectation in the key result's own terms (e.g. 460 leads);
    /// `None` for a milestone, which has no value between not done and done.
    pub fn expected_value(&self, kr: &KeyResult, day: NaiveDate) -> Option<f64> {
        match kr.measure {
            Measure::Metric { start, target, .. } | Measure::Percentage { start, target, .. } => {
                let expected = self.expected_progress(kr, day)?;
                Some(match target - start {
                    span if span.is_finite() => start + span * expected,
                    // Ends near the largest float: the same point, without the overflowing span.
                    _ => start * (1.0 - expected) + target * expected,
                })
            }
            Measure::Milestone { .. } => None,
        }
    }

    /// An objective's expected progress: the weighted mean of its key
    /// results', weighted as its progress is.
    pub fn objective_expected_progress(&self, id: &ObjectiveId, day: NaiveDate) -> Option<f64> {
        let expected = super::progress::weighted_mean(
            self.key_results_of(id)
                .into_iter()
                // The same key results that make up the objective's progress.
                .filter(|kr| kr.measure.progress().is_some())
                .filter_map(|kr| Some((self.expected_progress(kr, day)?, kr.weight))),
        );
        if expected.is_some() {
            return expected;
        }
        // Without key results the period's own pace is still worth showing.
        let objective = self.objective(id)?;
        let period = self.period(&objective.period)?;
        (day >= period.start).then(|| period.elapsed(day))
    }

    /// The status pace suggests for a key result.
    pub fn suggested_status(&self, kr: &KeyResult, today: NaiveDate) -> Option<Status> {
        self.suggested_status_for(kr, &kr.measure, today)
    }

    /// The status pace would suggest if the key result stood at `measure` on
    /// `day`: what a check-in being typed is compared with.
    pub fn suggested_status_for(
        &self,
        kr: &KeyResult,
        measure: &Measure,
        day: NaiveDate,
    ) -> Option<Status> {
        suggest(kr, measure, self.elapsed(kr, day)?)
    }

    /// The status shown for a key result: the one chosen at its latest
    /// check-in; without one, none ("not checked in") for its first
    /// cadence, then the one pace suggests.
    pub fn key_result_status(&self, kr: &KeyResult, today: NaiveDate) -> Option<Status> {
        self.key_result_status_given(kr, self.latest_check_in(&kr.id), today)
    }

    /// [`Workspace::key_result_status`] given the key result's latest check-in.
    pub fn key_result_status_given(
        &self,
        kr: &KeyResult,
        latest: Option<&CheckIn>,
        today: NaiveDate,
    ) -> Option<Status> {
        match latest {
            Some(c) => Some(c.status),
            None if self.awaiting_first_check_in(kr, today) => None,
            None => self.suggested_status(kr, today),
        }
    }

    /// An objective's status: the one among its key results most in need of
    /// attention, so a key result that needs help is never averaged away.
    pub fn objective_status(&self, id: &ObjectiveId, today: NaiveDate) -> Option<Status> {
        self.key_results
            .in_group(id)
            .filter_map(|kr| self.key_result_status(kr, today))
            .max()
    }
}
