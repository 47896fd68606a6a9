//! The Ladder file format: a versioned JSON envelope around a [`Workspace`].
//!
//! ```json
//! {"format": "ladder", "version": 3, "exported_at": "…", "workspace": {…}}
//! ```
//!
//! The same envelope is used for exported snapshots (`exported_at`) and for the
//! value kept in localStorage (`saved_at` and `revision`). Every decision about
//! the format lives here: the version number, the migrations from each older
//! version, and the error messages for files that are not acceptable. This
//! module is pure (no browser APIs), so it is tested on the host.
//!
//! Every change to the workspace's shape bumps [`VERSION`] and appends a
//! migration, even an added optional field: an older build reading a newer
//! file would drop the fields it does not know the next time it saves, so it
//! must see a version it refuses instead. Migrations see only the `workspace`
//! value: the envelope's own fields are read the same way in every version.

use super::json_path;
use crate::domain::{ExportScope, Problem, Workspace};
use crate::text;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The value of the envelope's `format` field.
pub const FORMAT: &str = "ladder";

/// Rewrites the `workspace` value of format version `n` into version `n + 1`.
pub type Migration = fn(&mut Value) -> Result<(), String>;

/// `MIGRATIONS[i]` upgrades version `i + 1` to `i + 2`; the current version is
/// one more than the number of migrations.
const MIGRATIONS: &[Migration] = &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6];

/// Version 2 added check-ins, initiatives, KPIs, grades, reflections, closed
/// periods, rollover links and the check-in cadence (key results and
/// dependencies arrived under version 1 before it was bumped), all optional:
/// a version-1 workspace reads unchanged.
fn v1_to_v2(_workspace: &mut Value) -> Result<(), String> {
    Ok(())
}

/// Version 3 added revision stamps (`rev`) on every record and the envelope's
/// `scope` for partial exports. A record without a stamp reads as never
/// edited, so a version-2 workspace reads unchanged.
fn v2_to_v3(_workspace: &mut Value) -> Result<(), String> {
    Ok(())
}

/// Version 4 added individual goals: `owner` on objectives and KPIs and
/// `settings.individual_goals`, all optional, so a version-3 workspace reads
/// unchanged. (Private goals are never part of the workspace; see
/// [`super::personal_file`].)
fn v3_to_v4(_workspace: &mut Value) -> Result<(), String> {
    Ok(())
}

/// Version 5 added the coach's dismissals: `dismissed` on units,
/// objectives and key results, optional, so a version-4 workspace reads
/// unchanged.
fn v4_to_v5(_workspace: &mut Value) -> Result<(), String> {
    Ok(())
}

/// Version 6 added `organisation_rev`, the revision stamp of the
/// organisation's shared fields (name, cadence, individual goals, current
/// period) for live sync; optional, so a version-5 workspace reads
/// unchanged.
fn v5_to_v6(_workspace: &mut Value) -> Result<(), String> {
    Ok(())
}

/// The format version this build writes.
pub const VERSION: u32 = MIGRATIONS.len() as u32 + 1;

/// The envelope around a workspace, as read from or written to JSON.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Envelope<W = Workspace> {
    pub format: String,
    pub version: u32,
    /// When a snapshot file was exported.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "moment"
    )]
    pub exported_at: Option<DateTime<Utc>>,
    /// When the value in browser storage was written.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "moment"
    )]
    pub saved_at: Option<DateTime<Utc>>,
    /// Counts saves to browser storage, so a tab never overwrites a newer save it has not seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<u64>,
    /// The part of the workspace a partial export holds; absent for all of it.
    #[serde(default, skip_serializing_if = "ExportScope::is_whole")]
    pub scope: ExportScope,
    pub workspace: W,
}

/// Reads an RFC 3339 time, with a message that shows the expected form.
fn moment<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    let text = String::deserialize(d)?;
    text.parse()
        .map(Some)
        .map_err(|_| serde::de::Error::custom(text::snapshot::invalid_date_time(&text)))
}

/// Why a text could not be read as a Ladder workspace. The `Display` text is
/// written for the person who chose the file.
#[derive(Clone, PartialEq, Debug)]
pub enum DecodeError {
    /// Not JSON at all (or truncated).
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not a Ladder envelope.
    NotLadder,
    /// Written by a newer Ladder than this one.
    TooNew { version: u64 },
    /// A field has the wrong shape; `path` names it (`workspace.objectives[3].title`).
    Field { path: String, message: String },
    /// Well-formed, but its records contradict each other (duplicate ids, broken references).
    Invalid(Vec<Problem>),
    /// A migration from an older version failed.
    Migration { from: u32, message: String },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Syntax {
                line,
                column,
                message,
            } => f.write_str(&text::snapshot::invalid_json(&message, &line, &column)),
            DecodeError::NotLadder => f.write_str(&text::snapshot::not_a_ladder_file(&FORMAT)),
            DecodeError::TooNew { version } => {
                f.write_str(&text::snapshot::newer_version(&version, &VERSION))
            }
            DecodeError::Field { path, message } => write!(f, "{path}: {message}."),
            DecodeError::Invalid(problems) => {
                if let Some((first, rest)) = problems.split_first() {
                    write!(f, "workspace.{first}")?;
                    if !rest.is_empty() {
                        f.write_str(&text::refusal::more_problems(rest.len()))?;
                    }
                }
                Ok(())
            }
            DecodeError::Migration { from, message } => {
                f.write_str(&text::snapshot::upgrade_failed(&from, &message))
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Serialises a workspace for download: pretty-printed, so people can read and diff it.
pub fn encode_export(
    workspace: &Workspace,
    exported_at: DateTime<Utc>,
) -> Result<String, serde_json::Error> {
    encode_part(workspace, &ExportScope::default(), exported_at)
}

/// Serialises the part of a workspace `scope` selects, noting the scope in
/// the envelope.
pub fn encode_part(
    workspace: &Workspace,
    scope: &ExportScope,
    exported_at: DateTime<Utc>,
) -> Result<String, serde_json::Error> {
    let part;
    let workspace = if scope.is_whole() {
        workspace
    } else {
        part = workspace.part(scope);
        &part
    };
    serde_json::to_string(&Envelope {
        format: FORMAT.to_owned(),
        version: VERSION,
        exported_at: Some(exported_at),
        saved_at: None,
        revision: None,
        scope: scope.clone(),
        workspace,
    })
    .map(|compact| super::pretty::pretty(&compact))
}

/// Serialises a workspace for browser storage: compact, with its save revision.
pub fn encode_stored(
    workspace: &Workspace,
    revision: u64,
    saved_at: DateTime<Utc>,
) -> Result<String, serde_json::Error> {
    serde_json::to_string(&Envelope {
        format: FORMAT.to_owned(),
        version: VERSION,
        exported_at: None,
        saved_at: Some(saved_at),
        revision: Some(revision),
        scope: ExportScope::default(),
        workspace,
    })
}

/// When a stored envelope was saved, read without reading its workspace.
pub fn saved_at(text: &str) -> Option<DateTime<Utc>> {
    #[derive(Deserialize)]
    struct Outline {
        #[serde(default, deserialize_with = "moment")]
        saved_at: Option<DateTime<Utc>>,
    }
    serde_json::from_str::<Outline>(text).ok()?.saved_at
}

/// When a stored envelope was saved, from the beginning of its text alone:
/// [`encode_stored`] writes the time before the workspace. `None` when
/// that beginning does not say (cut too short, or written some other way).
pub fn saved_at_in_start(start: &str) -> Option<DateTime<Utc>> {
    const KEY: &str = "\"saved_at\":";
    let outline = &start[..start.find("\"workspace\":")?];
    let value = outline[outline.find(KEY)? + KEY.len()..].strip_prefix('"')?;
    let value = &value[..value.find('"')?];
    saved_at(&format!("{{{KEY}\"{value}\"}}"))
}

/// Reads an envelope of any supported version, migrating it to the current one.
///
/// This checks shape, not integrity: it is how Ladder reads back its own saved
/// data, which must never be set aside for a flaw the UI can show and fix.
pub fn decode(text: &str) -> Result<Envelope, DecodeError> {
    decode_with(text, MIGRATIONS)
}

/// [`decode`], then also the workspace's integrity: for files from outside.
pub fn decode_and_check(text: &str) -> Result<Envelope, DecodeError> {
    let mut envelope = decode(text)?;
    let problems = envelope.workspace.problems();
    if problems.is_empty() {
        envelope.workspace.resync_current_values();
        Ok(envelope)
    } else {
        Err(DecodeError::Invalid(problems))
    }
}

/// [`decode`] with an explicit migration list, so the mechanism can be tested
/// before a second format version exists.
pub fn decode_with(text: &str, migrations: &[Migration]) -> Result<Envelope, DecodeError> {
    let current = migrations.len() as u32 + 1;
    // Fast path for the common case, a current file: one typed pass, no intermediate tree.
    // (It rejects duplicate keys that the slow path tolerates; either way such a file
    // ends on the slow path, which decides.)
    match serde_json::from_str::<Envelope>(text) {
        Ok(envelope) if envelope.format == FORMAT && envelope.version == current => Ok(envelope),
        _ => decode_slowly(text, migrations, current),
    }
}

/// Goes field by field so that an error says exactly what is wrong and where,
/// and so that older versions can be migrated before they are typed.
fn decode_slowly(
    text: &str,
    migrations: &[Migration],
    current: u32,
) -> Result<Envelope, DecodeError> {
    let value: Value = serde_json::from_str(text).map_err(|e| DecodeError::Syntax {
        line: e.line(),
        column: e.column(),
        message: json_path::without_position(&e),
    })?;
    let Value::Object(mut map) = value else {
        return Err(DecodeError::NotLadder);
    };
    if map.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(DecodeError::NotLadder);
    }
    let version = match map.get("version").and_then(Value::as_u64) {
        Some(v) if v > u64::from(current) => return Err(DecodeError::TooNew { version: v }),
        Some(v) if v >= 1 => v as u32,
        _ => {
            return Err(DecodeError::Field {
                path: "version".to_owned(),
                message: text::snapshot::expected_format_version(&current),
            });
        }
    };
    let mut workspace = map.remove("workspace").ok_or_else(|| DecodeError::Field {
        path: "workspace".to_owned(),
        message: text::snapshot::MISSING_WORKSPACE.to_owned(),
    })?;
    migrate(migrations, version, &mut workspace)?;
    map.insert("version".to_owned(), Value::from(current));
    map.insert("workspace".to_owned(), workspace);
    // Typed from text, not from the tree: the same reader as the fast path,
    // so no second copy of every record's reader is compiled in.
    json_path::from_str(&Value::Object(map).to_string()).map_err(|e| DecodeError::Field {
        path: e.path,
        message: e.message,
    })
}

/// Brings a workspace value of format `version` (at least 1, at most
/// [`VERSION`]) to this one: for a record from a synced database, which
/// names the version it was written in.
pub fn upgrade(version: u32, workspace: &mut Value) -> Result<(), DecodeError> {
    migrate(MIGRATIONS, version, workspace)
}

fn migrate(
    migrations: &[Migration],
    version: u32,
    workspace: &mut Value,
) -> Result<(), DecodeError> {
    for (step, migrate) in migrations.iter().enumerate().skip(version as usize - 1) {
        migrate(workspace).map_err(|message| DecodeError::Migration {
            from: step as u32 + 1,
            message,
        })?;
    }
    Ok(())
}
