//! Text for `objective_form`.

use std::fmt::Display;

pub const EDIT_OBJECTIVE: &str = "Edit objective";
pub const EDIT_INDIVIDUAL_OBJECTIVE: &str = "Edit individual objective";
pub const TITLE_HINT: &str = "What you want to achieve: qualitative and inspiring.";
pub const TITLE_PLACEHOLDER: &str = "e.g. Expand into new markets";
pub const DESCRIPTION_OPTIONAL: &str = "Description (optional)";
pub const OWNED_BY: &str = "Owned by";
pub const LEAD_HINT: &str = "Exactly one person leads an objective.";
pub const CONTRIBUTORS_OPTIONAL: &str = "Contributors (optional)";
pub const CONTRIBUTORS_HINT: &str = "Names separated by commas.";
pub const SAVE_OBJECTIVE: &str = "Save objective";
pub const ADD_OBJECTIVE: &str = "Add objective";

// What the objective ladders up to.
pub const LADDERS_UP_TO: &str = "Ladders up to";
pub const NO_PARENT: &str = "Nothing (not aligned)";
pub const PARENT_HINT: &str = "An objective of a higher level in the same period.";
pub const INDIVIDUAL_PARENT_HINT: &str =
    "A team, department or company objective in the same period.";

pub fn children_unaligned(titles: &dyn Display) -> String {
    format!("Saved. Now shown as not aligned: {titles}.")
}
