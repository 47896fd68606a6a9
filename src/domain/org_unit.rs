//! The organisation: one company at the root, departments under it, teams under
//! departments (or directly under the company).

use super::{PersonId, Revision, UnitId, Workspace};
use crate::text;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The level a unit sits at in the cascade.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Company,
    Department,
    Team,
}

impl UnitKind {
    /// 0 for the company, 1 for departments, 2 for teams: objectives ladder up to lower numbers.
    pub fn level(self) -> u8 {
        match self {
            UnitKind::Company => 0,
            UnitKind::Department => 1,
            UnitKind::Team => 2,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            UnitKind::Company => text::org_unit::COMPANY,
            UnitKind::Department => text::org_unit::DEPARTMENT,
            UnitKind::Team => text::org_unit::TEAM,
        }
    }

    /// The kinds of unit this kind may sit under.
    pub fn allowed_parents(self) -> &'static [UnitKind] {
        match self {
            UnitKind::Company => &[],
            UnitKind::Department => &[UnitKind::Company],
            UnitKind::Team => &[UnitKind::Department, UnitKind::Company],
        }
    }
}

/// A company, department or team that owns objectives.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct OrgUnit {
    pub id: UnitId,
    pub name: String,
    pub kind: UnitKind,
    /// `None` only for the company at the root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<UnitId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<PersonId>,
    /// Archived units stay readable with their OKRs; they are never deleted silently.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub archived: bool,
    /// Coach findings about this record that someone set aside, with why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed: Vec<super::coach::Dismissal>,
    /// Which browsers changed the record, and when last: how merging tells
    /// a newer version from a concurrent one.
    #[serde(default, skip_serializing_if = "Revision::is_new")]
    pub rev: Revision,
}

/// Why a unit cannot sit where it was put.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum PlacementError {
    SecondCompany { existing: String },
    CompanyHasParent,
    NeedsParent(UnitKind),
    WrongParent(UnitKind),
    ParentMissing,
    ParentArchived,
    UnderItself,
}

impl fmt::Display for PlacementError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlacementError::SecondCompany { existing } => {
                f.write_str(&text::org_unit::second_company(&existing))
            }
            PlacementError::CompanyHasParent => f.write_str(text::org_unit::COMPANY_HAS_NO_PARENT),
            PlacementError::NeedsParent(kind) | PlacementError::WrongParent(kind) => {
                f.write_str(match kind {
                    UnitKind::Department => text::org_unit::DEPARTMENT_PARENT,
                    _ => text::org_unit::TEAM_PARENT,
                })
            }
            PlacementError::ParentMissing => f.write_str(text::org_unit::PARENT_MISSING),
            PlacementError::ParentArchived => f.write_str(text::org_unit::PARENT_ARCHIVED),
            PlacementError::UnderItself => f.write_str(text::org_unit::PARENT_CYCLE),
        }
    }
}

impl Workspace {
    /// Every unit, the organisation chart read top-down: each unit followed by
    /// the units under it. Units whose parent is missing come after, so none
    /// is ever left out; a loop in bad data is visited once.
    pub fn units_in_chart_order(&self) -> Vec<&OrgUnit> {
        let mut order: Vec<&OrgUnit> = Vec::with_capacity(self.units.len());
        let mut seen = std::collections::HashSet::with_capacity(self.units.len());
        let roots = self
            .units
            .iter()
            .filter(|u| u.parent.as_ref().is_none_or(|p| self.unit(p).is_none()));
        let mut stack: Vec<&OrgUnit> = roots.rev().collect();
        while let Some(unit) = stack.pop() {
            if !seen.insert(&unit.id) {
                continue;
            }
            order.push(unit);
            let children: Vec<&OrgUnit> = self.sub_units(&unit.id).collect();
            stack.extend(children.into_iter().rev());
        }
        order.extend(self.units.iter().filter(|u| !seen.contains(&u.id)));
        order
    }

    /// The chain from the root down to `id`, inclusive. Stops early at a missing
    /// parent or a loop, so it is safe on any data.
    pub fn unit_path(&self, id: &UnitId) -> Vec<&OrgUnit> {
        let mut path: Vec<&OrgUnit> = Vec::new();
        let mut next = self.unit(id);
        while let Some(unit) = next {
            if path.iter().any(|u| u.id == unit.id) {
                break;
            }
            path.push(unit);
            next = unit.parent.as_ref().and_then(|p| self.unit(p));
        }
        path.reverse();
        path
    }

    /// True when `unit` is `ancestor` or sits anywhere below it.
    pub fn is_within(&self, unit: &UnitId, ancestor: &UnitId) -> bool {
        self.unit_path(unit).iter().any(|u| &u.id == ancestor)
    }

    /// Checks that a unit of `kind` may sit under `parent`. `moving` is the unit
    /// being moved, if it already exists, so it cannot go under itself.
    pub fn check_placement(
        &self,
        kind: UnitKind,
        parent: Option<&UnitId>,
        moving: Option<&UnitId>,
    ) -> Result<(), PlacementError> {
        let Some(parent_id) = parent else {
            return match (kind, self.company()) {
                (UnitKind::Company, Some(existing)) if Some(&existing.id) != moving => {
                    Err(PlacementError::SecondCompany {
                        existing: existing.name.clone(),
                    })
                }
                (UnitKind::Company, _) => Ok(()),
                (kind, _) => Err(PlacementError::NeedsParent(kind)),
            };
        };
        if kind == UnitKind::Company {
            return Err(PlacementError::CompanyHasParent);
        }
        let parent = self.unit(parent_id).ok_or(PlacementError::ParentMissing)?;
        if moving.is_some_and(|m| self.is_within(parent_id, m)) {
            return Err(PlacementError::UnderItself);
        }
        if !kind.allowed_parents().contains(&parent.kind) {
            return Err(PlacementError::WrongParent(kind));
        }
        if parent.archived {
            return Err(PlacementError::ParentArchived);
        }
        Ok(())
    }
}
