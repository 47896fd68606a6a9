//! Text for `revision`.

use std::fmt::Display;

pub const EXPECTING_EDIT_COUNTS: &str = "edit counts by browser";
pub const UNITS: &str = "Units";
pub const UNKNOWN_KEY_RESULT: &str = "a key result";

pub fn check_in(date: &str, key_result: &dyn Display) -> String {
    format!("{date} on “{key_result}”")
}

// A record's kind, in the merge preview.
pub const CHECK_IN: &str = "Check-in";
pub const INITIATIVE: &str = "Initiative";
pub const KPI: &str = "KPI";
