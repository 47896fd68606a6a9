//! Preferences of the person using this browser.

use super::PersonId;
use serde::{Deserialize, Serialize};

#[derive(Clone, PartialEq, Debug, Default, Serialize, Deserialize)]
pub struct Settings {
    /// "This is me": a default for authorship, not an identity or a permission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub me: Option<PersonId>,
}
