//! Text for `org_unit`.

use std::fmt::Display;

// Unit kinds.
pub const COMPANY: &str = "Company";
pub const DEPARTMENT: &str = "Department";
pub const TEAM: &str = "Team";

// Why a unit cannot go where it was put.
pub fn second_company(existing: &dyn Display) -> String {
    format!("There is already a company, “{existing}”; add departments and teams under it.")
}

pub const COMPANY_HAS_NO_PARENT: &str = "The company sits at the top; it has no parent unit.";
pub const DEPARTMENT_PARENT: &str = "A department sits under the company.";
pub const TEAM_PARENT: &str = "A team sits under a department or directly under the company.";
pub const PARENT_MISSING: &str = "That parent unit does not exist.";
pub const PARENT_ARCHIVED: &str = "That parent unit is archived; restore it first.";
pub const PARENT_CYCLE: &str = "A unit cannot sit under itself or one of its own sub-units.";
