//! References to an objective or a key result, for dependencies across units.

use super::{KeyResultId, ObjectiveId};
use serde::{Deserialize, Serialize};

/// Something a unit can depend on: another unit's objective or key result.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkRef {
    Objective(ObjectiveId),
    KeyResult(KeyResultId),
}
