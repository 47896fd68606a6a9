//! Text for `header`.

use std::fmt::Display;

pub const APP_NAME: &str = "Ladder";
pub const MAIN_NAV: &str = "Main";

// The period switcher.
pub const PERIOD_SWITCHER: &str = "Period switcher";
pub fn previous_period(period: &dyn Display) -> String {
    format!("Previous period: {period}")
}
pub fn next_period(period: &dyn Display) -> String {
    format!("Next period: {period}")
}
pub const NO_PREVIOUS_PERIOD: &str = "No previous period";
pub const NO_NEXT_PERIOD: &str = "No next period";
pub fn current_period(period: &dyn Display) -> String {
    format!("{period} (current)")
}

// Undo and redo buttons.
pub const UNDO_AND_REDO: &str = "Undo and redo";
pub const NOTHING_TO_UNDO: &str = "Nothing to undo";
pub const NOTHING_TO_REDO: &str = "Nothing to redo";

// The save indicator.
pub const SAVED_IN_THIS_BROWSER: &str = "Saved in this browser";
pub fn saved_at(time: &str) -> String {
    format!("Saved in this browser · {time}")
}
pub const SAVING: &str = "Saving…";
pub const NOT_SAVED: &str = "Not saved";
pub const SAVING_PAUSED: &str = "Saving paused";
pub const READ_ONLY_SNAPSHOT: &str = "Read-only snapshot";

// Live sync, in the same place while saving is fine.
pub const SYNC_CONNECTING: &str = "Connecting to the database…";
pub fn syncing(count: Option<&str>) -> String {
    match count {
        Some(count) => format!("Syncing: {count} to go"),
        None => "Syncing…".to_owned(),
    }
}
pub fn synced_at(time: &str) -> String {
    format!("Synced {time}")
}
/// `waiting` is how many changes wait, and the same number as written.
pub fn sync_offline(waiting: Option<(usize, &str)>) -> String {
    match waiting {
        Some((0, _)) => "Offline: nothing waiting".to_owned(),
        Some((1, _)) => "Offline: 1 change waiting".to_owned(),
        Some((_, n)) => format!("Offline: {n} changes waiting"),
        None => "Offline: changes waiting".to_owned(),
    }
}
pub const SYNC_SIGNED_OUT: &str = "Sync paused: signed out";
pub const SYNC_NEEDS_CHOICE: &str = "Sync waits for you: see Settings";
pub fn sync_error(message: &str) -> String {
    format!("Sync error: {message}")
}
pub const SYNC_IN_OTHER_TAB: &str = "Syncing in another tab";
