//! Text for `import`.

use std::fmt::Display;

// Which part of a workspace a file holds.
pub const UNKNOWN_UNIT: &str = "one unit";
pub const UNKNOWN_PERIOD: &str = "one period";

pub fn scope_unit(unit: &dyn Display) -> String {
    format!("{unit} and the units under it, every period")
}

pub fn scope_period(period: &dyn Display) -> String {
    format!("every unit, {period}")
}

pub fn scope_unit_and_period(unit: &dyn Display, period: &dyn Display) -> String {
    format!("{unit} and the units under it, {period}")
}

// The import dialog.
pub fn dialog_title(file_name: &dyn Display) -> String {
    format!("Import “{file_name}”?")
}

pub fn file_holds(name: &dyn Display, contents: &dyn Display, exported: &dyn Display) -> String {
    format!("The file holds “{name}”: {contents}{exported}.")
}

pub fn file_part(part: &dyn Display) -> String {
    format!(" It is a part of that workspace: {part}.")
}

pub fn replace_instead(name: &dyn Display, contents: &dyn Display) -> String {
    format!("Replace workspace instead? It replaces your workspace “{name}” ({contents}). ")
}

pub const CURRENT_WORKSPACE_KEPT: &str = "Your current workspace is kept: you can undo right after, \
                 or restore it later from Settings.";
pub const MERGE_INTO_MY_WORKSPACE: &str = "Merge into my workspace";
pub const REPLACE_WORKSPACE: &str = "Replace workspace";
pub const IMPORT: &str = "Import";
pub const OPEN_READ_ONLY: &str = "Open read-only";

// The merge preview table and its column headings.
pub const MERGE_PREVIEW_CAPTION: &str =
    "If you merge, records are matched by id and the newer version of each wins";
pub const IN_THE_FILE: &str = "In the file";
pub const NEW: &str = "New";
pub const NEWER_IN_THE_FILE: &str = "Newer in the file";
pub const UNCHANGED: &str = "Unchanged";
pub const NEWER_IN_YOURS: &str = "Newer in yours";
pub const CHANGED_ON_BOTH_SIDES: &str = "Changed on both sides";
pub const MERGE_NEVER_DELETES: &str = "A merge never deletes: records only you have stay, and a record you deleted \
             comes back as new if the file still has it. Your organisation name and \
             settings stay yours.";
pub const MERGE_CHANGES_NOTHING: &str =
    "Your workspace already has everything in this file: merging would change nothing.";
pub const MERGE_PROBLEMS: &str =
    "Merging with these choices would leave the workspace inconsistent, so it is not offered:";

// The conflicts to settle before a merge.
pub const ONE_CONFLICT_TITLE: &str = "1 record was changed on both sides";

pub fn conflicts_title(count: &dyn Display) -> String {
    format!("{count} records were changed on both sides")
}

pub const CONFLICTS_INTRO: &str = "Choose which version to keep. Until you choose, yours is kept.";
pub const KEEP_MINE_FOR_ALL: &str = "Keep mine for all";
pub const TAKE_THEIRS_FOR_ALL: &str = "Take theirs for all";

pub fn differing_fields(fields: &dyn Display) -> String {
    format!("Different: {fields}")
}

pub fn keep_mine(changed: &dyn Display) -> String {
    format!("Keep mine{changed}")
}

pub fn take_theirs(changed: &dyn Display) -> String {
    format!("Take theirs{changed}")
}

// Joined to the sentences above: what the file or a side says about when.
pub fn exported_suffix(when: &str) -> String {
    format!(", exported {when}")
}
pub fn changed_suffix(when: &str) -> String {
    format!(", changed {when}")
}
// Follows a field's name in the list of differences.
pub fn field_difference(mine: &dyn Display, theirs: &dyn Display) -> String {
    format!(": yours “{mine}”, theirs “{theirs}”")
}

// One conflict's heading: "Key result “Reach 40 paying customers”".
pub fn conflict_legend(kind: &dyn Display, title: &dyn Display) -> String {
    format!("{kind} “{title}”")
}
