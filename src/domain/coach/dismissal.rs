//! Dismissals: a finding someone considered and set aside, with why.
//!
//! A dismissal is kept on the record the finding is about (the unit, the
//! objective or the key result), so it travels with that record through
//! exports and merges, colleagues see that the advice was weighed, and
//! `ladder-lint` stays quiet about it. Deleting the record deletes its
//! dismissals with it. A dismissal names the rule, not the wording: the
//! same rule about the same record stays dismissed as the numbers in its
//! reason change.

use super::{Finding, Rule, Subject};
use crate::domain::{PeriodId, Workspace};
use crate::text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One finding set aside.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Dismissal {
    /// The rule's id, as `ladder-lint` prints it. An id this build does not
    /// know (written by a newer one) is kept and matches nothing.
    pub rule: String,
    /// The period a unit's finding is about; absent on objectives and key
    /// results, which belong to one period already.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<PeriodId>,
    /// Why it was set aside, in the words of whoever did it.
    pub reason: String,
    /// The day it was set aside.
    #[serde(with = "crate::domain::date_serde::date")]
    pub on: NaiveDate,
}

impl Dismissal {
    fn matches(&self, rule: Rule, subject: &Subject) -> bool {
        self.rule == rule.id() && self.period.as_ref() == subject.unit_period()
    }
}

/// The findings to show, and those someone dismissed, each with its dismissal.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Sorted {
    pub open: Vec<Finding>,
    pub dismissed: Vec<(Finding, Dismissal)>,
}

impl Sorted {
    pub fn new(ws: &Workspace, findings: Vec<Finding>) -> Sorted {
        let mut sorted = Sorted::default();
        for finding in findings {
            match ws.dismissal(finding.rule, &finding.subject) {
                Some(d) => {
                    let d = d.clone();
                    sorted.dismissed.push((finding, d));
                }
                None => sorted.open.push(finding),
            }
        }
        sorted
    }
}

/// A dismissal's reason as it is kept, or why it cannot be: a dismissal
/// without one would tell colleagues nothing.
pub fn dismissal_reason(typed: &str) -> Result<&str, String> {
    match typed.trim() {
        "" => Err(text::coach::REASON_NEEDED.to_owned()),
        reason => Ok(reason),
    }
}

impl Workspace {
    /// The dismissals kept on the record `subject` names; empty when it is gone.
    fn dismissals(&self, subject: &Subject) -> &[Dismissal] {
        match subject {
            Subject::Unit { unit, .. } => self.unit(unit).map(|u| &u.dismissed[..]),
            Subject::Objective(id) => self.objective(id).map(|o| &o.dismissed[..]),
            Subject::KeyResult(id) => self.key_result(id).map(|kr| &kr.dismissed[..]),
        }
        .unwrap_or_default()
    }

    /// How `rule`'s finding about `subject` was dismissed, if it was.
    pub fn dismissal(&self, rule: Rule, subject: &Subject) -> Option<&Dismissal> {
        self.dismissals(subject)
            .iter()
            .find(|d| d.matches(rule, subject))
    }

    /// Sets `rule`'s finding about `subject` aside, for `reason`. Dismissing
    /// it again replaces the reason. Refused without a reason, for a record
    /// that is gone, and for an objective or key result of a closed period.
    /// A unit's finding may be about a closed period (early full scores) and
    /// stays dismissable: the unit itself is never locked.
    pub fn dismiss(
        &mut self,
        rule: Rule,
        subject: &Subject,
        reason: &str,
        today: NaiveDate,
    ) -> Result<(), String> {
        let reason = dismissal_reason(reason)?;
        let dismissal = Dismissal {
            rule: rule.id().to_owned(),
            period: subject.unit_period().cloned(),
            reason: reason.to_owned(),
            on: today,
        };
        let list = self.dismissals_mut(subject)?;
        list.retain(|d| !d.matches(rule, subject));
        list.push(dismissal);
        Ok(())
    }

    /// Brings a dismissed finding back. Nothing to do if it was not dismissed.
    pub fn undismiss(&mut self, rule: Rule, subject: &Subject) -> Result<(), String> {
        if self.dismissal(rule, subject).is_none() {
            return Ok(());
        }
        self.dismissals_mut(subject)?
            .retain(|d| !d.matches(rule, subject));
        Ok(())
    }

    /// The record's dismissals, ready to change: copying only that record.
    fn dismissals_mut(&mut self, subject: &Subject) -> Result<&mut Vec<Dismissal>, String> {
        let found = match subject {
            Subject::Unit { unit, .. } => {
                let at = self.units.position_by_key(unit);
                at.and_then(|i| self.units.get_mut(i))
                    .map(|u| &mut u.dismissed)
            }
            Subject::Objective(id) => {
                self.ensure_objective_open(id)?;
                let at = self.objectives.position_by_key(id);
                at.and_then(|i| self.objectives.get_mut(i))
                    .map(|o| &mut o.dismissed)
            }
            Subject::KeyResult(id) => {
                self.ensure_key_result_open(id)?;
                let at = self.key_results.position_by_key(id);
                at.and_then(|i| self.key_results.get_mut(i))
                    .map(|kr| &mut kr.dismissed)
            }
        };
        found.ok_or_else(|| text::coach::RECORD_GONE.to_owned())
    }
}
