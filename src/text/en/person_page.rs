//! Text for `person_page`.

use std::fmt::Display;

// When individual goals are turned off.
pub const INDIVIDUAL_GOALS_OFF: &str = "Individual goals are off";
/// "OKRs here are set by teams. Individual goals can be turned on in
/// {Settings → Features}."
pub const INDIVIDUAL_GOALS_OFF_BODY: crate::text::Around = crate::text::Around {
    before: "OKRs here are set by teams. Individual goals can be turned on in ",
    after: ".",
};
pub const SETTINGS_FEATURES_LINK: &str = "Settings → Features";

pub fn hidden_goals(goals: &dyn Display) -> String {
    format!("{goals} kept while the feature is off; turning it on shows them again.")
}

// The individual OKRs section.
pub fn individual_okrs_heading(period: &dyn Display) -> String {
    format!("Individual OKRs · {period}")
}

pub const INDIVIDUAL_OKRS_ADVICE: &str = "Keep them few and measurable, and align them to a team objective where you can. \
                 Scores are for learning, never for pay or ratings.";
pub const NO_INDIVIDUAL_OBJECTIVES: &str = "No individual objectives in this period.";

// What the person leads and contributes to.
pub const THEIR_WORK: crate::text::WorkWords = crate::text::WorkWords {
    heading: "Leads and contributes to, this period",
    leads: "Objectives they lead",
    key_results: "Key results they lead",
    contributes: "Contributes to",
    nothing: "Nothing in this period yet: they lead or contribute to no objective or key result.",
    no_period: "Choose a period to see what they lead.",
};
