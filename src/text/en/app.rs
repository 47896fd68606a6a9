//! Text for `app`.

use std::fmt::Display;

pub fn page_title(title: &dyn Display) -> String {
    format!("{title} · Ladder")
}
pub const SKIP_TO_CONTENT: &str = "Skip to content";

// Dropping a file on the page.
pub const DROP_HINT: &str = "Drop a Ladder snapshot to open it";
pub const DROP_FAILED_TITLE: &str = "Ladder could not open the dropped file";
