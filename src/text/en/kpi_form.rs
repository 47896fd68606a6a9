//! Text for `kpi_form`.

use std::fmt::Display;

// The KPI form.
pub const EDIT_KPI: &str = "Edit KPI";
pub const NEW_KPI: &str = "New KPI";
pub const INTRO: &str = "A health metric to keep in range, apart from the OKRs: OKRs aim for change, KPIs make sure what works keeps working.";
pub const HEALTHY_WHEN: &str = "Healthy when";
pub const RANGE_AT_LEAST: &str = "At least a value (e.g. uptime)";
pub const RANGE_AT_MOST: &str = "At most a value (e.g. open tickets)";
pub const RANGE_BETWEEN: &str = "Between two values";
pub const LOWEST_HEALTHY_VALUE: &str = "Lowest healthy value";
pub const HIGHEST_HEALTHY_VALUE: &str = "Highest healthy value";
pub const WARNING_MARGIN: &str = "Warning margin";
pub const WARNING_MARGIN_HINT: &str = "How far outside the healthy range is still only a warning, in the KPI's unit (e.g. 0.4 below 99.9 % uptime). Needed for a single threshold; for a range, empty means a tenth of its width.";
pub const SAVE_KPI: &str = "Save KPI";

// The form for a KPI's value.
pub fn update_value_title(name: &dyn Display) -> String {
    format!("Update “{name}”")
}

pub fn correct_value_title(name: &dyn Display) -> String {
    format!("Correct a value of “{name}”")
}

pub fn value_label(unit: &dyn Display) -> String {
    format!("Value ({unit})")
}

pub const SAVE_VALUE: &str = "Save value";

pub const UNIT_PLACEHOLDER: &str = "%, €, tickets";
