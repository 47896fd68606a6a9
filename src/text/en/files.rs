//! Text for `files`.

pub const NO_DOCUMENT: &str = "there is no document to download from";
pub const NOT_TEXT: &str = "the file could not be read as text";
pub const BROWSER_REFUSED: &str = "the browser refused";
