//! Text for `refusal`: why a file or a merge was refused, in the words of
//! the person who asked for it, and what they can do about it. Where exactly
//! (a field's path, a line and column) follows as a detail for whoever helps
//! them.

use std::fmt::Display;

/// Above a refused file's explanation.
pub fn could_not_import(file_name: &dyn Display) -> String {
    format!("Could not import “{file_name}”.")
}

/// The exact place, for support: "Details: workspace.units[4].kind".
pub fn details(detail: &dyn Display) -> String {
    format!("Details: {detail}")
}

/// After the first of several problems.
pub fn more_problems(more: usize) -> String {
    match more {
        1 => " There is 1 more problem.".to_owned(),
        n => format!(" There are {n} more problems."),
    }
}

// A file whose records do not fit together.
pub const FILE_INCONSISTENT: &str = "Ladder checks that a file's records fit together before \
    it opens it, and every file Ladder exports does, so this one was probably changed by hand \
    or by another program. Ask whoever sent it to export it from Ladder again.";

// A merge whose result would not fit together.
pub const MERGE_TWO_COMPANIES: &str = "A workspace has one company, so this file is another \
    organisation's. Open it read-only to look at it, or replace your workspace with it (yours \
    is kept, and Settings can restore it).";
pub const MERGE_INCONSISTENT: &str = "If a conflict above causes it, keep the other copy; \
    otherwise open the file read-only to compare, change your own copy to match, then merge \
    again.";

// A file that is not a Ladder file at all.
pub const EMPTY: &str = "The file is empty.";
pub const EMPTY_REMEDY: &str = "It may not have finished downloading or saving: download or \
    export it again, then open the new copy.";
pub const PDF: &str = "This is a PDF document, not a Ladder file.";
pub const ARCHIVE: &str =
    "This is a compressed or office file (a spreadsheet or a document, say), not a Ladder file.";
pub const CSV: &str = "This looks like a table for spreadsheets (CSV). Ladder writes those for \
    spreadsheets, but opens only its own files.";
pub const MARKDOWN: &str = "This looks like a text in Markdown, such as a retrospective Ladder \
    wrote. Ladder opens only its own files.";
pub const WEB_PAGE: &str = "This is a web page, not a Ladder file.";
pub const NOT_JSON: &str =
    "This is not a Ladder file: Ladder's files are JSON text, and this is not.";
pub const NOT_LADDER: &str =
    "This is a JSON file, but not one Ladder wrote: it does not say \"format\": \"ladder\".";
pub fn other_format(format: &dyn Display) -> String {
    format!("This is a file of another program (its format is “{format}”), not a Ladder workspace.")
}
pub const CHOOSE_EXPORT: &str = "Choose a file Ladder exported: Export workspace, in Settings, \
    writes one named like ladder-northwind-2026-12-03.json.";
pub const PERSONAL: &str =
    "This is a file of someone's private goals, not an organisation's workspace.";
pub fn personal_remedy(my_goals: &dyn Display, restore: &dyn Display) -> String {
    format!("To bring private goals back, open {my_goals} and choose “{restore}” there.")
}

// A file that breaks off or is damaged.
pub const CUT_OFF: &str =
    "The file stops before its data ends, as if it was cut off while downloading or copying.";
pub const CUT_OFF_REMEDY: &str = "Download or export it again, then open the new copy.";
pub const DAMAGED: &str = "The file is damaged: part of it is not written the way Ladder writes \
    its files, perhaps after a change by hand.";
pub const DAMAGED_REMEDY: &str =
    "Ask whoever sent it to export it from Ladder again, or undo the change made by hand.";
pub fn position(line: &dyn Display, column: &dyn Display) -> String {
    format!("line {line}, column {column}")
}

// A file of another version.
pub fn too_new(version: &dyn Display, supported: &dyn Display) -> String {
    format!(
        "This file comes from a newer version of Ladder (format {version}); this one reads \
         formats up to {supported}."
    )
}
pub const TOO_NEW_REMEDY: &str = "Reload the page to get the newest Ladder, then open the file \
    again. If this stays, ask whoever sent it which Ladder they use.";
pub fn too_old(version: &dyn Display, reason: &dyn Display) -> String {
    format!(
        "This file comes from an older version of Ladder (format {version}) and could not be \
         brought up to date: {reason}"
    )
}
pub const TOO_OLD_REMEDY: &str =
    "Ask whoever sent it to open it in a current Ladder and export it again.";

// A field Ladder cannot read.
pub const NO_VERSION: &str = "The file does not say which version of Ladder's format it is in.";
pub const NO_WORKSPACE: &str = "The file holds no workspace.";
pub const THE_FILE: &str = "the file";
pub const THE_WORKSPACE: &str = "the workspace";
/// A field of a record: "the “title” of the objective “Grow revenue”".
pub fn field_of(field: &dyn Display, record: &dyn Display) -> String {
    format!("the “{field}” of {record}")
}
/// `found` and `wanted`: kinds of value, below.
pub fn wrong_kind(subject: &dyn Display, found: &dyn Display, wanted: &dyn Display) -> String {
    super::starting(
        subject,
        &format!(" is {found}, where Ladder needs {wanted}."),
    )
}
pub fn the_number(number: &dyn Display) -> String {
    format!("the number {number}")
}
pub fn the_text(text: &dyn Display) -> String {
    format!("the text “{text}”")
}
pub const TEXT: &str = "text";
pub const A_NUMBER: &str = "a number";
pub const TRUE_OR_FALSE: &str = "true or false";
pub const A_LIST: &str = "a list";
pub const A_GROUP: &str = "a group of fields";
pub const NOTHING: &str = "empty";
pub const OTHER_VALUE: &str = "another kind of value";
pub fn missing_field(record: &dyn Display, field: &dyn Display) -> String {
    super::starting(record, &format!(" has no “{field}”, which Ladder needs."))
}
pub fn unknown_value(subject: &dyn Display, value: &dyn Display) -> String {
    super::starting(
        subject,
        &format!(" is “{value}”, which Ladder does not know."),
    )
}
pub fn twice(subject: &dyn Display) -> String {
    super::starting(subject, " appears twice.")
}
pub fn unusable(subject: &dyn Display) -> String {
    super::starting(subject, " is not a value Ladder can use.")
}
/// `reason`: Ladder's own words on the value ("“April” is not a date like
/// 2026-03-31"), without a full stop.
pub fn unreadable_because(subject: &dyn Display, reason: &dyn Display) -> String {
    super::starting(subject, &format!(" cannot be read: {reason}."))
}
pub const FIELD_REMEDY: &str = "Ladder writes every field this way, so the file was probably \
    changed by hand or by another program. Ask whoever sent it to export it from Ladder again.";

// Before the file is read.
/// `size` and `limit` are written with their unit: "12.5 MB".
pub fn too_large(size: &str, limit: &str) -> String {
    format!("The file is {size}; Ladder opens snapshots of up to {limit}.")
}
pub const TOO_LARGE_REMEDY: &str =
    "Export a part instead: in Settings, an export can hold one unit or one period.";
pub fn unreadable(reason: &dyn Display) -> String {
    format!("Ladder could not read the file ({reason}).")
}
pub const UNREADABLE_REMEDY: &str =
    "Check that the file is still where it was, then open it again.";
