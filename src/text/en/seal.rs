//! Text for `seal`.

use std::fmt::Display;

pub const NEEDS_SECURE_PAGE: &str = "Locking needs a secure page: https, or localhost while testing. This page is served \
         over plain http, where browsers offer no encryption.";
pub const NO_CRYPTOGRAPHY: &str = "this browser offers no cryptography";
pub const NO_RANDOM_NUMBERS: &str = "the browser gave no random numbers";

// What the browser could not do.
pub fn browser_failed(action: &dyn Display, detail: &dyn Display) -> String {
    format!("the browser could not {action}{detail}")
}
pub const PREPARE_PASSPHRASE: &str = "prepare the passphrase";
pub const DERIVE_KEY: &str = "derive a key from the passphrase";
pub const ENCRYPT_GOALS: &str = "encrypt your private goals";

// Stored private data this version cannot open.
pub const UNSUPPORTED_LOCK: &str =
    "the stored private data is locked in a way this version cannot open";
pub const SALT_DAMAGED: &str = "the stored salt is damaged";
pub const DATA_DAMAGED: &str = "the stored private data is damaged";
