//! Text for `chart`.

use std::fmt::Display;

// The line chart.
pub const TARGET: &str = "Target";
pub const TODAY: &str = "Today";
pub const VALUES: &str = "Values";
pub const HEALTHY_RANGE: &str = "Healthy range";

// The button that shows a chart's data as a table.
pub const HIDE_TABLE: &str = "Hide table";
pub const SHOW_AS_TABLE: &str = "Show as table";

// The key-result status bars, one row per unit.
pub const STATUS_BARS_TITLE: &str = "Key-result status per unit";

pub fn unit_status_counts(
    unit: &dyn Display,
    on_track: &dyn Display,
    at_risk: &dyn Display,
    off_track: &dyn Display,
    not_checked_in: &dyn Display,
) -> String {
    format!(
        "{unit}: {on_track} on track, {at_risk} at risk, {off_track} need help, {not_checked_in} not checked in"
    )
}

pub const LEGEND_ON_TRACK: &str = "✓ On track";
pub const LEGEND_AT_RISK: &str = "! At risk";
pub const LEGEND_NEEDS_HELP: &str = "✕ Needs help";
pub const LEGEND_NOT_CHECKED_IN: &str = "○ Not checked in";
