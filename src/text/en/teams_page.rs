//! Text for `teams_page`.

use std::fmt::Display;

pub const INTRO: &str = "The company, its departments and teams. Objectives belong to these units.";
pub const CREATE_COMPANY: &str = "Create the company";
pub const ADD_DEPARTMENT: &str = "Add department";
pub const ADD_TEAM: &str = "Add team";
pub const NEXT_STEP_HINT: &str =
    "Next: add departments (Sales, Marketing, Product…), then the teams within them.";
pub const ADD_FIRST_DEPARTMENT: &str = "Add the first department";
pub const FIRST_OBJECTIVE_HINT: &str =
    "Next: write the company's first objective; departments and teams then ladder up to it.";

// The archived units.
pub const ARCHIVED_HEADING: &str = "Archived";
pub const ARCHIVED_NOTE: &str =
    "Archived units and their OKRs stay readable; restore them at any time.";

// A unit row.
pub fn lead(lead: &dyn Display) -> String {
    format!(" Lead: {lead}")
}

pub fn objectives_this_period(objectives: &dyn Display) -> String {
    format!(" · {objectives} this period")
}

pub fn edit_unit(name: &dyn Display) -> String {
    format!("Edit {name}")
}

pub fn delete_unit(name: &dyn Display) -> String {
    format!("Delete {name}")
}

// Messages after an action.
pub fn restored(name: &dyn Display) -> String {
    format!("Restored “{name}”.")
}

pub fn archived(name: &dyn Display) -> String {
    format!("Archived “{name}” and the units under it.")
}

pub fn deleted(name: &dyn Display) -> String {
    format!("Deleted “{name}”.")
}
