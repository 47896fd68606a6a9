//! Text for `snapshot`.

use std::fmt::Display;

pub fn invalid_date_time(text: &dyn Display) -> String {
    format!("“{text}” is not a date and time like 2026-11-25T17:00:00Z")
}

pub fn invalid_json(message: &dyn Display, line: &dyn Display, column: &dyn Display) -> String {
    format!("The data is not valid JSON: {message} (line {line}, column {column}).")
}

pub fn not_a_ladder_file(format_name: &dyn Display) -> String {
    format!("This is not a Ladder file: it has no \"format\": \"{format_name}\" field.")
}

pub fn newer_version(version: &dyn Display, supported: &dyn Display) -> String {
    format!(
        "This file was written by a newer version of Ladder (format version {version}); \
                 this version reads format versions 1 to {supported}."
    )
}

pub fn upgrade_failed(version: &dyn Display, message: &dyn Display) -> String {
    format!("This file could not be upgraded from format version {version}: {message}")
}

pub fn expected_format_version(current: &dyn Display) -> String {
    format!("expected a format version from 1 to {current}")
}

pub const MISSING_WORKSPACE: &str = "missing; a Ladder file must contain a workspace";
