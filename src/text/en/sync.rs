//! Text for live sync: documents refused, the sync status, Settings → Sync.

use std::fmt::Display;

pub const NOT_LADDER: &str =
    "This is not a Ladder document: another program may share the database.";
pub const TYPE_MISMATCH: &str =
    "Its type does not match its name, so it is not a document Ladder wrote.";
pub const NO_RECORD: &str = "It holds no record.";
pub const ID_MISMATCH: &str = "The record inside has a different id from the document’s name.";

pub fn newer_version(version: &dyn Display) -> String {
    format!(
        "It was written by a newer version of Ladder (format version {version}); \
         reload the page to get the newest version."
    )
}

pub fn unreadable(error: &dyn Display) -> String {
    format!("It could not be read: {error}.")
}
