//! Text for `snapshot_banner`.

use std::fmt::Display;

pub fn title(file_name: &dyn Display) -> String {
    format!("Read-only: “{file_name}”")
}
pub const EXPORT_DATE_UNKNOWN: &str = "export date unknown";
pub const READ_ONLY_NOTE: &str = "You are looking at someone else's snapshot. Nothing here can be changed, and your own workspace is untouched.";
pub const MERGE_INTO_MY_WORKSPACE: &str = "Merge into my workspace…";
pub const CLOSE_SNAPSHOT: &str = "Close snapshot";

pub fn exported(when: &str) -> String {
    format!("exported {when}")
}

/// What the snapshot on view is: "Northwind · Q4 2026 · exported 3 Dec 2026, 10:42."
pub fn details(organisation: &dyn Display, exported: &dyn Display) -> String {
    format!("{organisation} · {exported}.")
}

/// The same for a part of an organisation: "Northwind · Sales, Q4 2026 · exported …."
pub fn details_with_part(
    organisation: &dyn Display,
    part: &dyn Display,
    exported: &dyn Display,
) -> String {
    format!("{organisation} · {part} · {exported}.")
}
