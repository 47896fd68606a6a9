//! The stored workspace in parts, so a save writes only what changed.
//!
//! Years of check-ins are most of a workspace, and nearly all of them sit in
//! closed periods that no longer change. So the stored workspace is split:
//! - one **part** per period and top-level unit (the company, or a department
//!   with its teams) holding that slice's objectives, key results,
//!   check-ins and initiatives; records whose objective is missing go to a
//!   part of their own, so nothing is ever left out;
//! - the **head**: everything else (name, settings, units, people, periods,
//!   KPIs), the list of parts with a fingerprint of each, and the order of
//!   objectives across parts (views list objectives in workspace order; every
//!   other record's order only matters within its own objective, which one
//!   part holds whole).
//!
//! A part's fingerprint covers the ids and revision stamps of its records,
//! in order. Every edit made in this browser stamps what it changed and a
//! record added or removed changes the ids, so an unchanged fingerprint
//! means an unchanged part. A workspace brought in whole (an import, an undo
//! of one, another tab's save) is written in full instead: see
//! [`super::local::Written::forget`].
//!
//! Pure, so host-tested.

use super::snapshot::{self, DecodeError, Envelope, FORMAT, VERSION};
use crate::domain::{
    CheckIn, Initiative, KeyResult, Objective, ObjectiveId, PeriodId, Revision, UnitId, Workspace,
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashMap;

/// Which slice of the workspace a part holds: a period and a top-level unit,
/// or `None` for records whose objective is missing.
pub type PartId = Option<(PeriodId, UnitId)>;

/// One part's records, borrowed from the workspace for writing.
#[derive(Serialize, Default)]
pub struct PartRef<'a> {
    pub objectives: Vec<&'a Objective>,
    pub key_results: Vec<&'a KeyResult>,
    pub check_ins: Vec<&'a CheckIn>,
    pub initiatives: Vec<&'a Initiative>,
}

/// One part's records as read back.
#[derive(Deserialize, Default)]
pub struct Part {
    #[serde(default)]
    pub objectives: Vec<Objective>,
    #[serde(default)]
    pub key_results: Vec<KeyResult>,
    #[serde(default)]
    pub check_ins: Vec<CheckIn>,
    #[serde(default)]
    pub initiatives: Vec<Initiative>,
}

/// A part as the head lists it.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct PartEntry {
    /// The storage key its text is under.
    pub key: String,
    pub id: PartId,
    pub fingerprint: String,
    /// Code units key and text take in storage.
    pub size: usize,
}

/// The head of a stored workspace.
#[derive(Serialize, Deserialize)]
pub struct Head<W> {
    pub format: String,
    pub version: u32,
    pub saved_at: Option<DateTime<Utc>>,
    pub revision: u64,
    /// The workspace without the records its parts hold.
    pub workspace: W,
    pub parts: Vec<PartEntry>,
    /// Runs of `[part index, count]`: objectives in workspace order.
    pub objective_order: Vec<[usize; 2]>,
}

/// A workspace split for storage.
pub struct Split<'a> {
    pub core: Workspace,
    pub parts: Vec<SplitPart<'a>>,
    pub objective_order: Vec<[usize; 2]>,
}

pub struct SplitPart<'a> {
    pub id: PartId,
    pub records: PartRef<'a>,
    pub fingerprint: String,
    /// True when the part belongs to a closed period, which rarely changes
    /// again: worth compressing harder.
    pub settled: bool,
}

/// Splits `ws` into its head workspace and parts.
pub fn split(ws: &Workspace) -> Split<'_> {
    let top = top_units(ws);
    let mut index: HashMap<PartId, usize> = HashMap::new();
    let mut parts: Vec<SplitPart<'_>> = Vec::new();
    let mut part_of = |id: PartId, parts: &mut Vec<SplitPart<'_>>| {
        *index.entry(id.clone()).or_insert_with(|| {
            let settled = id
                .as_ref()
                .and_then(|(period, _)| ws.period(period))
                .is_some_and(|p| p.closed);
            parts.push(SplitPart {
                id,
                records: PartRef::default(),
                fingerprint: String::new(),
                settled,
            });
            parts.len() - 1
        })
    };
    let mut objective_order: Vec<[usize; 2]> = Vec::new();
    let mut objective_part: HashMap<&ObjectiveId, usize> = HashMap::new();
    for o in &ws.objectives {
        let unit = top.get(&o.unit).copied().unwrap_or(&o.unit);
        let at = part_of(Some((o.period.clone(), unit.clone())), &mut parts);
        parts[at].records.objectives.push(o);
        objective_part.insert(&o.id, at);
        match objective_order.last_mut() {
            Some([part, count]) if *part == at => *count += 1,
            _ => objective_order.push([at, 1]),
        }
    }
    let mut loose = None;
    let mut key_result_part = HashMap::new();
    for kr in &ws.key_results {
        let at = match objective_part.get(&kr.objective) {
            Some(at) => *at,
            None => *loose.get_or_insert_with(|| part_of(None, &mut parts)),
        };
        parts[at].records.key_results.push(kr);
        key_result_part.insert(&kr.id, at);
    }
    // Check-ins of one key result usually sit together: remember the last lookup.
    let mut last = None;
    for c in &ws.check_ins {
        let at = match last {
            Some((kr, at)) if kr == &c.key_result => at,
            _ => match key_result_part.get(&c.key_result) {
                Some(at) => *at,
                None => *loose.get_or_insert_with(|| part_of(None, &mut parts)),
            },
        };
        last = Some((&c.key_result, at));
        parts[at].records.check_ins.push(c);
    }
    for i in &ws.initiatives {
        let at = match key_result_part.get(&i.key_result) {
            Some(at) => *at,
            None => *loose.get_or_insert_with(|| part_of(None, &mut parts)),
        };
        parts[at].records.initiatives.push(i);
    }
    for part in &mut parts {
        part.fingerprint = fingerprint(&part.records);
    }
    let core = Workspace {
        name: ws.name.clone(),
        settings: ws.settings.clone(),
        sample: ws.sample,
        units: ws.units.clone(),
        people: ws.people.clone(),
        periods: ws.periods.clone(),
        current_period: ws.current_period.clone(),
        kpis: ws.kpis.clone(),
        ..Workspace::default()
    };
    Split {
        core,
        parts,
        objective_order,
    }
}

/// Each unit's top-level unit: itself for the company, else the ancestor
/// just below the company (a unit whose chain ends elsewhere counts as its
/// own top).
fn top_units(ws: &Workspace) -> HashMap<&UnitId, &UnitId> {
    let parent: HashMap<&UnitId, Option<&UnitId>> = ws
        .units
        .iter()
        .map(|u| (&u.id, u.parent.as_ref()))
        .collect();
    ws.units
        .iter()
        .map(|u| {
            let mut at = &u.id;
            // Bounded by the number of units, so a cycle cannot hang a save.
            for _ in 0..ws.units.len() {
                match parent.get(at).copied().flatten() {
                    Some(up) if parent.get(up).copied().flatten().is_some() => at = up,
                    _ => break,
                }
            }
            (&u.id, at)
        })
        .collect()
}

/// FNV-1a over the ids and stamps of a part's records, in order.
fn fingerprint(part: &PartRef<'_>) -> String {
    struct Fnv(u64);
    impl Fnv {
        fn bytes(&mut self, bytes: &[u8]) {
            for b in bytes {
                self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        fn record(&mut self, id: &str, rev: &Revision) {
            self.bytes(id.as_bytes());
            self.bytes(&[0]);
            if let Some(at) = rev.updated_at {
                self.bytes(&at.timestamp_millis().to_le_bytes());
            }
            for (replica, count) in &rev.edits {
                self.bytes(replica.as_str().as_bytes());
                self.bytes(&count.to_le_bytes());
            }
        }
    }
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    for o in &part.objectives {
        h.record(o.id.as_str(), &o.rev);
    }
    h.bytes(b"k");
    for kr in &part.key_results {
        h.record(kr.id.as_str(), &kr.rev);
    }
    h.bytes(b"c");
    for c in &part.check_ins {
        h.record(c.id.as_str(), &c.rev);
    }
    h.bytes(b"i");
    for i in &part.initiatives {
        h.record(i.id.as_str(), &i.rev);
    }
    format!("{:016x}", h.0)
}

/// The head's text for `split`, whose parts are stored under `entries`.
pub fn encode_head(
    split: &Split<'_>,
    entries: Vec<PartEntry>,
    revision: u64,
    saved_at: DateTime<Utc>,
) -> Result<String, serde_json::Error> {
    serde_json::to_string(&Head {
        format: FORMAT.to_owned(),
        version: VERSION,
        saved_at: Some(saved_at),
        revision,
        workspace: &split.core,
        parts: entries,
        objective_order: split.objective_order.clone(),
    })
}

pub fn encode_part(part: &PartRef<'_>) -> Result<String, serde_json::Error> {
    serde_json::to_string(part)
}

/// What a head says before its parts are read.
pub struct ReadHead {
    pub version: u32,
    pub revision: u64,
    pub parts: Vec<PartEntry>,
    text: String,
}

/// Reads a head's text far enough to know its version and parts.
pub fn read_head(text: String) -> Result<ReadHead, DecodeError> {
    #[derive(Deserialize)]
    struct Outline {
        format: String,
        version: u32,
        revision: u64,
        parts: Vec<PartEntry>,
    }
    let outline: Outline = serde_json::from_str(&text).map_err(|e| DecodeError::Field {
        path: "head".to_owned(),
        message: e.to_string(),
    })?;
    if outline.format != FORMAT {
        return Err(DecodeError::NotLadder);
    }
    if outline.version > VERSION {
        return Err(DecodeError::TooNew {
            version: u64::from(outline.version),
        });
    }
    Ok(ReadHead {
        version: outline.version,
        revision: outline.revision,
        parts: outline.parts,
        text,
    })
}

/// The whole workspace from a head and its parts' texts (in the head's
/// order), migrated if an older version wrote it.
pub fn assemble(head: ReadHead, parts: &[String]) -> Result<Envelope, DecodeError> {
    if head.version == VERSION {
        assemble_current(&head.text, parts)
    } else {
        assemble_older(&head.text, parts)
    }
}

fn field_error(path: &str) -> impl Fn(serde_json::Error) -> DecodeError + '_ {
    move |e| DecodeError::Field {
        path: path.to_owned(),
        message: e.to_string(),
    }
}

/// The common case: one typed pass per text, no intermediate tree.
fn assemble_current(head: &str, texts: &[String]) -> Result<Envelope, DecodeError> {
    let head: Head<Workspace> = serde_json::from_str(head).map_err(field_error("head"))?;
    let mut ws = head.workspace;
    let mut objectives: Vec<Vec<Objective>> = Vec::with_capacity(texts.len());
    for text in texts {
        let part: Part = serde_json::from_str(text).map_err(field_error("part"))?;
        objectives.push(part.objectives);
        ws.key_results.extend(part.key_results);
        ws.check_ins.extend(part.check_ins);
        ws.initiatives.extend(part.initiatives);
    }
    ws.objectives = in_order(objectives, &head.objective_order)?;
    Ok(Envelope {
        format: head.format,
        version: head.version,
        exported_at: None,
        saved_at: head.saved_at,
        revision: Some(head.revision),
        scope: Default::default(),
        workspace: ws,
    })
}

/// Objectives back in workspace order from each part's list.
fn in_order<T>(by_part: Vec<Vec<T>>, order: &[[usize; 2]]) -> Result<Vec<T>, DecodeError> {
    let total = by_part.iter().map(Vec::len).sum();
    let mut lists: Vec<std::vec::IntoIter<T>> = by_part.into_iter().map(Vec::into_iter).collect();
    let mut out = Vec::with_capacity(total);
    for [part, count] in order {
        let list = lists.get_mut(*part).ok_or_else(broken_order)?;
        out.extend(list.by_ref().take(*count));
    }
    if out.len() != total {
        return Err(broken_order());
    }
    Ok(out)
}

fn broken_order() -> DecodeError {
    DecodeError::Field {
        path: "objective_order".to_owned(),
        message: "does not match the stored parts".to_owned(),
    }
}

/// An older version's head and parts: put back together as one envelope,
/// then read like any older file, so its migrations apply.
fn assemble_older(head: &str, texts: &[String]) -> Result<Envelope, DecodeError> {
    let mut head: Value = serde_json::from_str(head).map_err(field_error("head"))?;
    let order: Vec<[usize; 2]> = serde_json::from_value(head["objective_order"].take())
        .map_err(field_error("objective_order"))?;
    let mut objectives = Vec::new();
    let mut others: [(&str, Vec<Value>); 3] = [
        ("key_results", Vec::new()),
        ("check_ins", Vec::new()),
        ("initiatives", Vec::new()),
    ];
    for text in texts {
        let mut part: Value = serde_json::from_str(text).map_err(field_error("part"))?;
        objectives.push(take_list(&mut part, "objectives"));
        for (name, list) in &mut others {
            list.extend(take_list(&mut part, name));
        }
    }
    let Value::Object(mut map) = head else {
        return Err(DecodeError::NotLadder);
    };
    let mut workspace = map.remove("workspace").unwrap_or(Value::Null);
    if let Value::Object(ws) = &mut workspace {
        ws.insert(
            "objectives".to_owned(),
            Value::Array(in_order(objectives, &order)?),
        );
        for (name, list) in others {
            ws.insert(name.to_owned(), Value::Array(list));
        }
    }
    let envelope = serde_json::json!({
        "format": map.remove("format").unwrap_or(Value::Null),
        "version": map.remove("version").unwrap_or(Value::Null),
        "saved_at": map.remove("saved_at").unwrap_or(Value::Null),
        "revision": map.remove("revision").unwrap_or(Value::Null),
        "workspace": workspace,
    });
    snapshot::decode(&envelope.to_string())
}

fn take_list(value: &mut Value, name: &str) -> Vec<Value> {
    match value.get_mut(name).map(Value::take) {
        Some(Value::Array(list)) => list,
        _ => Vec::new(),
    }
}
