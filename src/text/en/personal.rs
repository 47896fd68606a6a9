//! Text for `personal`.

use std::fmt::Display;

// Checking a new passphrase.
pub fn passphrase_too_short(shortest: &dyn Display) -> String {
    format!("Use at least {shortest} characters; a few words are easy to remember.")
}
pub const PASSPHRASES_DIFFER: &str = "The two passphrases differ.";
