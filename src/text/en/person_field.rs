//! Text for `person_field`.

use std::fmt::Display;

pub fn not_yet(name: &dyn Display) -> String {
    format!("“{name}” is not in the organisation yet.")
}

pub fn add(name: &dyn Display) -> String {
    format!("Add {name}")
}

pub fn added(name: &dyn Display) -> String {
    format!("Added {name} to the people of the organisation.")
}
