//! Every by-id and by-group lookup of [`Workspace`], in one place: by id
//! (`unit`, `person`, `period`, `objective`, `key_result`, `check_in`,
//! `kpi`), by name or at the root (`company`, `person_named`,
//! `person_name`), and by group (`sub_units`, `objectives_in`,
//! `key_results_of`, `check_ins_of`, `latest_check_in`, `initiatives_of`,
//! `kpis_of`, `objective_of`). Each by-id lookup is an index read
//! ([`super::Records::by_key`]); each by-group one reads a group index
//! where the collection keeps one.

use super::{
    CheckIn, CheckInId, Initiative, KeyResult, KeyResultId, Kpi, KpiId, Objective, ObjectiveId,
    OrgUnit, Period, PeriodId, Person, PersonId, UnitId, UnitKind, WorkRef, Workspace,
};
use crate::text;

impl Workspace {
    // By id.

    pub fn unit(&self, id: &UnitId) -> Option<&OrgUnit> {
        self.units.by_key(id)
    }

    pub fn person(&self, id: &PersonId) -> Option<&Person> {
        self.people.by_key(id)
    }

    pub fn period(&self, id: &PeriodId) -> Option<&Period> {
        self.periods.by_key(id)
    }

    pub fn objective(&self, id: &ObjectiveId) -> Option<&Objective> {
        self.objectives.by_key(id)
    }

    pub fn key_result(&self, id: &KeyResultId) -> Option<&KeyResult> {
        self.key_results.by_key(id)
    }

    pub fn check_in(&self, id: &CheckInId) -> Option<&CheckIn> {
        self.check_ins.by_key(id)
    }

    pub fn kpi(&self, id: &KpiId) -> Option<&Kpi> {
        self.kpis.by_key(id)
    }

    // By name and root.

    /// The company at the root, if one has been set up.
    pub fn company(&self) -> Option<&OrgUnit> {
        self.units.iter().find(|u| u.kind == UnitKind::Company)
    }

    /// The person with this name, ignoring case and surrounding spaces.
    pub fn person_named(&self, name: &str) -> Option<&Person> {
        let name = name.trim().to_lowercase();
        self.people
            .iter()
            .find(|p| p.name.trim().to_lowercase() == name)
    }

    /// The person marked "This is me" in this browser, if they still exist.
    pub fn me(&self) -> Option<&Person> {
        self.settings.me.as_ref().and_then(|id| self.person(id))
    }

    /// A person's name, or a placeholder for a dangling reference.
    pub fn person_name(&self, id: &PersonId) -> &str {
        self.person(id)
            .map_or(text::workspace::UNKNOWN_PERSON, |p| p.name.as_str())
    }

    // By group.

    /// The units directly under `id`, in workspace order.
    pub fn sub_units<'a>(&'a self, id: &'a UnitId) -> impl Iterator<Item = &'a OrgUnit> + 'a {
        self.units
            .iter()
            .filter(move |u| u.parent.as_ref() == Some(id))
    }

    /// The live organisational objectives of a period (individual ones are
    /// their holders'), in workspace order.
    pub fn objectives_in<'a>(
        &'a self,
        period: &'a PeriodId,
    ) -> impl Iterator<Item = &'a Objective> {
        self.objectives
            .iter()
            .filter(move |o| !o.archived && &o.period == period && o.owner.is_none())
    }

    /// The key results of an objective, in their order.
    pub fn key_results_of(&self, objective: &ObjectiveId) -> Vec<&KeyResult> {
        self.key_results.in_group(objective).collect()
    }

    /// A key result's check-ins, oldest first; entries on the same day keep
    /// the order they were made in.
    pub fn check_ins_of(&self, key_result: &KeyResultId) -> Vec<&CheckIn> {
        let mut list: Vec<&CheckIn> = self.check_ins.in_group(key_result).collect();
        list.sort_by_key(|c| c.date);
        list
    }

    pub fn latest_check_in(&self, key_result: &KeyResultId) -> Option<&CheckIn> {
        self.check_ins
            .in_group(key_result)
            // Later entries win ties, as in `check_ins_of`'s stable sort.
            .reduce(|seen, c| if c.date >= seen.date { c } else { seen })
    }

    pub fn initiatives_of(&self, key_result: &KeyResultId) -> Vec<&Initiative> {
        self.initiatives
            .iter()
            .filter(|i| &i.key_result == key_result)
            .collect()
    }

    /// A unit's own KPIs; individual ones are the holder's, shown on their page.
    pub fn kpis_of(&self, unit: &UnitId) -> Vec<&Kpi> {
        self.kpis
            .iter()
            .filter(|k| &k.unit == unit && k.owner.is_none())
            .collect()
    }

    /// The objective an objective or key result belongs to (itself, for an objective).
    pub fn objective_of(&self, item: &WorkRef) -> Option<&Objective> {
        match item {
            WorkRef::Objective(id) => self.objective(id),
            WorkRef::KeyResult(id) => self.objective(&self.key_result(id)?.objective),
        }
    }
}
