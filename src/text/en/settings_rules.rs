//! Text for `settings_rules`.

pub const WEEKLY: &str = "Weekly";
pub const EVERY_TWO_WEEKS: &str = "Every two weeks";
pub const EVERY_FOUR_WEEKS: &str = "Every four weeks";
