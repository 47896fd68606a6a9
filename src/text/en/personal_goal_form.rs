//! Text for `personal_goal_form`.

use std::fmt::Display;

// The goal form.
pub const NEW_PERSONAL_GOAL: &str = "New personal goal";
pub const EDIT_PERSONAL_GOAL: &str = "Edit personal goal";
pub const PRIVATE_NOTE: &str = "Private: kept in this browser only, never in a shared snapshot.";
pub const TITLE_PLACEHOLDER: &str = "e.g. Hold a conversation in German";
pub const WHY_LABEL: &str = "Why it matters (optional)";
pub const WHY_HINT: &str = "What will keep this goal alive when it gets hard.";
pub const THEME: &str = "Theme";
pub const TARGET_DATE_OPTIONAL: &str = "Target date (optional)";
pub const PLAN_LEGEND: &str = "How will you see progress?";
pub const PLAN_NUMBER: &str = "A number to move";
pub const PLAN_NUMBER_HINT: &str = "from where you are to where you want to be";
pub const PLAN_STEPS: &str = "Steps to tick off";
pub const PLAN_STEPS_HINT: &str = "a short action plan";
pub const START_LABEL: &str = "From";
pub const TARGET_LABEL: &str = "To";
pub const STEPS_HINT: &str = "One step per line.";
pub const ADD_GOAL: &str = "Add goal";
pub const SAVE_GOAL: &str = "Save goal";

// The check-in form.
pub const GOAL_NO_LONGER_EXISTS: &str = "This goal no longer exists.";

pub fn check_in_title(title: &dyn Display) -> String {
    format!("Check in: {title}")
}

pub fn current_value(latest: &dyn Display) -> String {
    format!("Now: {latest}")
}
pub const VALUE_LABEL: &str = "Where you are now";
pub const NOTE_LABEL: &str = "How is it going?";

pub const UNIT_PLACEHOLDER: &str = "km, books, hours";
