//! Text for `personal_goal`.

use std::fmt::Display;

// Themes.
pub const GROWTH: &str = "Growth";
pub const WELLBEING: &str = "Wellbeing";
pub const PRODUCTIVITY: &str = "Productivity";
pub const ENGAGEMENT: &str = "Engagement";
pub const OTHER: &str = "Other";

// Progress of a goal with steps.
pub fn steps_done(done: &dyn Display, total: &dyn Display) -> String {
    format!("{done} of {total} steps done")
}

// Checking the goal form.
pub const TITLE_REQUIRED: &str = "Give the goal a title.";
pub const TARGET_DATE_INVALID: &str = "Enter a date like 2027-03-31, or leave it empty.";
pub const TARGET_EQUALS_START: &str = "The target equals the start, so there is nothing to move. \
                             Set where you want to get to.";
pub const STEPS_REQUIRED: &str = "Write at least one step, one per line.";

// Checking a check-in.
pub const DATE_INVALID: &str = "Enter a date like 2026-11-26.";
pub const DATE_IN_FUTURE: &str = "That date is in the future; check in on what has happened.";
pub const NOTE_REQUIRED: &str = "Write how it is going.";

// Where a goal with a target stands.
pub fn progress(current: &dyn Display, start: &dyn Display, target: &dyn Display) -> String {
    format!("{current} (from {start} to {target})")
}
pub fn progress_in(
    current: &dyn Display,
    start: &dyn Display,
    target: &dyn Display,
    unit: &dyn Display,
) -> String {
    format!("{current} (from {start} to {target} {unit})")
}
