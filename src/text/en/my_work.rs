//! Text for `my_work`: the home of the person marked "This is me".

use std::fmt::Display;

pub fn who_and_when(name: &dyn Display, period: &dyn Display) -> String {
    format!("{name} · {period}")
}

// Before "This is me" is set.
pub const WHO_ARE_YOU: &str = "Who are you?";
pub const WHO_ARE_YOU_BODY: &str = "My work gathers what you lead and contribute to, \
     and what is due from you. Choose yourself below; this browser remembers it.";
pub const NOBODY_YET: &str =
    "There is no one in the organisation yet. Add the people who set OKRs under Teams or Settings.";

// What is due.
pub const NOTHING_OF_YOURS_DUE: &str =
    "Nothing of yours is due: every key result you lead has a recent check-in.";

// What the reader leads and contributes to.
pub const YOUR_WORK: crate::text::WorkWords = crate::text::WorkWords {
    heading: "What you lead and contribute to",
    leads: "Objectives you lead",
    key_results: "Key results you lead",
    contributes: "You contribute to",
    nothing: "Nothing in this period is yours yet: the objectives and key results \
              you lead or contribute to will show here.",
    no_period: "Choose a period to see your work.",
};

// What others reported since the last visit.
pub fn since_last_visit(day: &str) -> String {
    format!("Since your last visit on {day}")
}
pub const SINCE_LAST_VISIT_INTRO: &str = "Check-ins others made on what you lead or contribute to.";
pub const NOTHING_NEW: &str = "Nothing new from others since then.";

pub fn checked_in(who: &dyn Display) -> String {
    format!("{who} checked in on")
}
pub const SOMEONE: &str = "Someone";

pub fn more_news(count: &dyn Display) -> String {
    format!("and {count} more, on the pages of the key results")
}
