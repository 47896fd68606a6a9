//! Text for `drafts`.

pub const RESTORED: &str =
    "What you typed here before leaving the page is back; nothing of it is saved yet.";
pub const DISCARD: &str = "Discard it";
