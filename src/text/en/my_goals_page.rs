//! Text for `my_goals_page`.

use std::fmt::Display;

// The page heading and the problem banner.
pub const MY_GOALS: &str = " My goals";
pub const PRIVATE_BANNER: &str = "Private to you: personal goals and 1:1 notes are kept in this browser only. \
                 They are not part of the organisation's workspace, a snapshot never includes \
                 them unless you tick “Include my private goals” when exporting, and importing \
                 a colleague's file never touches them.";
pub const PROBLEM_HEADING: &str = "Your private goals need attention";

// Starting over when the stored private data cannot be read.
pub const START_OVER: &str = "Delete my private data and start over";
pub const START_OVER_TITLE: &str = "Delete your private data?";
pub const START_OVER_BODY: &str = "The private goals stored in this browser cannot be read and \
                will be deleted for good. This cannot be undone.";
pub const DELETE_FOR_GOOD: &str = "Delete for good";

pub fn could_not_delete(reason: &dyn Display) -> String {
    format!("Could not delete: {reason}.")
}

// The personal goals.
pub const PERSONAL_GOALS: &str = "Personal goals";
pub const NEW_GOAL: &str = "New goal";
pub const NO_GOALS_YET: &str = "No personal goals yet.";
pub const NO_GOALS_YET_HINT: &str = "Growth, wellbeing, productivity or engagement: something you want for \
                             yourself, apart from the team's OKRs. Give it a number to move \
                             (“read 12 books”) or a few steps to tick off.";

pub fn target_date(date: &str) -> String {
    format!("Target date: {date}")
}

pub fn progress_of(title: &dyn Display) -> String {
    format!("Progress of “{title}”")
}

pub fn check_in_on(title: &dyn Display) -> String {
    format!("Check in on “{title}”")
}

pub fn edit_goal(title: &dyn Display) -> String {
    format!("Edit “{title}”")
}

pub fn delete_goal(title: &dyn Display) -> String {
    format!("Delete “{title}”")
}

pub fn goal_deleted(title: &dyn Display) -> String {
    format!("Deleted “{title}”.")
}

pub fn check_ins(count: &dyn Display) -> String {
    format!("Check-ins ({count})")
}

// The 1:1 notes.
pub const ONE_ON_ONES_INTRO: &str = "Prepare a conversation with your manager: your Goal, the Reality today, the \
                 Options you see, and what you Will do next.";
pub const NO_ONE_ON_ONES_YET: &str = "No 1:1 notes yet.";
pub const ABOUT: &str = "About: ";

pub fn about_my_goal(title: &dyn Display) -> String {
    format!("My goal: {title}")
}
pub const ABOUT_DELETED_GOAL: &str = "a goal since deleted";
pub const ABOUT_MISSING_OBJECTIVE: &str = "an objective not in this workspace";

pub fn edit_note(title: &dyn Display) -> String {
    format!("Edit {title}")
}

pub fn delete_note(title: &dyn Display) -> String {
    format!("Delete {title}")
}

pub fn note_deleted(title: &dyn Display) -> String {
    format!("Deleted the note “{title}”.")
}

// Keeping a copy of the private data.
pub const KEEP_A_COPY: &str = "Keep a copy";
pub const KEEP_A_COPY_HINT: &str = "Download your private goals and notes as a file of their own, to keep or to move \
                 them to another browser. Restoring replaces what is here (you can undo it).";
pub const DOWNLOAD_MY_GOALS: &str = "Download my goals";
pub const RESTORE_FROM_FILE: &str = "Restore from file…";

pub fn restored_from(file_name: &dyn Display) -> String {
    format!("Restored from “{file_name}”.")
}

pub fn could_not_restore(file_name: &dyn Display, reason: &dyn Display) -> String {
    format!("Could not restore from “{file_name}”. {reason} Nothing was changed.")
}

// Unlocking the private goals.
pub const LOCKED_HEADING: &str = "Your private goals are locked";
pub const LOCKED_HINT: &str =
    "They are stored encrypted in this browser. Type your passphrase to see them.";
pub const PASSPHRASE: &str = "Passphrase";
pub const UNLOCK: &str = "Unlock";
pub const UNLOCKING: &str = "Unlocking…";
pub const FORGOT_PASSPHRASE: &str = "Forgot your passphrase?";
pub const FORGOT_PASSPHRASE_BODY: &str = "Ladder never stores your passphrase, so nobody can recover your private goals \
                     without it. You can delete them and start again; the organisation's workspace \
                     is not affected.";
pub const DELETE_LOCKED: &str = "Delete my private data";
pub const DELETE_LOCKED_TITLE: &str = "Delete your locked private data?";
pub const DELETE_LOCKED_BODY: &str = "Your personal goals and 1:1 notes in this browser will be \
                    deleted for good. This cannot be undone.";

// The passphrase lock.
pub const PASSPHRASE_LOCK: &str = "Passphrase lock";
pub const LOCK_INTRO: &str = "Optional: encrypt your private goals and notes in this browser with a \
                             passphrase (AES-GCM, key derived with PBKDF2-SHA-256). Anyone using \
                             this browser then needs it to see them.";
pub const LOCK_ON_STATUS: &str = "Your private goals are stored encrypted. They stay open in this tab until you lock them or reload.";
pub const LOCK_NOW: &str = "Lock now";
pub const SHOW_CHANGE_PASSPHRASE: &str = "Change passphrase…";
pub const REMOVE_LOCK: &str = "Remove the lock";
pub const LOCK_REMOVED: &str =
    "The lock is removed: your private goals are stored unencrypted again.";
pub const PASSPHRASE_HINT: &str = "At least 8 characters. Ladder never stores it: if you forget it, your private goals cannot be recovered, only deleted.";
pub const REPEAT_PASSPHRASE: &str = "Repeat the passphrase";
pub const ENCRYPTING: &str = "Encrypting…";
pub const CHANGE_PASSPHRASE: &str = "Change passphrase";
pub const LOCK_MY_PRIVATE_GOALS: &str = "Lock my private goals";
pub const PASSPHRASE_CHANGED: &str = "Passphrase changed.";
pub const LOCK_ADDED: &str = "Locked: your private goals are now stored encrypted.";

pub fn could_not_change_lock(reason: &dyn Display) -> String {
    format!("Could not change the lock: {reason}")
}

// A 1:1 note's heading.
pub fn note_title(day: &str) -> String {
    format!("1:1 on {day}")
}
pub fn note_title_with(person: &dyn Display, day: &str) -> String {
    format!("1:1 with {person} on {day}")
}

pub const ONE_ON_ONE_NOTES: &str = "1:1 notes";

/// A checked-in value with the goal's unit: "12 km" (the number alone without one).
pub fn value_in_unit(number: &dyn Display, unit: &dyn Display) -> String {
    format!("{number} {unit}").trim().to_owned()
}
