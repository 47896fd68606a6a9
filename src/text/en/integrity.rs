//! Text for `integrity`.

use std::fmt::Display;

pub fn duplicate_id(id: &dyn Display) -> String {
    format!("the id \"{id}\" is used twice")
}

/// `what`: one of the kinds below.
pub fn missing_reference(what: &dyn Display, id: &dyn Display) -> String {
    format!("refers to {what} that does not exist (\"{id}\")")
}
pub const A_PERSON: &str = "a person";
pub const A_UNIT: &str = "a unit";
pub const A_PERIOD: &str = "a period";
pub const AN_OBJECTIVE: &str = "an objective";
pub const A_KEY_RESULT: &str = "a key result";

pub const MUST_NOT_BE_EMPTY: &str = "must not be empty";
pub const NOT_FINITE: &str = "must be a finite number";
pub const SECOND_COMPANY: &str = "there can be only one company";
pub const MISSING_PARENT_UNIT: &str = "only the company has no parent unit";

pub fn wrong_parent_kind(kind: &dyn Display, parent_kind: &dyn Display) -> String {
    format!("a {kind} cannot sit under a {parent_kind}")
}

pub const ENDS_BEFORE_START: &str = "ends before it starts";
pub const ALIGNMENT_CYCLE: &str = "alignment goes round in a circle";
pub const TARGET_EQUALS_START: &str = "must differ from the start value";
pub const WEIGHT_NOT_POSITIVE: &str = "must be a number above 0";
pub const SCORE_OUT_OF_RANGE: &str = "must be between 0 and 1";
pub const PERCENTAGE_OUT_OF_RANGE: &str = "a percentage is between 0 and 100";
pub const MILESTONE_NEEDS_DONE: &str =
    "the key result is a milestone, so a check-in says done or not done";
pub const NUMBER_NEEDS_VALUE: &str =
    "the key result is measured in numbers, so a check-in needs a value";
pub const LIMITS_REVERSED: &str = "the upper limit must be above the lower one";
pub const NEGATIVE_MARGIN: &str = "must be a number of 0 or more";
pub const NOT_A_WEB_LINK: &str = "must be a web address starting with https:// or http://";
