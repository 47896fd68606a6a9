//! Dependencies across units: an objective or key result that waits on another
//! unit's objective or key result. Stored on the dependent side, shown on both.

use super::{ObjectiveId, PeriodId, UnitId, WorkRef, Workspace};
use crate::text;
use std::fmt;

/// One "waits on" link.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Dependency {
    /// The objective or key result that waits.
    pub from: WorkRef,
    /// What it waits on.
    pub to: WorkRef,
}

/// The dependencies that touch some work, by direction.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct DependencySides {
    /// Where this work waits on other work: `from` is this work.
    pub waits_on: Vec<Dependency>,
    /// Where other work waits on this work: `to` is this work.
    pub needed_by: Vec<Dependency>,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum DependencyError {
    Missing,
    SameUnit,
    Duplicate,
}

impl fmt::Display for DependencyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DependencyError::Missing => text::common::OBJECTIVE_OR_KEY_RESULT_MISSING,
            DependencyError::SameUnit => text::dependency::SAME_UNIT,
            DependencyError::Duplicate => text::dependency::DUPLICATE,
        })
    }
}

impl Workspace {
    /// The unit that owns an objective or key result.
    pub fn unit_of(&self, item: &WorkRef) -> Option<&UnitId> {
        self.objective_of(item).map(|o| &o.unit)
    }

    pub fn work_title(&self, item: &WorkRef) -> Option<&str> {
        match item {
            WorkRef::Objective(id) => self.objective(id).map(|o| o.title.as_str()),
            WorkRef::KeyResult(id) => self.key_result(id).map(|kr| kr.title.as_str()),
        }
    }

    fn depends_on_list(&self, item: &WorkRef) -> &[WorkRef] {
        match item {
            WorkRef::Objective(id) => self.objective(id).map_or(&[], |o| o.depends_on.as_slice()),
            WorkRef::KeyResult(id) => self
                .key_result(id)
                .map_or(&[], |kr| kr.depends_on.as_slice()),
        }
    }

    /// Every dependency in the workspace.
    pub fn dependencies(&self) -> Vec<Dependency> {
        let objectives = self
            .objectives
            .iter()
            .filter(|o| self.shows(o))
            .flat_map(|o| {
                o.depends_on.iter().map(|to| Dependency {
                    from: WorkRef::Objective(o.id.clone()),
                    to: to.clone(),
                })
            });
        let key_results = self.key_results.iter().flat_map(|kr| {
            kr.depends_on.iter().map(|to| Dependency {
                from: WorkRef::KeyResult(kr.id.clone()),
                to: to.clone(),
            })
        });
        objectives.chain(key_results).collect()
    }

    /// The dependencies of an objective and its key results, both ways.
    pub fn dependencies_of_objective(&self, id: &ObjectiveId) -> DependencySides {
        self.dependencies_touching(|item| self.objective_of(item).is_some_and(|o| &o.id == id))
    }

    /// The dependencies of a unit's objectives and key results in a
    /// period, both ways.
    pub fn dependencies_of_unit(&self, unit: &UnitId, period: &PeriodId) -> DependencySides {
        self.dependencies_touching(|item| {
            self.objective_of(item)
                .is_some_and(|o| &o.unit == unit && &o.period == period)
        })
    }

    /// The dependencies with an end `ours` accepts, leaving out those whose
    /// other end no longer exists.
    fn dependencies_touching(&self, ours: impl Fn(&WorkRef) -> bool) -> DependencySides {
        let mut sides = DependencySides::default();
        for d in self.dependencies() {
            if self.objective_of(&d.from).is_none() || self.objective_of(&d.to).is_none() {
                continue;
            }
            if ours(&d.to) {
                sides.needed_by.push(d.clone());
            }
            if ours(&d.from) {
                sides.waits_on.push(d);
            }
        }
        sides
    }

    /// What waits on `item`: the other side of the links.
    pub fn needed_by(&self, item: &WorkRef) -> Vec<WorkRef> {
        self.dependencies()
            .into_iter()
            .filter(|d| &d.to == item)
            .map(|d| d.from)
            .collect()
    }

    pub fn check_dependency(&self, from: &WorkRef, to: &WorkRef) -> Result<(), DependencyError> {
        let (Some(from_unit), Some(to_unit)) = (self.unit_of(from), self.unit_of(to)) else {
            return Err(DependencyError::Missing);
        };
        if from_unit == to_unit {
            return Err(DependencyError::SameUnit);
        }
        if self.depends_on_list(from).contains(to) {
            return Err(DependencyError::Duplicate);
        }
        Ok(())
    }
}
