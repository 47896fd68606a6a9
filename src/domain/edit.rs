//! Changes to a workspace that keep it sound: every removal also removes or
//! clears what referred to the removed record, so no reference ever dangles.
//! Refusals come back as sentences for the person who asked.

use super::coach::Dismissal;
use super::{
    KeyResult, KeyResultId, Objective, ObjectiveId, OrgUnit, Period, PeriodId, Person, PersonId,
    Quarter, Revision, UnitId, UnitKind, ValidKeyResult, ValidObjective, ValidPeriod, ValidPerson,
    ValidUnit, WorkRef, Workspace,
};
use super::{next_quarter, quarter_of};
use crate::text;
use chrono::NaiveDate;

/// The ids a new organisation's first records take: the caller makes them,
/// so the domain stays free of randomness.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SetUpIds {
    pub company: UnitId,
    pub period: PeriodId,
    /// Yours, if you are not in the organisation yet.
    pub you: PersonId,
}

/// What deleting an objective took with it.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct ObjectiveRemoval {
    pub key_results: usize,
    /// Objectives that were aligned to it and now ladder up to nothing.
    pub unaligned: Vec<ObjectiveId>,
    /// Links from other work that waited on it or its key results, removed.
    pub dependencies: usize,
}

/// What updating an objective changed beyond itself.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct ObjectiveUpdate {
    /// Objectives that were aligned to it and no longer are (it moved to a
    /// unit or period they cannot ladder up to).
    pub unaligned: Vec<ObjectiveId>,
}

/// What deleting a key result took with it.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct KeyResultRemoval {
    pub check_ins: usize,
    pub initiatives: usize,
    /// Links from other work that waited on it, removed.
    pub dependencies: usize,
}

/// What archiving or restoring an objective changed beyond itself.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct ArchiveChange {
    /// Objectives aligned to it that are now shown as not aligned (its
    /// parent is archived); empty when restoring.
    pub unaligned: Vec<ObjectiveId>,
}

impl Workspace {
    pub fn add_objective(&mut self, id: ObjectiveId, valid: ValidObjective) -> Result<(), String> {
        self.ensure_period_open(&valid.period)?;
        self.objectives.push(Objective {
            dismissed: Vec::new(),
            id,
            title: valid.title,
            description: valid.description,
            unit: valid.unit,
            period: valid.period,
            lead: Some(valid.lead),
            contributors: valid.contributors,
            parent: valid.parent,
            depends_on: Vec::new(),
            archived: false,
            reflection: Default::default(),
            rolled_from: None,
            owner: valid.owner,
            rev: Revision::default(),
        });
        Ok(())
    }

    /// Updates an objective; neither the period it leaves nor the one it
    /// moves into may be closed. Moving it to another unit or period can
    /// leave objectives aligned to it that no longer ladder up to it: the
    /// change names them.
    pub fn update_objective(
        &mut self,
        id: &ObjectiveId,
        valid: ValidObjective,
    ) -> Result<ObjectiveUpdate, String> {
        self.ensure_objective_open(id)?;
        self.ensure_period_open(&valid.period)?;
        let aligned_before: Vec<ObjectiveId> = self
            .aligned_children(id)
            .iter()
            .map(|c| c.id.clone())
            .collect();
        if let Some(o) = self.objectives.find_mut(|o| &o.id == id) {
            o.title = valid.title;
            o.description = valid.description;
            o.unit = valid.unit;
            o.period = valid.period;
            o.lead = Some(valid.lead);
            o.contributors = valid.contributors;
            o.parent = valid.parent;
            o.owner = valid.owner;
        }
        let still = self.aligned_children(id);
        let unaligned = aligned_before
            .into_iter()
            .filter(|c| !still.iter().any(|s| &s.id == c))
            .collect();
        Ok(ObjectiveUpdate { unaligned })
    }

    pub fn set_objective_archived(
        &mut self,
        id: &ObjectiveId,
        archived: bool,
    ) -> Result<ArchiveChange, String> {
        self.ensure_objective_open(id)?;
        let archiving = archived && self.objective(id).is_some_and(|o| !o.archived);
        let unaligned = if archiving {
            self.aligned_children(id)
                .iter()
                .map(|c| c.id.clone())
                .collect()
        } else {
            Vec::new()
        };
        if let Some(o) = self.objectives.find_mut(|o| &o.id == id) {
            o.archived = archived;
        }
        Ok(ArchiveChange { unaligned })
    }

    /// How many links from other work wait on what `gone` names.
    fn links_to(&self, gone: impl Fn(&WorkRef) -> bool) -> usize {
        self.dependencies()
            .iter()
            .filter(|d| gone(&d.to) && !gone(&d.from))
            .count()
    }

    /// Deletes an objective with its key results and every link to them.
    pub fn delete_objective(&mut self, id: &ObjectiveId) -> Result<ObjectiveRemoval, String> {
        self.ensure_objective_open(id)?;
        Ok(self.remove_objective(id))
    }

    /// [`Workspace::delete_objective`] without asking whether its period is
    /// open: for a deletion made elsewhere and synced here.
    pub(super) fn remove_objective(&mut self, id: &ObjectiveId) -> ObjectiveRemoval {
        let removed_krs: Vec<KeyResultId> = self
            .key_results
            .iter()
            .filter(|kr| &kr.objective == id)
            .map(|kr| kr.id.clone())
            .collect();
        let dependencies = self.links_to(|r| match r {
            WorkRef::Objective(o) => o == id,
            WorkRef::KeyResult(kr) => removed_krs.contains(kr),
        });
        self.key_results.retain(|kr| &kr.objective != id);
        self.check_ins
            .retain(|c| !removed_krs.contains(&c.key_result));
        self.initiatives
            .retain(|i| !removed_krs.contains(&i.key_result));
        self.objectives.retain(|o| &o.id != id);
        for o in self
            .objectives
            .iter_mut_where(|o| o.rolled_from.as_ref() == Some(id))
        {
            o.rolled_from = None;
        }
        for kr in self.key_results.iter_mut_where(|kr| {
            kr.rolled_from
                .as_ref()
                .is_some_and(|r| removed_krs.contains(r))
        }) {
            kr.rolled_from = None;
        }
        let mut unaligned = Vec::new();
        for o in self
            .objectives
            .iter_mut_where(|o| o.parent.as_ref() == Some(id))
        {
            o.parent = None;
            unaligned.push(o.id.clone());
        }
        let gone = |r: &WorkRef| match r {
            WorkRef::Objective(o) => o == id,
            WorkRef::KeyResult(kr) => removed_krs.contains(kr),
        };
        self.drop_dependencies(gone);
        ObjectiveRemoval {
            key_results: removed_krs.len(),
            unaligned,
            dependencies,
        }
    }

    fn drop_dependencies(&mut self, gone: impl Fn(&WorkRef) -> bool) {
        for o in self
            .objectives
            .iter_mut_where(|o| o.depends_on.iter().any(&gone))
        {
            o.depends_on.retain(|r| !gone(r));
        }
        for kr in self
            .key_results
            .iter_mut_where(|kr| kr.depends_on.iter().any(&gone))
        {
            kr.depends_on.retain(|r| !gone(r));
        }
    }

    /// Adds a key result to an open objective on `today`.
    pub fn add_key_result(
        &mut self,
        id: KeyResultId,
        objective: ObjectiveId,
        valid: ValidKeyResult,
        today: NaiveDate,
    ) -> Result<(), String> {
        self.ensure_objective_open(&objective)?;
        self.key_results.push(KeyResult {
            dismissed: Vec::new(),
            id,
            objective,
            title: valid.title,
            lead: Some(valid.lead),
            measure: valid.measure,
            commitment: valid.commitment,
            weight: valid.weight,
            depends_on: Vec::new(),
            grade: None,
            rolled_from: None,
            created: Some(today),
            rev: Revision::default(),
        });
        Ok(())
    }

    /// Updates a key result; once it has check-ins, they alone set its
    /// current value, and its kind stays, since they were read in it.
    pub fn update_key_result(
        &mut self,
        id: &KeyResultId,
        valid: ValidKeyResult,
    ) -> Result<(), String> {
        self.ensure_key_result_open(id)?;
        let checked_in = self.check_ins.in_group(id).next().is_some();
        if checked_in
            && let Some(kr) = self.key_result(id)
            && kr.measure.kind() != valid.measure.kind()
        {
            return Err(text::edit::measure_kind_locked(
                &kr.measure.kind().with_article(),
            ));
        }
        if let Some(kr) = self.key_results.find_mut(|kr| &kr.id == id) {
            kr.title = valid.title;
            kr.lead = Some(valid.lead);
            kr.measure = valid.measure;
            kr.commitment = valid.commitment;
            kr.weight = valid.weight;
        }
        if checked_in {
            self.sync_current(id);
        }
        Ok(())
    }

    /// Deletes a key result with its check-ins, initiatives and every link to it.
    pub fn delete_key_result(&mut self, id: &KeyResultId) -> Result<KeyResultRemoval, String> {
        self.ensure_key_result_open(id)?;
        Ok(self.remove_key_result(id))
    }

    /// [`Workspace::delete_key_result`] without asking whether its period
    /// is open: for a deletion made elsewhere and synced here.
    pub(super) fn remove_key_result(&mut self, id: &KeyResultId) -> KeyResultRemoval {
        let this = WorkRef::KeyResult(id.clone());
        let removal = KeyResultRemoval {
            check_ins: self
                .check_ins
                .iter()
                .filter(|c| &c.key_result == id)
                .count(),
            initiatives: self
                .initiatives
                .iter()
                .filter(|i| &i.key_result == id)
                .count(),
            dependencies: self.links_to(|r| r == &this),
        };
        self.key_results.retain(|kr| &kr.id != id);
        self.check_ins.retain(|c| &c.key_result != id);
        self.initiatives.retain(|i| &i.key_result != id);
        for kr in self
            .key_results
            .iter_mut_where(|kr| kr.rolled_from.as_ref() == Some(id))
        {
            kr.rolled_from = None;
        }
        self.drop_dependencies(|r| r == &this);
        removal
    }

    pub fn add_dependency(&mut self, from: &WorkRef, to: WorkRef) -> Result<(), String> {
        self.ensure_work_open(from)?;
        self.check_dependency(from, &to)
            .map_err(|e| e.to_string())?;
        let list = match from {
            WorkRef::Objective(id) => self
                .objectives
                .find_mut(|o| &o.id == id)
                .map(|o| &mut o.depends_on),
            WorkRef::KeyResult(id) => self
                .key_results
                .find_mut(|kr| &kr.id == id)
                .map(|kr| &mut kr.depends_on),
        };
        list.ok_or(text::common::OBJECTIVE_OR_KEY_RESULT_MISSING)?
            .push(to);
        Ok(())
    }

    pub fn remove_dependency(&mut self, from: &WorkRef, to: &WorkRef) -> Result<(), String> {
        self.ensure_work_open(from)?;
        for o in self
            .objectives
            .iter_mut_where(|o| from == &WorkRef::Objective(o.id.clone()))
        {
            o.depends_on.retain(|r| r != to);
        }
        for kr in self
            .key_results
            .iter_mut_where(|kr| from == &WorkRef::KeyResult(kr.id.clone()))
        {
            kr.depends_on.retain(|r| r != to);
        }
        Ok(())
    }

    /// Adds a unit. A lead who belongs to no unit yet (someone just added
    /// from the lead field) joins the unit they lead.
    pub fn add_unit(&mut self, id: UnitId, valid: ValidUnit) {
        if let Some(lead) = &valid.lead
            && let Some(person) = self.people.find_mut(|p| &p.id == lead && p.unit.is_none())
        {
            person.unit = Some(id.clone());
        }
        self.units.push(OrgUnit {
            dismissed: Vec::new(),
            id,
            name: valid.name,
            kind: valid.kind,
            parent: valid.parent,
            lead: valid.lead,
            archived: false,
            rev: Revision::default(),
        });
    }

    /// Renames, moves or re-leads a unit; the company's name is the
    /// organisation's name. Its kind stays as created (the draft's kind only
    /// checks placement): changing it could strand the units under it.
    pub fn update_unit(&mut self, id: &UnitId, valid: ValidUnit) {
        if let Some(u) = self.units.find_mut(|u| &u.id == id) {
            if u.kind == UnitKind::Company {
                self.name = valid.name.clone();
            }
            u.name = valid.name;
            u.parent = valid.parent;
            u.lead = valid.lead;
        }
    }

    /// Renames the organisation, and with it the company unit. The name is
    /// kept as typed (the field saves on every keystroke, and trimming would
    /// eat the space before the next word); the company unit gets it trimmed.
    pub fn rename_organisation(&mut self, name: &str) {
        self.name = name.to_owned();
        let trimmed = name.trim();
        if let Some(company) = self.units.find_mut(|u| u.kind == UnitKind::Company)
            && !trimmed.is_empty()
        {
            company.name = trimmed.to_owned();
        }
    }

    /// The first steps of an organisation: its name, the company unit, the
    /// quarter of `today` as the current period, and the person setting it
    /// up, marked "This is me" so what they create has a lead from the start.
    pub fn set_up(&mut self, ids: SetUpIds, name: &str, your_name: &str, today: NaiveDate) {
        let SetUpIds {
            company,
            period,
            you,
        } = ids;
        let name = name.trim();
        self.name = name.to_owned();
        if self.company().is_none() {
            self.units.insert(
                0,
                OrgUnit {
                    dismissed: Vec::new(),
                    id: company,
                    name: name.to_owned(),
                    kind: UnitKind::Company,
                    parent: None,
                    lead: None,
                    archived: false,
                    rev: Revision::default(),
                },
            );
        }
        if let Ok(period) = self.add_quarter(period, quarter_of(today)) {
            self.current_period = Some(period);
        }
        let your_name = your_name.trim();
        if !your_name.is_empty() {
            let me = match self.person_named(your_name) {
                Some(known) => known.id.clone(),
                None => {
                    self.add_person(
                        you.clone(),
                        ValidPerson {
                            name: your_name.to_owned(),
                            role: None,
                            unit: self.company().map(|c| c.id.clone()),
                        },
                    );
                    you
                }
            };
            self.settings.me = Some(me);
        }
    }

    /// Archives a unit and everything under it, or restores them; their
    /// objectives stay readable either way.
    pub fn set_unit_archived(&mut self, id: &UnitId, archived: bool) {
        let affected: Vec<UnitId> = self
            .units
            .iter()
            .filter(|u| self.is_within(&u.id, id))
            .map(|u| u.id.clone())
            .collect();
        for u in self.units.iter_mut_where(|u| affected.contains(&u.id)) {
            u.archived = archived;
        }
    }

    /// Deletes a unit that nothing belongs to; anything else is archived instead.
    pub fn delete_unit(&mut self, id: &UnitId) -> Result<(), String> {
        self.check_delete_unit(id)?;
        self.units.retain(|u| &u.id != id);
        Ok(())
    }

    /// Why a unit cannot be deleted, if it cannot.
    pub fn check_delete_unit(&self, id: &UnitId) -> Result<(), String> {
        let subunits = self.sub_units(id).count();
        let objectives = self.objectives.iter().filter(|o| &o.unit == id).count();
        let people = self
            .people
            .iter()
            .filter(|p| p.unit.as_ref() == Some(id))
            .count();
        let kpis = self.kpis.iter().filter(|k| &k.unit == id).count();
        if subunits + objectives + people + kpis > 0 {
            let held: Vec<String> = [
                (subunits, text::counts::units as fn(usize) -> String),
                (objectives, text::counts::objectives),
                (people, text::counts::people),
                (kpis, text::counts::kpis),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, noun)| noun(n))
            .collect();
            return Err(text::edit::unit_not_empty(&held.join(", ")));
        }
        Ok(())
    }

    pub fn add_person(&mut self, id: PersonId, valid: ValidPerson) {
        self.people.push(Person {
            id,
            name: valid.name,
            role: valid.role,
            unit: valid.unit,
            rev: Revision::default(),
        });
    }

    pub fn update_person(&mut self, id: &PersonId, valid: ValidPerson) {
        if let Some(p) = self.people.find_mut(|p| &p.id == id) {
            p.name = valid.name;
            p.role = valid.role;
            p.unit = valid.unit;
        }
    }

    /// Deletes a person who leads no objective or key result; they are also
    /// removed as a unit lead and as a contributor.
    pub fn delete_person(&mut self, id: &PersonId) -> Result<(), String> {
        self.check_delete_person(id)?;
        self.people.retain(|p| &p.id != id);
        for u in self.units.iter_mut_where(|u| u.lead.as_ref() == Some(id)) {
            u.lead = None;
        }
        for o in self
            .objectives
            .iter_mut_where(|o| o.contributors.contains(id))
        {
            o.contributors.retain(|c| c != id);
        }
        for c in self
            .check_ins
            .iter_mut_where(|c| c.author.as_ref() == Some(id))
        {
            c.author = None;
        }
        for i in self
            .initiatives
            .iter_mut_where(|i| i.lead.as_ref() == Some(id))
        {
            i.lead = None;
        }
        if self.settings.me.as_ref() == Some(id) {
            self.settings.me = None;
        }
        Ok(())
    }

    /// Why a person cannot be deleted, if they cannot.
    pub fn check_delete_person(&self, id: &PersonId) -> Result<(), String> {
        let objectives = self
            .objectives
            .iter()
            .filter(|o| o.lead.as_ref() == Some(id) && o.owner.is_none())
            .count();
        let held = self.individual_goals_held(Some(id));
        if held > 0 {
            return Err(text::edit::person_holds_goals(
                &self.person_name(id),
                &text::counts::individual_goals(held),
            ));
        }
        let key_results = self
            .key_results
            .iter()
            .filter(|kr| kr.lead.as_ref() == Some(id))
            .count();
        if objectives + key_results > 0 {
            let led = match (objectives, key_results) {
                (objectives, 0) => text::counts::objectives(objectives),
                (0, key_results) => text::counts::key_results(key_results),
                (objectives, key_results) => text::common::both(
                    &text::counts::objectives(objectives),
                    &text::counts::key_results(key_results),
                ),
            };
            return Err(text::edit::person_still_leads(&self.person_name(id), &led));
        }
        Ok(())
    }

    /// Adds a calendar quarter, or returns the one that already covers it.
    pub fn add_quarter(&mut self, id: PeriodId, quarter: Quarter) -> Result<PeriodId, String> {
        let period = Period::quarter(id, quarter).ok_or(text::edit::NOT_A_QUARTER)?;
        if let Some(existing) = self
            .periods
            .iter()
            .find(|p| p.start == period.start && p.end == period.end)
        {
            return Ok(existing.id.clone());
        }
        let id = period.id.clone();
        self.periods.push(period);
        Ok(id)
    }

    pub fn add_period(&mut self, id: PeriodId, valid: ValidPeriod) {
        self.periods.push(Period {
            id,
            name: valid.name,
            start: valid.start,
            end: valid.end,
            closed: false,
            rev: Revision::default(),
        });
    }

    /// Renames a period or moves its dates. Check-ins keep their dates, so one
    /// may fall outside the new range; it stays, as history.
    pub fn update_period(&mut self, id: &PeriodId, valid: ValidPeriod) {
        if let Some(p) = self.periods.find_mut(|p| &p.id == id) {
            p.name = valid.name;
            p.start = valid.start;
            p.end = valid.end;
        }
    }

    /// The first calendar quarter from `from` on that has no period yet.
    pub fn next_missing_quarter(&self, from: Quarter) -> Option<Quarter> {
        std::iter::successors(Some(from), |q| Some(next_quarter(*q)))
            .take(400)
            .find(|q| {
                Period::quarter(PeriodId::from(""), *q).is_some_and(|quarter| {
                    !self
                        .periods
                        .iter()
                        .any(|p| p.start == quarter.start && p.end == quarter.end)
                })
            })
    }

    /// Deletes a period that holds no objectives.
    pub fn delete_period(&mut self, id: &PeriodId) -> Result<(), String> {
        self.check_delete_period(id)?;
        self.periods.retain(|p| &p.id != id);
        if self.current_period.as_ref() == Some(id) {
            self.current_period = None;
        }
        let about_period = |d: &Dismissal| d.period.as_ref() == Some(id);
        for unit in self
            .units
            .iter_mut_where(|u| u.dismissed.iter().any(about_period))
        {
            unit.dismissed.retain(|d| !about_period(d));
        }
        Ok(())
    }

    /// Closes a period (its OKRs become read-only) or reopens it.
    pub fn set_period_closed(&mut self, id: &PeriodId, closed: bool) {
        if let Some(p) = self.periods.find_mut(|p| &p.id == id) {
            p.closed = closed;
        }
    }

    pub fn set_reflection(
        &mut self,
        objective: &ObjectiveId,
        field: &str,
        answer: &str,
    ) -> Result<(), String> {
        self.ensure_objective_open(objective)?;
        if let Some(o) = self.objectives.find_mut(|o| &o.id == objective)
            && let Some(slot) = o.reflection.answer_mut(field)
        {
            *slot = answer.to_owned();
        }
        Ok(())
    }

    pub fn set_check_in_cadence(&mut self, days: u32) {
        self.settings.check_in_every_days = days.max(1);
    }

    /// Why a period cannot be deleted, if it cannot.
    pub fn check_delete_period(&self, id: &PeriodId) -> Result<(), String> {
        let objectives = self.objectives.iter().filter(|o| &o.period == id).count();
        if objectives > 0 {
            return Err(text::edit::period_holds_objectives(
                &text::counts::objectives(objectives),
            ));
        }
        Ok(())
    }
}
