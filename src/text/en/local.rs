//! Text for `local`.

use std::fmt::Display;

// Using the browser's storage.
pub const NO_LOCAL_STORAGE: &str = "this browser offers no local storage";
pub const STORAGE_FULL: &str = "the browser's storage for this page is full";
pub const STORAGE_NOT_ALLOWED: &str = "the browser does not allow this page to store data";

pub fn storage_refused_with(error_name: &dyn Display, message: &dyn Display) -> String {
    format!("the browser refused to store data ({error_name}: {message})")
}

pub const STORAGE_REFUSED: &str = "the browser refused to store data";

// Reading the stored workspace.
pub fn invalid_stored_revision(text: &dyn Display) -> String {
    format!("the stored revision “{text}” is not a number")
}

pub fn not_a_backup(key: &dyn Display) -> String {
    format!("\"{key}\" is not a backup")
}
