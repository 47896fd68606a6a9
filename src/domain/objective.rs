//! Objectives: what a unit wants to achieve in a period.

use super::{ObjectiveId, PeriodId, PersonId, UnitId, WorkRef};
use serde::{Deserialize, Serialize};

/// A qualitative, time-bound goal owned by one unit and led by one person.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Objective {
    pub id: ObjectiveId,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub unit: UnitId,
    pub period: PeriodId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<PersonId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributors: Vec<PersonId>,
    /// The higher-level objective this one ladders up to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<ObjectiveId>,
    /// Work in other units this objective waits on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<WorkRef>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub archived: bool,
}
