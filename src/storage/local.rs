//! The workspace in the browser's localStorage.
//!
//! Keys (all prefixed `ladder.`):
//! - `ladder.workspace`: the current workspace in the [`snapshot`] envelope, with
//!   `revision` and `saved_at`;
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
//!
//! Every call is fallible and nothing here panics: storage may be disabled,
//! full, or shared with other tabs.

use super::personal_file::{self, PersonalError, Sealed, Stored};
use super::snapshot::{self, DecodeError, Envelope};
use crate::domain::{Personal, ReplicaId, Workspace};
use chrono::{DateTime, SecondsFormat, Utc};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, Storage, StorageEvent};

const WORKSPACE_KEY: &str = "ladder.workspace";
const REVISION_KEY: &str = "ladder.revision";
const BEFORE_IMPORT_KEY: &str = "ladder.backup.before-import";
const UNREADABLE_PREFIX: &str = "ladder.unreadable.";
const REPLICA_KEY: &str = "ladder.replica";
const PERSONAL_KEY: &str = "ladder.personal";

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
        saved_at: Option<DateTime<Utc>>,
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
    let window = web_sys::window().ok_or("there is no browser window")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err("this browser offers no local storage".to_owned()),
        Err(error) => Err(describe(&error)),
    }
}

/// Turns a storage exception into a sentence a person can act on.
fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => {
            "the browser's storage for this page is full".to_owned()
        }
        Some(e) if e.name() == "SecurityError" => {
            "the browser does not allow this page to store data".to_owned()
        }
        Some(e) => format!(
            "the browser refused to store data ({}: {})",
            e.name(),
            e.message()
        ),
        None => "the browser refused to store data".to_owned(),
    }
}

/// The latest saved revision; a read error is an error, never "no revision",
/// or a write could skip its check and overwrite what it never read.
fn read_revision(storage: &Storage) -> Result<u64, String> {
    match storage.get_item(REVISION_KEY).map_err(|e| describe(&e))? {
        None => Ok(0),
        Some(text) => text
            .parse()
            .map_err(|_| format!("the stored revision “{text}” is not a number")),
    }
}

fn set(storage: &Storage, key: &str, value: &str) -> Result<(), WriteError> {
    storage
        .set_item(key, value)
        .map_err(|e| WriteError::Failed {
            reason: describe(&e),
        })
}

/// Reads the stored workspace, moving an unreadable value aside.
pub fn load(now: DateTime<Utc>) -> Loaded {
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
    match snapshot::decode(&text) {
        Ok(envelope) => Loaded::Found {
            revision: envelope.revision.unwrap_or(0).max(known_revision),
            saved_at: envelope.saved_at,
            workspace: Box::new(envelope.workspace),
        },
        Err(DecodeError::TooNew { version }) => Loaded::Newer { version },
        Err(error) => {
            let key = format!(
                "{UNREADABLE_PREFIX}{}",
                now.to_rfc3339_opts(SecondsFormat::Millis, true)
            );
            // Copy first, delete second: if the copy fails the original stays where it is.
            let moved_aside =
                storage.set_item(&key, &text).is_ok() && storage.remove_item(WORKSPACE_KEY).is_ok();
            Loaded::Unreadable {
                reason: error.to_string(),
                kept_in: if moved_aside {
                    key
                } else {
                    WORKSPACE_KEY.to_owned()
                },
                moved_aside,
                revision: known_revision,
            }
        }
    }
}

/// Saves `workspace` as the revision after `base`, unless another tab saved a
/// newer revision since. Returns the new revision.
pub fn write(workspace: &Workspace, base: u64, now: DateTime<Utc>) -> Result<u64, WriteError> {
    let storage = storage().map_err(|reason| WriteError::Failed { reason })?;
    let stored = read_revision(&storage).map_err(|reason| WriteError::Failed { reason })?;
    if stored > base {
        return Err(WriteError::Conflict { stored });
    }
    write_revision(&storage, workspace, base + 1, now)
}

/// Saves `workspace` over whatever another tab saved: the person chose this version.
pub fn write_over(workspace: &Workspace, now: DateTime<Utc>) -> Result<u64, WriteError> {
    let storage = storage().map_err(|reason| WriteError::Failed { reason })?;
    let next = read_revision(&storage).map_err(|reason| WriteError::Failed { reason })? + 1;
    write_revision(&storage, workspace, next, now)
}

fn write_revision(
    storage: &Storage,
    workspace: &Workspace,
    revision: u64,
    now: DateTime<Utc>,
) -> Result<u64, WriteError> {
    let text =
        snapshot::encode_stored(workspace, revision, now).map_err(|e| WriteError::Failed {
            reason: e.to_string(),
        })?;
    let previous = storage.get_item(REVISION_KEY).ok().flatten();
    // The revision goes first: if the workspace write then fails or the tab dies in
    // between, other tabs see a revision they have not seen and stop rather than overwrite.
    set(storage, REVISION_KEY, &revision.to_string())?;
    if let Err(error) = set(storage, WORKSPACE_KEY, &text) {
        let _ = match previous {
            Some(previous) => storage.set_item(REVISION_KEY, &previous),
            None => storage.remove_item(REVISION_KEY),
        };
        return Err(error);
    }
    Ok(revision)
}

/// The workspace another tab just saved, if `event` is about it.
pub fn from_other_tab(event: &StorageEvent) -> Option<Result<(Workspace, u64), DecodeError>> {
    if event.key().as_deref() != Some(WORKSPACE_KEY) {
        return None;
    }
    let text = event.new_value()?;
    Some(snapshot::decode(&text).map(|e| (e.workspace, e.revision.unwrap_or(0))))
}

/// Reads what is stored now, for adopting another tab's version after a conflict.
pub fn reload() -> Result<Option<(Workspace, u64)>, String> {
    let storage = storage()?;
    let revision = read_revision(&storage)?;
    match storage.get_item(WORKSPACE_KEY).map_err(|e| describe(&e))? {
        None => Ok(None),
        Some(text) => snapshot::decode(&text)
            .map(|e| Some((e.workspace, e.revision.unwrap_or(0).max(revision))))
            .map_err(|e| e.to_string()),
    }
}

/// Keeps `workspace` as the one to go back to after an import or restore.
/// There is one such slot: each import or restore replaces it.
pub fn keep_before_import(workspace: &Workspace, now: DateTime<Utc>) -> Result<(), String> {
    let text = snapshot::encode_stored(workspace, 0, now).map_err(|e| e.to_string())?;
    storage()?
        .set_item(BEFORE_IMPORT_KEY, &text)
        .map_err(|e| describe(&e))
}

/// The workspace kept by [`keep_before_import`], if any.
pub fn before_import() -> Result<Option<Envelope>, String> {
    let storage = storage()?;
    match storage
        .get_item(BEFORE_IMPORT_KEY)
        .map_err(|e| describe(&e))?
    {
        None => Ok(None),
        Some(text) => snapshot::decode(&text).map(Some).map_err(|e| e.to_string()),
    }
}

/// Everything kept aside, newest first.
pub fn backups() -> Vec<Backup> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut found: Vec<Backup> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| is_backup_key(key))
        .filter_map(|key| {
            let text = storage.get_item(&key).ok().flatten()?;
            let size = text.encode_utf16().count();
            let kind = if key == BEFORE_IMPORT_KEY {
                BackupKind::BeforeImport {
                    saved_at: snapshot::decode(&text).ok().and_then(|e| e.saved_at),
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

/// The raw text under a backup key, for download.
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
        Err(format!("\"{key}\" is not a backup"))
    }
}

/// Deletes a backup. Only backup keys can be removed this way.
pub fn remove_backup(key: &str) -> Result<(), String> {
    storage()?
        .remove_item(backup_key(key)?)
        .map_err(|e| describe(&e))
}

/// Puts a deleted backup back, for undo.
pub fn put_backup(key: &str, text: &str) -> Result<(), String> {
    storage()?
        .set_item(backup_key(key)?, text)
        .map_err(|e| describe(&e))
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
                let _ = s.set_item(REPLICA_KEY, id.as_str());
            }
            id
        }
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
    storage()?
        .set_item(PERSONAL_KEY, &text)
        .map_err(|e| describe(&e))
}

/// Saves sealed private data; a refused write leaves the stored value as it was.
pub fn write_sealed(sealed: &Sealed, now: DateTime<Utc>) -> Result<(), String> {
    let text = personal_file::encode_sealed(sealed, now).map_err(|e| e.to_string())?;
    storage()?
        .set_item(PERSONAL_KEY, &text)
        .map_err(|e| describe(&e))
}

/// Deletes the private data: only ever on its owner's explicit request.
pub fn delete_personal() -> Result<(), String> {
    storage()?
        .remove_item(PERSONAL_KEY)
        .map_err(|e| describe(&e))
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
