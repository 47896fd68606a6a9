//! Text for `session`.

pub const NO_SESSION_STORAGE: &str = "this browser keeps no session storage for the page";
pub const DRAFT_NOT_KEPT: &str = "the browser refused to keep a copy of the form";
