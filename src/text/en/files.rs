//! Text for `files`.

pub const NO_DOCUMENT: &str = "there is no document to download from";
pub const NOT_TEXT: &str = "the file could not be read as text";
pub const BROWSER_REFUSED: &str = "the browser refused";

/// In the name of a snapshot downloaded with the owner's private goals.
pub const WITH_MY_GOALS: &str = "with my goals";
