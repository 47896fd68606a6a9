//! Text for `grade`.

use std::fmt::Display;

pub fn ungraded_note(ungraded: &dyn Display, total: &dyn Display) -> String {
    format!("{ungraded} of {total} not graded yet: counted with the score their progress suggests.")
}

pub fn score_out_of_range(zero: &str, full: &str) -> String {
    format!("A score is between {zero} and {full}.")
}

/// A band of scores, as the summary and the retrospective name it.
pub fn band(low: &str, high: &str) -> String {
    format!("{low}–{high}")
}

pub fn reason_required(suggested: &str) -> String {
    format!("Say why the score differs from the suggested {suggested}.")
}

pub const LEARNING_REQUIRED: &str = "Say what the experiment taught you.";
