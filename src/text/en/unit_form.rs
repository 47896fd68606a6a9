//! Text for `unit_form`.

use std::fmt::Display;

pub fn edit_title(kind: &dyn Display) -> String {
    format!("Edit {kind}")
}

pub fn new_title(kind: &dyn Display) -> String {
    format!("New {kind}")
}

pub const PART_OF: &str = "Part of";
pub const ADD: &str = "Add";
pub const ADD_AND_START_ANOTHER: &str = "Add and start another";
pub fn added_next(name: &dyn Display, kind: &dyn Display) -> String {
    format!("Added “{name}”. The next {kind}:")
}
