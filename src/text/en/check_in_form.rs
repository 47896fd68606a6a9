//! Text for `check_in_form`.

use std::fmt::Display;

pub const KEY_RESULT_NO_LONGER_EXISTS: &str = "This key result no longer exists.";
pub const CHECK_IN_UPDATED: &str = "Check-in updated.";
pub const CHECK_IN_SAVED: &str = "Check-in saved.";
pub const PREVIOUS_CHECK_IN: &str = "Previous check-in";
pub const EDIT_CHECK_IN: &str = "Edit check-in";
pub const NEW_VALUE: &str = "New value";

pub fn new_value_with_unit(unit: &dyn Display) -> String {
    format!("New value ({unit})")
}

pub fn confidence_hint_with_pace(
    status: &dyn Display,
    done: &dyn Display,
    expected: &dyn Display,
) -> String {
    format!("Pace suggests {status} ({done} done, {expected} expected by then). Your call wins.")
}

pub const CONFIDENCE_HINT: &str = "How confident are you that it will be reached?";
pub const NOTE: &str = "Note";
pub const NOTE_HINT: &str = "What moved, what is in the way, what help you need.";
pub const CHECKED_IN_BY: &str = "Checked in by";
