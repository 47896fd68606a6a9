//! Text for `app`.

use std::fmt::Display;

pub fn page_title(title: &dyn Display) -> String {
    format!("{title} · Ladder")
}
pub const SKIP_TO_CONTENT: &str = "Skip to content";

// Dropping a file on the page.
pub const DROP_HINT: &str = "Drop a Ladder snapshot to open it";
pub const DROP_FAILED_TITLE: &str = "Ladder could not open the dropped file";

// A page kept in a module of its own (ui::lazy_pages), fetched the first
// time it is opened.
pub const PAGE_LOADING: &str = "Loading the page…";
pub const PAGE_NOT_LOADED_TITLE: &str = "This page could not be loaded";
pub const PAGE_NOT_LOADED: &str = "Ladder fetches this page the first time it is opened, and the fetch failed: the connection may be down, or a newer version of Ladder may have been published since this tab opened. Your work is safe. Try again, or reload the page.";
pub const DIALOG_NOT_LOADED: &str = "This could not be opened: Ladder fetches it the first time it is needed, and the fetch failed. Your work is safe. Check the connection and try again, or reload the page.";
pub const TRY_AGAIN: &str = "Try again";
pub const RELOAD_PAGE: &str = "Reload the page";
