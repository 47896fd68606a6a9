//! Labels and messages used on more than one screen.

use std::fmt::Display;

// Page names and navigation.
pub const OVERVIEW: &str = "Overview";
pub const TEAMS: &str = "Teams";
pub const CHECK_INS: &str = "Check-ins";
pub const PERIOD_SUMMARY: &str = "Period summary";
pub const MY_GOALS: &str = "My goals";
pub const MY_WORK: &str = "My work";
pub const SETTINGS: &str = "Settings";
pub const PAGE_NOT_FOUND: &str = "Page not found";
pub const UNIT: &str = "Unit";
pub const PERSON: &str = "Person";
pub const OBJECTIVE: &str = "Objective";
pub const KEY_RESULT: &str = "Key result";
pub const BREADCRUMB: &str = "Breadcrumb";
pub const PRINT_VIEW: &str = "Print view";

// Buttons.
pub const DISMISS: &str = "Dismiss";
pub const CANCEL: &str = "Cancel";
/// The menu of actions kept out of the way (archive, delete).
pub const MORE: &str = "More";
pub const SAVE: &str = "Save";
pub const UNDO: &str = "Undo";
pub const EDIT: &str = "Edit";
pub const DELETE: &str = "Delete";
pub const ARCHIVE: &str = "Archive";
pub const RESTORE: &str = "Restore";
pub const CHECK_IN: &str = "Check in";
pub const SAVE_CHECK_IN: &str = "Save check-in";
pub const EXPORT_WORKSPACE: &str = "Export workspace";
pub const NEW_OBJECTIVE: &str = "New objective";
pub const FIRST_COMPANY_OBJECTIVE: &str = "Add your first company objective";
pub const NEW_INDIVIDUAL_OBJECTIVE: &str = "New individual objective";
pub const ADD_KEY_RESULT: &str = "Add key result";
pub const ADD_KPI: &str = "Add KPI";
pub const ADD_INITIATIVE: &str = "Add initiative";
pub const ADD_PERSON: &str = "Add person";
pub const NEW_1_1_NOTE: &str = "New 1:1 note";

// Headings, field labels and tags.
pub const OBJECTIVES: &str = "Objectives";
pub const KEY_RESULTS_HEADING: &str = "Key results";
pub const KPIS: &str = "KPIs";
pub const INITIATIVES: &str = "Initiatives";
pub const DEPENDENCIES: &str = "Dependencies";
pub const PEOPLE: &str = "People";
pub const PERIODS: &str = "Periods";
pub const ORGANISATION: &str = "Organisation";
pub const ORGANISATION_NAME: &str = "Organisation name";
pub const PROGRESS: &str = "Progress";
pub const STATUS: &str = "Status";
pub const STEPS: &str = "Steps";
pub const TITLE: &str = "Title";
pub const GOAL: &str = "Goal";
pub const NAME: &str = "Name";
pub const LEAD: &str = "Lead";
pub const LEAD_OPTIONAL: &str = "Lead (optional)";
pub const UNIT_OPTIONAL: &str = "Unit (optional)";
pub const NOTE_OPTIONAL: &str = "Note (optional)";
pub const HOME_UNIT: &str = "Home unit";
pub const PERIOD: &str = "Period";
pub const DATE: &str = "Date";
pub const VALUE: &str = "Value";
pub const ALL_UNITS: &str = "All units";
pub const INDIVIDUAL: &str = "Individual";
pub const NO_LEAD: &str = "No lead";
pub const ARCHIVED_SUFFIX: &str = " · Archived";
pub const ROLLED_OVER_FROM: &str = "Rolled over from ";
pub const IDEAL_PACE: &str = "Ideal pace";
pub const CHANGED_IN_ANOTHER_TAB: &str = "Changed in another tab";

// How a key result is measured.
pub const METRIC: &str = "Metric";
pub const PERCENTAGE: &str = "Percentage";
pub const MILESTONE: &str = "Milestone";
pub const DONE: &str = "Done";
pub const NOT_DONE: &str = "Not done";

// Key result status.
pub const ON_TRACK: &str = "On track";
pub const AT_RISK: &str = "At risk";
pub const NEEDS_HELP: &str = "Needs help";
pub const NOT_CHECKED_IN: &str = "Not checked in";

// Commit or stretch.
pub const COMMIT: &str = "Commit";
pub const STRETCH: &str = "Stretch";
pub fn commit_explained(full: &str) -> String {
    format!("Commit ({full} expected)")
}
pub fn stretch_explained(success: &str) -> String {
    format!("Stretch (~{success} is success)")
}

// Nouns inside sentences and counts, as in 3 key results.

// Messages.
pub const NO_OBJECTIVES_IN_PERIOD: &str = "No objectives in this period.";
pub const PERIOD_NO_LONGER_EXISTS: &str = "That period no longer exists.";
pub const OBJECTIVE_OR_KEY_RESULT_MISSING: &str = "That objective or key result does not exist.";
pub const INVALID_DATE: &str = "Enter a date like 2026-11-23.";
pub const NO_BROWSER_WINDOW: &str = "there is no browser window";

// A value and the day it was recorded.
/// A note set off after what it is about: " — the person's words".
pub fn aside(note: &dyn Display) -> String {
    format!(" — {note}")
}

/// Something more after a value, set off: " · 12 KB".
pub fn then(more: &dyn Display) -> String {
    format!(" · {more}")
}

/// A value after its label: "Milestone: Done".
pub fn labelled(label: &dyn Display, value: &dyn Display) -> String {
    format!("{label}: {value}")
}

/// Titles in quotes, as a list: "“Grow revenue”, “Hire well”".
pub fn quoted_titles(titles: &[&str]) -> String {
    titles
        .iter()
        .map(|t| format!("“{t}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A record's title with the period it belongs to: "Grow revenue (Q3 2026)".
pub fn title_in_period(title: &dyn Display, period: &dyn Display) -> String {
    format!("{title} ({period})")
}

pub fn value_on(value: &dyn Display, day: &str) -> String {
    format!("{value} on {day}")
}

// Two counted things together: "2 objectives and 1 key result".
pub fn both(first: &dyn Display, second: &dyn Display) -> String {
    format!("{first} and {second}")
}

// Follows a score the grader has not confirmed yet.
pub const SUGGESTED_SUFFIX: &str = " (suggested)";

// A label used inside a sentence ("a team", "on track"): English lowercases
// it; a language that capitalises nouns would return it as it is.
pub fn in_sentence(label: &str) -> String {
    label.to_lowercase()
}

// An action button's accessible name: the action, then what it acts on.
pub fn action_on(action: &dyn Display, target: &dyn Display) -> String {
    format!("{action} {target}")
}
pub const CLOSE: &str = "Close";
