//! Text for `cascade_tree`.

use std::fmt::Display;

pub fn progress_label(title: &dyn Display) -> String {
    format!("Progress of “{title}”")
}

/// After a row's unit badge: " Sales · Ana Silva".
pub fn unit_and_lead(unit: &dyn Display, lead: &dyn Display) -> String {
    format!(" {unit} · {lead}")
}
