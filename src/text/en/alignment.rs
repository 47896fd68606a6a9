//! Text for `alignment`.

// Why an objective counts as not aligned.
pub const NO_PARENT: &str = "no higher objective chosen";
pub const PARENT_DELETED: &str = "its parent objective was deleted";
pub const PARENT_ARCHIVED: &str = "its parent objective was archived";
pub const PARENT_IN_OTHER_PERIOD: &str = "its parent objective moved to another period";
pub const PARENT_NOT_HIGHER: &str = "its parent is no longer at a higher level";

// Why a parent objective cannot be chosen.
pub const NO_SUCH_PARENT: &str = "That objective does not exist.";
pub const ARCHIVED_PARENT: &str = "That objective is archived.";
pub const SAME_PERIOD_ONLY: &str = "An objective can only ladder up to one in the same period.";
pub const HIGHER_LEVEL_ONLY: &str = "An objective ladders up to a higher level: a team's to a department's or \
                 the company's, a department's to the company's.";
pub const ALIGNMENT_CYCLE: &str = "That would make the alignment go round in a circle.";
pub const INDIVIDUAL_GOAL_AS_PARENT: &str = "Nothing ladders up to an individual goal; choose a team, department or \
                 company objective.";
