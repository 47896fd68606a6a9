//! Due for check-in: key results whose last check-in (or, without one, the
//! start of their period) is longer ago than the check-in cadence. Only
//! periods under way count: before a period starts nothing is due, and after
//! it ends the rhythm gives way to grading.

use super::{
    CheckIn, KeyResult, KeyResultId, Objective, ObjectiveId, Period, PeriodId, UnitId, Workspace,
};
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
        // Objectives in their order, then each one's key results in theirs.
        let mut due: Vec<Due> = self
            .objectives
            .iter()
            .filter(|o| &o.period == period && self.in_rhythm(o))
            .filter(|o| units.is_empty() || units.contains(&o.unit))
            .flat_map(|o| self.key_results.in_group(&o.id).map(move |kr| (o, kr)))
            .filter_map(|(o, kr)| self.due_given(p, o, kr, self.latest_check_in(&kr.id), today))
            .collect();
        due.sort_by_key(|d| std::cmp::Reverse(d.days));
        due
    }

    /// Whether one key result is due, as [`Workspace::due_for_check_in`]
    /// would list it, given its latest check-in: for a page about one key
    /// result, which need not look at every other.
    pub fn due_of(
        &self,
        kr: &KeyResult,
        latest: Option<&CheckIn>,
        today: NaiveDate,
    ) -> Option<Due> {
        let objective = self.objective(&kr.objective)?;
        let period = self.period(&objective.period)?;
        if !self.in_rhythm(objective) {
            return None;
        }
        self.due_given(period, objective, kr, latest, today)
    }

    /// Days between check-ins, at least one.
    fn cadence(&self) -> i64 {
        i64::from(self.settings.check_in_every_days.max(1))
    }

    /// Whether a key result never checked in is still within its first
    /// cadence, counted from when it was added (or its period began, if
    /// later): it reads "not checked in" everywhere then, rather than being
    /// judged by pace on a day it could not yet have moved. The one rule
    /// rows, the status strip, charts and the coach all follow, through
    /// [`Workspace::key_result_status_given`].
    pub fn awaiting_first_check_in(&self, kr: &KeyResult, today: NaiveDate) -> bool {
        let Some(period) = self
            .objective(&kr.objective)
            .and_then(|o| self.period(&o.period))
        else {
            return true;
        };
        (today - waiting_since(kr, period)).num_days() <= self.cadence()
    }

    /// Archived objectives, and individual ones while views hide them, have
    /// no check-in rhythm.
    fn in_rhythm(&self, objective: &Objective) -> bool {
        !objective.archived && self.shows(objective)
    }

    fn due_given(
        &self,
        period: &Period,
        objective: &Objective,
        kr: &KeyResult,
        latest: Option<&CheckIn>,
        today: NaiveDate,
    ) -> Option<Due> {
        if period.closed || !period.contains(today) {
            return None;
        }
        let last = latest.map(|c| c.date);
        let days = (today - last.unwrap_or_else(|| waiting_since(kr, period))).num_days();
        (days > self.cadence()).then(|| Due {
            key_result: kr.id.clone(),
            objective: objective.id.clone(),
            unit: objective.unit.clone(),
            last,
            days,
        })
    }
}

/// Where the wait for a first check-in starts: the day the key result was
/// added, or its period's start when that is later or the day is unknown.
fn waiting_since(kr: &KeyResult, period: &Period) -> NaiveDate {
    kr.created
        .map_or(period.start, |added| added.max(period.start))
}
