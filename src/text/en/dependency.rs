//! Text for `dependency`.

pub const SAME_UNIT: &str =
    "Dependencies link different units; within a unit, plan it as an initiative.";
pub const DUPLICATE: &str = "That dependency is already recorded.";
