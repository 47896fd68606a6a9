//! The organisation: one company at the root, departments under it, teams under
//! departments (or directly under the company).

use super::{PersonId, UnitId};
use serde::{Deserialize, Serialize};

/// The level a unit sits at in the cascade.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Company,
    Department,
    Team,
}

/// A company, department or team that owns objectives.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct OrgUnit {
    pub id: UnitId,
    pub name: String,
    pub kind: UnitKind,
    /// `None` only for the company at the root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<UnitId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<PersonId>,
    /// Archived units stay readable with their OKRs; they are never deleted silently.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub archived: bool,
}
