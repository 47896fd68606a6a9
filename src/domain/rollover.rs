//! Rollover: carrying unfinished key results into the next period. The copy
//! starts where the original ended (start = last value), keeps its target,
//! kind, commitment, weight, lead and open initiatives, and links back to
//! its origin. Check-ins stay with the original: they are its history.

use super::{
    Initiative, InitiativeId, KeyResult, KeyResultId, Measure, Objective, ObjectiveId, Period,
    PeriodId, Quarter, Workspace, bar, next_quarter, quarter_of,
};
use crate::text;
use chrono::NaiveDate;

/// What a rollover created.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Rollover {
    /// The objectives in the target period that received key results (new or existing copies).
    pub objectives: Vec<ObjectiveId>,
    pub key_results: Vec<KeyResultId>,
}

impl KeyResult {
    /// Not yet at its target: a candidate for rolling over.
    pub fn is_unfinished(&self) -> bool {
        match self.measure {
            Measure::Milestone { done } => !done,
            _ => self.measure.progress().is_none_or(|p| bar(p) < 1.0),
        }
    }
}

impl Workspace {
    /// True once the period has ended or been closed: rollover makes sense then.
    pub fn can_roll_over(&self, period: &PeriodId, today: NaiveDate) -> bool {
        self.period(period)
            .is_some_and(|p| p.closed || today >= p.end)
    }

    /// The period after `period`: the first that starts after it ends, or,
    /// when there is none yet, the calendar quarter that would follow it.
    pub fn next_period(&self, period: &PeriodId) -> Option<Result<&Period, Quarter>> {
        let end = self.period(period)?.end;
        Some(
            self.periods_in_order()
                .into_iter()
                .find(|p| p.start > end)
                .ok_or_else(|| next_quarter(quarter_of(end))),
        )
    }

    /// The period to plan next, once `current` is more than two-thirds over
    /// and the period after it holds no objectives yet: the time to write
    /// next quarter's OKRs is before it starts.
    pub fn next_to_plan(
        &self,
        current: &PeriodId,
        today: NaiveDate,
    ) -> Option<Result<&Period, Quarter>> {
        let period = self.period(current)?;
        if period.closed || period.elapsed(today) <= 2.0 / 3.0 || today > period.end {
            return None;
        }
        match self.next_period(current)? {
            Ok(next) if self.objectives_in(&next.id).next().is_some() => None,
            next => Some(next),
        }
    }

    /// The period after `current`, created as the following quarter when
    /// there is none yet: where planning the next period starts.
    pub fn open_next_period(
        &mut self,
        current: &PeriodId,
        id: PeriodId,
    ) -> Result<PeriodId, String> {
        match self.next_period(current) {
            None => Err(text::common::PERIOD_NO_LONGER_EXISTS.to_owned()),
            Some(Ok(next)) => Ok(next.id.clone()),
            Some(Err(quarter)) => self.add_quarter(id, quarter),
        }
    }

    /// The name of the period a rollover from `period` would land in.
    pub fn next_period_name(&self, period: &PeriodId) -> Option<String> {
        Some(match self.next_period(period)? {
            Ok(p) => p.name.clone(),
            Err((year, q)) => format!("{year} Q{q}"),
        })
    }

    /// Rolls key results of `from` over into the next period, creating that
    /// quarter when it does not exist yet. Returns the period and what was made.
    pub fn roll_over_into_next(
        &mut self,
        key_results: &[KeyResultId],
        from: &PeriodId,
        mut bits: impl FnMut() -> u64,
    ) -> Result<(PeriodId, Rollover), String> {
        if key_results
            .iter()
            .all(|id| self.key_result(id).is_none() || self.rolled_copies(id).next().is_some())
        {
            return Err(text::rollover::ALREADY_ROLLED_OVER.to_owned());
        }
        if let Some(Ok(next)) = self.next_period(from) {
            self.ensure_period_open(&next.id)?;
        }
        let into = match self.next_period(from) {
            None => return Err(text::common::PERIOD_NO_LONGER_EXISTS.to_owned()),
            Some(Ok(p)) => p.id.clone(),
            Some(Err(quarter)) => self.add_quarter(PeriodId::from_bits(bits()), quarter)?,
        };
        let done = self.roll_over(key_results, &into, bits);
        Ok((into, done))
    }

    /// The copies rolled over from `kr`; `roll_over` makes at most one.
    pub fn rolled_copies<'a>(&'a self, kr: &'a KeyResultId) -> impl Iterator<Item = &'a KeyResult> {
        self.key_results
            .iter()
            .filter(move |k| k.rolled_from.as_ref() == Some(kr))
    }

    /// The copy of `objective` already made in `period`, if any.
    pub fn rolled_copy(&self, objective: &ObjectiveId, period: &PeriodId) -> Option<&Objective> {
        self.objectives
            .iter()
            .find(|o| &o.period == period && o.rolled_from.as_ref() == Some(objective))
    }

    /// Copies each key result into `into` (a later, open period; key results
    /// already rolled over are skipped), under a copy of its objective
    /// (reused if an earlier rollover made one). The copy of an objective
    /// ladders up to the copy of its parent when that exists in `into`, and to
    /// nothing otherwise, since alignment stays within one period.
    pub fn roll_over(
        &mut self,
        key_results: &[KeyResultId],
        into: &PeriodId,
        mut bits: impl FnMut() -> u64,
    ) -> Rollover {
        let mut done = Rollover::default();
        let Some(target) = self.period(into).cloned() else {
            return done;
        };
        if target.closed {
            return done;
        }
        for kr_id in key_results {
            let Some(kr) = self.key_result(kr_id).cloned() else {
                continue;
            };
            let Some(origin) = self.objective(&kr.objective).cloned() else {
                continue;
            };
            // Only forward, and only once: a second copy, or a copy into an
            // earlier period, would split the key result's story in two.
            let forward = self
                .period(&origin.period)
                .is_some_and(|p| target.start > p.end);
            let copied = self.rolled_copies(kr_id).next().is_some();
            if !forward || copied {
                continue;
            }
            let objective = match self.rolled_copy(&origin.id, into) {
                Some(copy) => copy.id.clone(),
                None => {
                    let id = ObjectiveId::from_bits(bits());
                    let parent = origin
                        .parent
                        .as_ref()
                        .and_then(|p| self.rolled_copy(p, into))
                        .map(|p| p.id.clone());
                    self.objectives.push(Objective {
                        id: id.clone(),
                        parent,
                        period: into.clone(),
                        depends_on: Vec::new(),
                        archived: false,
                        reflection: Default::default(),
                        rolled_from: Some(origin.id.clone()),
                        // A new period is a fresh look: advice set aside then is given again.
                        dismissed: Vec::new(),
                        ..origin.clone()
                    });
                    id
                }
            };
            let id = KeyResultId::from_bits(bits());
            let last = kr.measure.clone();
            let measure = match last {
                Measure::Metric {
                    current,
                    target,
                    unit,
                    ..
                } => Measure::Metric {
                    start: current,
                    target,
                    current,
                    unit,
                },
                Measure::Percentage {
                    current, target, ..
                } => Measure::Percentage {
                    start: current,
                    target,
                    current,
                },
                Measure::Milestone { .. } => Measure::Milestone { done: false },
            };
            let open: Vec<Initiative> = self
                .initiatives_of(&kr.id)
                .into_iter()
                .filter(|i| i.status.is_open())
                .cloned()
                .collect();
            for i in open {
                self.initiatives.push(Initiative {
                    id: InitiativeId::from_bits(bits()),
                    key_result: id.clone(),
                    ..i
                });
            }
            self.key_results.push(KeyResult {
                id: id.clone(),
                objective: objective.clone(),
                measure,
                depends_on: Vec::new(),
                grade: None,
                rolled_from: Some(kr.id.clone()),
                created: None,
                dismissed: Vec::new(),
                ..kr
            });
            if !done.objectives.contains(&objective) {
                done.objectives.push(objective);
            }
            done.key_results.push(id);
        }
        done
    }
}
