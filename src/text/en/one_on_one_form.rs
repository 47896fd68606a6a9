//! Text for `one_on_one_form`.

use std::fmt::Display;

// The choices for “About”.
pub const ABOUT_NOTHING: &str = "Nothing in particular";

pub fn about_my_goal(title: &dyn Display) -> String {
    format!("My goal: {title}")
}

// The form.
pub const EDIT_NOTE: &str = "Edit 1:1 note";
pub const INTRO: &str = "Private preparation for a conversation with your manager, in the GROW structure. \
                 Only you see it.";
pub const DATE: &str = "Date of the conversation";
pub const WITH_OPTIONAL: &str = "With (optional)";
pub const WITH_PLACEHOLDER: &str = "e.g. Sam (my manager)";
pub const ABOUT_OPTIONAL: &str = "About (optional)";
pub const SAVE_NOTE: &str = "Save note";
pub const ADD_NOTE: &str = "Add note";

/// A note's subject when it is an objective: "Q4 2026: Grow revenue".
pub fn about_objective(period: &dyn Display, title: &dyn Display) -> String {
    format!("{period}: {title}")
}
