//! Where in a JSON text a typed read failed, as a path
//! (`workspace.units[4].kind`), found after the fact from the line and column
//! serde_json reports.
//!
//! Tracking the path while reading (as `serde_path_to_error` does) wraps the
//! deserializer in another type, which compiles a second copy of every
//! `Deserialize` impl of the format: about 65 KB of the gzipped module for a
//! message only a bad file ever needs. Reading the text again up to the
//! failure costs nothing until then.

use serde::de::DeserializeOwned;
use serde_json::error::Category;
use std::fmt::{self, Write as _};

/// A typed read that failed: where, and what serde said (without its
/// "at line … column …", which the path replaces).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PathError {
    /// `.`-joined keys and `[i]` indices; empty at the top level.
    pub path: String,
    pub message: String,
}

/// `path: message`, or the message alone when the top level failed.
impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

/// Reads `text` as a `T`; a failure names the path of the value it failed
/// on. The same `from_str` monomorphisation as any other typed read.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, PathError> {
    serde_json::from_str(text).map_err(|error| explain(text, &error))
}

/// [`from_str`] for bytes, which must be UTF-8 text: read through the same
/// `from_str`, as `serde_json::from_slice` would compile another copy of
/// `T`'s reader.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, PathError> {
    let text = std::str::from_utf8(bytes).map_err(|_| PathError {
        path: String::new(),
        message: crate::text::files::NOT_TEXT.to_owned(),
    })?;
    from_str(text)
}

/// The path and message of `error`, raised while reading `text`.
pub fn explain(text: &str, error: &serde_json::Error) -> PathError {
    // A data error is raised after its value was read; a syntax error at
    // the byte serde_json looked at but did not take, which (a `[`, say)
    // opens nothing yet.
    let column = match error.classify() {
        Category::Data => error.column(),
        _ => error.column().saturating_sub(1),
    };
    PathError {
        path: path_at(text, error.line(), column),
        message: without_position(error),
    }
}

/// serde_json's message without the position it appends.
pub fn without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) if error.line() > 0 => text[..cut].to_owned(),
        _ => text,
    }
}

enum Level {
    /// The key last read in this object, if any yet.
    Object(Option<String>),
    /// The index of the element being read.
    Array(usize),
}

/// The path of the value being read when `line` and `column` (serde_json's:
/// 1-based line, bytes read on it) had been read. A container whose closing
/// bracket was read is done, so a "missing field" (raised at its `}`) names
/// the object itself, as a reader would look for it.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let bytes = text.as_bytes();
    let line_start = if line <= 1 {
        0
    } else {
        bytes
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .nth(line - 2)
            .map_or(bytes.len(), |(at, _)| at + 1)
    };
    let end = (line_start + column).min(bytes.len());

    let mut levels: Vec<Level> = Vec::new();
    // Whether the string being read is an object's key.
    let mut expect_key = false;
    let mut at = 0;
    while at < end {
        match bytes[at] {
            b'{' => {
                levels.push(Level::Object(None));
                expect_key = true;
            }
            b'[' => levels.push(Level::Array(0)),
            b'}' | b']' => {
                levels.pop();
                expect_key = false;
            }
            b',' => match levels.last_mut() {
                Some(Level::Array(index)) => *index += 1,
                Some(Level::Object(_)) => expect_key = true,
                None => {}
            },
            b':' => expect_key = false,
            b'"' => {
                let (string, next) = string_at(text, at + 1, end);
                if expect_key && let Some(Level::Object(key)) = levels.last_mut() {
                    *key = Some(string);
                }
                at = next;
                continue;
            }
            _ => {}
        }
        at += 1;
    }
    write_path(&levels)
}

/// The string starting after the quote at `start` (escapes undone as far as
/// a path needs), and the index after its closing quote (or `end`).
fn string_at(text: &str, start: usize, end: usize) -> (String, usize) {
    let bytes = text.as_bytes();
    let mut at = start;
    let mut out = Vec::new();
    while at < end {
        match bytes[at] {
            b'"' => return (String::from_utf8_lossy(&out).into_owned(), at + 1),
            b'\\' if at + 1 < end => {
                let escaped = bytes[at + 1];
                at += 2;
                let plain = match escaped {
                    b'n' => '\n',
                    b't' => '\t',
                    b'r' => '\r',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'u' => {
                        let hex = text.get(at..(at + 4).min(end)).unwrap_or_default();
                        at += hex.len();
                        u32::from_str_radix(hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or(char::REPLACEMENT_CHARACTER)
                    }
                    other => char::from(other),
                };
                out.extend_from_slice(plain.encode_utf8(&mut [0; 4]).as_bytes());
            }
            byte => {
                out.push(byte);
                at += 1;
            }
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), end)
}

fn write_path(levels: &[Level]) -> String {
    let mut path = String::new();
    for level in levels {
        match level {
            Level::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            // An object whose first key is not read yet is the path so far.
            Level::Object(None) => {}
            Level::Array(index) => {
                let _ = write!(path, "[{index}]");
            }
        }
    }
    path
}
