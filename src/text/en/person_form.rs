//! Text for `person_form`.

pub const NO_UNIT: &str = "No unit";
pub const EDIT_PERSON: &str = "Edit person";
pub const ADD_PERSON: &str = "Add a person";
pub const ROLE_OPTIONAL: &str = "Role (optional)";
