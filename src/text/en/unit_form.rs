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
