//! How records that arrived from a shared database land in this workspace.
//!
//! The rules are a file merge's ([`Workspace::merge`]): a copy whose stamp
//! includes the other's wins, concurrent changes of one record are
//! conflicts settled by the person's choice. Unlike a file, a database also
//! says what was deleted, and a deletion lands here ([`Workspace::remove_synced`]).
//! A record that would break the integrity rules is refused on its own,
//! with the sentence that says why, and the copy here (if any) stays: one
//! bad document never keeps the good ones out, nor overwrites local data.

use super::integrity::Rule;
use super::merge::{Choices, MergeReport};
use super::revision::{EachKind, Record, RecordKind, for_each_kind};
use super::sync::{DocKey, DocKind, Organisation, Removal};
use super::{ReplicaId, Revision, Workspace};
use chrono::{DateTime, Utc};
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// What arrived from the database: records (in a workspace of their own, in
/// the order they came), the organisation's document, and deletions.
#[derive(Clone, Debug, Default)]
pub struct Arrivals {
    pub records: Workspace,
    pub organisation: Option<(Organisation, Revision)>,
    pub deleted: Vec<DocKey>,
}

impl Arrivals {
    /// Moves the records `keys` name out of these arrivals into arrivals
    /// of their own (the organisation and deletions stay).
    pub fn take(&mut self, keys: &BTreeSet<DocKey>) -> Arrivals {
        struct Take<'a> {
            from: &'a mut Workspace,
            into: Workspace,
            keys: &'a BTreeSet<DocKey>,
        }
        impl EachKind for Take<'_> {
            fn visit<R: Record>(&mut self) {
                let named = |r: &R| {
                    self.keys
                        .contains(&DocKey::record(R::KIND, r.id().as_ref()))
                };
                let picked: Vec<R> = R::all(self.from)
                    .iter()
                    .filter(|r| named(r))
                    .cloned()
                    .collect();
                if picked.is_empty() {
                    return;
                }
                R::all_mut(self.from).retain(|r| !named(r));
                for record in picked {
                    R::all_mut(&mut self.into).push(record);
                }
            }
        }
        let mut take = Take {
            from: &mut self.records,
            into: Workspace::default(),
            keys,
        };
        for_each_kind(&mut take);
        Arrivals {
            records: take.into,
            ..Arrivals::default()
        }
    }

    /// Adds the records of `newer`, which replace any of the same name here.
    pub fn absorb(&mut self, newer: Arrivals) {
        let keys = newer.records.docs();
        self.take(&keys);
        struct Add<'a> {
            into: &'a mut Workspace,
            from: &'a Workspace,
        }
        impl EachKind for Add<'_> {
            fn visit<R: Record>(&mut self) {
                for record in R::all(self.from).iter() {
                    R::all_mut(self.into).push(record.clone());
                }
            }
        }
        for_each_kind(&mut Add {
            into: &mut self.records,
            from: &newer.records,
        });
    }

    pub fn is_empty(&self) -> bool {
        let r = &self.records;
        self.organisation.is_none()
            && self.deleted.is_empty()
            && r.units.is_empty()
            && r.people.is_empty()
            && r.periods.is_empty()
            && r.objectives.is_empty()
            && r.key_results.is_empty()
            && r.check_ins.is_empty()
            && r.initiatives.is_empty()
            && r.kpis.is_empty()
    }
}

/// The workspace after arrivals landed, and what landing did.
#[derive(Clone, Debug)]
pub struct Landing {
    pub workspace: Workspace,
    /// What the merge of the arrived records did; its conflicts were
    /// settled by the choices given (this workspace's copy unless chosen).
    pub report: MergeReport,
    /// Records refused, each with the sentence that says why.
    pub refused: Vec<(DocKey, String)>,
    /// Of those, the ones refused for pointing at a record that is not
    /// here: a database need not list changes in the order they were made
    /// (CouchDB's shards do not), so what they point at may yet arrive.
    pub retry: Vec<DocKey>,
    /// Documents whose copy here is now newer than the database's: settled
    /// conflicts, the organisation when this side won, deletions of records
    /// still used here. They must be sent.
    pub to_send: BTreeSet<DocKey>,
}

impl Workspace {
    /// Lands `arrivals` in this workspace; `by` and `at` stamp what a
    /// settled conflict makes.
    pub fn land(
        &self,
        arrivals: &Arrivals,
        choices: &Choices,
        by: &ReplicaId,
        at: DateTime<Utc>,
    ) -> Landing {
        let mut records = arrivals.records.clone();
        let mut refused = Vec::new();
        let mut retry = Vec::new();
        let mut merged = loop {
            let merged = self.merge(&records, choices, by, at);
            let bad = arrived_with_problems(&merged.workspace, &records);
            if bad.is_empty() {
                break merged;
            }
            // Each pass takes out at least one record, so this ends.
            for (key, why, rule) in bad {
                drop_record(&mut records, &key);
                if rule == Rule::MissingReference {
                    retry.push(key.clone());
                }
                refused.push((key, why));
            }
        };
        let mut to_send: BTreeSet<DocKey> = merged
            .report
            .conflicts
            .iter()
            .map(|c| DocKey::record(c.kind, &c.id))
            .collect();
        if let Some((organisation, rev)) = &arrivals.organisation
            && land_organisation(&mut merged.workspace, organisation, rev, by, at)
        {
            to_send.insert(DocKey::organisation());
        }
        // What uses a unit, person or period goes first: deleted in the
        // same batch, it must not keep them alive.
        let mut deleted: Vec<&DocKey> = arrivals.deleted.iter().collect();
        deleted.sort_by_key(|key| {
            matches!(
                key.kind,
                DocKind::Record(RecordKind::Unit | RecordKind::Person | RecordKind::Period)
            )
        });
        for key in deleted {
            if merged.workspace.remove_synced(key) == Removal::Kept {
                to_send.insert(key.clone());
            }
        }
        Landing {
            workspace: merged.workspace,
            report: merged.report,
            refused,
            retry,
            to_send,
        }
    }
}

/// Takes the organisation's document when it is newer than this side's.
/// Changes made on both sides cannot be put side by side field by field as
/// records can (a name, a cadence): the one changed last wins, the same on
/// every side, so everyone ends up with the same. Returns true when this
/// side's version won over a concurrent one and must be sent.
fn land_organisation(
    ws: &mut Workspace,
    theirs: &Organisation,
    rev: &Revision,
    by: &ReplicaId,
    at: DateTime<Utc>,
) -> bool {
    let mine = ws.organisation_rev.clone();
    match mine.compare(rev) {
        Some(Ordering::Less) => {
            ws.set_organisation(theirs.clone(), rev.clone());
            false
        }
        Some(Ordering::Greater) => false,
        Some(Ordering::Equal) if ws.organisation() == *theirs => false,
        // Concurrent, or the same stamp on different fields (two
        // organisations that never stamped theirs).
        Some(Ordering::Equal) | None => {
            let joined = mine.join(rev);
            let theirs_won = (rev.updated_at, serde_key(theirs))
                > (mine.updated_at, serde_key(&ws.organisation()));
            if theirs_won {
                ws.set_organisation(theirs.clone(), joined);
            } else {
                // Newer than both, so every side takes it.
                let mut newer = joined;
                newer.bump(by, at);
                ws.organisation_rev = newer;
            }
            !theirs_won
        }
    }
}

/// A total order on organisations for the rare tie in time.
fn serde_key(organisation: &Organisation) -> String {
    format!("{organisation:?}")
}

/// The arrived records that break an integrity rule in `merged`, each with
/// the sentence that says why. Problems of records that did not arrive are
/// this browser's own and not the database's to answer for.
fn arrived_with_problems(merged: &Workspace, arrived: &Workspace) -> Vec<(DocKey, String, Rule)> {
    let mut seen = BTreeSet::new();
    merged
        .problems()
        .into_iter()
        .filter_map(|problem| {
            let key = record_at(merged, &problem.path)?;
            (arrived.has_doc(&key) && seen.insert(key.clone())).then_some((
                key,
                problem.message,
                problem.rule,
            ))
        })
        .collect()
}

/// The record a problem's path (`objectives[3].unit`) points at.
fn record_at(ws: &Workspace, path: &str) -> Option<DocKey> {
    let (field, rest) = path.split_once('[')?;
    let index: usize = rest.split_once(']')?.0.parse().ok()?;
    let kind = RecordKind::ALL.into_iter().find(|k| k.field() == field)?;
    let id = match kind {
        RecordKind::Unit => ws.units.get(index).map(|r| r.id.as_ref().to_owned()),
        RecordKind::Person => ws.people.get(index).map(|r| r.id.as_ref().to_owned()),
        RecordKind::Period => ws.periods.get(index).map(|r| r.id.as_ref().to_owned()),
        RecordKind::Objective => ws.objectives.get(index).map(|r| r.id.as_ref().to_owned()),
        RecordKind::KeyResult => ws.key_results.get(index).map(|r| r.id.as_ref().to_owned()),
        RecordKind::CheckIn => ws.check_ins.get(index).map(|r| r.id.as_ref().to_owned()),
        RecordKind::Initiative => ws.initiatives.get(index).map(|r| r.id.as_ref().to_owned()),
        RecordKind::Kpi => ws.kpis.get(index).map(|r| r.id.as_ref().to_owned()),
    }?;
    Some(DocKey {
        kind: DocKind::Record(kind),
        id,
    })
}

/// Takes one record out of the arrivals, and nothing with it: what
/// depended on it is judged on its own in the next pass.
fn drop_record(records: &mut Workspace, key: &DocKey) {
    let DocKind::Record(kind) = key.kind else {
        return;
    };
    let id = key.id.as_str();
    match kind {
        RecordKind::Unit => records.units.retain(|r| r.id.as_ref() != id),
        RecordKind::Person => records.people.retain(|r| r.id.as_ref() != id),
        RecordKind::Period => records.periods.retain(|r| r.id.as_ref() != id),
        RecordKind::Objective => records.objectives.retain(|r| r.id.as_ref() != id),
        RecordKind::KeyResult => records.key_results.retain(|r| r.id.as_ref() != id),
        RecordKind::CheckIn => records.check_ins.retain(|r| r.id.as_ref() != id),
        RecordKind::Initiative => records.initiatives.retain(|r| r.id.as_ref() != id),
        RecordKind::Kpi => records.kpis.retain(|r| r.id.as_ref() != id),
    }
}
