//! Text for `objective_card`.

use std::fmt::Display;

pub fn unit_and_lead(unit: &dyn Display, lead: &dyn Display) -> String {
    format!(" {unit} · Lead: {lead}")
}

pub fn progress_label(title: &dyn Display) -> String {
    format!("Progress of “{title}”")
}

pub fn children_note(aligned: &dyn Display, on_track: &dyn Display) -> String {
    format!("{aligned} aligned · {on_track} on track")
}
