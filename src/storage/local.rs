//! The workspace in the browser's localStorage.
//!
//! Keys (all prefixed `ladder.`):
//! - `ladder.workspace`: the head of the current workspace (see [`parts`]),
//!   with `revision` and `saved_at`, [`packed`]; an earlier version's value,
//!   a whole [`snapshot`] envelope in JSON, is still read;
//! - `ladder.part.<revision>.<tab>.<n>`: the parts the head lists, each
//!   written by the save of that revision in the tab marked `<tab>` (so two
//!   tabs saving at once never write the same key) and kept while
//!   unchanged; a part a save replaced is deleted about two seconds
//!   later, once every tab has seen the save that replaced it;
//! - `ladder.revision`: the latest revision number alone, so a tab can check
//!   cheaply before writing that nobody saved a newer revision it has not seen;
//! - `ladder.backup.before-import`: the workspace as it was before the last
//!   import or restore;
//! - `ladder.unreadable.<time>`: a stored value that could not be read, moved
//!   aside verbatim so it is never overwritten;
//! - `ladder.personal`: personal goals and 1:1 notes, in the
//!   [`personal_file`] envelope. A key of its own, so nothing that saves,
//!   exports, imports or replaces the workspace reads or writes it;
//! - `ladder.replica`: this browser's replica id, which revision stamps count
//!   edits under. Not in the workspace, so an imported copy never brings
//!   another browser's identity along.
//! - `ladder.appearance`: `light` or `dark` when the person chose a colour
//!   scheme for this browser; absent to follow the system.
//! - `ladder.generation`: when (ms since 1970) the [`journal`] last copied a
//!   batch of writes to IndexedDB, never less than the one before, to tell
//!   at start-up which of the two is newer.
//!
//! Every write to these keys also goes to the [`journal`]'s copy, which a
//! crash of the browser cannot take back.
//!
//! Every call is fallible and nothing here panics: storage may be disabled,
//! full, or shared with other tabs.

use super::journal;
use super::packed::{self, Effort};
use super::parts::{self, Layout, PartEntry, PartId};
use super::personal_file::{self, PersonalError, Sealed, Stored};
use super::snapshot::{self, DecodeError, Envelope};
use crate::domain::{PeriodId, Personal, ReplicaId, Workspace, date_serde};
use crate::text;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use std::collections::HashMap;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, Storage, StorageEvent};

pub(super) const WORKSPACE_KEY: &str = "ladder.workspace";
/// Every key of Ladder's starts so.
const PREFIX: &str = "ladder.";
const PART_PREFIX: &str = "ladder.part.";
pub(super) const REVISION_KEY: &str = "ladder.revision";
/// Counts batches of writes, for the [`journal`]'s copy.
pub(super) const GENERATION_KEY: &str = "ladder.generation";
const BEFORE_IMPORT_KEY: &str = "ladder.backup.before-import";
const UNREADABLE_PREFIX: &str = "ladder.unreadable.";
const REPLICA_KEY: &str = "ladder.replica";
const PERSONAL_KEY: &str = "ladder.personal";
/// Also read by `web/theme.js` before the app starts.
const APPEARANCE_KEY: &str = "ladder.appearance";
/// The days this browser opened Ladder, latest first (`2026-12-04 2026-12-01`):
/// what "My work" means by "since your last visit". This browser's own,
/// like the appearance: never part of the workspace or a file.
const VISITS_KEY: &str = "ladder.visits";
/// Live sync's bookkeeping (`storage::sync::state`); absent while sync is off.
const SYNC_KEY: &str = "ladder.sync";
/// Which tab runs sync, and until when: `<tab> <ms since 1970>`.
const SYNC_LEASE_KEY: &str = "ladder.sync-lease";

/// The storage browsers give a page, in UTF-16 code units: Chromium and
/// Firefox allow about 5 Mi per origin (keys and values together).
pub const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// What was found of the private data when the app started.
pub enum PersonalLoaded {
    Nothing,
    Found(Box<Personal>),
    /// Locked with a passphrase: opened only once its owner types it.
    Sealed(Sealed),
    /// Present but not readable by this version: left in place, untouched,
    /// and saving private data stays off.
    Unreadable {
        reason: String,
    },
    Unavailable {
        reason: String,
    },
}

/// What was found in storage when the app started.
pub enum Loaded {
    /// Nothing saved yet: the first visit in this browser.
    Nothing { revision: u64 },
    Found {
        workspace: Box<Workspace>,
        revision: u64,
        written: Written,
    },
    /// The first screen's share of a large workspace (see [`load`]), with
    /// what is written of it; [`Rest::finish`] reads the whole.
    FirstScreen {
        workspace: Box<Workspace>,
        revision: u64,
        rest: Rest,
        written: Written,
    },
    /// The stored value could not be read. It is kept verbatim under `kept_in`;
    /// when moving it aside failed, that is still the workspace key and saving
    /// must stay off so it is not overwritten.
    Unreadable {
        reason: String,
        kept_in: String,
        moved_aside: bool,
        revision: u64,
    },
    /// Saved by a newer version of Ladder: left in place, untouched.
    Newer { version: u64 },
    /// The browser refuses storage (disabled, blocked, some private modes).
    Unavailable { reason: String },
}

/// Why a write did not happen. In every case the value already stored is intact.
#[derive(Clone, PartialEq, Debug)]
pub enum WriteError {
    /// Another tab saved `stored` after the revision this tab last saw.
    Conflict { stored: u64 },
    /// The browser refused the write; `reason` is written for people.
    Failed { reason: String },
}

/// A value kept aside that a person may want to download, restore or delete.
#[derive(Clone, PartialEq, Debug)]
pub struct Backup {
    pub key: String,
    pub kind: BackupKind,
    /// Size of the stored text in UTF-16 code units, as browsers count quota.
    pub size: usize,
}

#[derive(Clone, PartialEq, Debug)]
pub enum BackupKind {
    BeforeImport { saved_at: Option<DateTime<Utc>> },
    Unreadable { found_at: String },
}

fn storage() -> Result<Storage, String> {
    let window = web_sys::window().ok_or(text::common::NO_BROWSER_WINDOW)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(text::local::NO_LOCAL_STORAGE.to_owned()),
        Err(error) => Err(describe(&error)),
    }
}

/// Turns a storage exception into a sentence a person can act on.
fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => text::local::STORAGE_FULL.to_owned(),
        Some(e) if e.name() == "SecurityError" => text::local::STORAGE_NOT_ALLOWED.to_owned(),
        Some(e) => text::local::storage_refused_with(&e.name(), &e.message()),
        None => text::local::STORAGE_REFUSED.to_owned(),
    }
}

/// The latest saved revision; a read error is an error, never "no revision",
/// or a write could skip its check and overwrite what it never read.
fn read_revision(storage: &Storage) -> Result<u64, String> {
    match storage.get_item(REVISION_KEY).map_err(|e| describe(&e))? {
        None => Ok(0),
        Some(text) => text
            .parse()
            .map_err(|_| text::local::invalid_stored_revision(&text)),
    }
}

/// Sets `key`, and once it is set queues the same write for the
/// [`journal`]'s copy. Every write to a `ladder.` key goes through here or
/// [`delete`].
fn put(storage: &Storage, key: &str, value: &str) -> Result<(), JsValue> {
    storage.set_item(key, value)?;
    journal::put(key, value);
    Ok(())
}

/// Removes `key`, here and in the [`journal`]'s copy. Removing what is not
/// there writes nothing, so storage stays as it was (a snapshot on view
/// must leave it so).
fn delete(storage: &Storage, key: &str) -> Result<(), JsValue> {
    if storage.get_item(key)?.is_none() {
        return Ok(());
    }
    storage.remove_item(key)?;
    journal::remove(key);
    Ok(())
}

fn set(storage: &Storage, key: &str, value: &str) -> Result<(), WriteError> {
    put(storage, key, value).map_err(|e| WriteError::Failed {
        reason: describe(&e),
    })
}

/// Reads the stored workspace, moving an unreadable value aside.
///
/// Parsing is most of a load, and a large organisation's years of
/// check-ins most of what is parsed. So when `first` (given the head's
/// workspace: periods, units, people, settings) names the periods the
/// first screen shows, and the stored parts hold others too, only those
/// periods' parts are parsed now ([`Loaded::FirstScreen`]) and the rest
/// when [`Rest::finish`] is called. Every part's text is read now either
/// way, so what is read later is this same revision.
pub fn load(now: DateTime<Utc>, first: impl FnOnce(&Workspace) -> Vec<PeriodId>) -> Loaded {
    let storage = match storage() {
        Ok(storage) => storage,
        Err(reason) => return Loaded::Unavailable { reason },
    };
    let known_revision = match read_revision(&storage) {
        Ok(revision) => revision,
        Err(reason) => return Loaded::Unavailable { reason },
    };
    let text = match storage.get_item(WORKSPACE_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => {
            return Loaded::Nothing {
                revision: known_revision,
            };
        }
        Err(error) => {
            return Loaded::Unavailable {
                reason: describe(&error),
            };
        }
    };
    let mut opened = match open(&storage, &text) {
        Ok(opened) => opened,
        Err(error) => return refused(&storage, error, text, known_revision, now),
    };
    let mut written = written_for(&opened, &text);
    // Now, while storage holds what was just read: parts another tab
    // writes later are listed by no head this tab has seen.
    retire_unlisted_parts(&storage, &mut written, opened.revision());
    let first = opened.first_periods(first);
    let revision = opened.revision().max(known_revision);
    let rest = Rest {
        opened,
        text,
        known_revision,
    };
    match first {
        Some(workspace) => Loaded::FirstScreen {
            workspace: Box::new(workspace),
            revision,
            rest,
            written,
        },
        None => rest.finish(written, now),
    }
}

/// What is left to read of a workspace loaded for its first screen.
pub struct Rest {
    opened: parts::Opened,
    /// The head as stored, to move aside if the rest cannot be read.
    text: String,
    known_revision: u64,
}

impl Rest {
    /// Reads a little more (a part unpacked or parsed: a few milliseconds
    /// at most), for a caller spreading the work over idle moments; false
    /// once what is left is for [`Rest::finish`].
    pub fn step(&mut self) -> bool {
        self.opened.step()
    }

    /// Reads the whole workspace, as [`load`] would have found it; `written`
    /// is what `load` said is written of it.
    pub fn finish(self, written: Written, now: DateTime<Utc>) -> Loaded {
        // Every part's text is here: storage is needed only for a refusal.
        match read_whole(self.opened, written) {
            Ok((envelope, written)) => Loaded::Found {
                revision: envelope.revision.unwrap_or(0).max(self.known_revision),
                workspace: Box::new(envelope.workspace),
                written,
            },
            Err(error) => match storage() {
                Ok(storage) => refused(&storage, error, self.text, self.known_revision, now),
                Err(reason) => Loaded::Unavailable { reason },
            },
        }
    }
}

/// What a load says of a stored value it cannot read: newer than this
/// version, or unreadable and copied aside, then deleted from the
/// workspace key unless another tab saved over it since it was read.
fn refused(
    storage: &Storage,
    error: DecodeError,
    text: String,
    revision: u64,
    now: DateTime<Utc>,
) -> Loaded {
    if let DecodeError::TooNew { version } = error {
        return Loaded::Newer { version };
    }
    let key = format!(
        "{UNREADABLE_PREFIX}{}",
        now.to_rfc3339_opts(SecondsFormat::Millis, true)
    );
    let replaced = storage.get_item(WORKSPACE_KEY).ok().flatten().as_deref() != Some(&*text);
    // Copy first, delete second: if the copy fails the original stays where it is.
    // Its parts stay where they are too: nothing is deleted while unreadable.
    let copied = put(storage, &key, &text).is_ok();
    let moved_aside = copied && (replaced || delete(storage, WORKSPACE_KEY).is_ok());
    Loaded::Unreadable {
        reason: error.to_string(),
        kept_in: if moved_aside {
            key
        } else {
            WORKSPACE_KEY.to_owned()
        },
        moved_aside,
        revision,
    }
}

/// The whole workspace a stored head (or a single envelope from before
/// parts) describes, with what is written of it.
fn read_stored(storage: &Storage, text: &str) -> Result<(Envelope, Written), DecodeError> {
    let opened = open(storage, text)?;
    let written = written_for(&opened, text);
    read_whole(opened, written)
}

/// The stored value `text` (a head or, from before parts, a whole
/// envelope) with every part it lists, read as far as [`parts::open`] reads.
fn open(storage: &Storage, text: &str) -> Result<parts::Opened, DecodeError> {
    parts::open(text, |key| storage.get_item(key).map_err(|e| describe(&e)))
}

/// What is written of the stored value `opened` was read from, before its
/// layout is known.
fn written_for(opened: &parts::Opened, text: &str) -> Written {
    match opened.entries() {
        // Stored whole by an earlier version: the next save writes it in parts.
        None => Written::default(),
        Some(entries) => Written::from_entries(entries, units(WORKSPACE_KEY, text)),
    }
}

/// The whole workspace, with `written` (see [`written_for`]) completed by
/// the layout it was read with.
fn read_whole(
    opened: parts::Opened,
    mut written: Written,
) -> Result<(Envelope, Written), DecodeError> {
    let stored = opened.finish()?;
    match stored.layout {
        Some(layout) => written.layout = Some(Box::new(layout)),
        // An older version's parts, or a head that does not describe its
        // parts one to one: no stored part is kept as it is.
        None if stored.entries.is_some() => written.forget(),
        None => {}
    }
    Ok((stored.envelope, written))
}

#[wasm_bindgen]
extern "C" {
    /// localStorage, read as the browser's own strings.
    pub(super) type UnconvertedStorage;
    /// `Storage.getItem`: the string (or null) as the browser holds it.
    #[wasm_bindgen(method, catch, js_name = getItem)]
    pub(super) fn get_item(this: &UnconvertedStorage, key: &str) -> Result<JsValue, JsValue>;
}

/// Every key of Ladder's in `storage`.
pub(super) fn ladder_keys(storage: &Storage) -> Result<Vec<String>, String> {
    let count = storage.length().map_err(|e| describe(&e))?;
    let mut keys = Vec::new();
    for i in 0..count {
        if let Some(key) = storage.key(i).map_err(|e| describe(&e))?
            && key.starts_with(PREFIX)
        {
            keys.push(key);
        }
    }
    Ok(keys)
}

/// Retires the parts no head lists (left by a save that stopped half-way,
/// or replaced by a tab that closed before deleting them), to be deleted
/// once every tab has had time to show its own head ([`tidy`]): another
/// tab saving at this instant may have written a head that lists them. A
/// part of a revision after `revision` may be another tab's save in
/// progress, so it stays.
fn retire_unlisted_parts(storage: &Storage, written: &mut Written, revision: u64) {
    let now = js_sys::Date::now();
    let unlisted = ladder_keys(storage)
        .unwrap_or_default()
        .into_iter()
        .filter(|key| {
            key.strip_prefix(PART_PREFIX)
                .and_then(|rest| rest.split('.').next()?.parse::<u64>().ok())
                .is_some_and(|of| of <= revision)
                && !written.lists(key)
                && !written.retired.iter().any(|(retired, _)| retired == key)
        })
        .map(|key| (key, now))
        .collect::<Vec<_>>();
    written.retired.extend(unlisted);
}

/// Code units a stored key and its text take, as browsers count quota.
fn units(key: &str, text: &str) -> usize {
    key.encode_utf16().count() + text.encode_utf16().count()
}

/// What this tab last wrote (or read) of the stored workspace, so a save
/// writes only the parts that changed.
#[derive(Clone, Debug, Default)]
pub struct Written {
    parts: HashMap<PartId, PartEntry>,
    /// Code units of the head as stored.
    head_size: usize,
    /// Set when the workspace was replaced whole: the next save writes every part.
    stale: bool,
    /// How the last save split the workspace, so the next one splits only what changed.
    layout: Option<Box<Layout>>,
    /// The last head's workspace JSON, written again while it is unchanged.
    head: parts::HeadCache,
    /// Parts this tab's saves replaced, with when (ms), not deleted yet.
    retired: Vec<(String, f64)>,
    /// The layout the last save replaced, for the caller to drop when the
    /// page is idle ([`Written::take_replaced`]): dropping it lets go of
    /// 75,000 check-ins' pointers and whatever records only it still held,
    /// a millisecond of every save.
    replaced: Option<Box<Layout>>,
    /// Parts [`pack_ahead`] encoded and packed for the next save, by id.
    ahead: HashMap<PartId, Ahead>,
}

/// A part's stored text, made before the save that writes it.
#[derive(Clone, Debug)]
struct Ahead {
    fingerprint: String,
    settled: bool,
    text: String,
}

impl Ahead {
    /// True when packed from `part`'s records as they are now.
    fn packs(&self, part: &parts::SplitPart<'_>) -> bool {
        self.fingerprint == part.fingerprint && self.settled == part.settled
    }
}

impl Written {
    fn from_entries(entries: &[PartEntry], head_size: usize) -> Written {
        Written {
            parts: entries.iter().map(|e| (e.id.clone(), e.clone())).collect(),
            head_size,
            stale: false,
            layout: None,
            head: parts::HeadCache::default(),
            retired: Vec::new(),
            replaced: None,
            ahead: HashMap::new(),
        }
    }

    /// `workspace` in parts, split only where it changed since the layout
    /// this tab last split, if it has one.
    fn split<'a>(&self, workspace: &'a Workspace) -> parts::Split<'a> {
        match &self.layout {
            Some(layout) => parts::split_since(workspace, layout),
            None => parts::split(workspace),
        }
    }

    /// The stored entry a save keeps for `part` instead of writing it again.
    fn kept(&self, part: &parts::SplitPart<'_>) -> Option<&PartEntry> {
        self.parts
            .get(&part.id)
            .filter(|entry| !self.stale && entry.fingerprint == part.fingerprint)
    }

    /// The text packed ahead for `part`, if it was packed from these records.
    fn take_ahead(&mut self, part: &parts::SplitPart<'_>) -> Option<String> {
        self.ahead
            .remove(&part.id)
            .filter(|a| a.packs(part))
            .map(|a| a.text)
    }

    /// The layout the last save replaced, to be dropped when convenient.
    pub fn take_replaced(&mut self) -> Option<Box<Layout>> {
        self.replaced.take()
    }

    fn lists(&self, key: &str) -> bool {
        self.parts.values().any(|e| e.key == key)
    }

    /// Makes the next save write every part: for a workspace brought in
    /// whole, whose records may carry stamps equal to different content.
    pub fn forget(&mut self) {
        self.stale = true;
        self.layout = None;
        // Packed from records whose fingerprints may now stand for others.
        self.ahead.clear();
    }

    /// Becomes `other` (another tab's save, adopted), still deleting the
    /// parts this tab retired: nothing else will.
    pub fn take_over(&mut self, other: Written) {
        let retired = std::mem::take(&mut self.retired);
        *self = other;
        self.retired.extend(retired);
    }

    /// Code units the stored workspace takes, as browsers count quota.
    pub fn size(&self) -> usize {
        self.head_size + self.parts.values().map(|e| e.size).sum::<usize>()
    }
}

/// Saves `workspace` as the revision after `base`, unless another tab saved a
/// newer revision since. Returns the new revision.
pub fn write(
    workspace: &Workspace,
    base: u64,
    now: DateTime<Utc>,
    written: &mut Written,
) -> Result<u64, WriteError> {
    let storage = storage().map_err(|reason| WriteError::Failed { reason })?;
    let stored = read_revision(&storage).map_err(|reason| WriteError::Failed { reason })?;
    if stored > base {
        return Err(WriteError::Conflict { stored });
    }
    write_revision(&storage, workspace, base + 1, now, written)
}

/// Does ahead what the first save after a load would otherwise do on the
/// person's first edit (about 15 ms for a 300-person company): splits
/// `workspace` against the layout read at load, serialises the head's
/// core, and builds the id indexes a new check-in or key result is placed
/// with; and encodes one part to compile the code that does it. Writes
/// nothing; for an idle moment. The layout it keeps describes
/// `workspace` as it is, not as stored: a save only takes part
/// fingerprints from it, which depend on the records alone.
pub fn prepare(workspace: &Workspace, written: &mut Written) {
    // First: the layout keeps a copy of the workspace, which shares them.
    workspace.objectives.prepare_lookup();
    workspace.key_results.prepare_lookup();
    let Some(layout) = &written.layout else {
        return;
    };
    let split = parts::split_since(workspace, layout);
    // Chromium (V8) compiles a wasm function when it is first called, and a
    // save encodes and packs parts with some forty functions nothing else
    // calls (5 ms of the first save). Encoding one part of a period still
    // open as a save would, and dropping it, compiles them now. The
    // largest: the memory it takes stays with the allocator, so no save of
    // an open part waits for the wasm memory to grow (2 to 5 ms a time).
    let sample = split
        .parts
        .iter()
        .filter(|part| !part.settled && !part.records.check_ins.is_empty())
        .max_by_key(|part| part.records.check_ins.len());
    if let Some(Ok(text)) = sample.map(|part| parts::encode_part(&part.records)) {
        packed::pack(&text, Effort::Fast);
    }
    // A core that cannot be serialised is the save's to report.
    if written.head.keep(&split).is_ok() {
        written.layout = Some(Box::new(split.layout));
    }
}

/// Encodes and packs the parts of `workspace` the next save will write, one
/// after another until `out_of_time` says so (after one at least), and keeps
/// them for that save; true once none is left. Writes nothing. For a save
/// of a whole organisation (a first sync download: a third of a second of
/// encoding and packing) done a slice at a time, with the page answering in
/// between; the save then only writes. Edits meanwhile change the parts
/// they touch, which are packed again.
pub fn pack_ahead(
    workspace: &Workspace,
    written: &mut Written,
    mut out_of_time: impl FnMut() -> bool,
) -> Result<bool, serde_json::Error> {
    let split = written.split(workspace);
    let mut done = true;
    let mut packed_one = false;
    for part in &split.parts {
        let ready = written.ahead.get(&part.id).is_some_and(|a| a.packs(part));
        if ready || written.kept(part).is_some() {
            continue;
        }
        if packed_one && out_of_time() {
            done = false;
            break;
        }
        let text = pack_part(part)?;
        written.ahead.insert(
            part.id.clone(),
            Ahead {
                fingerprint: part.fingerprint.clone(),
                settled: part.settled,
                text,
            },
        );
        packed_one = true;
    }
    // The next slice, and the save, split only what changed since (see `prepare`).
    written.layout = Some(Box::new(split.layout));
    Ok(done)
}

/// A part's text as stored: settled periods compressed harder.
fn pack_part(part: &parts::SplitPart<'_>) -> Result<String, serde_json::Error> {
    let effort = if part.settled {
        Effort::Small
    } else {
        Effort::Fast
    };
    Ok(packed::pack(&parts::encode_part(&part.records)?, effort))
}

/// Saves `workspace` over whatever another tab saved: the person chose this version.
pub fn write_over(
    workspace: &Workspace,
    now: DateTime<Utc>,
    written: &mut Written,
) -> Result<u64, WriteError> {
    let storage = storage().map_err(|reason| WriteError::Failed { reason })?;
    let next = read_revision(&storage).map_err(|reason| WriteError::Failed { reason })? + 1;
    // The other tab's parts are not the ones this tab wrote.
    written.forget();
    write_revision(&storage, workspace, next, now, written)
}

fn write_revision(
    storage: &Storage,
    workspace: &Workspace,
    revision: u64,
    now: DateTime<Utc>,
    written: &mut Written,
) -> Result<u64, WriteError> {
    let failed = |e: serde_json::Error| WriteError::Failed {
        reason: e.to_string(),
    };
    let split = written.split(workspace);
    let mut entries = Vec::with_capacity(split.parts.len());
    let mut added: Vec<String> = Vec::new();
    // New parts go under new keys and the head switches to them last, so a
    // save that stops half-way leaves the previous save whole; a save that
    // fails deletes the parts it added.
    let undo_added = |added: &[String]| {
        for key in added {
            let _ = delete(storage, key);
        }
    };
    for (i, part) in split.parts.iter().enumerate() {
        match written.kept(part) {
            Some(entry) => entries.push(entry.clone()),
            None => {
                let text = match written.take_ahead(part).map_or_else(|| pack_part(part), Ok) {
                    Ok(text) => text,
                    Err(error) => {
                        undo_added(&added);
                        return Err(failed(error));
                    }
                };
                let key = format!("{PART_PREFIX}{revision}.{}.{i}", writer());
                if let Err(error) = set(storage, &key, &text) {
                    undo_added(&added);
                    return Err(error);
                }
                entries.push(PartEntry {
                    key: key.clone(),
                    id: part.id.clone(),
                    fingerprint: part.fingerprint.clone(),
                    size: units(&key, &text),
                });
                added.push(key);
            }
        }
    }
    let head = match parts::encode_head(&split, entries.clone(), revision, now, &mut written.head) {
        Ok(json) => packed::pack(&json, Effort::Fast),
        Err(error) => {
            undo_added(&added);
            return Err(failed(error));
        }
    };
    let previous = storage.get_item(REVISION_KEY).ok().flatten();
    // The revision goes first: if the workspace write then fails or the tab dies in
    // between, other tabs see a revision they have not seen and stop rather than overwrite.
    if let Err(error) = set(storage, REVISION_KEY, &revision.to_string()) {
        undo_added(&added);
        return Err(error);
    }
    if let Err(error) = set(storage, WORKSPACE_KEY, &head) {
        let _ = match previous {
            Some(previous) => put(storage, REVISION_KEY, &previous),
            None => delete(storage, REVISION_KEY),
        };
        undo_added(&added);
        return Err(error);
    }
    let mut next = Written::from_entries(&entries, units(WORKSPACE_KEY, &head));
    next.layout = Some(Box::new(split.layout));
    next.head = std::mem::take(&mut written.head);
    next.retired = retire(storage, written, &next);
    next.replaced = written.layout.take();
    if written.stale {
        // Brought in whole: what the earlier workspace left in storage goes too.
        retire_unlisted_parts(storage, &mut next, revision);
    }
    *written = next;
    Ok(revision)
}

/// How long a replaced part stays before this tab deletes it (at a later
/// save, or [`tidy`]). Tabs see each other's writes a moment late, so
/// another tab saving at the same instant as this one may have written a
/// head that still lists the part; by then its save has reached this tab,
/// which is then in conflict and deletes nothing.
pub const RETIRE_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

/// Deletes the parts this tab's saves replaced that every tab has had time
/// to see, unless another tab has saved since `base`: its head may still
/// list them (the next page load tidies whatever no head lists).
pub fn tidy(base: u64, written: &mut Written) {
    let Ok(storage) = storage() else {
        return;
    };
    if read_revision(&storage) != Ok(base) {
        return;
    }
    let mut retired = std::mem::take(&mut written.retired);
    delete_due(&storage, &mut retired, written, js_sys::Date::now());
    written.retired = retired;
}

/// The parts still to delete after a save: those earlier saves replaced
/// and not yet due, and those `next` replaced of `written`'s.
fn retire(storage: &Storage, written: &Written, next: &Written) -> Vec<(String, f64)> {
    let now = js_sys::Date::now();
    let mut retired = written.retired.clone();
    delete_due(storage, &mut retired, next, now);
    retired.extend(
        written
            .parts
            .values()
            .filter(|entry| !next.lists(&entry.key))
            .map(|entry| (entry.key.clone(), now)),
    );
    retired
}

/// Deletes the retired parts that are due, keeping the others; never one
/// that `listed` lists.
fn delete_due(storage: &Storage, retired: &mut Vec<(String, f64)>, listed: &Written, now: f64) {
    let after = RETIRE_AFTER.as_secs_f64() * 1000.0;
    retired.retain(|(key, at)| {
        if listed.lists(key) {
            return false;
        }
        let due = now - at >= after;
        if due {
            let _ = delete(storage, key);
        }
        !due
    });
}

/// This page's mark in the parts it writes: two tabs saving at the same
/// instant write the same revision, and must never write the same key.
fn writer() -> String {
    thread_local! {
        static WRITER: String = format!("{:06x}", (js_sys::Math::random() * f64::from(1u32 << 24)) as u32);
    }
    WRITER.with(Clone::clone)
}

/// The workspace another tab just saved, if `event` is about it.
pub fn from_other_tab(
    event: &StorageEvent,
) -> Option<Result<(Workspace, u64, Written), DecodeError>> {
    if event.key().as_deref() != Some(WORKSPACE_KEY) {
        return None;
    }
    let text = event.new_value()?;
    let storage = match storage() {
        Ok(storage) => storage,
        Err(message) => {
            return Some(Err(DecodeError::Field {
                path: "storage".to_owned(),
                message,
            }));
        }
    };
    Some(
        read_stored(&storage, &text)
            .map(|(e, written)| (e.workspace, e.revision.unwrap_or(0), written)),
    )
}

/// Reads what is stored now, for adopting another tab's version after a conflict.
pub fn reload() -> Result<Option<(Workspace, u64, Written)>, String> {
    let storage = storage()?;
    let revision = read_revision(&storage)?;
    match storage.get_item(WORKSPACE_KEY).map_err(|e| describe(&e))? {
        None => Ok(None),
        Some(text) => read_stored(&storage, &text)
            .map(|(e, written)| Some((e.workspace, e.revision.unwrap_or(0).max(revision), written)))
            .map_err(|e| e.to_string()),
    }
}

/// Keeps `workspace` as the one to go back to after an import or restore.
/// There is one such slot: each import or restore replaces it.
pub fn keep_before_import(workspace: &Workspace, now: DateTime<Utc>) -> Result<(), String> {
    let text = snapshot::encode_stored(workspace, 0, now).map_err(|e| e.to_string())?;
    let text = packed::pack(&text, Effort::Small);
    put(&storage()?, BEFORE_IMPORT_KEY, &text).map_err(|e| describe(&e))
}

/// The workspace kept by [`keep_before_import`], if any.
pub fn before_import() -> Result<Option<Envelope>, String> {
    let storage = storage()?;
    match storage
        .get_item(BEFORE_IMPORT_KEY)
        .map_err(|e| describe(&e))?
    {
        None => Ok(None),
        Some(text) => snapshot::decode(&unpacked(text)?)
            .map(Some)
            .map_err(|e| e.to_string()),
    }
}

/// Everything kept aside, newest first.
pub fn backups() -> Vec<Backup> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    let unconverted = storage.unchecked_ref::<UnconvertedStorage>();
    let mut found: Vec<Backup> = ladder_keys(&storage)
        .unwrap_or_default()
        .into_iter()
        .filter(|key| is_backup_key(key))
        .filter_map(|key| {
            // Counted where the browser holds it, as in `used`.
            let value = unconverted.get_item(&key).ok()?;
            let text = value.dyn_ref::<js_sys::JsString>()?;
            let size = text.length() as usize;
            let kind = if key == BEFORE_IMPORT_KEY {
                BackupKind::BeforeImport {
                    saved_at: kept_saved_at(text),
                }
            } else {
                BackupKind::Unreadable {
                    found_at: key.strip_prefix(UNREADABLE_PREFIX)?.to_owned(),
                }
            };
            Some(Backup { key, kind, size })
        })
        .collect();
    found.sort_by(|a, b| b.key.cmp(&a.key));
    found
}

/// How many characters of the workspace kept before an import are read to
/// learn when it was saved: packed, the envelope's outline takes about 100.
const SAVED_AT_WITHIN: u32 = 1024;

/// When the workspace kept before an import was saved: read from the start
/// of its text, where the time is, and only if that does not say from all
/// of it (a large company's is 23 MB of JSON, which took 60 ms to unpack).
fn kept_saved_at(value: &js_sys::JsString) -> Option<DateTime<Utc>> {
    let start = String::from(value.slice(0, SAVED_AT_WITHIN));
    let start = if packed::is_packed(&start) {
        packed::unpack_start(&start, 4 * SAVED_AT_WITHIN as usize)
    } else {
        Some(start)
    };
    start
        .and_then(|start| snapshot::saved_at_in_start(&start))
        .or_else(|| {
            let text = unpacked(value.as_string()?).ok()?;
            snapshot::saved_at(&text)
        })
}

/// A kept value as JSON: packed by this version, plain by earlier ones.
fn unpacked(text: String) -> Result<String, String> {
    if packed::is_packed(&text) {
        packed::unpack(&text)
    } else {
        Ok(text)
    }
}

/// Every `ladder.` key with its text, packed values unpacked.
pub fn readable_entries() -> Result<Vec<(String, String)>, String> {
    let mut entries = Vec::new();
    for key in ladder_keys(&storage()?)? {
        if let Some(text) = read_readable(&key)? {
            entries.push((key, text));
        }
    }
    Ok(entries)
}

/// How much of the browser's storage Ladder takes, in UTF-16 code units
/// (keys and values), as browsers count their quota.
pub fn used() -> Result<usize, String> {
    let storage = storage()?;
    // Measured where the browser holds them: Settings asks after every save,
    // and copying a large company's values (2.9 MB) into wasm to count them
    // took longer than the save's own writes.
    let unconverted = storage.unchecked_ref::<UnconvertedStorage>();
    let mut total = 0;
    for key in ladder_keys(&storage)? {
        let value = unconverted.get_item(&key).map_err(|e| describe(&e))?;
        if let Some(text) = value.dyn_ref::<js_sys::JsString>() {
            total += key.encode_utf16().count() + text.length() as usize;
        }
    }
    Ok(total)
}

/// The text under a backup key as JSON where it was packed, for download.
pub fn read_readable(key: &str) -> Result<Option<String>, String> {
    let text = read_raw(key)?;
    Ok(text.map(|text| match packed::unpack(&text) {
        Ok(json) => json,
        Err(_) => text,
    }))
}

/// The raw text under a backup key, exactly as stored.
pub fn read_raw(key: &str) -> Result<Option<String>, String> {
    storage()?.get_item(key).map_err(|e| describe(&e))
}

fn is_backup_key(key: &str) -> bool {
    key == BEFORE_IMPORT_KEY || key.starts_with(UNREADABLE_PREFIX)
}

fn backup_key(key: &str) -> Result<&str, String> {
    if is_backup_key(key) {
        Ok(key)
    } else {
        Err(text::local::not_a_backup(&key))
    }
}

/// Deletes a backup. Only backup keys can be removed this way.
pub fn remove_backup(key: &str) -> Result<(), String> {
    delete(&storage()?, backup_key(key)?).map_err(|e| describe(&e))
}

/// Puts a deleted backup back, for undo.
pub fn put_backup(key: &str, text: &str) -> Result<(), String> {
    put(&storage()?, backup_key(key)?, text).map_err(|e| describe(&e))
}

/// This browser's replica id, created on first use. Where storage refuses, a
/// fresh id per page load is still correct for stamping: it only means more
/// entries in the stamps.
pub fn replica(random_bits: u64) -> ReplicaId {
    let stored = storage()
        .ok()
        .and_then(|s| s.get_item(REPLICA_KEY).ok().flatten())
        .filter(|id| !id.trim().is_empty());
    match stored {
        Some(id) => ReplicaId::from(id.as_str()),
        None => {
            let id = ReplicaId::from_bits(random_bits);
            if let Ok(s) = storage() {
                let _ = put(&s, REPLICA_KEY, id.as_str());
            }
            id
        }
    }
}

/// The colour scheme chosen in this browser, if any.
pub fn appearance() -> Option<String> {
    storage().ok()?.get_item(APPEARANCE_KEY).ok().flatten()
}

/// Remembers a chosen colour scheme; `None` goes back to following the system.
pub fn set_appearance(choice: Option<&str>) -> Result<(), String> {
    let storage = storage()?;
    match choice {
        Some(slug) => put(&storage, APPEARANCE_KEY, slug),
        None => delete(&storage, APPEARANCE_KEY),
    }
    .map_err(|e| describe(&e))
}

/// The days this browser opened Ladder, latest first; words that are not
/// dates are skipped, so a damaged value only forgets visits.
pub fn visits() -> Vec<NaiveDate> {
    let stored = storage()
        .ok()
        .and_then(|s| s.get_item(VISITS_KEY).ok().flatten())
        .unwrap_or_default();
    stored
        .split_whitespace()
        .filter_map(|day| date_serde::parse_date(day).ok())
        .collect()
}

/// Remembers the days this browser opened Ladder, latest first.
pub fn set_visits(days: &[NaiveDate]) -> Result<(), String> {
    let text = days
        .iter()
        .map(|d| date_serde::format_date(*d))
        .collect::<Vec<_>>()
        .join(" ");
    put(&storage()?, VISITS_KEY, &text).map_err(|e| describe(&e))
}

/// Live sync's stored state, as written.
pub fn sync_state() -> Result<Option<String>, String> {
    storage()?.get_item(SYNC_KEY).map_err(|e| describe(&e))
}

/// Writes live sync's state, or removes it (`None`) when sync stops.
pub fn set_sync_state(text: Option<&str>) -> Result<(), String> {
    let storage = storage()?;
    match text {
        Some(text) => put(&storage, SYNC_KEY, text),
        None => delete(&storage, SYNC_KEY),
    }
    .map_err(|e| describe(&e))
}

/// Which tab holds the sync lease, as written.
pub fn sync_lease() -> Option<String> {
    storage().ok()?.get_item(SYNC_LEASE_KEY).ok().flatten()
}

/// Writes or removes the sync lease. Not copied to the journal, unlike
/// every other key: it is rewritten every few seconds and worth nothing
/// after a crash.
pub fn set_sync_lease(lease: Option<&str>) {
    if let Ok(storage) = storage() {
        let _ = match lease {
            Some(lease) => storage.set_item(SYNC_LEASE_KEY, lease),
            None => storage.remove_item(SYNC_LEASE_KEY),
        };
    }
}

/// Reads the private data.
pub fn load_personal() -> PersonalLoaded {
    let storage = match storage() {
        Ok(storage) => storage,
        Err(reason) => return PersonalLoaded::Unavailable { reason },
    };
    match storage.get_item(PERSONAL_KEY) {
        Ok(None) => PersonalLoaded::Nothing,
        Ok(Some(text)) => match personal_file::decode_stored(&text) {
            Ok(Stored::Open(personal)) => PersonalLoaded::Found(Box::new(personal)),
            Ok(Stored::Sealed(sealed)) => PersonalLoaded::Sealed(sealed),
            Err(error) => PersonalLoaded::Unreadable {
                reason: error.to_string(),
            },
        },
        Err(error) => PersonalLoaded::Unavailable {
            reason: describe(&error),
        },
    }
}

/// Saves the private data; a refused write leaves the stored value as it was.
pub fn write_personal(personal: &Personal, now: DateTime<Utc>) -> Result<(), String> {
    let text = personal_file::encode_stored(personal, now).map_err(|e| e.to_string())?;
    put(&storage()?, PERSONAL_KEY, &text).map_err(|e| describe(&e))
}

/// Saves sealed private data; a refused write leaves the stored value as it was.
pub fn write_sealed(sealed: &Sealed, now: DateTime<Utc>) -> Result<(), String> {
    let text = personal_file::encode_sealed(sealed, now).map_err(|e| e.to_string())?;
    put(&storage()?, PERSONAL_KEY, &text).map_err(|e| describe(&e))
}

/// Deletes the private data: only ever on its owner's explicit request.
pub fn delete_personal() -> Result<(), String> {
    delete(&storage()?, PERSONAL_KEY).map_err(|e| describe(&e))
}

/// The private data another tab just saved, if `event` is about it.
pub fn personal_from_other_tab(event: &StorageEvent) -> Option<Result<Stored, PersonalError>> {
    if event.key().as_deref() != Some(PERSONAL_KEY) {
        return None;
    }
    Some(match event.new_value() {
        Some(text) => personal_file::decode_stored(&text),
        None => Ok(Stored::Open(Personal::default())),
    })
}
