//! Text for `check_in`.

use std::fmt::Display;

pub const PERCENTAGE_OUT_OF_RANGE: &str = "A percentage is between 0 and 100.";
pub const CHOOSE_STATUS: &str = "Choose on track, at risk or needs help.";
pub const DATE_IN_FUTURE: &str = "A check-in cannot be dated in the future.";

pub fn period_closed(period: &dyn Display) -> String {
    format!("{period} is closed. Reopen it to add or change check-ins.")
}

pub fn date_outside_period(period: &dyn Display, dates: &str) -> String {
    format!("Pick a day in {period} ({dates}).")
}
