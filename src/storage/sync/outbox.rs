//! What a push sends, decided against what the database holds now.
//!
//! Before writing, the documents about to be sent are read back from the
//! database (`_all_docs` with their bodies). A document is written over
//! only when this side's copy includes every change of the database's
//! (its revision stamp is at least as new); a database copy with changes
//! this side has not seen is landed first, by the merge rules, so a push
//! never overwrites someone's edit it did not see. Pure, so host-tested.

use super::docs::{self, Row};
use crate::domain::json_tree::from_tree;
use crate::domain::{DocKey, DocKind, RecordKind, Revision, Workspace};
use serde::Deserialize;
use serde_json::Value;
use std::cmp::Ordering;

/// One row of `_all_docs?include_docs=true` asked for by key.
#[derive(Clone, Debug, Deserialize)]
pub struct Held {
    pub key: String,
    #[serde(default)]
    pub value: Option<HeldRev>,
    #[serde(default)]
    pub doc: Option<Value>,
}

/// The database's revision of a document, and whether it is deleted.
#[derive(Clone, Debug, Deserialize)]
pub struct HeldRev {
    pub rev: String,
    #[serde(default)]
    pub deleted: bool,
}

/// What to do with a batch of documents waiting to be sent.
#[derive(Debug, Default)]
pub struct Plan {
    /// Bodies for `_bulk_docs`, and the document each one is.
    pub send: Vec<(DocKey, Value)>,
    /// Already in the database as here: nothing to send.
    pub done: Vec<DocKey>,
    /// Database versions with changes this side has not seen, to land
    /// before this side's copy may be sent.
    pub unseen: Vec<Row>,
}

/// Decides, document by document, what a push of `keys` sends, given what
/// the database holds (`held`, in any order; a key missing from it is not
/// in the database).
pub fn plan(ws: &Workspace, keys: &[DocKey], held: &[Held]) -> Plan {
    let held: std::collections::HashMap<&str, &Held> =
        held.iter().map(|h| (h.key.as_str(), h)).collect();
    let mut plan = Plan::default();
    for key in keys {
        let id = key.doc_id();
        let here = ws.rev_of(key);
        let there = held
            .get(id.as_str())
            .and_then(|h| Some((h.value.as_ref()?, h)));
        match (here, there) {
            // Deleted here and not (or no longer) in the database.
            (None, None) => plan.done.push(key.clone()),
            (None, Some((rev, _))) if rev.deleted => plan.done.push(key.clone()),
            // Deleted here: the deletion goes, whatever changed there.
            (None, Some((rev, _))) => send(&mut plan, ws, key, Some(&rev.rev)),
            (Some(_), None) => send(&mut plan, ws, key, None),
            (Some(_), Some((rev, _))) if rev.deleted => {
                // A unit, person or period is deleted elsewhere only once
                // nothing used it there; used here, it is sent again.
                if matches!(
                    key.kind,
                    DocKind::Organisation
                        | DocKind::Record(
                            RecordKind::Unit | RecordKind::Person | RecordKind::Period
                        )
                ) {
                    send(&mut plan, ws, key, None);
                } else {
                    plan.unseen.push(Row {
                        id,
                        deleted: true,
                        doc: None,
                    });
                }
            }
            (Some(mine), Some((rev, held))) => match stamp_of(held.doc.as_ref()) {
                // Not a document Ladder can read: this side's copy replaces it.
                None => send(&mut plan, ws, key, Some(&rev.rev)),
                Some(theirs) => match mine.compare(&theirs) {
                    // The same stamp says the same, except for two
                    // organisations that never changed their shared fields
                    // (both unstamped): then it is a difference to settle.
                    Some(Ordering::Equal)
                        if key.kind != DocKind::Organisation
                            || same_record(ws, key, held.doc.as_ref()) =>
                    {
                        plan.done.push(key.clone());
                    }
                    Some(Ordering::Equal) => plan.unseen.push(Row {
                        id,
                        deleted: false,
                        doc: held.doc.clone(),
                    }),
                    Some(Ordering::Greater) => send(&mut plan, ws, key, Some(&rev.rev)),
                    Some(Ordering::Less) | None => plan.unseen.push(Row {
                        id,
                        deleted: false,
                        doc: held.doc.clone(),
                    }),
                },
            },
        }
    }
    plan
}

fn send(plan: &mut Plan, ws: &Workspace, key: &DocKey, rev: Option<&str>) {
    match docs::encode(ws, key, rev) {
        Some(body) => plan.send.push((key.clone(), body)),
        None => plan.done.push(key.clone()),
    }
}

/// Whether the database's document holds the record as this workspace has it.
fn same_record(ws: &Workspace, key: &DocKey, doc: Option<&Value>) -> bool {
    let here = docs::encode(ws, key, None);
    here.as_ref().and_then(|d| d.get("record")) == doc.and_then(|d| d.get("record"))
}

/// The stamp inside a Ladder document; `None` for a body that is not one.
fn stamp_of(doc: Option<&Value>) -> Option<Revision> {
    let doc = doc?;
    doc.get("ladder")?.as_u64()?;
    let rev = doc.get("record")?.get("rev").cloned();
    match rev {
        Some(rev) => from_tree(&rev).ok(),
        None => Some(Revision::default()),
    }
}
