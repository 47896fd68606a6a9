//! People who lead and contribute to objectives.

use super::{PersonId, Revision, UnitId};
use serde::{Deserialize, Serialize};

/// Someone in the organisation. A record for attribution, not an account.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The unit the person belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<UnitId>,
    /// Which browsers changed the record, and when last: how merging tells
    /// a newer version from a concurrent one.
    #[serde(default, skip_serializing_if = "Revision::is_new")]
    pub rev: Revision,
}
