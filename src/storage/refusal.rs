//! A file Ladder will not open, explained to the person who chose it: what
//! it is or what is wrong in it, in their words, with the record named by
//! its title; what to do; and the exact place as a detail for support.
//!
//! [`DecodeError`] says what went wrong in the terms of the format (and its
//! `Display` stays that terse, for the stored data and the command line);
//! [`explain`] reads the file's text again, only once it was refused, to
//! say what kind of file it is and which record a bad field belongs to.

use super::personal_file;
use super::snapshot::{DecodeError, VERSION};
use crate::domain::refusal::Refusal;
use crate::domain::{RecordKind, record_name};
use crate::text;
use serde_json::Value;

/// Why the file `text` was refused with `error`.
pub fn explain(text: &str, error: &DecodeError) -> Refusal {
    let content = text.trim_start_matches('\u{feff}').trim_start();
    if content.is_empty() {
        return Refusal::new(
            text::refusal::EMPTY.to_owned(),
            text::refusal::EMPTY_REMEDY,
            None,
        );
    }
    if !content.starts_with(['{', '[']) {
        return Refusal::new(
            not_json(content).to_owned(),
            text::refusal::CHOOSE_EXPORT,
            None,
        );
    }
    match error {
        DecodeError::Syntax {
            line,
            column,
            message,
        } => syntax(*line, *column, message),
        DecodeError::NotLadder => not_ladder(text),
        DecodeError::TooNew { version } => Refusal::new(
            text::refusal::too_new(version, &VERSION),
            text::refusal::TOO_NEW_REMEDY,
            None,
        ),
        DecodeError::Field { path, message } => Refusal::new(
            field(text, path, message),
            text::refusal::FIELD_REMEDY,
            Some(path.clone()),
        ),
        DecodeError::Invalid(problems) => Refusal::of_file(problems).unwrap_or_else(|| {
            Refusal::new(
                text::refusal::DAMAGED.to_owned(),
                text::refusal::DAMAGED_REMEDY,
                None,
            )
        }),
        DecodeError::Migration { from, message } => Refusal::new(
            text::refusal::too_old(from, message),
            text::refusal::TOO_OLD_REMEDY,
            None,
        ),
    }
}

/// What a file that is not JSON at all looks like it is, by how it starts.
fn not_json(content: &str) -> &'static str {
    let first_line = content.lines().next().unwrap_or_default();
    if content.starts_with("%PDF") {
        text::refusal::PDF
    } else if content.starts_with("PK") {
        text::refusal::ARCHIVE
    } else if content.starts_with('<') {
        text::refusal::WEB_PAGE
    } else if content.starts_with('#') {
        text::refusal::MARKDOWN
    } else if first_line.contains(',') {
        text::refusal::CSV
    } else {
        text::refusal::NOT_JSON
    }
}

/// Broken JSON: cut off before its end (serde_json says so with "EOF"),
/// or damaged somewhere in it.
fn syntax(line: usize, column: usize, message: &str) -> Refusal {
    let (problem, remedy) = if message.starts_with("EOF") {
        (text::refusal::CUT_OFF, text::refusal::CUT_OFF_REMEDY)
    } else {
        (text::refusal::DAMAGED, text::refusal::DAMAGED_REMEDY)
    };
    Refusal::new(
        problem.to_owned(),
        remedy,
        Some(text::refusal::position(&line, &column)),
    )
}

/// JSON, but not a Ladder workspace: another program's, private goals, or none.
fn not_ladder(text: &str) -> Refusal {
    let format = serde_json::from_str::<Value>(text)
        .ok()
        .and_then(|value| value.get("format")?.as_str().map(str::to_owned));
    match format.as_deref() {
        Some(personal_file::FORMAT) => Refusal::new(
            text::refusal::PERSONAL.to_owned(),
            &text::refusal::personal_remedy(
                &text::common::MY_GOALS,
                &text::my_goals_page::RESTORE_FROM_FILE,
            ),
            None,
        ),
        Some(other) if !other.trim().is_empty() => Refusal::new(
            text::refusal::other_format(&other),
            text::refusal::CHOOSE_EXPORT,
            None,
        ),
        _ => Refusal::new(
            text::refusal::NOT_LADDER.to_owned(),
            text::refusal::CHOOSE_EXPORT,
            None,
        ),
    }
}

/// A field that does not read as Ladder writes it, said of its record.
fn field(text: &str, path: &str, message: &str) -> String {
    match path {
        "version" => return text::refusal::NO_VERSION.to_owned(),
        "workspace" => return text::refusal::NO_WORKSPACE.to_owned(),
        _ => {}
    }
    let (record, field) = record_and_field(text, path);
    let subject = if field.is_empty() {
        record.clone()
    } else {
        text::refusal::field_of(&field, &record)
    };
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, wanted) = rest.split_once(", expected ").unwrap_or((rest, ""));
        text::refusal::wrong_kind(&subject, &found_kind(found), &wanted_kind(wanted))
    } else if let Some(rest) = message.strip_prefix("missing field `") {
        let missing = rest.split('`').next().unwrap_or_default();
        text::refusal::missing_field(&subject, &missing)
    } else if let Some(rest) = message.strip_prefix("unknown variant `") {
        let value = rest.split('`').next().unwrap_or_default();
        text::refusal::unknown_value(&subject, &value)
    } else if message.starts_with("duplicate field `") {
        text::refusal::twice(&subject)
    } else if is_serde_wording(message) {
        text::refusal::unusable(&subject)
    } else {
        // Ladder's own sentence on the value, from a reader of its own
        // ("“April” is not a date like 2026-03-31.").
        text::refusal::unreadable_because(&subject, &message.trim_end_matches('.'))
    }
}

/// serde's words for a value it cannot take, which no person should read.
fn is_serde_wording(message: &str) -> bool {
    [
        "invalid value",
        "invalid length",
        "unknown field",
        "expected",
        "EOF",
        "recursion",
    ]
    .iter()
    .any(|words| message.contains(words))
}

/// The record a path points into, as a sentence names it, and the rest of
/// the path: `workspace.objectives[3].measure.start` is the fourth
/// objective (by its title, if the file gives it one) and `measure.start`.
fn record_and_field(text: &str, path: &str) -> (String, String) {
    let Some(inner) = path.strip_prefix("workspace.") else {
        return (text::refusal::THE_FILE.to_owned(), path.to_owned());
    };
    let (head, field) = inner.split_once('.').unwrap_or((inner, ""));
    let record = head.strip_suffix(']').and_then(|head| {
        let (collection, index) = head.split_once('[')?;
        let kind = RecordKind::ALL
            .into_iter()
            .find(|k| k.field() == collection)?;
        let index: usize = index.parse().ok()?;
        Some(record_name(kind, &title_at(text, collection, index), index))
    });
    match record {
        Some(record) => (record, field.to_owned()),
        None => (text::refusal::THE_WORKSPACE.to_owned(), inner.to_owned()),
    }
}

/// The title or name the file gives the `index`th record of `collection`,
/// if it gives one as text.
fn title_at(text: &str, collection: &str, index: usize) -> String {
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return String::new();
    };
    let record = &value["workspace"][collection][index];
    ["title", "name"]
        .iter()
        .find_map(|field| record[field].as_str())
        .unwrap_or_default()
        .to_owned()
}

/// What serde found, in a person's words: "the number 42", "the text “x”".
fn found_kind(found: &str) -> String {
    let quoted = |prefix: &str, close: char| {
        found
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(close))
            .map(str::to_owned)
    };
    if let Some(number) = quoted("integer `", '`').or_else(|| quoted("floating point `", '`')) {
        text::refusal::the_number(&number)
    } else if let Some(text) = quoted(r#"string ""#, '"') {
        text::refusal::the_text(&text)
    } else if let Some(value) = quoted("boolean `", '`') {
        value
    } else if found == "null" || found == "unit value" {
        text::refusal::NOTHING.to_owned()
    } else if found == "sequence" {
        text::refusal::A_LIST.to_owned()
    } else if found == "map" {
        text::refusal::A_GROUP.to_owned()
    } else {
        text::refusal::OTHER_VALUE.to_owned()
    }
}

/// What serde expected, in a person's words.
fn wanted_kind(wanted: &str) -> &'static str {
    let numbers = [
        "f64", "f32", "u64", "u32", "u16", "u8", "i64", "i32", "usize", "number",
    ];
    if wanted.contains("string") || wanted.contains("str") {
        text::refusal::TEXT
    } else if numbers.iter().any(|n| wanted.contains(n)) {
        text::refusal::A_NUMBER
    } else if wanted.contains("bool") {
        text::refusal::TRUE_OR_FALSE
    } else if wanted.contains("sequence") {
        text::refusal::A_LIST
    } else if wanted.contains("struct") || wanted.contains("map") {
        text::refusal::A_GROUP
    } else {
        text::refusal::OTHER_VALUE
    }
}
