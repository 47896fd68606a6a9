//! Text for `workspace`.

pub const UNTITLED_ORGANISATION: &str = "Untitled organisation";
pub const UNKNOWN_PERSON: &str = "(unknown person)";
