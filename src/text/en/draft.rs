//! Text for `draft`.

use std::fmt::Display;

// A lead field.
pub const CHOOSE_LEAD: &str = "Choose who leads this.";

/// Forms add a new name as they save, so this is for drafts checked on
/// their own.
pub fn unknown_lead(name: &dyn Display) -> String {
    format!("No one called “{name}” is in the organisation yet.")
}

// The objective form.
pub const OBJECTIVE_TITLE_REQUIRED: &str = "Give the objective a title.";
pub const NO_HOME_UNIT_FOR_GOAL: &str = "Set up the organisation first: an individual goal belongs \
                         to a person in a unit.";
pub const CHOOSE_UNIT: &str = "Choose the team, department or company that owns it.";
pub const CHOOSE_PERIOD: &str = "Choose a period.";
pub const GOAL_HOLDER_GONE: &str = "The person holding this goal is no longer in the organisation.";

// The key result form.
pub const KEY_RESULT_TITLE_REQUIRED: &str = "Give the key result a title.";
pub const TARGET_EQUALS_START: &str =
    "The target must differ from the start value; otherwise there is nothing to measure.";
pub const PERCENTAGE_OUT_OF_RANGE: &str = "A percentage goes from 0 to 100.";
pub const WEIGHT_NOT_POSITIVE: &str = "The weight must be more than 0.";

// The unit form.
pub const UNIT_NAME_REQUIRED: &str = "Give the unit a name.";

pub fn duplicate_unit_name(name: &dyn Display) -> String {
    format!("There is already a unit called “{name}” here.")
}

// The person form.
pub const PERSON_NAME_REQUIRED: &str = "Enter the person's name.";

pub fn duplicate_person_name(name: &dyn Display) -> String {
    format!("There is already someone called “{name}”; add an initial to tell them apart.")
}

pub const UNKNOWN_UNIT: &str = "That unit does not exist.";

// The period form.
pub const PERIOD_NAME_REQUIRED: &str = "Name the period, like “2027 H1”.";

pub fn duplicate_period_name(name: &dyn Display) -> String {
    format!("There is already a period called “{name}”.")
}

pub const DATE_REQUIRED: &str = "Choose a date.";

pub fn invalid_date(text: &dyn Display) -> String {
    format!("“{text}” is not a date; use YYYY-MM-DD.")
}

pub const END_BEFORE_START: &str = "The period must end on or after its first day.";

// A key result's kind in a sentence: "measured as a metric".
pub const A_METRIC: &str = "a metric";
pub const A_PERCENTAGE: &str = "a percentage";
pub const A_MILESTONE: &str = "a milestone";
