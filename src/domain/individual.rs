//! Individual goals: objectives and KPIs one person holds and is accountable
//! for. The practice advises them sparingly (they add overhead, can erode
//! trust, and are often tasks in disguise), so they are off by default and,
//! while off, hidden everywhere but never deleted.

use super::{Kpi, Objective, PeriodId, PersonId, UnitId, Workspace};
use std::collections::HashSet;

/// How many goals each person would hold when nobody holds any yet: the
/// practice's own example (100 people × 3 OKRs).
const TYPICAL_GOALS_EACH: usize = 3;

/// What turning individual goals on would cost, from the workspace's own numbers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Overhead {
    pub people: usize,
    /// Individual goals per person per period: the current average, or three.
    pub goals_each: usize,
    /// Periods per year, from the lengths of the workspace's periods.
    pub periods_a_year: usize,
}

impl Overhead {
    pub fn per_period(&self) -> usize {
        self.people * self.goals_each
    }

    pub fn per_year(&self) -> usize {
        self.per_period() * self.periods_a_year
    }
}

impl Workspace {
    /// The unit a person's individual goals sit in: their own, else the company.
    pub fn home_unit(&self, person: &PersonId) -> Option<UnitId> {
        self.person(person)?
            .unit
            .clone()
            .filter(|u| self.unit(u).is_some())
            .or_else(|| self.company().map(|c| c.id.clone()))
    }

    /// Whether views show an objective: organisational ones always,
    /// individual ones only while the feature is on.
    pub fn shows(&self, objective: &Objective) -> bool {
        objective.owner.is_none() || self.settings.individual_goals
    }

    /// A person's live individual objectives in a period.
    pub fn individual_objectives_of<'a>(
        &'a self,
        person: &'a PersonId,
        period: &'a PeriodId,
    ) -> impl Iterator<Item = &'a Objective> {
        self.objectives
            .iter()
            .filter(move |o| !o.archived && &o.period == period && o.owner.as_ref() == Some(person))
    }

    /// How many individual objectives and KPIs `person` holds (anyone's,
    /// for `None`), archived ones and hidden ones too.
    pub fn individual_goals_held(&self, person: Option<&PersonId>) -> usize {
        let held = |owner: &Option<PersonId>| {
            owner.is_some() && person.is_none_or(|p| owner.as_ref() == Some(p))
        };
        self.objectives.iter().filter(|o| held(&o.owner)).count()
            + self.kpis.iter().filter(|k| held(&k.owner)).count()
    }

    /// The individual KPIs a person holds, archived ones too.
    pub fn kpis_held_by<'a>(&'a self, person: &'a PersonId) -> Vec<&'a Kpi> {
        self.kpis
            .iter()
            .filter(|k| k.owner.as_ref() == Some(person))
            .collect()
    }

    /// How many individual goals a year the organisation would write, track
    /// and update.
    pub fn individual_overhead(&self) -> Overhead {
        let held: Vec<&Objective> = self
            .objectives
            .iter()
            .filter(|o| o.owner.is_some())
            .collect();
        let holders: HashSet<(&PersonId, &PeriodId)> = held
            .iter()
            .filter_map(|o| Some((o.owner.as_ref()?, &o.period)))
            .collect();
        let goals_each = if holders.is_empty() {
            TYPICAL_GOALS_EACH
        } else {
            held.len().div_ceil(holders.len())
        };
        let days: i64 = self.periods.iter().map(|p| p.days()).sum();
        let periods_a_year = if self.periods.is_empty() || days <= 0 {
            4
        } else {
            let average = days as f64 / self.periods.len() as f64;
            ((365.0 / average).round() as usize).max(1)
        };
        Overhead {
            people: self.people.len(),
            goals_each,
            periods_a_year,
        }
    }
}
