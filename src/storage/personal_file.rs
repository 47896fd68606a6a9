//! The format of private data: personal goals and 1:1 notes.
//!
//! ```json
//! {"format": "ladder-personal", "version": 1, "saved_at": "…", "personal": {…}}
//! ```
//!
//! Stored under its own localStorage key, never inside the workspace's value.
//! An export carries it only when its owner ticks "Include my private goals",
//! as the snapshot envelope's `personal` field; reading a snapshot for import
//! never looks at that field (the workspace envelope has no such field, so
//! serde skips it), which is how importing a colleague's file cannot touch
//! this browser's private data. Pure and host-tested, like [`super::snapshot`].

use super::json_path;
use super::snapshot::{self, DecodeError};
use crate::domain::{ExportScope, Personal, Workspace};
use crate::text;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The value of the `format` field of private data.
pub const FORMAT: &str = "ladder-personal";
/// The version of the private data's shape this build writes.
pub const VERSION: u32 = 1;

#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct PersonalEnvelope<P = Personal> {
    pub format: String,
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<DateTime<Utc>>,
    pub personal: P,
}

impl<P> PersonalEnvelope<P> {
    fn new(personal: P, saved_at: Option<DateTime<Utc>>) -> Self {
        PersonalEnvelope {
            format: FORMAT.to_owned(),
            version: VERSION,
            saved_at,
            personal,
        }
    }
}

/// Serialises private data for browser storage.
pub fn encode_stored(personal: &Personal, now: DateTime<Utc>) -> Result<String, serde_json::Error> {
    serde_json::to_string(&PersonalEnvelope::new(personal, Some(now)))
}

/// A workspace export with the owner's private data beside it.
#[derive(Serialize)]
struct WithPersonal<'a> {
    #[serde(flatten)]
    snapshot: snapshot::Envelope<&'a Workspace>,
    personal: PersonalEnvelope<&'a Personal>,
}

/// Serialises a whole-workspace export that includes `personal`: chosen by
/// its owner, never by default.
pub fn encode_export_with(
    workspace: &Workspace,
    personal: &Personal,
    exported_at: DateTime<Utc>,
) -> Result<String, serde_json::Error> {
    serde_json::to_string(&WithPersonal {
        snapshot: snapshot::Envelope {
            format: snapshot::FORMAT.to_owned(),
            version: snapshot::VERSION,
            exported_at: Some(exported_at),
            saved_at: None,
            revision: None,
            scope: ExportScope::default(),
            workspace,
        },
        personal: PersonalEnvelope::new(personal, None),
    })
    .map(|compact| super::pretty::pretty(&compact))
}

/// Why a text holds no private data Ladder can read.
#[derive(Clone, PartialEq, Debug)]
pub enum PersonalError {
    /// Not JSON, not Ladder, or broken: the message says which.
    Unreadable(String),
    /// A Ladder snapshot exported without private data.
    NoneIncluded,
    TooNew {
        version: u64,
    },
}

impl std::fmt::Display for PersonalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PersonalError::Unreadable(reason) => f.write_str(reason),
            PersonalError::NoneIncluded => {
                f.write_str(text::personal_file::SNAPSHOT_HOLDS_NO_PRIVATE_GOALS)
            }
            PersonalError::TooNew { version } => {
                f.write_str(&text::personal_file::too_new(&version, &VERSION))
            }
        }
    }
}

/// Reads private data from its stored form, or from an export that includes it.
pub fn decode(text: &str) -> Result<Personal, PersonalError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| PersonalError::Unreadable(text::personal_file::invalid_json(&e)))?;
    let envelope = match value.get("format").and_then(Value::as_str) {
        Some(FORMAT) => value,
        Some(snapshot::FORMAT) => match value.get("personal") {
            Some(inner) => inner.clone(),
            None => return Err(PersonalError::NoneIncluded),
        },
        _ => {
            return Err(PersonalError::Unreadable(
                DecodeError::NotLadder.to_string(),
            ));
        }
    };
    match envelope.get("version").and_then(Value::as_u64) {
        Some(v) if v > u64::from(VERSION) => return Err(PersonalError::TooNew { version: v }),
        Some(v) if v >= 1 => {}
        _ => {
            return Err(PersonalError::Unreadable(
                text::personal_file::NO_FORMAT_VERSION.to_owned(),
            ));
        }
    }
    json_path::from_str::<PersonalEnvelope>(&envelope.to_string())
        .map(|e| e.personal)
        .map_err(unreadable)
}

/// Private data encrypted with a key derived from its owner's passphrase.
/// Only the parameters needed to derive the key again are kept; never the
/// passphrase or the key.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Sealed {
    /// Always `PBKDF2-SHA-256`.
    pub kdf: String,
    pub iterations: u32,
    /// Base64, 16 random bytes chosen when the passphrase was set.
    pub salt: String,
    /// Always `AES-GCM-256`.
    pub cipher: String,
    /// Base64, 12 random bytes, fresh for every write.
    pub iv: String,
    /// Base64 of the encrypted `personal` JSON, with its authentication tag.
    pub data: String,
}

/// The key derivation and cipher this build writes.
pub const KDF: &str = "PBKDF2-SHA-256";
pub const CIPHER: &str = "AES-GCM-256";
/// OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023).
pub const ITERATIONS: u32 = 600_000;

#[derive(Serialize, Deserialize)]
struct SealedEnvelope<S> {
    format: String,
    version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    saved_at: Option<DateTime<Utc>>,
    sealed: S,
}

/// What browser storage holds: private data in the clear, or sealed.
#[derive(Clone, PartialEq, Debug)]
pub enum Stored {
    Open(Personal),
    Sealed(Sealed),
}

/// Serialises sealed private data for browser storage.
pub fn encode_sealed(sealed: &Sealed, now: DateTime<Utc>) -> Result<String, serde_json::Error> {
    serde_json::to_string(&SealedEnvelope {
        format: FORMAT.to_owned(),
        version: VERSION,
        saved_at: Some(now),
        sealed,
    })
}

/// Reads what browser storage holds under the private key.
pub fn decode_stored(text: &str) -> Result<Stored, PersonalError> {
    if let Ok(envelope) = serde_json::from_str::<SealedEnvelope<Sealed>>(text)
        && envelope.format == FORMAT
    {
        if envelope.version > VERSION {
            return Err(PersonalError::TooNew {
                version: u64::from(envelope.version),
            });
        }
        return Ok(Stored::Sealed(envelope.sealed));
    }
    decode(text).map(Stored::Open)
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding, for bytes kept in JSON.
pub fn to_base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(BASE64[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Reverses [`to_base64`]; `None` for text that is not base64.
pub fn from_base64(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0;
    for c in text.bytes() {
        let value = BASE64.iter().position(|&b| b == c)? as u32;
        buffer = (buffer << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The private data as the bytes that get sealed.
pub fn encode_plain(personal: &Personal) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec(personal)
}

/// Reverses [`encode_plain`], after unsealing.
pub fn decode_plain(bytes: &[u8]) -> Result<Personal, PersonalError> {
    json_path::from_slice(bytes).map_err(unreadable)
}

fn unreadable(error: json_path::PathError) -> PersonalError {
    PersonalError::Unreadable(format!("{error}."))
}
