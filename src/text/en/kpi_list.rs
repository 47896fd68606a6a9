//! Text for `kpi_list`.

use std::fmt::Display;

// The list of KPIs.
pub const INDIVIDUAL_KPIS: &str = "Individual KPIs";
pub const INDIVIDUAL_KPIS_INTRO: &str =
    "Metrics this person keeps in range, such as a sales quota. They are not OKRs.";
pub const UNIT_KPIS_INTRO: &str = "Health metrics this unit keeps in range. They are not OKRs: they say whether what works still works.";
pub const NO_KPIS_YET: &str = "No KPIs yet.";

pub fn archived_kpis(count: &dyn Display) -> String {
    format!("Archived KPIs ({count})")
}

pub fn restore_kpi(name: &dyn Display) -> String {
    format!("Restore KPI “{name}”")
}

pub const KPI_RESTORED: &str = "KPI restored.";

// A KPI's health badge.

pub const NO_VALUE_YET: &str = "No value yet";

// One KPI's panel.

pub const NO_VALUE_RECORDED_YET: &str = "No value recorded yet";

pub fn healthy_when(range: &dyn Display) -> String {
    format!("Healthy when {range}")
}

pub fn update_value_label(name: &dyn Display) -> String {
    format!("Update value of “{name}”")
}

pub const UPDATE_VALUE: &str = "Update value";

pub fn edit_kpi(name: &dyn Display) -> String {
    format!("Edit KPI “{name}”")
}

pub fn archive_kpi(name: &dyn Display) -> String {
    format!("Archive KPI “{name}”")
}

pub const KPI_ARCHIVED: &str = "KPI archived; its history is kept under “Archived KPIs”.";

pub fn delete_kpi(name: &dyn Display) -> String {
    format!("Delete KPI “{name}”")
}

pub const KPI_DELETED: &str = "KPI deleted.";

// Its chart and the table of its values.
pub fn chart_title(name: &dyn Display) -> String {
    format!("{name} over time")
}

pub fn chart_description(range: &dyn Display, values: &dyn Display) -> String {
    format!("Healthy when {range}. Values: {values}.")
}

pub const HEALTH_COLUMN: &str = "Health";

// Its history of values.
pub fn all_values(count: &dyn Display) -> String {
    format!("All values ({count})")
}

pub fn correct_value_label(value: &dyn Display, name: &dyn Display, date: &str) -> String {
    format!("Correct {value} of “{name}” on {date}")
}

pub const CORRECT: &str = "Correct";

pub fn delete_value_label(value: &dyn Display, name: &dyn Display, date: &str) -> String {
    format!("Delete {value} of “{name}” on {date}")
}

pub const VALUE_DELETED: &str = "Value deleted.";

pub fn chart_point(value: &dyn Display, day: &str, health: &dyn Display) -> String {
    format!("{value} on {day} ({health})")
}
pub fn history_entry(value: &dyn Display, day: &str, health: &dyn Display) -> String {
    format!("{value} on {day} · {health}")
}
pub fn panel_label(kpi: &dyn Display) -> String {
    format!("KPI {kpi}")
}
