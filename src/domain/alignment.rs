//! Alignment: how objectives ladder up to higher-level objectives.
//!
//! An objective may name a parent objective of a higher-level unit (a team's
//! may ladder up to its department's or the company's) in the same period.
//! Whether a stored parent link still holds is computed, never assumed: if the
//! parent was archived, deleted or moved to another period, the child shows as
//! unaligned with the reason, instead of silently disappearing from the cascade.

use super::{Objective, ObjectiveId, PeriodId, UnitId, UnitKind, Workspace};
use crate::text;
use std::collections::HashSet;
use std::fmt;

/// Who holds an objective whose parent is checked: a unit, whose parent must
/// be at a higher level, or a person, whose parent may be at any level.
#[derive(Clone, Copy)]
enum Holder<'a> {
    Unit(&'a UnitId),
    Person,
}

/// Where an objective stands in the cascade.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Alignment {
    /// A company objective: the top of the cascade.
    Top,
    /// Ladders up to this objective.
    Aligned(ObjectiveId),
    /// Ladders up to nothing, for this reason.
    Unaligned(Unaligned),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unaligned {
    NoParent,
    ParentMissing,
    ParentArchived,
    ParentInOtherPeriod,
    ParentNotHigher,
}

impl Unaligned {
    /// Why, in a few words, for the "Unaligned" list.
    pub fn reason(self) -> &'static str {
        match self {
            Unaligned::NoParent => text::alignment::NO_PARENT,
            Unaligned::ParentMissing => text::alignment::PARENT_DELETED,
            Unaligned::ParentArchived => text::alignment::PARENT_ARCHIVED,
            Unaligned::ParentInOtherPeriod => text::alignment::PARENT_IN_OTHER_PERIOD,
            Unaligned::ParentNotHigher => text::alignment::PARENT_NOT_HIGHER,
        }
    }
}

/// Why an objective cannot ladder up to a proposed parent.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum AlignError {
    ParentMissing,
    ParentArchived,
    OtherPeriod,
    NotHigher,
    Cycle,
    /// The proposed parent is someone's individual goal.
    Individual,
}

impl fmt::Display for AlignError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AlignError::ParentMissing => text::alignment::NO_SUCH_PARENT,
            AlignError::ParentArchived => text::alignment::ARCHIVED_PARENT,
            AlignError::OtherPeriod => text::alignment::SAME_PERIOD_ONLY,
            AlignError::NotHigher => text::alignment::HIGHER_LEVEL_ONLY,
            AlignError::Cycle => text::alignment::ALIGNMENT_CYCLE,
            AlignError::Individual => text::alignment::INDIVIDUAL_GOAL_AS_PARENT,
        })
    }
}

impl Workspace {
    fn level_of(&self, unit: &UnitId) -> Option<u8> {
        self.unit(unit).map(|u| u.kind.level())
    }

    /// Where `objective` stands in the cascade, given the current data.
    pub fn alignment(&self, objective: &Objective) -> Alignment {
        let Some(parent_id) = &objective.parent else {
            if objective.owner.is_some() {
                return Alignment::Unaligned(Unaligned::NoParent);
            }
            let is_company = self
                .unit(&objective.unit)
                .is_some_and(|u| u.kind == UnitKind::Company);
            return if is_company {
                Alignment::Top
            } else {
                Alignment::Unaligned(Unaligned::NoParent)
            };
        };
        let holds = match objective.owner {
            Some(_) => Holder::Person,
            None => Holder::Unit(&objective.unit),
        };
        match self.check_parent_for(holds, &objective.period, Some(&objective.id), parent_id) {
            Ok(()) => Alignment::Aligned(parent_id.clone()),
            Err(AlignError::ParentMissing) => Alignment::Unaligned(Unaligned::ParentMissing),
            Err(AlignError::ParentArchived) => Alignment::Unaligned(Unaligned::ParentArchived),
            Err(AlignError::OtherPeriod) => Alignment::Unaligned(Unaligned::ParentInOtherPeriod),
            Err(AlignError::NotHigher | AlignError::Cycle | AlignError::Individual) => {
                Alignment::Unaligned(Unaligned::ParentNotHigher)
            }
        }
    }

    /// Checks that an objective of `unit` in `period` (the existing `child`, if
    /// any) may ladder up to `parent`.
    pub fn check_parent(
        &self,
        unit: &UnitId,
        period: &PeriodId,
        child: Option<&ObjectiveId>,
        parent: &ObjectiveId,
    ) -> Result<(), AlignError> {
        self.check_parent_for(Holder::Unit(unit), period, child, parent)
    }

    /// [`Self::check_parent`] for an individual objective, which may ladder
    /// up to any organisational objective of its period, its own team's too.
    pub fn check_individual_parent(
        &self,
        period: &PeriodId,
        child: Option<&ObjectiveId>,
        parent: &ObjectiveId,
    ) -> Result<(), AlignError> {
        self.check_parent_for(Holder::Person, period, child, parent)
    }

    fn check_parent_for(
        &self,
        holder: Holder,
        period: &PeriodId,
        child: Option<&ObjectiveId>,
        parent: &ObjectiveId,
    ) -> Result<(), AlignError> {
        let candidate = self.objective(parent).ok_or(AlignError::ParentMissing)?;
        if candidate.archived {
            return Err(AlignError::ParentArchived);
        }
        if &candidate.period != period {
            return Err(AlignError::OtherPeriod);
        }
        if candidate.owner.is_some() {
            return Err(AlignError::Individual);
        }
        if let Holder::Unit(unit) = holder {
            match (self.level_of(&candidate.unit), self.level_of(unit)) {
                (Some(above), Some(below)) if above < below => {}
                _ => return Err(AlignError::NotHigher),
            }
        }
        if child.is_some_and(|child| self.would_cycle(child, parent)) {
            return Err(AlignError::Cycle);
        }
        Ok(())
    }

    /// True when making `parent` the parent of `child` would close a loop:
    /// `child` is `parent` or one of its ancestors. Safe on data that already
    /// contains a loop.
    pub fn would_cycle(&self, child: &ObjectiveId, parent: &ObjectiveId) -> bool {
        let mut seen = HashSet::new();
        let mut next = Some(parent);
        while let Some(id) = next {
            if id == child {
                return true;
            }
            if !seen.insert(id) {
                return false;
            }
            next = self.objective(id).and_then(|o| o.parent.as_ref());
        }
        false
    }

    /// The unit a new objective aligned to `parent` most likely belongs to:
    /// the first live unit under the parent's (a department under the
    /// company, a team under a department), else the parent's own.
    pub fn unit_for_aligned(&self, parent: &ObjectiveId) -> Option<UnitId> {
        let owner = &self.objective(parent)?.unit;
        self.sub_units(owner)
            .find(|u| !u.archived)
            .map_or_else(|| Some(owner.clone()), |u| Some(u.id.clone()))
    }

    /// The objectives an objective of `unit` in `period` could ladder up to.
    pub fn parent_candidates(
        &self,
        unit: &UnitId,
        period: &PeriodId,
        child: Option<&ObjectiveId>,
    ) -> Vec<&Objective> {
        self.objectives
            .iter()
            .filter(|o| self.check_parent(unit, period, child, &o.id).is_ok())
            .collect()
    }

    /// The objectives an individual objective of `period` may ladder up to.
    pub fn individual_parent_candidates(
        &self,
        period: &PeriodId,
        child: Option<&ObjectiveId>,
    ) -> Vec<&Objective> {
        self.objectives
            .iter()
            .filter(|o| self.check_individual_parent(period, child, &o.id).is_ok())
            .collect()
    }

    /// The live objectives that currently ladder up to `id`.
    pub fn aligned_children(&self, id: &ObjectiveId) -> Vec<&Objective> {
        self.objectives
            .iter()
            .filter(|o| !o.archived && o.parent.as_ref() == Some(id) && self.shows(o))
            .filter(|o| self.alignment(o) == Alignment::Aligned(id.clone()))
            .collect()
    }
}
