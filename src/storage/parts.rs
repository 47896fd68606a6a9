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

use super::packed;
use super::snapshot::{self, DecodeError, Envelope, FORMAT, VERSION};
use crate::domain::{
    CheckIn, Initiative, KeyResult, KeyResultId, Objective, ObjectiveId, PeriodId, Record, Records,
    Revision, UnitId, Workspace,
};
use crate::text;
use chrono::{DateTime, Utc};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

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

impl PartRef<'_> {
    fn is_empty(&self) -> bool {
        self.objectives.is_empty()
            && self.key_results.is_empty()
            && self.check_ins.is_empty()
            && self.initiatives.is_empty()
    }
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
    /// Where this split put each record, for [`split_since`] next time.
    pub layout: Layout,
}

pub struct SplitPart<'a> {
    pub id: PartId,
    pub records: PartRef<'a>,
    pub fingerprint: String,
    /// True when the part belongs to a closed period, which rarely changes
    /// again: worth compressing harder.
    pub settled: bool,
}

/// Where a split put each record of the workspace it split. That workspace
/// shares its records with later versions (see [`crate::domain::Records`]),
/// so a later split can take the part of every record still shared from
/// here instead of looking it up, and the fingerprint of every part none of
/// whose records changed.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    workspace: Workspace,
    parts: Vec<(PartId, String)>,
    objectives: Vec<usize>,
    key_results: Vec<usize>,
    check_ins: Vec<usize>,
    initiatives: Vec<usize>,
}

/// Splits `ws` into its head workspace and parts.
pub fn split(ws: &Workspace) -> Split<'_> {
    place(ws, None)
}

/// Splits `ws`, a later version of the workspace `previous` was made from,
/// doing only the work its changes need; the parts are those [`split`] finds.
pub fn split_since<'a>(ws: &'a Workspace, previous: &Layout) -> Split<'a> {
    // The units and periods decide which part a record goes to.
    let same_places =
        ws.units == previous.workspace.units && ws.periods == previous.workspace.periods;
    place(ws, Some(previous).filter(|_| same_places))
}

/// Parts by id, in the order they were first met.
struct Places {
    index: FxHashMap<PartId, usize>,
    ids: Vec<PartId>,
}

impl Places {
    fn of(&mut self, id: PartId) -> usize {
        let ids = &mut self.ids;
        *self.index.entry(id).or_insert_with_key(|id| {
            ids.push(id.clone());
            ids.len() - 1
        })
    }
}

/// Places each record of `ws` in its part. With a `previous` layout, a
/// record it still shares keeps its part, unless an objective or key result
/// moved to another part, which moves every record under it: then it starts
/// over without.
fn place<'a>(ws: &'a Workspace, previous: Option<&Layout>) -> Split<'a> {
    let top = top_units(ws);
    let mut places = Places {
        index: FxHashMap::default(),
        ids: Vec::new(),
    };
    for (id, _) in previous.map_or(&[][..], |p| &p.parts[..]) {
        places.of(id.clone());
    }
    let mut dirty = Dirty::default();
    let objectives_before = previous.map(|p| (&p.workspace.objectives, &p.objectives[..]));
    let objectives = locate_all(&ws.objectives, objectives_before, &mut dirty, |o| {
        let unit = top.get(&o.unit).copied().unwrap_or(&o.unit);
        places.of(Some((o.period.clone(), unit.clone())))
    });
    if moved(&ws.objectives, &objectives, objectives_before) {
        return place(ws, None);
    }
    // Only records a previous layout cannot place ask for their owner's
    // part, usually a handful: a lookup each, not a map of every owner.
    let objective_part =
        |id: &ObjectiveId| ws.objectives.position_by_key(id).map(|i| objectives[i]);
    let mut loose = None;
    let mut loose_part = |places: &mut Places| *loose.get_or_insert_with(|| places.of(None));

    let key_results_before = previous.map(|p| (&p.workspace.key_results, &p.key_results[..]));
    let key_results =
        locate_all(
            &ws.key_results,
            key_results_before,
            &mut dirty,
            |kr| match objective_part(&kr.objective) {
                Some(at) => at,
                None => loose_part(&mut places),
            },
        );
    if moved(&ws.key_results, &key_results, key_results_before) {
        return place(ws, None);
    }
    let mut part_under = |key_result: &KeyResultId, places: &mut Places| match ws
        .key_results
        .position_by_key(key_result)
    {
        Some(i) => key_results[i],
        None => loose_part(places),
    };

    // Check-ins of one key result usually sit together: remember the last lookup.
    let mut last: Option<(&KeyResultId, usize)> = None;
    let check_ins = locate_all(
        &ws.check_ins,
        previous.map(|p| (&p.workspace.check_ins, &p.check_ins[..])),
        &mut dirty,
        |c| {
            let at = match last {
                Some((kr, at)) if kr == &c.key_result => at,
                _ => part_under(&c.key_result, &mut places),
            };
            last = Some((&c.key_result, at));
            at
        },
    );
    let initiatives = locate_all(
        &ws.initiatives,
        previous.map(|p| (&p.workspace.initiatives, &p.initiatives[..])),
        &mut dirty,
        |initiative| part_under(&initiative.key_result, &mut places),
    );

    let mut records: Vec<PartRef<'a>> = places.ids.iter().map(|_| PartRef::default()).collect();
    for (o, at) in ws.objectives.iter().zip(&objectives) {
        records[*at].objectives.push(o);
    }
    for (kr, at) in ws.key_results.iter().zip(&key_results) {
        records[*at].key_results.push(kr);
    }
    for (c, at) in ws.check_ins.iter().zip(&check_ins) {
        records[*at].check_ins.push(c);
    }
    for (initiative, at) in ws.initiatives.iter().zip(&initiatives) {
        records[*at].initiatives.push(initiative);
    }

    // A part left empty is dropped, as a split from scratch never makes one.
    let mut renumber = vec![usize::MAX; places.ids.len()];
    let mut parts: Vec<SplitPart<'a>> = Vec::with_capacity(places.ids.len());
    for (at, (id, records)) in places.ids.into_iter().zip(records).enumerate() {
        if records.is_empty() {
            continue;
        }
        let known = previous
            .and_then(|p| p.parts.get(at))
            .filter(|_| !dirty.has(at))
            .map(|(_, fingerprint)| fingerprint.clone());
        let fingerprint = known.unwrap_or_else(|| fingerprint(&records));
        let settled = id
            .as_ref()
            .and_then(|(period, _)| ws.period(period))
            .is_some_and(|p| p.closed);
        renumber[at] = parts.len();
        parts.push(SplitPart {
            id,
            records,
            fingerprint,
            settled,
        });
    }
    let renumbered =
        |list: Vec<usize>| -> Vec<usize> { list.into_iter().map(|at| renumber[at]).collect() };
    let objectives = renumbered(objectives);
    let mut objective_order: Vec<[usize; 2]> = Vec::new();
    for at in &objectives {
        match objective_order.last_mut() {
            Some([part, count]) if part == at => *count += 1,
            _ => objective_order.push([*at, 1]),
        }
    }
    let layout = Layout {
        workspace: ws.clone(),
        parts: parts
            .iter()
            .map(|p| (p.id.clone(), p.fingerprint.clone()))
            .collect(),
        objectives,
        key_results: renumbered(key_results),
        check_ins: renumbered(check_ins),
        initiatives: renumbered(initiatives),
    };
    Split {
        core: core_of(ws),
        parts,
        objective_order,
        layout,
    }
}

/// The parts a split must fingerprint again.
#[derive(Default)]
struct Dirty(Vec<bool>);

impl Dirty {
    fn mark(&mut self, at: usize) {
        if self.0.len() <= at {
            self.0.resize(at + 1, false);
        }
        self.0[at] = true;
    }

    fn has(&self, at: usize) -> bool {
        self.0.get(at).copied().unwrap_or(false)
    }
}

/// The part of each record of one collection. Given its previous version
/// (`before`: the records and the part of each), a record still shared
/// keeps its part; any other goes where `locate` says, and both that part
/// and the part of the record that was at its position are marked changed,
/// as are the parts of records removed from the end.
fn locate_all<'w, T>(
    records: &'w Records<T>,
    before: Option<(&Records<T>, &[usize])>,
    dirty: &mut Dirty,
    mut locate: impl FnMut(&'w T) -> usize,
) -> Vec<usize> {
    let mut parts = Vec::with_capacity(records.len());
    for (i, record) in records.iter().enumerate() {
        let at = match before {
            Some((old, was)) if records.shares(i, old, i) => was[i],
            _ => {
                let at = locate(record);
                if let Some((_, was)) = before {
                    if let Some(was) = was.get(i) {
                        dirty.mark(*was);
                    }
                    dirty.mark(at);
                }
                at
            }
        };
        parts.push(at);
    }
    if let Some((_, was)) = before {
        for at in was.iter().skip(records.len()) {
            dirty.mark(*at);
        }
    }
    parts
}

/// True when a changed record is in another part than its previous version
/// (`before`, as for [`locate_all`]): the records under it move with it, so
/// the parts they keep from the previous layout would be wrong.
fn moved<R: Record>(
    records: &Records<R>,
    parts: &[usize],
    before: Option<(&Records<R>, &[usize])>,
) -> bool {
    let Some((old, was)) = before else {
        return false;
    };
    records
        .iter()
        .enumerate()
        .filter(|(i, _)| !records.shares(*i, old, *i))
        .any(|(i, record)| {
            old.position_by_key(record.id())
                .and_then(|j| was.get(j))
                .is_some_and(|at| *at != parts[i])
        })
}

/// The head's workspace: all but the records parts hold.
fn core_of(ws: &Workspace) -> Workspace {
    Workspace {
        name: ws.name.clone(),
        settings: ws.settings.clone(),
        sample: ws.sample,
        units: ws.units.clone(),
        people: ws.people.clone(),
        periods: ws.periods.clone(),
        current_period: ws.current_period.clone(),
        kpis: ws.kpis.clone(),
        organisation_rev: ws.organisation_rev.clone(),
        ..Workspace::default()
    }
}

/// Each unit's top-level unit: itself for the company, else the ancestor
/// just below the company (a unit whose chain ends elsewhere counts as its
/// own top).
fn top_units(ws: &Workspace) -> FxHashMap<&UnitId, &UnitId> {
    let parent: FxHashMap<&UnitId, Option<&UnitId>> = ws
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

/// A stable 64-bit hash of the ids and stamps of a part's records, in
/// order. It takes eight bytes a step: a save hashes every record, and a
/// byte-wise hash took half of its time.
fn fingerprint(part: &PartRef<'_>) -> String {
    struct Mix(u64);
    impl Mix {
        // Multiplying by an odd constant and rotating are both one-to-one, so
        // one changed word always changes the result.
        fn word(&mut self, word: u64) {
            self.0 = (self.0 ^ word)
                .wrapping_mul(0x9e37_79b9_7f4a_7c15)
                .rotate_left(29);
        }
        fn bytes(&mut self, bytes: &[u8]) {
            let mut words = bytes.chunks_exact(8);
            for chunk in &mut words {
                let mut word = [0; 8];
                word.copy_from_slice(chunk);
                self.word(u64::from_le_bytes(word));
            }
            let rest = words.remainder();
            let mut last = [0; 8];
            last[..rest.len()].copy_from_slice(rest);
            // The length in the last word keeps "ab", "c" apart from "a", "bc".
            self.word(u64::from_le_bytes(last) ^ ((bytes.len() as u64) << 56));
        }
        fn record(&mut self, id: &str, rev: &Revision) {
            self.bytes(id.as_bytes());
            self.word(rev.updated_at.map_or(0, |at| at.timestamp_millis() as u64));
            for (replica, count) in rev.edits.iter() {
                self.bytes(replica.as_str().as_bytes());
                self.word(u64::from(count));
            }
        }
    }
    let mut h = Mix(0xcbf2_9ce4_8422_2325);
    for o in &part.objectives {
        h.record(o.id.as_str(), &o.rev);
    }
    h.word(1);
    for kr in &part.key_results {
        h.record(kr.id.as_str(), &kr.rev);
    }
    h.word(2);
    for c in &part.check_ins {
        h.record(c.id.as_str(), &c.rev);
    }
    h.word(3);
    for i in &part.initiatives {
        h.record(i.id.as_str(), &i.rev);
    }
    format!("{:016x}", h.0)
}

/// The head's workspace (units, people, periods, KPIs, settings) as the
/// last save wrote it. Most saves (a check-in, an edit of an objective)
/// leave it as it was, and serialising it again was about a fifth of such
/// a save; comparing it is a pointer per record (see `Records`).
#[derive(Clone, Debug, Default)]
pub struct HeadCache(Option<Box<(Workspace, Box<RawValue>)>>);

/// The head's text for `split`, whose parts are stored under `entries`;
/// `kept` holds the core's JSON from the save before, and this one's after.
pub fn encode_head(
    split: &Split<'_>,
    entries: Vec<PartEntry>,
    revision: u64,
    saved_at: DateTime<Utc>,
    kept: &mut HeadCache,
) -> Result<String, serde_json::Error> {
    let json = kept.keep(split)?;
    serde_json::to_string(&Head {
        format: FORMAT.to_owned(),
        version: VERSION,
        saved_at: Some(saved_at),
        revision,
        workspace: json,
        parts: entries,
        objective_order: split.objective_order.clone(),
    })
}

impl HeadCache {
    /// `split`'s core as JSON, serialised only when it is not the core
    /// held already, and held for the next save.
    pub fn keep(&mut self, split: &Split<'_>) -> Result<&RawValue, serde_json::Error> {
        let held = match self.0.take() {
            Some(held) if held.0 == split.core => held,
            // Its records are shared with the workspace: a copy of pointers.
            _ => Box::new((
                split.core.clone(),
                serde_json::value::to_raw_value(&split.core)?,
            )),
        };
        Ok(&self.0.insert(held).1)
    }
}

pub fn encode_part(part: &PartRef<'_>) -> Result<String, serde_json::Error> {
    serde_json::to_string(part)
}

/// A stored workspace as read back by [`read_stored`].
pub struct Stored {
    pub envelope: Envelope,
    /// The parts the head lists; `None` for a whole envelope, as versions
    /// before parts stored it.
    pub entries: Option<Vec<PartEntry>>,
    /// How the save that wrote it split the workspace (see [`assemble`]).
    pub layout: Option<Layout>,
}

/// Reads the value stored under the workspace key: a packed head, whose
/// parts `fetch` returns by their keys (`Ok(None)` when nothing is stored
/// under one, `Err` with the storage's refusal in words), or a whole
/// envelope in JSON as versions before parts stored it.
///
/// Shape only, like [`snapshot::decode`]: Ladder's own data is not set
/// aside for a flaw the UI can show. Whatever the stored text, the result
/// is a workspace or an error with a message, never a panic.
pub fn read_stored(
    text: &str,
    fetch: impl FnMut(&str) -> Result<Option<String>, String>,
) -> Result<Stored, DecodeError> {
    open(text, fetch)?.finish()
}

/// A stored value read as far as its parts' texts, as they are stored:
/// [`read_stored`] up to the unpacking and parsing, which are most of its
/// time and can wait ([`Opened::first_periods`]) or be spread over idle
/// moments ([`Opened::step`]). Holding every part's text, it no longer
/// depends on storage, which another tab may change meanwhile.
pub struct Opened(Opening);

enum Opening {
    /// A whole envelope, as versions before parts stored it: read at once.
    Whole(Box<Stored>),
    /// The current version's head and parts, each read on its own.
    Current {
        head: ReadHead,
        parts: Vec<PartText>,
        /// Parts before it are parsed, or it failed to read (for
        /// [`Opened::finish`] to say why).
        next: usize,
    },
    /// An older version's, packed: its migrations read them together.
    Older { head: ReadHead, texts: Vec<String> },
}

/// A part as far as it is read.
enum PartText {
    Packed(String),
    Unpacked(String),
    Parsed(Part),
}

/// Reads `text` and fetches its parts ([`read_stored`] says how), parsing
/// only the head's outline.
pub fn open(
    text: &str,
    mut fetch: impl FnMut(&str) -> Result<Option<String>, String>,
) -> Result<Opened, DecodeError> {
    if !packed::is_packed(text) {
        return snapshot::decode(text).map(|envelope| {
            Opened(Opening::Whole(Box::new(Stored {
                envelope,
                entries: None,
                layout: None,
            })))
        });
    }
    let head = read_head(packed::unpack(text).map_err(damaged)?)?;
    let mut texts = Vec::with_capacity(head.parts.len());
    for entry in &head.parts {
        let stored = fetch(&entry.key)
            .map_err(damaged)?
            .ok_or_else(|| damaged(text::parts::missing_part(&entry.key)))?;
        texts.push(stored);
    }
    Ok(Opened(if head.version == VERSION {
        Opening::Current {
            head,
            parts: texts.into_iter().map(PartText::Packed).collect(),
            next: 0,
        }
    } else {
        Opening::Older { head, texts }
    }))
}

fn damaged(message: String) -> DecodeError {
    DecodeError::Field {
        path: text::parts::STORED_WORKSPACE.to_owned(),
        message,
    }
}

fn parse_part(text: &str) -> Result<Part, DecodeError> {
    serde_json::from_str(text).map_err(field_error("part"))
}

impl PartText {
    /// One step further (unpacked, then parsed); false once parsed. A
    /// failed step leaves it as it was.
    fn advance(&mut self) -> Result<bool, DecodeError> {
        *self = match self {
            PartText::Packed(stored) => {
                PartText::Unpacked(packed::unpack(stored).map_err(damaged)?)
            }
            PartText::Unpacked(text) => PartText::Parsed(parse_part(text)?),
            PartText::Parsed(_) => return Ok(false),
        };
        Ok(true)
    }

    fn into_part(self) -> Result<Part, DecodeError> {
        match self {
            PartText::Packed(stored) => parse_part(&packed::unpack(&stored).map_err(damaged)?),
            PartText::Unpacked(text) => parse_part(&text),
            PartText::Parsed(part) => Ok(part),
        }
    }
}

impl Opened {
    /// The revision the head names; 0 for a whole envelope without one.
    pub fn revision(&self) -> u64 {
        match &self.0 {
            Opening::Whole(stored) => stored.envelope.revision.unwrap_or(0),
            Opening::Current { head, .. } | Opening::Older { head, .. } => head.revision,
        }
    }

    /// The parts the head lists; `None` for a whole envelope.
    pub fn entries(&self) -> Option<&[PartEntry]> {
        match &self.0 {
            Opening::Whole(_) => None,
            Opening::Current { head, .. } | Opening::Older { head, .. } => Some(&head.parts),
        }
    }

    /// The workspace with only the records of the periods `first` picks
    /// from the head's workspace (the periods, units and people are all
    /// there): what a first screen about those periods shows, read in a
    /// fraction of the time the whole takes. `None` when `first` picks
    /// none, when that is not less than the whole, when one of its
    /// objectives ladders up to one in another period, or when anything
    /// about it is unusual (an older version, a damaged value):
    /// [`Opened::finish`] then reads the whole, and says what is wrong.
    pub fn first_periods(
        &mut self,
        first: impl FnOnce(&Workspace) -> Vec<PeriodId>,
    ) -> Option<Workspace> {
        let Opening::Current { head, parts, .. } = &mut self.0 else {
            return None;
        };
        let outline: Head<Workspace> = serde_json::from_str(&head.text).ok()?;
        let periods = first(&outline.workspace);
        let wanted = |id: &PartId| id.as_ref().is_some_and(|(p, _)| periods.contains(p));
        if periods.is_empty() || head.parts.iter().all(|entry| wanted(&entry.id)) {
            return None;
        }
        let mut ws = outline.workspace;
        if holds_part_records(&ws) {
            return None;
        }
        let mut objectives: Vec<&[Objective]> = Vec::with_capacity(parts.len());
        for (entry, part) in head.parts.iter().zip(parts.iter_mut()) {
            if !wanted(&entry.id) {
                objectives.push(&[]);
                continue;
            }
            // Parsed once: the whole takes the part as it is.
            while part.advance().ok()? {}
            let PartText::Parsed(part) = part else {
                return None;
            };
            objectives.push(&part.objectives);
            ws.key_results.extend(part.key_results.iter().cloned());
            ws.check_ins.extend(part.check_ins.iter().cloned());
            ws.initiatives.extend(part.initiatives.iter().cloned());
        }
        let mut taken = vec![0; objectives.len()];
        let mut ordered = Vec::new();
        for &[part, count] in &outline.objective_order {
            let list = objectives.get(part)?;
            let from = *taken.get(part)?;
            ordered.extend(list.iter().skip(from).take(count).cloned());
            taken[part] = from + count;
        }
        ws.objectives.extend(ordered);
        // A parent objective moved to another period (other than the next)
        // would read as deleted on the first screen: then the whole, now.
        let parents_here = ws
            .objectives
            .iter()
            .all(|o| o.parent.as_ref().is_none_or(|p| ws.objective(p).is_some()));
        parents_here.then_some(ws)
    }

    /// Reads one more step of the rest (unpacks or parses a part), for a
    /// caller spreading the work over idle moments; false once there is
    /// nothing left that [`Opened::finish`] would not do as fast.
    pub fn step(&mut self) -> bool {
        let Opening::Current { parts, next, .. } = &mut self.0 else {
            return false;
        };
        while let Some(part) = parts.get_mut(*next) {
            match part.advance() {
                Ok(true) => return true,
                Ok(false) => *next += 1,
                // Left for `finish` to report.
                Err(_) => {
                    *next = parts.len();
                    return false;
                }
            }
        }
        false
    }

    /// Reads the rest: the whole workspace, as [`read_stored`] returns it.
    pub fn finish(self) -> Result<Stored, DecodeError> {
        let (entries, (envelope, layout)) = match self.0 {
            Opening::Whole(stored) => return Ok(*stored),
            Opening::Current { head, parts, .. } => (
                head.parts.clone(),
                assemble_parts(head, parts.into_iter().map(PartText::into_part))?,
            ),
            Opening::Older { head, texts } => {
                let texts = texts
                    .iter()
                    .map(|stored| packed::unpack(stored).map_err(damaged))
                    .collect::<Result<Vec<String>, DecodeError>>()?;
                (head.parts.clone(), assemble(head, &texts)?)
            }
        };
        Ok(Stored {
            envelope,
            entries: Some(entries),
            layout,
        })
    }
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
/// order), migrated if an older version wrote it. For the current version
/// also the layout the save that wrote it had, so the next save can split
/// only what changed since.
///
/// The layout is `None` when the next save must write every part afresh:
/// for an older version (its parts' texts are not in the current shape),
/// and for a head a layout cannot describe (see [`assemble_current`]).
pub fn assemble(
    head: ReadHead,
    parts: &[String],
) -> Result<(Envelope, Option<Layout>), DecodeError> {
    if head.version == VERSION {
        assemble_parts(head, parts.iter().map(|text| parse_part(text)))
    } else {
        Ok((assemble_older(&head.text, parts)?, None))
    }
}

/// [`assemble`] for the current version, from each part as read: the head
/// is parsed first, so a damaged head is what a damaged value reports.
fn assemble_parts(
    head: ReadHead,
    parts: impl Iterator<Item = Result<Part, DecodeError>>,
) -> Result<(Envelope, Option<Layout>), DecodeError> {
    let outline = parse_head(&head.text)?;
    let parts = parts.collect::<Result<Vec<Part>, DecodeError>>()?;
    assemble_current(outline, head.parts, parts)
}

fn parse_head(text: &str) -> Result<Head<Workspace>, DecodeError> {
    serde_json::from_str(text).map_err(field_error("head"))
}

fn field_error(path: &str) -> impl Fn(serde_json::Error) -> DecodeError + '_ {
    move |e| DecodeError::Field {
        path: path.to_owned(),
        message: e.to_string(),
    }
}

/// The common case: each part read by one typed pass, no intermediate tree.
///
/// A layout places each record in the part whose text it came from, so
/// there is one only when the head lists one distinct part per text and
/// holds none of the parts' kinds of record itself. Ladder writes no other
/// head, but a damaged value may: its records are all kept (the head's
/// first), and the next save splits from scratch.
fn assemble_current(
    head: Head<Workspace>,
    entries: Vec<PartEntry>,
    parts: Vec<Part>,
) -> Result<(Envelope, Option<Layout>), DecodeError> {
    let mut seen = std::collections::HashSet::with_capacity(entries.len());
    let one_to_one = entries.len() == parts.len() && entries.iter().all(|e| seen.insert(&e.id));
    let mut ws = head.workspace;
    let holds_records = holds_part_records(&ws);
    let mut objectives: Vec<Vec<Objective>> = Vec::with_capacity(parts.len());
    let mut layout = Layout {
        parts: entries
            .into_iter()
            .map(|entry| (entry.id, entry.fingerprint))
            .collect(),
        ..Layout::default()
    };
    for (at, part) in parts.into_iter().enumerate() {
        objectives.push(part.objectives);
        let place = |list: &mut Vec<usize>, count: usize| list.resize(list.len() + count, at);
        place(&mut layout.key_results, part.key_results.len());
        place(&mut layout.check_ins, part.check_ins.len());
        place(&mut layout.initiatives, part.initiatives.len());
        ws.key_results.extend(part.key_results);
        ws.check_ins.extend(part.check_ins);
        ws.initiatives.extend(part.initiatives);
    }
    let (objectives, from) = in_order(objectives, &head.objective_order)?;
    ws.objectives.extend(objectives);
    layout.objectives = from;
    // Shares every record with the workspace returned: a record still shared
    // at the next save is one this save wrote.
    layout.workspace = ws.clone();
    let envelope = Envelope {
        format: head.format,
        version: head.version,
        exported_at: None,
        saved_at: head.saved_at,
        revision: Some(head.revision),
        scope: Default::default(),
        workspace: ws,
    };
    Ok((envelope, (one_to_one && !holds_records).then_some(layout)))
}

/// Whether a head's workspace holds records of the kinds parts hold, as a
/// head Ladder writes never does (a damaged value may).
fn holds_part_records(ws: &Workspace) -> bool {
    !(ws.objectives.is_empty()
        && ws.key_results.is_empty()
        && ws.check_ins.is_empty()
        && ws.initiatives.is_empty())
}

/// Objectives back in workspace order from each part's list, with the
/// part each came from. That is where the layout places them, not what the
/// order's counts claim: a damaged count larger than its part's list would
/// otherwise place the objectives after it in the wrong part, and the next
/// save would write an order its parts do not match.
fn in_order<T>(
    by_part: Vec<Vec<T>>,
    order: &[[usize; 2]],
) -> Result<(Vec<T>, Vec<usize>), DecodeError> {
    let total = by_part.iter().map(Vec::len).sum();
    let mut lists: Vec<std::vec::IntoIter<T>> = by_part.into_iter().map(Vec::into_iter).collect();
    let mut out = Vec::with_capacity(total);
    let mut from = Vec::with_capacity(total);
    for &[part, count] in order {
        let list = lists.get_mut(part).ok_or_else(broken_order)?;
        out.extend(list.by_ref().take(count));
        from.resize(out.len(), part);
    }
    if out.len() != total {
        return Err(broken_order());
    }
    Ok((out, from))
}

fn broken_order() -> DecodeError {
    DecodeError::Field {
        path: "objective_order".to_owned(),
        message: text::parts::ORDER_MISMATCH.to_owned(),
    }
}

/// An older version's head and parts: put back together as one envelope,
/// then read like any older file, so its migrations apply.
fn assemble_older(head: &str, texts: &[String]) -> Result<Envelope, DecodeError> {
    // Read by `read_head` as a struct, which serde also reads from an array
    // of its fields: only an object is a head Ladder wrote.
    let Value::Object(mut map) = serde_json::from_str(head).map_err(field_error("head"))? else {
        return Err(DecodeError::NotLadder);
    };
    let order: Vec<[usize; 2]> =
        serde_json::from_value(map.remove("objective_order").unwrap_or(Value::Null))
            .map_err(field_error("objective_order"))?;
    let mut objectives = Vec::new();
    let mut others: [(&str, Vec<Value>); 3] = [
        ("key_results", Vec::new()),
        ("check_ins", Vec::new()),
        ("initiatives", Vec::new()),
    ];
    for text in texts {
        let mut part: serde_json::Map<String, Value> =
            serde_json::from_str(text).map_err(field_error("part"))?;
        objectives.push(take_list(&mut part, "objectives")?);
        for (name, list) in &mut others {
            list.extend(take_list(&mut part, name)?);
        }
    }
    let mut workspace = map.remove("workspace").unwrap_or(Value::Null);
    if let Value::Object(ws) = &mut workspace {
        let objectives = ("objectives", in_order(objectives, &order)?.0);
        for (name, list) in std::iter::once(objectives).chain(others) {
            // As for the current version, records a damaged head holds
            // itself are kept, first; a list of another type is left for
            // reading to refuse.
            match ws.get_mut(name) {
                Some(Value::Array(kept)) => kept.extend(list),
                Some(_) => {}
                None => {
                    ws.insert(name.to_owned(), Value::Array(list));
                }
            }
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

/// A part's list of `name`: none when absent, as the current version reads
/// it; anything but a list is refused, as it is there, not dropped.
fn take_list(
    part: &mut serde_json::Map<String, Value>,
    name: &str,
) -> Result<Vec<Value>, DecodeError> {
    match part.remove(name) {
        None => Ok(Vec::new()),
        Some(list) => serde_json::from_value(list).map_err(field_error("part")),
    }
}
