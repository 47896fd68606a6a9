//! Text for `ladder-lint`, the command-line coach.

use std::fmt::Display;

pub const USAGE: &str = "Usage: ladder-lint SNAPSHOT.json [--json] [--today YYYY-MM-DD] [--include-dismissed]\n\
     Prints the OKR coach's findings for an exported Ladder snapshot; exits with 1 when any is a warning.\n\
     Findings dismissed in Ladder are left out unless --include-dismissed lists them, with their reason.";
pub fn cannot_read(path: &dyn Display, error: &dyn Display) -> String {
    format!("Could not read {path}: {error}")
}
pub fn not_a_snapshot(path: &dyn Display, refusal: &dyn Display) -> String {
    format!("Could not read {path} as a Ladder snapshot. {refusal}")
}
pub fn bad_date(typed: &dyn Display) -> String {
    format!("“{typed}” is not a date like 2026-11-27.")
}
pub fn unknown_option(option: &dyn Display) -> String {
    format!("Unknown option {option}.\n{USAGE}")
}
pub fn fix(suggestion: &dyn Display) -> String {
    format!("Fix: {suggestion}")
}
pub fn summary(warnings: usize, notes: usize) -> String {
    let warnings = match warnings {
        1 => "1 warning".to_owned(),
        n => format!("{n} warnings"),
    };
    let notes = match notes {
        1 => "1 note".to_owned(),
        n => format!("{n} notes"),
    };
    format!("{warnings}, {notes}.")
}

pub const TODAY_NEEDS_DATE: &str = "--today needs a date like 2026-11-27.";
pub fn dismissed_left_out(count: usize) -> String {
    match count {
        1 => "1 dismissed finding left out (--include-dismissed lists it).".to_owned(),
        n => format!("{n} dismissed findings left out (--include-dismissed lists them)."),
    }
}
pub fn dismissed_listed(count: usize) -> String {
    match count {
        1 => "1 dismissed finding listed, which does not count.".to_owned(),
        n => format!("{n} dismissed findings listed, which do not count."),
    }
}
