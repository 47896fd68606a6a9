//! Text for `personal_state`.

use std::fmt::Display;

// Problems with the private data in this browser.
pub fn unreadable(reason: &dyn Display) -> String {
    format!(
        "Your private goals in this browser could not be read: {reason} They are \
                     left untouched, and nothing here is saved until you decide what to do."
    )
}

pub fn unavailable(reason: &dyn Display) -> String {
    format!("Private goals cannot be kept in this browser: {reason}.")
}
pub const NOT_WRITABLE: &str = "the private data stored in this browser could not be read, and Ladder will not \
                 write over it";

pub fn save_failed(reason: &dyn Display) -> String {
    format!(
        "Your latest change to your private goals could not be saved: {reason}. It is \
                 kept in this tab only; download your goals to keep a copy."
    )
}
pub const LOCKED_IN_OTHER_TAB: &str = "Your private goals were locked in another tab, so your last change \
                         here was not saved. Unlock them to go on.";

// Unlocking, locking and restoring.
pub const WRONG_PASSPHRASE: &str =
    "That passphrase does not unlock your private goals. Nothing was changed.";
pub const PASSPHRASE_CHANGED_IN_OTHER_TAB: &str =
    "The passphrase was just changed in another tab. Type the new one.";
pub const UNLOCK_FIRST: &str = "Unlock your private goals first.";

pub fn restored(contents: &dyn Display) -> String {
    format!("Restored {contents}.")
}
