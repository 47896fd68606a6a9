//! Text for `app_state`.

use std::fmt::Display;

// Why saving failed or is paused.
pub const UNREADABLE_DATA_IN_PLACE: &str = "the data Ladder could not read is still in its place";
pub fn saved_by_newer_version(version: &dyn Display) -> String {
    format!(
        "the data in this browser was saved by a newer version of Ladder \
                         (format version {version}). It is left untouched; reload the page \
                         to get the newer version"
    )
}
pub fn storage_unreadable(reason: &dyn Display) -> String {
    format!(
        "Ladder cannot read this browser's storage ({reason}), so it will not \
                         save over it. Reload to try again"
    )
}
pub fn other_tab_saved_unreadable(error: &dyn Display) -> String {
    format!("another tab saved data this version of Ladder cannot read ({error})")
}
pub const STOPPED_RELOAD_REASON: &str = "Ladder has stopped; reload the page";

// Changes refused.
pub const STOPPED_RELOAD: &str = "Ladder has stopped; reload the page.";
pub fn read_only_cannot_edit(file: &dyn Display) -> String {
    format!("“{file}” is open read-only. Close it to edit your own workspace.")
}
pub fn read_only_nothing_to_undo(file: &dyn Display) -> String {
    format!("“{file}” is open read-only: there is nothing to undo in it.")
}
pub fn read_only_close_first(file: &dyn Display) -> String {
    format!("“{file}” is open read-only. Close it first.")
}

// Undo and redo.
// The undo and redo buttons' names: the step they take.
pub fn undo_step(label: &dyn Display) -> String {
    format!("Undo: {label}")
}
pub fn redo_step(label: &dyn Display) -> String {
    format!("Redo: {label}")
}
pub const UNDO_LAST_CHANGE: &str = "Undo the last change";
/// A step of the private data's history, as the header and toasts name it
/// on every page: never a goal's title.
pub const PRIVATE_CHANGE: &str = "a change in My goals";
pub const REDO_LAST_CHANGE: &str = "Redo the last change";
pub fn undone(label: &dyn Display) -> String {
    format!("Undone: {label}")
}
pub fn redone(label: &dyn Display) -> String {
    format!("Redone: {label}")
}
pub const UNDONE: &str = "Undone.";
pub const REDONE: &str = "Redone.";

// The sample company.
pub const SAMPLE_LOADED_STEP: &str = "Loaded the sample company";
pub const SAMPLE_DATA_REMOVED: &str = "Sample data removed.";

// Importing and merging a file.
pub fn merge_refused(refusal: &dyn Display) -> String {
    format!("Nothing was merged. {refusal}")
}
pub fn merge_step(file_name: &dyn Display) -> String {
    format!("Merged “{file_name}”")
}
pub fn merged_toast(file_name: &dyn Display) -> String {
    format!("Merged “{file_name}”.")
}
pub fn import_step(file_name: &dyn Display) -> String {
    format!("Imported “{file_name}”")
}
pub fn imported_toast(file_name: &dyn Display) -> String {
    format!("Imported “{file_name}”.")
}
pub fn backup_failed(reason: &dyn Display) -> String {
    format!(
        "Nothing was changed: Ladder could not keep a copy of your current \
                 workspace to go back to ({reason}). Export your workspace first, \
                 then try again."
    )
}

// Backups.
pub const NO_EARLIER_WORKSPACE: &str = "there is no earlier workspace to restore";
pub const RESTORE_STEP: &str = "Restored the earlier workspace";
pub const RESTORED_TOAST: &str = "Restored the workspace from before the import.";
pub const BACKUP_NO_LONGER_EXISTS: &str = "this backup no longer exists";
pub const BACKUP_RESTORED: &str = "Backup restored.";
pub fn backup_restore_failed(reason: &dyn Display) -> String {
    format!("Could not restore the backup: {reason}.")
}
pub const BACKUP_DELETED: &str = "Backup deleted.";
pub const NO_UNREADABLE_DATA: &str = "there is no unreadable data";
pub const UNREADABLE_DATA_GONE: &str = "the unreadable data is no longer stored";
