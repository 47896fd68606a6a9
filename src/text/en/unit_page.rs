//! Text for `unit_page`.

use std::fmt::Display;

// The page head.
pub fn lead(lead: &dyn Display) -> String {
    format!(" · Lead: {lead}")
}

pub const EXPORT_SNAPSHOT: &str = "Export snapshot";
pub const EDIT_UNIT: &str = "Edit unit";

pub fn could_not_export(message: &dyn Display) -> String {
    format!("Could not export: {message}.")
}

// The objectives section.
pub fn objectives_heading(period: &dyn Display) -> String {
    format!("Objectives · {period}")
}

pub const NO_OBJECTIVES_YET: &str = "No objectives in this period yet.";

pub fn archived_objectives(count: &dyn Display) -> String {
    format!("Archived objectives ({count})")
}

// The due check-ins section.
pub fn due_for_check_in(count: &dyn Display) -> String {
    format!("Due for check-in ({count})")
}

pub fn last_check_in(date: &str) -> String {
    format!("last check-in {date}")
}

pub const NO_CHECK_IN_YET: &str = "no check-in yet";

// The dependencies section.
pub const NO_DEPENDENCIES: &str = "No dependencies on other units in this period.";
pub const WAITING_ON_OTHER_UNITS: &str = "Waiting on other units";
pub const OTHERS_WAITING_ON_THIS: &str = "Other units waiting on this one";

// Sub-units and members.
pub const SUB_UNITS: &str = "Units within";
pub const NO_SUB_UNITS: &str = "None.";
pub const NO_MEMBERS: &str = "No one has this as their home unit.";

pub const ARCHIVED_SUFFIX: &str = ", archived";

/// A member in the unit's list of people: "Ana Silva (Engineering lead)".
pub fn person_with_role(name: &dyn Display, role: &dyn Display) -> String {
    format!("{name} ({role})")
}

/// A sub-unit's kind after its name, and whether it is archived: " Team, archived".
pub fn sub_unit_kind(kind: &dyn Display, archived: bool) -> String {
    if archived {
        format!(" {kind}{ARCHIVED_SUFFIX}")
    } else {
        format!(" {kind}")
    }
}
