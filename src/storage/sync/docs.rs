//! Ladder's documents in a CouchDB database, and what is read back.
//!
//! ```json
//! {"_id": "objective:3f…", "_rev": "2-…", "ladder": 6, "type": "objective",
//!  "record": {"id": "3f…", "title": "…", "rev": {…}}}
//! ```
//!
//! `ladder` is the format version of the record, so a newer build's
//! document is refused rather than read with fields dropped, and an older
//! one goes through the same migrations as a file. `type` repeats the kind
//! the `_id` names, so a document another program put at a Ladder id is
//! told apart. The organisation's document holds its shared fields and
//! their stamp. Pure, so host-tested.

use super::super::json_path;
use super::super::snapshot::{self, VERSION};
use super::state::RefusedDoc;
use crate::domain::json_tree::to_tree;
use crate::domain::{
    Arrivals, DocKey, DocKind, EachKind, Organisation, Record, RecordKind, Revision, Workspace,
    for_each_kind,
};
use crate::text;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The organisation's document's `record`.
#[derive(Serialize, Deserialize)]
struct OrganisationRecord {
    #[serde(flatten)]
    organisation: Organisation,
    #[serde(default)]
    rev: Revision,
}

/// The type an organisation's document says it is.
const ORGANISATION_TYPE: &str = "organisation";

/// A document as the database lists it: its `_id`, whether it is deleted,
/// and its body when it was asked for.
#[derive(Clone, Debug, Deserialize)]
pub struct Row {
    pub id: String,
    #[serde(default)]
    pub deleted: bool,
    #[serde(default)]
    pub doc: Option<Value>,
}

/// The document `key` names as this workspace has it, ready for
/// `_bulk_docs`: its body with `rev` when the database holds a version, a
/// deletion when this workspace no longer has the record, `None` when
/// there is nothing to write (deleted here and never in the database).
pub fn encode(ws: &Workspace, key: &DocKey, rev: Option<&str>) -> Option<Value> {
    let record = match key.kind {
        DocKind::Organisation => to_tree(&OrganisationRecord {
            organisation: ws.organisation(),
            rev: ws.organisation_rev.clone(),
        })
        .ok(),
        DocKind::Record(kind) => record_value(ws, kind, &key.id),
    };
    let mut doc = Map::new();
    doc.insert("_id".into(), Value::from(key.doc_id()));
    if let Some(rev) = rev {
        doc.insert("_rev".into(), Value::from(rev));
    }
    match record {
        Some(record) => {
            doc.insert("ladder".into(), Value::from(VERSION));
            doc.insert("type".into(), Value::from(type_of(key.kind)));
            doc.insert("record".into(), record);
        }
        None => {
            rev?;
            doc.insert("_deleted".into(), Value::Bool(true));
        }
    }
    Some(Value::Object(doc))
}

fn type_of(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Record(kind) => kind.slug(),
        DocKind::Organisation => ORGANISATION_TYPE,
    }
}

/// The record `id` of `kind` as JSON, if the workspace holds it.
fn record_value(ws: &Workspace, kind: RecordKind, id: &str) -> Option<Value> {
    struct Find<'a> {
        ws: &'a Workspace,
        kind: RecordKind,
        id: &'a str,
        found: Option<Value>,
    }
    impl EachKind for Find<'_> {
        fn visit<R: Record>(&mut self) {
            if R::KIND == self.kind {
                self.found = R::all(self.ws).by_id(self.id).and_then(|r| to_tree(r).ok());
            }
        }
    }
    let mut find = Find {
        ws,
        kind,
        id,
        found: None,
    };
    for_each_kind(&mut find);
    find.found
}

/// Reads rows from the changes feed (or `_all_docs`) into what arrived:
/// records, the organisation, deletions. A row that is not Ladder's is
/// refused with the reason, except design documents, which hold the
/// database's own rules. A document listed twice counts as its last.
pub fn read(rows: &[Row]) -> (Arrivals, Vec<RefusedDoc>) {
    let mut reading = Reading::new(rows);
    while reading.next_slice(rows.len()) {}
    reading.finish()
}

/// [`read`], a slice of rows at a time: a first download lists a large
/// organisation's 86,000 documents, a third of a second to read, and the
/// caller lets the page answer between slices.
pub struct Reading<'a> {
    rows: &'a [Row],
    /// Where each document is listed last: only that row counts.
    last: std::collections::HashMap<&'a str, usize>,
    at: usize,
    arrivals: Arrivals,
    refused: Vec<RefusedDoc>,
}

impl<'a> Reading<'a> {
    pub fn new(rows: &'a [Row]) -> Self {
        let last = rows
            .iter()
            .enumerate()
            .map(|(at, row)| (row.id.as_str(), at))
            .collect();
        Reading {
            rows,
            last,
            at: 0,
            arrivals: Arrivals::default(),
            refused: Vec::new(),
        }
    }

    /// Reads up to `count` more rows; true while rows are left.
    pub fn next_slice(&mut self, count: usize) -> bool {
        let end = self.at.saturating_add(count).min(self.rows.len());
        let rows = self.rows;
        for (row, at) in rows[self.at..end].iter().zip(self.at..) {
            if self.last.get(row.id.as_str()) != Some(&at) || row.id.starts_with("_design/") {
                continue;
            }
            let Some(key) = DocKey::parse(&row.id) else {
                self.refused
                    .push(refuse(row, text::sync::NOT_LADDER.to_owned()));
                continue;
            };
            if row.deleted {
                self.arrivals.deleted.push(key);
                continue;
            }
            let Some(doc) = &row.doc else {
                continue;
            };
            if let Err(reason) = read_doc(&key, doc, &mut self.arrivals) {
                self.refused.push(refuse(row, reason));
            }
        }
        self.at = end;
        self.at < self.rows.len()
    }

    /// What the rows read so far hold.
    pub fn finish(self) -> (Arrivals, Vec<RefusedDoc>) {
        (self.arrivals, self.refused)
    }
}

fn refuse(row: &Row, reason: String) -> RefusedDoc {
    RefusedDoc {
        doc_id: row.id.clone(),
        reason,
    }
}

/// Adds one document's record to `arrivals`, or says why it cannot.
fn read_doc(key: &DocKey, doc: &Value, arrivals: &mut Arrivals) -> Result<(), String> {
    let version = doc
        .get("ladder")
        .and_then(Value::as_u64)
        .ok_or_else(|| text::sync::NOT_LADDER.to_owned())?;
    if version > u64::from(VERSION) || version == 0 {
        return Err(text::sync::newer_version(&version));
    }
    if doc.get("type").and_then(Value::as_str) != Some(type_of(key.kind)) {
        return Err(text::sync::TYPE_MISMATCH.to_owned());
    }
    let record = doc
        .get("record")
        .ok_or_else(|| text::sync::NO_RECORD.to_owned())?;
    match key.kind {
        DocKind::Organisation => {
            let record: OrganisationRecord = typed(record)?;
            arrivals.organisation = Some((record.organisation, record.rev));
            Ok(())
        }
        DocKind::Record(kind) => {
            // Read where it is; copied only when an older version's
            // record must be migrated first.
            let upgraded;
            let record = if version == u64::from(VERSION) {
                record
            } else {
                upgraded = upgrade(kind, version as u32, record.clone())?;
                &upgraded
            };
            let mut add = Add {
                kind,
                id: &key.id,
                record: Some(record),
                into: &mut arrivals.records,
                outcome: Ok(()),
            };
            for_each_kind(&mut add);
            add.outcome
        }
    }
}

/// Brings a record written under an older format version to this one,
/// through the migrations a file of that version goes through.
fn upgrade(kind: RecordKind, version: u32, record: Value) -> Result<Value, String> {
    let mut workspace = Value::Object(Map::from_iter([(
        kind.field().to_owned(),
        Value::Array(vec![record]),
    )]));
    snapshot::upgrade(version, &mut workspace).map_err(|e| e.to_string())?;
    workspace
        .get_mut(kind.field())
        .and_then(Value::as_array_mut)
        .and_then(Vec::pop)
        .ok_or_else(|| text::sync::NO_RECORD.to_owned())
}

/// Reads a record of the kind being visited and adds it to the arrivals.
struct Add<'a> {
    kind: RecordKind,
    id: &'a str,
    record: Option<&'a Value>,
    into: &'a mut Workspace,
    outcome: Result<(), String>,
}

impl EachKind for Add<'_> {
    fn visit<R: Record>(&mut self) {
        if R::KIND != self.kind {
            return;
        }
        let Some(value) = self.record.take() else {
            return;
        };
        self.outcome = typed::<R>(value).and_then(|record| {
            if record.id().as_ref() != self.id {
                return Err(text::sync::ID_MISMATCH.to_owned());
            }
            R::all_mut(self.into).push(record);
            Ok(())
        });
    }
}

/// Read through text, not `from_value` (see `domain::json_tree`); a failure
/// names the field (`measure.kind`).
fn typed<R: DeserializeOwned>(value: &Value) -> Result<R, String> {
    json_path::from_str(&value.to_string()).map_err(|e| text::sync::unreadable(&e))
}
