//! Text for `banners`.

use std::fmt::Display;

// A new version is ready.
pub const UPDATES: &str = "Updates";
pub const UPDATE_READY_TITLE: &str = "A new version of Ladder is ready";
pub const UPDATE_READY_BODY: &str =
    "Reload to use it. Your work is saved first; nothing changes until you reload.";
pub const RELOAD_NOW: &str = "Reload now";
pub const LATER: &str = "Later";

// The sample company note and its confirm dialog.
pub const SAMPLE_LABEL: &str = "Sample data";
pub const SAMPLE_NOTE_TITLE: &str = "Sample company. ";
pub const SAMPLE_NOTE_BODY: &str =
    "You are exploring made-up data: the people, teams and numbers are fictional.";
pub const REMOVE_SAMPLE_DATA: &str = "Remove sample data";
pub const REMOVE_SAMPLE_TITLE: &str = "Remove the sample company?";
pub const REMOVE_SAMPLE_BODY: &str = "You have added your own records to the sample. Removing it empties the whole workspace, including them. You can undo right after; export first to keep a copy.";

// Stored data Ladder could not read.
pub const UNREADABLE_TITLE: &str = "Ladder could not read the data saved in this browser";
pub const UNREADABLE_SET_ASIDE: &str = "It has been set aside unchanged, and Ladder started with an empty workspace. \
                     You can download it to inspect or repair it.";
pub const UNREADABLE_STILL_STORED: &str = "It is still stored, unchanged, and saving is paused so it is not overwritten. \
                     Download it first; then you can start fresh.";
pub const DOWNLOAD_UNREADABLE: &str = "Download the unreadable data";
pub const START_FRESH: &str = "Start fresh (overwrite it)";

// Saving failed.
pub const SAVE_FAILED_TITLE: &str = "Your changes are not saved";
pub fn save_failed_body(reason: &dyn Display) -> String {
    format!("Ladder could not save in this browser: {reason}. ")
}
pub const CHANGES_KEPT_IN_TAB: &str =
    "Your changes are kept in this tab only. Export them to keep a copy.";
pub const TRY_AGAIN: &str = "Try again";

// Saved in another tab meanwhile.
pub const CONFLICT_BODY: &str = "This workspace was saved in another tab while you had unsaved changes here. \
                            Choose which version to keep; export yours first if you are unsure.";
pub const KEEP_MY_VERSION: &str = "Keep my version";
pub const USE_OTHER_TABS_VERSION: &str = "Use the other tab's version";
pub const EXPORT_MY_VERSION: &str = "Export my version";

// Saving is paused.
pub const PAUSED_TITLE: &str = "Saving is paused";
pub fn paused_body(reason: &dyn Display) -> String {
    format!("Saving is paused because {reason}. Your changes are kept in this tab.")
}
