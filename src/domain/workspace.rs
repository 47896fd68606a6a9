//! The workspace: everything one browser holds about one organisation.
//!
//! [`Workspace`] is one type with many `impl` blocks, one per concern, each
//! in the file of that concern. Where each family of methods lives:
//!
//! - **Lookups** by id, by name and by group: `lookup.rs` (`objective`,
//!   `unit`, `person_name`, `key_results_of`, `check_ins_of`, …).
//! - **Changes** that reach across records (objectives, key results,
//!   units, people, periods, dependencies): `edit.rs`; each that removes or
//!   moves something returns a report of what it took with it. Changes
//!   that touch one record kind only live beside it: `check_in.rs`
//!   (check-ins and current values), `initiative.rs`, `kpi.rs`,
//!   `individual.rs` (individual goals), `coach/dismissal.rs`. Closed
//!   periods refuse all of them: `lock.rs`.
//! - **Rules**: `alignment.rs` (what may ladder up to what), `integrity.rs`
//!   (what an imported file must satisfy), `draft.rs` (form validation).
//! - **Derived views**: `cascade.rs`, `dependency.rs` (waits on / needed
//!   by), `pace.rs` and `progress.rs` (expected and actual progress),
//!   `due.rs`, `dashboard.rs`, `series.rs`, `grade.rs` (scores and
//!   bands), `retrospective.rs`, `csv.rs`, `rollover.rs`.
//! - **Exchange**: `revision.rs` (stamps), `merge.rs`, `export_scope.rs`.
//! - Here: the document's fields, its size, and the defaults views open on.

use super::{
    CheckIn, Initiative, KeyResult, Kpi, Objective, ObjectiveId, OrgUnit, Period, PeriodId, Person,
    Records, Revision, Settings, progress,
};
use crate::text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The top-level document. Storage saves it, snapshots carry it, the UI edits it.
#[derive(Clone, PartialEq, Debug, Default, Serialize, Deserialize)]
pub struct Workspace {
    /// The organisation's name; empty until someone sets it.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub settings: Settings,
    /// True while the workspace is the sample company, so it can be labelled and removed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
    #[serde(default)]
    pub units: Records<OrgUnit>,
    #[serde(default)]
    pub people: Records<Person>,
    #[serde(default)]
    pub periods: Records<Period>,
    /// The period marked current; views open on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_period: Option<PeriodId>,
    #[serde(default)]
    pub objectives: Records<Objective>,
    #[serde(default)]
    pub key_results: Records<KeyResult>,
    #[serde(default, skip_serializing_if = "Records::is_empty")]
    pub check_ins: Records<CheckIn>,
    #[serde(default, skip_serializing_if = "Records::is_empty")]
    pub initiatives: Records<Initiative>,
    #[serde(default, skip_serializing_if = "Records::is_empty")]
    pub kpis: Records<Kpi>,
    /// The revision stamp of what the organisation shares besides its
    /// records ([`Organisation`](super::Organisation)), so live sync can tell whose change of
    /// the name or the cadence is newer.
    #[serde(default, skip_serializing_if = "Revision::is_new")]
    pub organisation_rev: Revision,
}

impl Workspace {
    /// True for a workspace nobody has put anything in yet (the first-run state).
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty()
            && self.units.is_empty()
            && self.people.is_empty()
            && self.periods.is_empty()
            && self.objectives.is_empty()
    }

    /// True when any collection someone builds by hand holds more records
    /// than `other`'s (check-ins and KPI values are left out: they grow by
    /// themselves as days pass in the sample).
    pub fn has_more_records_than(&self, other: &Workspace) -> bool {
        self.units.len() > other.units.len()
            || self.people.len() > other.people.len()
            || self.periods.len() > other.periods.len()
            || self.objectives.len() > other.objectives.len()
            || self.key_results.len() > other.key_results.len()
            || self.initiatives.len() > other.initiatives.len()
            || self.kpis.len() > other.kpis.len()
    }

    /// Roughly how many bytes this version, kept for undo, holds in memory
    /// that `newer`, made from it, does not share (see
    /// [`Records::held_apart`]). An edit shares every record it left alone,
    /// so a check-in on three years of a large company holds about 0.3 MB
    /// (its copy of the check-in list); a workspace replaced whole holds
    /// all of it.
    pub fn held_apart(&self, newer: &Workspace) -> usize {
        self.units.held_apart(&newer.units, |_| 1)
            + self.people.held_apart(&newer.people, |_| 1)
            + self.periods.held_apart(&newer.periods, |_| 1)
            + self.objectives.held_apart(&newer.objectives, |_| 1)
            + self.key_results.held_apart(&newer.key_results, |_| 1)
            + self.check_ins.held_apart(&newer.check_ins, |_| 1)
            + self.initiatives.held_apart(&newer.initiatives, |_| 1)
            + self.kpis.held_apart(&newer.kpis, |k| 1 + k.readings.len())
    }

    /// The name to show, with a neutral fallback before one is set.
    pub fn display_name(&self) -> &str {
        match self.name.trim() {
            "" => text::workspace::UNTITLED_ORGANISATION,
            name => name,
        }
    }

    /// The period views open on: the one marked current, else the one containing
    /// `today`, else the latest.
    pub fn default_period(&self, today: NaiveDate) -> Option<&Period> {
        self.current_period
            .as_ref()
            .and_then(|id| self.period(id))
            .or_else(|| self.periods.iter().find(|p| p.contains(today)))
            .or_else(|| self.periods.iter().max_by_key(|p| p.end))
    }

    /// Periods in time order.
    pub fn periods_in_order(&self) -> Vec<&Period> {
        let mut periods: Vec<&Period> = self.periods.iter().collect();
        periods.sort_by_key(|p| (p.start, p.end));
        periods
    }

    /// An objective's progress from its own key results; `None` without measurable ones.
    pub fn objective_progress(&self, objective: &ObjectiveId) -> Option<f64> {
        progress::objective_progress(self.key_results_of(objective))
    }
}
