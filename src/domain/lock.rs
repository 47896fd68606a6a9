//! A closed period's OKRs are read-only: graded, reflected on, done. Every
//! change to an objective, key result, check-in, initiative, grade,
//! reflection or dependency asks here first, so the lock holds for any
//! caller, not only for the controls the UI happens to hide.
//!
//! Removing a person or an open-period objective may still clear references
//! to them in a closed period (a contributor, a check-in's author, a
//! dependency): that keeps every reference resolvable, and it is not an edit
//! of the closed OKRs' content.

use super::{CheckInId, InitiativeId, KeyResultId, ObjectiveId, PeriodId, WorkRef, Workspace};
use crate::text;

impl Workspace {
    /// Refuses a change to the OKRs of a closed period, naming it.
    pub fn ensure_period_open(&self, period: &PeriodId) -> Result<(), String> {
        match self.period(period) {
            Some(p) if p.closed => Err(text::lock::period_closed(&p.name)),
            _ => Ok(()),
        }
    }

    pub fn ensure_objective_open(&self, objective: &ObjectiveId) -> Result<(), String> {
        match self.objective(objective) {
            Some(o) => self.ensure_period_open(&o.period),
            None => Ok(()),
        }
    }

    pub fn ensure_key_result_open(&self, key_result: &KeyResultId) -> Result<(), String> {
        match self.key_result(key_result) {
            Some(kr) => self.ensure_objective_open(&kr.objective),
            None => Ok(()),
        }
    }

    pub fn ensure_work_open(&self, work: &WorkRef) -> Result<(), String> {
        match work {
            WorkRef::Objective(id) => self.ensure_objective_open(id),
            WorkRef::KeyResult(id) => self.ensure_key_result_open(id),
        }
    }

    pub(super) fn ensure_check_in_open(&self, check_in: &CheckInId) -> Result<(), String> {
        match self.check_in(check_in) {
            Some(c) => self.ensure_key_result_open(&c.key_result),
            None => Ok(()),
        }
    }

    pub(super) fn ensure_initiative_open(&self, initiative: &InitiativeId) -> Result<(), String> {
        match self.initiatives.by_key(initiative) {
            Some(i) => self.ensure_key_result_open(&i.key_result),
            None => Ok(()),
        }
    }

    /// True when the objective's period is closed, so it must not change.
    pub fn is_closed(&self, objective: &ObjectiveId) -> bool {
        self.ensure_objective_open(objective).is_err()
    }
}
