//! Text for `check_ins_page`.

use std::fmt::Display;

// The page heading.
pub fn due_rhythm(period: &dyn Display, rhythm: &dyn Display) -> String {
    format!("{period} · check-ins are due {rhythm}")
}
/// A cadence `CADENCES` does not name, in `due_rhythm`; named ones read as
/// their label in a sentence.
pub fn every_days(days: u32) -> String {
    format!("every {days} days")
}

pub const CHANGE_RHYTHM: &str = "Change the rhythm";

// The key results due for a check-in.
pub fn due_for_check_in(count: &dyn Display) -> String {
    format!("Due for check-in ({count})")
}

pub const PERIOD_NOT_UNDER_WAY: &str = "Check-ins are due only while a period is under way. Switch to the current period to see what is due.";
pub const NOTHING_DUE: &str = "Nothing is due: every key result has a recent check-in.";
pub const YOURS: &str = "Yours";

pub fn unit_and_lead(unit: &dyn Display, lead: &dyn Display) -> String {
    format!(" · {unit} · Lead: {lead}")
}

/// On "My work", where every row is the reader's own.
pub fn in_unit(unit: &dyn Display) -> String {
    format!(" · {unit}")
}

pub fn last_check_in(date: &str, ago: &dyn Display) -> String {
    format!("Last check-in {date} ({ago} days ago)")
}

pub const NO_CHECK_IN_THIS_PERIOD: &str = "No check-in yet this period";

pub fn check_in_on(title: &dyn Display) -> String {
    format!("Check in on “{title}”")
}

// The dashboard.
pub const DASHBOARD: &str = "Dashboard";

pub fn dashboard_intro(key_results: &dyn Display) -> String {
    format!("{key_results} in this period, by the status chosen at their latest check-in.")
}

pub const NO_KEY_RESULTS_YET: &str = "No key results in this period yet.";
