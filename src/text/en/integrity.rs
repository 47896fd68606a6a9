//! Text for `integrity`: what breaks a rule, in a sentence that names the
//! record by its title, for the person who opened the file or asked for the
//! merge (and for whoever they ask for help).

use std::fmt::Display;

// What each kind of record is called inside a sentence.
pub const UNIT: &str = "unit";
pub const PERSON: &str = "person";
pub const PERIOD: &str = "period";
pub const OBJECTIVE: &str = "objective";
pub const KEY_RESULT: &str = "key result";
pub const CHECK_IN: &str = "check-in";
pub const INITIATIVE: &str = "initiative";
pub const KPI: &str = "KPI";

/// A record by its title: "the key result “Win 40 customers”".
pub fn named(noun: &dyn Display, title: &dyn Display) -> String {
    format!("the {noun} “{title}”")
}

/// A record without a title, by its place in its list: "the 3rd unit in the file".
pub fn untitled(noun: &dyn Display, position: usize) -> String {
    format!("the {} {noun} in the file", ordinal(position))
}

/// A check-in, which has no title, by its key result.
pub fn check_in_of(key_result: &dyn Display) -> String {
    format!("a check-in of “{key_result}”")
}

/// A KPI's reading, by its KPI.
pub fn reading_of(kpi: &dyn Display) -> String {
    format!("a reading of the KPI “{kpi}”")
}

/// "1st", "2nd", "3rd", "4th", "11th", "21st".
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

pub fn duplicate_id(record: &dyn Display, id: &dyn Display, other: &dyn Display) -> String {
    super::starting(
        record,
        &format!(" has the id “{id}”, which {other} has too."),
    )
}

/// `what`: one of the kinds below.
pub fn missing_reference(record: &dyn Display, what: &dyn Display, id: &dyn Display) -> String {
    super::starting(
        record,
        &format!(" refers to {what} that is not there (id “{id}”)."),
    )
}
pub const A_PERSON: &str = "a person";
pub const A_UNIT: &str = "a unit";
pub const A_PERIOD: &str = "a period";
pub const AN_OBJECTIVE: &str = "an objective";
pub const A_KEY_RESULT: &str = "a key result";

pub fn me_missing(id: &dyn Display) -> String {
    format!("The settings name as “you” a person who is not there (id “{id}”).")
}
pub fn current_period_missing(id: &dyn Display) -> String {
    format!("The current period is one that is not there (id “{id}”).")
}

/// `field`: one of the field names below.
pub fn blank(record: &dyn Display, field: &dyn Display) -> String {
    super::starting(record, &format!(" has no {field}."))
}
pub const NAME: &str = "name";
pub const TITLE: &str = "title";

/// `field`: one of the field names below.
pub fn not_a_number(record: &dyn Display, field: &dyn Display) -> String {
    super::starting(
        record,
        &format!(" has a {field} that is not a number Ladder can use."),
    )
}
pub const START_VALUE: &str = "start value";
pub const TARGET: &str = "target";
pub const CURRENT_VALUE: &str = "current value";
pub const VALUE: &str = "value";
pub const LOWER_LIMIT: &str = "lower limit";
pub const UPPER_LIMIT: &str = "upper limit";

pub fn second_company(first: &dyn Display, second: &dyn Display) -> String {
    format!(
        "There are two company-level units, “{first}” and “{second}”, and a workspace has one company."
    )
}

pub fn no_parent_unit(record: &dyn Display) -> String {
    super::starting(record, " sits under no other unit; only the company can.")
}

pub fn wrong_parent_kind(
    record: &dyn Display,
    parent: &dyn Display,
    kind: &dyn Display,
    parent_kind: &dyn Display,
) -> String {
    super::starting(
        record,
        &format!(" sits under {parent}, but a {kind} cannot sit under a {parent_kind}."),
    )
}

pub fn ends_before_start(record: &dyn Display) -> String {
    super::starting(record, " ends before it starts.")
}

pub fn alignment_cycle(record: &dyn Display) -> String {
    super::starting(
        record,
        " ladders up to itself, through the objectives above it.",
    )
}

pub fn target_equals_start(record: &dyn Display) -> String {
    super::starting(
        record,
        " has the same start and target, so there is nothing to measure.",
    )
}

pub fn weight_not_positive(record: &dyn Display) -> String {
    super::starting(record, " has a weight of 0 or less; a weight is above 0.")
}

pub fn score_out_of_range(record: &dyn Display) -> String {
    super::starting(record, " has a score outside 0 to 1.")
}

/// `field`: one of the field names above.
pub fn percentage_out_of_range(record: &dyn Display, field: &dyn Display) -> String {
    super::starting(record, &format!(" has a {field} outside 0–100%."))
}

pub fn milestone_needs_done(record: &dyn Display) -> String {
    super::starting(
        record,
        " has a number, but its key result is a milestone: a check-in says done or not done.",
    )
}

pub fn number_needs_value(record: &dyn Display) -> String {
    super::starting(
        record,
        " says done or not done, but its key result is measured in numbers: a check-in needs a value.",
    )
}

pub fn limits_reversed(record: &dyn Display) -> String {
    super::starting(
        record,
        " has an upper limit that is not above its lower limit.",
    )
}

pub fn negative_margin(record: &dyn Display) -> String {
    super::starting(record, " has a warning margin below 0.")
}

pub fn not_a_web_link(record: &dyn Display, link: &dyn Display) -> String {
    super::starting(
        record,
        &format!(
            " links to “{link}”, which is not a web address starting with https:// or http://."
        ),
    )
}
