//! Partial exports: one unit with everything under it, one period, or both.
//!
//! A part must be a valid workspace on its own, so that a colleague can open
//! it and a merge can take it in. So it carries, besides the OKRs it selects,
//! every record they refer to: the units above (to keep the chart connected),
//! the objectives they ladder up to or depend on, the people named as leads,
//! the periods. Those context records come without their own key results and
//! check-ins. Merging them back changes nothing unless someone edited them.

use super::{
    KeyResultId, ObjectiveId, PeriodId, PersonId, Record, Records, UnitId, WorkRef, Workspace,
};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Which part of a workspace an export holds; the default is all of it.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct ExportScope {
    /// A unit and every unit below it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<UnitId>,
    /// One period's OKRs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<PeriodId>,
}

impl ExportScope {
    pub fn is_whole(&self) -> bool {
        self.unit.is_none() && self.period.is_none()
    }
}

/// The ids a part keeps, grown until every reference resolves.
#[derive(Default)]
struct Keep {
    units: HashSet<UnitId>,
    people: HashSet<PersonId>,
    periods: HashSet<PeriodId>,
    objectives: HashSet<ObjectiveId>,
    key_results: HashSet<KeyResultId>,
}

impl Keep {
    fn work(&mut self, work: &WorkRef) {
        match work {
            WorkRef::Objective(id) => self.objectives.insert(id.clone()),
            WorkRef::KeyResult(id) => self.key_results.insert(id.clone()),
        };
    }

    fn person(&mut self, id: Option<&PersonId>) {
        if let Some(id) = id {
            self.people.insert(id.clone());
        }
    }

    fn size(&self) -> usize {
        self.units.len()
            + self.people.len()
            + self.periods.len()
            + self.objectives.len()
            + self.key_results.len()
    }
}

impl Workspace {
    /// The part of the workspace `scope` selects, with the records it refers to.
    pub fn part(&self, scope: &ExportScope) -> Workspace {
        if scope.is_whole() {
            return self.clone();
        }
        let in_units = |unit: &UnitId| scope.unit.as_ref().is_none_or(|u| self.is_within(unit, u));
        let in_period = |period: &PeriodId| scope.period.as_ref().is_none_or(|p| p == period);

        // The selection: OKRs of the chosen units in the chosen period, with
        // their check-ins and initiatives, and the units' KPIs.
        let owned_units: HashSet<&UnitId> = self
            .units
            .iter()
            .map(|u| &u.id)
            .filter(|u| in_units(u))
            .collect();
        let owned_objectives: HashSet<&ObjectiveId> = self
            .objectives
            .iter()
            .filter(|o| owned_units.contains(&o.unit) && in_period(&o.period) && self.shows(o))
            .map(|o| &o.id)
            .collect();
        let owned_key_results: HashSet<&KeyResultId> = self
            .key_results
            .iter()
            .filter(|kr| owned_objectives.contains(&kr.objective))
            .map(|kr| &kr.id)
            .collect();

        let mut keep = Keep {
            units: owned_units.iter().map(|&u| u.clone()).collect(),
            objectives: owned_objectives.iter().map(|&o| o.clone()).collect(),
            key_results: owned_key_results.iter().map(|&k| k.clone()).collect(),
            ..Keep::default()
        };
        if let Some(period) = &scope.period {
            keep.periods.insert(period.clone());
        }
        keep.person(self.settings.me.as_ref());
        for person in &self.people {
            if person
                .unit
                .as_ref()
                .is_some_and(|u| owned_units.contains(u))
            {
                keep.people.insert(person.id.clone());
            }
        }
        let check_ins: Records<_> = self
            .check_ins
            .iter()
            .filter(|c| owned_key_results.contains(&c.key_result))
            .cloned()
            .collect();
        let initiatives: Records<_> = self
            .initiatives
            .iter()
            .filter(|i| owned_key_results.contains(&i.key_result))
            .cloned()
            .collect();
        let kpis: Records<_> = self
            .kpis
            .iter()
            .filter(|k| {
                owned_units.contains(&k.unit)
                    && (k.owner.is_none() || self.settings.individual_goals)
            })
            .cloned()
            .collect();
        for c in &check_ins {
            keep.person(c.author.as_ref());
        }
        for i in &initiatives {
            keep.person(i.lead.as_ref());
        }
        for k in &kpis {
            keep.person(k.owner.as_ref());
        }

        // Follow references until nothing new turns up; every step only adds,
        // and ids are finite, so this ends.
        loop {
            let before = keep.size();
            for kr in &self.key_results {
                if keep.key_results.contains(&kr.id) {
                    keep.objectives.insert(kr.objective.clone());
                    keep.person(kr.lead.as_ref());
                    kr.depends_on.iter().for_each(|w| keep.work(w));
                    if let Some(from) = &kr.rolled_from {
                        keep.key_results.insert(from.clone());
                    }
                }
            }
            for o in &self.objectives {
                if keep.objectives.contains(&o.id) {
                    keep.units.insert(o.unit.clone());
                    keep.periods.insert(o.period.clone());
                    keep.person(o.lead.as_ref());
                    keep.person(o.owner.as_ref());
                    o.contributors.iter().for_each(|p| keep.person(Some(p)));
                    if let Some(parent) = &o.parent {
                        keep.objectives.insert(parent.clone());
                    }
                    if let Some(from) = &o.rolled_from {
                        keep.objectives.insert(from.clone());
                    }
                    o.depends_on.iter().for_each(|w| keep.work(w));
                }
            }
            for u in &self.units {
                if keep.units.contains(&u.id) {
                    if let Some(parent) = &u.parent {
                        keep.units.insert(parent.clone());
                    }
                    keep.person(u.lead.as_ref());
                }
            }
            for p in &self.people {
                if keep.people.contains(&p.id)
                    && let Some(unit) = &p.unit
                {
                    keep.units.insert(unit.clone());
                }
            }
            if keep.size() == before {
                break;
            }
        }

        Workspace {
            name: self.name.clone(),
            settings: self.settings.clone(),
            sample: self.sample,
            current_period: self
                .current_period
                .clone()
                .filter(|p| keep.periods.contains(p)),
            units: kept(&self.units, &keep.units),
            people: kept(&self.people, &keep.people),
            periods: kept(&self.periods, &keep.periods),
            objectives: kept(&self.objectives, &keep.objectives),
            key_results: kept(&self.key_results, &keep.key_results),
            check_ins,
            initiatives,
            kpis,
            organisation_rev: self.organisation_rev.clone(),
        }
    }
}

fn kept<R: Record>(records: &Records<R>, ids: &HashSet<R::Id>) -> Records<R> {
    let mut kept = records.clone();
    kept.retain(|r| ids.contains(r.id()));
    kept
}
