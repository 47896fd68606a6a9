//! What live sync needs from the domain: a workspace seen as documents, one
//! per record plus one for what the organisation shares besides its
//! records, so two people changing different records never touch the same
//! document and a check-in is one small write.
//!
//! The domain says which documents differ between two versions of a
//! workspace (what to send), and how a deletion made elsewhere lands here.
//! Records arriving from elsewhere are merged by [`Workspace::merge`], the
//! rules of a file merge. The database, its revisions and JSON are the
//! storage layer's (`storage::sync`).
//!
//! What never leaves the browser is not a document at all: "This is me"
//! (`settings.me`), whether the workspace is the sample, and everything
//! private, which lives outside the workspace.

use super::revision::{EachKind, Record, RecordKind, for_each_kind};
use super::{
    CheckInId, InitiativeId, KeyResultId, KpiId, ObjectiveId, PeriodId, PersonId, Revision, UnitId,
    Workspace,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

/// What a synced document holds.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum DocKind {
    /// One record of the workspace.
    Record(RecordKind),
    /// What the organisation shares besides its records: [`Organisation`].
    Organisation,
}

/// A document's name in the database: `objective:<id>`, `organisation`.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct DocKey {
    pub kind: DocKind,
    /// The record's id; empty for the organisation, of which there is one.
    pub id: String,
}

const ORGANISATION: &str = "organisation";

impl DocKey {
    pub fn record(kind: RecordKind, id: &str) -> DocKey {
        DocKey {
            kind: DocKind::Record(kind),
            id: id.to_owned(),
        }
    }

    pub fn organisation() -> DocKey {
        DocKey {
            kind: DocKind::Organisation,
            id: String::new(),
        }
    }

    /// The document's `_id`: the kind's slug, a colon, the record's id.
    /// Stable, so every browser writes a record to the same document.
    pub fn doc_id(&self) -> String {
        match self.kind {
            DocKind::Record(kind) => format!("{}:{}", kind.slug(), self.id),
            DocKind::Organisation => ORGANISATION.to_owned(),
        }
    }

    /// The key a document's `_id` names; `None` for a document that is not
    /// Ladder's (a design document, another program's).
    pub fn parse(doc_id: &str) -> Option<DocKey> {
        if doc_id == ORGANISATION {
            return Some(DocKey::organisation());
        }
        let (slug, id) = doc_id.split_once(':')?;
        let kind = RecordKind::ALL.into_iter().find(|k| k.slug() == slug)?;
        (!id.is_empty()).then(|| DocKey::record(kind, id))
    }
}

/// What the organisation shares besides its records: everyone sees the
/// same name, checks in at the same rhythm, has individual goals on or off
/// together and opens on the same current period.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Organisation {
    pub name: String,
    pub check_in_every_days: u32,
    pub individual_goals: bool,
    pub current_period: Option<PeriodId>,
}

impl Workspace {
    /// What this workspace shares as the organisation's document.
    pub fn organisation(&self) -> Organisation {
        Organisation {
            name: self.name.clone(),
            check_in_every_days: self.settings.check_in_every_days,
            individual_goals: self.settings.individual_goals,
            current_period: self.current_period.clone(),
        }
    }

    /// Takes the organisation's shared fields and their stamp from
    /// elsewhere; what is this browser's own (`settings.me`) stays.
    pub fn set_organisation(&mut self, organisation: Organisation, rev: Revision) {
        self.name = organisation.name;
        self.settings.check_in_every_days = organisation.check_in_every_days;
        self.settings.individual_goals = organisation.individual_goals;
        self.current_period = organisation.current_period;
        self.organisation_rev = rev;
    }

    /// Every document this workspace would put in a database: for the first
    /// sync of a workspace into an empty one.
    pub fn docs(&self) -> BTreeSet<DocKey> {
        struct All<'a> {
            ws: &'a Workspace,
            keys: BTreeSet<DocKey>,
        }
        impl EachKind for All<'_> {
            fn visit<R: Record>(&mut self) {
                self.keys.extend(
                    R::all(self.ws)
                        .iter()
                        .map(|r| DocKey::record(R::KIND, r.id().as_ref())),
                );
            }
        }
        let mut all = All {
            ws: self,
            keys: BTreeSet::from([DocKey::organisation()]),
        };
        for_each_kind(&mut all);
        all.keys
    }

    /// The documents that differ between `before` and this workspace:
    /// records added, changed or removed, and the organisation's if its
    /// shared fields changed. Records both versions still share are passed
    /// over without being compared, so a change in a large workspace costs
    /// little more than the records it touched.
    pub fn changed_docs(&self, before: &Workspace) -> BTreeSet<DocKey> {
        struct Diff<'a> {
            after: &'a Workspace,
            before: &'a Workspace,
            keys: BTreeSet<DocKey>,
        }
        impl EachKind for Diff<'_> {
            fn visit<R: Record>(&mut self) {
                changed::<R>(self.after, self.before, &mut self.keys);
            }
        }
        let mut diff = Diff {
            after: self,
            before,
            keys: BTreeSet::new(),
        };
        for_each_kind(&mut diff);
        if self.organisation() != before.organisation() {
            diff.keys.insert(DocKey::organisation());
        }
        diff.keys
    }

    /// Whether this workspace holds the document `key` names.
    pub fn has_doc(&self, key: &DocKey) -> bool {
        self.rev_of(key).is_some()
    }

    /// The revision stamp of the record `key` names, if this workspace
    /// holds it.
    pub fn rev_of(&self, key: &DocKey) -> Option<Revision> {
        struct RevOf<'a> {
            ws: &'a Workspace,
            key: &'a DocKey,
            found: Option<Revision>,
        }
        impl EachKind for RevOf<'_> {
            fn visit<R: Record>(&mut self) {
                if self.key.kind == DocKind::Record(R::KIND) {
                    self.found = R::all(self.ws).by_id(&self.key.id).map(|r| r.rev().clone());
                }
            }
        }
        if key.kind == DocKind::Organisation {
            return Some(self.organisation_rev.clone());
        }
        let mut rev_of = RevOf {
            ws: self,
            key,
            found: None,
        };
        for_each_kind(&mut rev_of);
        rev_of.found
    }

    /// Lands a deletion made elsewhere. An objective or key result goes with
    /// what cannot stand without it, as when it is deleted here; a check-in,
    /// initiative or KPI goes alone. A unit, person or period is only ever
    /// deleted once nothing uses it, so one this workspace still uses (work
    /// added here meanwhile) is kept rather than orphan that work:
    /// `Kept` says so, and sending it again brings it back everywhere.
    pub fn remove_synced(&mut self, key: &DocKey) -> Removal {
        let DocKind::Record(kind) = key.kind else {
            // The organisation is never deleted, only changed.
            return Removal::Kept;
        };
        let id = key.id.as_str();
        if !self.has_doc(key) {
            return Removal::Absent;
        }
        match kind {
            RecordKind::Objective => {
                self.remove_objective(&ObjectiveId::from(id));
            }
            RecordKind::KeyResult => {
                self.remove_key_result(&KeyResultId::from(id));
            }
            RecordKind::CheckIn => self.remove_check_in(&CheckInId::from(id)),
            RecordKind::Initiative => {
                let id = InitiativeId::from(id);
                self.initiatives.retain(|i| i.id != id);
            }
            RecordKind::Kpi => self.delete_kpi(&KpiId::from(id)),
            RecordKind::Unit => {
                if self.delete_unit(&UnitId::from(id)).is_err() {
                    return Removal::Kept;
                }
            }
            RecordKind::Person => {
                let id = PersonId::from(id);
                if self.delete_person(&id).is_err() {
                    return Removal::Kept;
                }
                if self.settings.me.as_ref() == Some(&id) {
                    self.settings.me = None;
                }
            }
            RecordKind::Period => {
                if self.delete_period(&PeriodId::from(id)).is_err() {
                    return Removal::Kept;
                }
            }
        }
        Removal::Removed
    }
}

/// What a deletion made elsewhere did here.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Removal {
    /// The record, and what could not stand without it, are gone.
    Removed,
    /// This workspace did not hold it (already deleted, or never seen).
    Absent,
    /// This workspace still uses it, so it stays.
    Kept,
}

/// Adds to `keys` the records of kind `R` added, changed or removed
/// between `before` and `after`.
fn changed<R: Record>(after: &Workspace, before: &Workspace, keys: &mut BTreeSet<DocKey>) {
    let (new, old) = (R::all(after), R::all(before));
    let key = |r: &R| DocKey::record(R::KIND, r.id().as_ref());
    // Most edits leave the records in place: compare position by position
    // while both versions hold the same ids there, and index by id only
    // what is left over.
    let common = new.len().min(old.len());
    let mut at = 0;
    while at < common && new[at].id() == old[at].id() {
        if !new.shares(at, old, at) && new[at] != old[at] {
            keys.insert(key(&new[at]));
        }
        at += 1;
    }
    if at == new.len() && at == old.len() {
        return;
    }
    let old_rest: HashMap<&R::Id, &R> = old.iter().skip(at).map(|r| (r.id(), r)).collect();
    let mut seen = BTreeSet::new();
    for record in new.iter().skip(at) {
        match old_rest.get(record.id()) {
            Some(was) if *was == record => {}
            _ => {
                keys.insert(key(record));
            }
        }
        seen.insert(record.id());
    }
    for (id, was) in old_rest {
        if !seen.contains(id) {
            keys.insert(key(was));
        }
    }
}
