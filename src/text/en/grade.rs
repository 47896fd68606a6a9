//! Text for `grade`.

use std::fmt::Display;

pub fn ungraded_note(ungraded: &dyn Display, total: &dyn Display) -> String {
    format!("{ungraded} of {total} not graded yet: counted with the score their progress suggests.")
}

pub const SCORE_OUT_OF_RANGE: &str = "A score is between 0.0 and 1.0.";

pub fn reason_required(suggested: f64) -> String {
    format!("Say why the score differs from the suggested {suggested:.1}.")
}

pub const LEARNING_REQUIRED: &str = "Say what the experiment taught you.";
