//! Preferences of the person using this browser.

use super::PersonId;
use crate::text;
use serde::{Deserialize, Serialize};

#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Settings {
    /// "This is me": a default for authorship, not an identity or a permission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub me: Option<PersonId>,
    /// Days between check-ins; a key result without one for longer is due.
    #[serde(default = "weekly")]
    pub check_in_every_days: u32,
    /// Whether people may hold individual OKRs and KPIs. Off by default, as
    /// the practice advises: turning it off hides them and deletes nothing.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub individual_goals: bool,
}

/// Weekly check-ins are the rhythm the practice recommends.
fn weekly() -> u32 {
    7
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            me: None,
            check_in_every_days: weekly(),
            individual_goals: false,
        }
    }
}

/// The cadences a person can choose, in days, with their names.
pub const CADENCES: [(u32, &str); 3] = [
    (7, text::settings_rules::WEEKLY),
    (14, text::settings_rules::EVERY_TWO_WEEKS),
    (28, text::settings_rules::EVERY_FOUR_WEEKS),
];
