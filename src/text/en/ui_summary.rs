//! Text for `ui_summary`.

use std::fmt::Display;

pub const COMPANY_OBJECTIVE: &str = "Company objective";

pub fn ladders_up_to(parent: &dyn Display) -> String {
    format!("Ladders up to “{parent}”")
}

pub fn not_aligned(reason: &dyn Display) -> String {
    format!("Not aligned: {reason}")
}

pub const UNKNOWN_UNIT: &str = "(unknown unit)";
