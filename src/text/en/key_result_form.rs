//! Text for `key_result_form`.

use std::fmt::Display;

pub const EDIT_KEY_RESULT: &str = "Edit key result";
pub const NEW_KEY_RESULT: &str = "New key result";
pub const ADD_AND_START_ANOTHER: &str = "Add and start another";
pub fn added_next(title: &dyn Display) -> String {
    format!("Added “{title}”. The next key result:")
}
pub const TITLE_HINT: &str =
    "A measurable outcome, e.g. “Increase qualified leads from 0 to 1,000”.";
pub const SAVE_KEY_RESULT: &str = "Save key result";

// The kind of measure.
pub const MEASURED_AS: &str = "Measured as";
pub const METRIC_HINT: &str = "a number from a start to a target";
pub const MILESTONE_HINT: &str = "done or not done";

pub fn kind_fixed(kind: &dyn Display) -> String {
    format!("Measured as {kind}: fixed, because its check-ins were recorded that way.")
}

// The values of a metric or percentage.
pub const START_VALUE: &str = "Start value";
pub const START_VALUE_HINT: &str = "At the start of the period.";
pub const TARGET_VALUE: &str = "Target value";
pub const TARGET_VALUE_HINT: &str = "By the end of the period.";
pub const CURRENT_VALUE: &str = "Current value";
pub const CURRENT_VALUE_HINT: &str = "Empty means the start value.";
pub const CURRENT_FROM_CHECK_INS: &str = "The current value comes from the latest check-in.";

// Commitment and weight.
pub const COMMITMENT: &str = "Commitment";
pub fn commit_hint(full: &str) -> String {
    format!("expected to be met in full ({full})")
}
pub fn stretch_hint(success: &str) -> String {
    format!("aspirational: around {success} is success")
}
pub const WEIGHT: &str = "Weight";
pub const WEIGHT_HINT: &str = "Relative weight in the objective's progress; 1 for equal weights.";

pub const PERCENTAGE_HINT: &str = "0 to 100%";
pub const UNIT_PLACEHOLDER: &str = "€, leads, %";
