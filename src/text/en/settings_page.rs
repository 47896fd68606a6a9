//! Text for `settings_page`.

use std::fmt::Display;

// The organisation section.
pub const ORGANISATION_NAME_PLACEHOLDER: &str = "e.g. Acme Inc.";

// The data section: export and import.
pub const DATA: &str = "Data";
pub const DATA_INTRO: &str = "Export downloads a snapshot file to keep or share: the whole workspace, one \
                 unit with the units under it, or one period. Importing a file shows what it \
                 holds first; you can merge it into this workspace, replace this workspace, \
                 or open it read-only. A merge or a replacement can be undone.";
pub const UNITS_TO_EXPORT: &str = "Units to export";
pub const PERIOD_TO_EXPORT: &str = "Period to export";
pub const ALL_PERIODS: &str = "All periods";
pub const EXPORT_THIS_PART: &str = "Export this part";
pub const EXPORT_HOLDS_EVERYTHING: &str =
    "The file holds everything in this organisation's workspace.";
pub fn export_holds_part(part: &dyn Display) -> String {
    format!(
        "The file holds {part}, with the records they refer to \
                                (the objectives they ladder up to, their leads)."
    )
}
pub const EXPORT_HOLDS_PRIVATE: &str =
    "It also holds your private goals and 1:1 notes: keep it to yourself.";
pub const EXPORT_OMITS_PRIVATE: &str = "It does not hold your private goals or 1:1 notes.";
pub fn export_failed(reason: &dyn Display) -> String {
    format!("Could not export: {reason}.")
}
pub const IMPORT_FROM_FILE: &str = "Import from file…";
pub const CSV_INTRO: &str = "For spreadsheets, one CSV file per table, covering every period:";
pub fn export_csv(table: &dyn Display) -> String {
    format!("Export {table} as CSV")
}

// Including private goals in the export.
pub const INCLUDE_MY_PRIVATE_GOALS: &str = "Include my private goals";
pub const PRIVATE_LOCKED: &str =
    "Your private goals are locked: unlock them in My goals to include them.";
pub const PRIVATE_NEEDS_OWN_WORKSPACE: &str =
    "Close the snapshot you are viewing to include your private goals with your own workspace.";
pub const NO_PRIVATE_GOALS: &str = "You have no private goals or 1:1 notes to include.";
pub const PRIVATE_WHOLE_EXPORT_ONLY: &str = "Private goals go only into a whole-workspace export.";
pub fn private_included(private_items: &dyn Display) -> String {
    format!(
        "Adds your {private_items} to the file, unencrypted, for your own backup or another browser of yours. Off by default."
    )
}

// The storage section.
pub const STORAGE: &str = "Storage";
pub const STORAGE_INTRO: &str = "Ladder keeps your workspace in this browser's local storage, on this device \
                 only. Clearing the browser's site data deletes it, so export from time to time.";
pub const SPACE_USED: &str = "Space used in this browser";
pub fn space_used_of_quota(
    used: &dyn Display,
    quota: &dyn Display,
    percent: &dyn Display,
) -> String {
    format!("Ladder uses {used} of the {quota} or so this browser allows ({percent}%).")
}
pub fn space_used_unknown(reason: &dyn Display) -> String {
    format!("Ladder cannot tell how much storage it uses: {reason}.")
}
pub const STORAGE_NEARLY_FULL: &str = "Storage is nearly full. Export a snapshot now, and delete backups you no \
                                 longer need: when it is full, new changes stay in this tab only.";

// Backups.
pub const BACKUPS: &str = "Backups";
pub const NO_BACKUPS: &str = "No backups. One is kept automatically before each import.";
pub const BEFORE_IMPORT_BACKUP: &str = "Workspace from before the last import or restore";
pub const UNREADABLE_BACKUP: &str = "Data Ladder could not read, set aside";
/// A backup's description with the time it was made.
pub fn backup_made(backup: &dyn Display, when: &str) -> String {
    format!("{backup} ({when})")
}
pub const DOWNLOAD: &str = "Download";

// The people section.
pub const THIS_IS_ME: &str = "This is me";
pub const THIS_IS_ME_HINT: &str = "Used as the default lead for what you create. Not a login: anyone using this browser can change it.";
pub const NOT_SET: &str = "Not set";
pub const NO_PEOPLE_YET: &str = "No one yet. Add the people who lead objectives and key results.";
pub const ROLE: &str = "Role";
pub const ACTIONS: &str = "Actions";
pub fn edit_named(name: &dyn Display) -> String {
    format!("Edit {name}")
}
pub fn delete_named(name: &dyn Display) -> String {
    format!("Delete {name}")
}
pub fn person_removed(name: &dyn Display) -> String {
    format!("Removed {name}.")
}

// The periods section.
pub fn add_quarter(year: &dyn Display, quarter: &dyn Display) -> String {
    format!("Add {year} Q{quarter}")
}
pub const ADD_CUSTOM_PERIOD: &str = "Add custom period";
pub const NO_PERIODS_YET: &str = "No periods yet.";
pub const CURRENT: &str = "Current";
pub const CLOSED: &str = "Closed";
pub const CLOSE_PERIOD: &str = "Close";
pub const REOPEN_PERIOD: &str = "Reopen";
pub const PERIOD_CLOSED: &str = "Period closed: its OKRs are read-only.";
pub const PERIOD_REOPENED: &str = "Period reopened.";
pub const MAKE_CURRENT: &str = "Make current";
pub fn make_current_named(name: &dyn Display) -> String {
    format!("Make current: {name}")
}
pub const PERIOD_DELETED: &str = "Period deleted.";

// The custom period form.
pub const CUSTOM_PERIOD: &str = "Custom period";
pub const EDIT_PERIOD: &str = "Edit period";
pub const FIRST_DAY: &str = "First day";
pub const LAST_DAY: &str = "Last day";
pub const ADD_PERIOD: &str = "Add period";
pub const SAVE_PERIOD: &str = "Save period";

// The check-in rhythm section.
pub const CHECK_IN_RHYTHM: &str = "Check-in rhythm";
pub const CHECK_IN_EVERY: &str = "Key results are due for a check-in";

// The appearance section.
pub const APPEARANCE: &str = "Appearance";
pub const COLOUR_SCHEME: &str = "Colour scheme";
pub const COLOUR_SCHEME_HINT: &str =
    "Applies in this browser only, for every workspace you open in it.";

// The features section.
pub const FEATURES: &str = "Features";
pub const INDIVIDUAL_GOALS: &str = "Individual goals";
pub const INDIVIDUAL_GOALS_HINT: &str = "Lets a person hold individual OKRs or KPIs (a sales quota, say) on their page. \
                     Use them sparingly: they add overhead, can make people compete instead of \
                     collaborate, and are often tasks in disguise. Turning this off hides them and \
                     deletes nothing.";
pub fn individual_goals_overhead(
    people: &dyn Display,
    goals_each: &dyn Display,
    per_period: &dyn Display,
    per_year: &dyn Display,
) -> String {
    format!(
        "Overhead here: {people} × {goals_each} goals = {per_period} individual goals a period, about {per_year} a year to write, track and update."
    )
}
pub fn hidden_goals_kept(goals: &dyn Display) -> String {
    format!("{goals} kept, hidden while this is off.")
}

pub fn csv_button(table: &dyn Display) -> String {
    format!("{table} (CSV)")
}

pub const PERIOD_NAME_PLACEHOLDER: &str = "e.g. 2027 H1";

/// After a period's name in the list: " 1 Oct – 31 Dec 2026 · 4 objectives".
pub fn period_range_and_count(dates: &str, objectives: &dyn Display) -> String {
    format!(" {dates} · {objectives}")
}
