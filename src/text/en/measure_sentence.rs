//! Text for `measure_sentence`: a key result's measure as a sentence.
//!
//! The numbers come formatted, with their symbol when the unit is one
//! (`UnitWords::OnNumbers`); a counted noun or a label is passed apart, so
//! the sentence places it once.

use crate::text::{Movement, UnitWords};
use std::fmt::Display;

pub const NOT_DONE_YET: &str = "Not done yet";

/// How the current value compares with the start: ", up from 32".
fn since(start: &dyn Display, movement: Movement) -> String {
    match movement {
        Movement::Up => format!(", up from {start}"),
        Movement::Down => format!(", down from {start}"),
        Movement::Unchanged => ", unchanged since the start".to_owned(),
    }
}

/// A measure to raise: "1 of 3 partners", "10% of 25%", "NPS 41, up from
/// 32 (target 45)", "9,000 of 12,000 strings, up from 2,000". `start` is
/// `None` where "of" says it all (counting up from zero).
pub fn increase(
    current: &dyn Display,
    target: &dyn Display,
    start: Option<(&dyn Display, Movement)>,
    unit: UnitWords,
) -> String {
    let since = start.map_or_else(String::new, |(start, movement)| since(start, movement));
    match unit {
        UnitWords::OnNumbers => format!("{current} of {target}{since}"),
        UnitWords::Counted(noun) => format!("{current} of {target} {noun}{since}"),
        UnitWords::Label(label) => format!("{label} {current}{since} (target {target})"),
    }
}

/// A measure to bring down: "€155, down from €180 towards €120", "12 days,
/// down from 14 towards 7"; one that has not come down yet names its
/// target apart: "€200, up from €180 (target €120)".
pub fn decrease(
    current: &dyn Display,
    start: &dyn Display,
    target: &dyn Display,
    movement: Movement,
    unit: UnitWords,
) -> String {
    let current = match unit {
        UnitWords::OnNumbers => current.to_string(),
        UnitWords::Counted(noun) => format!("{current} {noun}"),
        UnitWords::Label(label) => format!("{label} {current}"),
    };
    match movement {
        Movement::Down => format!("{current}, down from {start} towards {target}"),
        Movement::Up | Movement::Unchanged => {
            format!("{current}{} (target {target})", since(start, movement))
        }
    }
}
