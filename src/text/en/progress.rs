//! Text for `progress`.

use std::fmt::Display;

pub const NO_MEASURABLE_KEY_RESULTS_YET: &str = "No measurable key results yet";

pub fn progress_with_pace(progress: &dyn Display, pace: &dyn Display) -> String {
    format!("{progress}; pace says {pace} by today")
}

pub fn pace_marker(pace: &dyn Display) -> String {
    format!("Pace: {pace} by today")
}

pub const NOT_MEASURED: &str = "Not measured";
