//! Text for `kpi`.

use std::fmt::Display;

// Healthy ranges and health.
pub fn at_least(min: &dyn Display) -> String {
    format!("at least {min}")
}

pub fn at_most(max: &dyn Display) -> String {
    format!("at most {max}")
}

pub const HEALTHY: &str = "Healthy";
pub const WARNING: &str = "Warning";
pub const UNHEALTHY: &str = "Unhealthy";

// Errors in a KPI or one of its values.
pub const NAME_MISSING: &str = "Name the health metric, e.g. “Uptime” or “Support backlog”.";
pub const MAX_NOT_ABOVE_MIN: &str = "The upper limit must be above the lower one.";
pub const MARGIN_MISSING: &str = "Say how far past the threshold is still only a warning, e.g. 0.4 for 99.9 % uptime; 0 for none.";
pub const MARGIN_NEGATIVE: &str = "The margin is a distance: 0 or more.";
pub const VALUE_IN_FUTURE: &str = "A value cannot be dated in the future.";

pub fn between(min: &dyn Display, max: &dyn Display) -> String {
    format!("between {min} and {max}")
}
