//! Text for `person_field`.

use std::fmt::Display;

pub fn added_on_save(name: &dyn Display) -> String {
    format!("“{name}” is new here: saving adds them to the people of the organisation.")
}
