//! Form drafts: what a person typed, checked field by field before anything
//! is saved. Each `validate` returns either the clean values or one message
//! per field that is wrong, so the UI can show each message at its field.

use super::format::plain_number;
use super::{
    Commitment, Measure, NumberError, ObjectiveId, PeriodId, PersonId, UnitId, UnitKind, Workspace,
    parse_number,
};
use crate::text;
use chrono::NaiveDate;

/// Messages keyed by field name, in the order the fields were checked.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct FieldErrors(Vec<(&'static str, String)>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message: impl Into<String>) {
        if self.get(field).is_none() {
            self.0.push((field, message.into()));
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The fields with a message, in order (the first is where focus should go).
    pub fn fields(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().map(|(f, _)| *f)
    }
}

pub(super) fn required(
    errors: &mut FieldErrors,
    field: &'static str,
    text: &str,
    message: &str,
) -> String {
    let text = text.trim();
    if text.is_empty() {
        errors.add(field, message);
    }
    text.to_owned()
}

/// Looks up a person by the name typed; an empty name is allowed only when `optional`.
pub(super) fn person(
    ws: &Workspace,
    errors: &mut FieldErrors,
    field: &'static str,
    name: &str,
    optional: bool,
) -> Option<PersonId> {
    let name = name.trim();
    if name.is_empty() {
        if !optional {
            errors.add(field, text::draft::CHOOSE_LEAD);
        }
        return None;
    }
    match ws.person_named(name) {
        Some(p) => Some(p.id.clone()),
        None => {
            errors.add(field, text::draft::unknown_lead(&name));
            None
        }
    }
}

/// The names typed in a person field that are nobody in the organisation
/// yet, in the order typed and each once: what the field offers to add.
/// A field for several people (`many`) holds names separated by commas.
pub fn new_names(ws: &Workspace, typed: &str, many: bool) -> Vec<String> {
    let names: Vec<&str> = if many {
        typed.split(',').collect()
    } else {
        vec![typed]
    };
    let mut new: Vec<String> = Vec::new();
    for name in names.into_iter().map(str::trim).filter(|n| !n.is_empty()) {
        let seen = new.iter().any(|n| n.to_lowercase() == name.to_lowercase());
        if !seen && ws.person_named(name).is_none() {
            new.push(name.to_owned());
        }
    }
    new
}

pub(super) fn number(errors: &mut FieldErrors, field: &'static str, text: &str) -> Option<f64> {
    parse_number(text)
        .map_err(|e| errors.add(field, e.to_string()))
        .ok()
}

/// The objective form.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct ObjectiveDraft {
    pub title: String,
    pub description: String,
    pub unit: Option<UnitId>,
    pub period: Option<PeriodId>,
    /// The lead's name, as typed.
    pub lead: String,
    /// Contributors' names, separated by commas.
    pub contributors: String,
    pub parent: Option<ObjectiveId>,
    /// Set for an individual objective: the person who holds and leads it.
    pub owner: Option<PersonId>,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ValidObjective {
    pub title: String,
    pub description: String,
    pub unit: UnitId,
    pub period: PeriodId,
    pub lead: PersonId,
    pub contributors: Vec<PersonId>,
    pub parent: Option<ObjectiveId>,
    pub owner: Option<PersonId>,
}

impl ObjectiveDraft {
    /// A draft holding an existing objective's values, for editing.
    pub fn of(ws: &Workspace, id: &ObjectiveId) -> Option<ObjectiveDraft> {
        let o = ws.objective(id)?;
        Some(ObjectiveDraft {
            title: o.title.clone(),
            description: o.description.clone(),
            unit: Some(o.unit.clone()),
            period: Some(o.period.clone()),
            lead: o
                .lead
                .as_ref()
                .map(|l| ws.person_name(l).to_owned())
                .unwrap_or_default(),
            contributors: o
                .contributors
                .iter()
                .map(|c| ws.person_name(c))
                .collect::<Vec<_>>()
                .join(", "),
            parent: o.parent.clone(),
            owner: o.owner.clone(),
        })
    }

    /// Checks the draft; `editing` is the objective being edited, if any.
    pub fn validate(
        &self,
        ws: &Workspace,
        editing: Option<&ObjectiveId>,
    ) -> Result<ValidObjective, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = required(
            &mut errors,
            "title",
            &self.title,
            text::draft::OBJECTIVE_TITLE_REQUIRED,
        );
        let unit = match (&self.owner, &self.unit) {
            (Some(owner), _) => {
                let unit = ws.home_unit(owner);
                if unit.is_none() {
                    errors.add("title", text::draft::NO_HOME_UNIT_FOR_GOAL);
                }
                unit
            }
            (None, Some(u)) if ws.unit(u).is_some() => Some(u.clone()),
            _ => {
                errors.add("unit", text::draft::CHOOSE_UNIT);
                None
            }
        };
        let period = match &self.period {
            Some(p) if ws.period(p).is_some() => match ws.ensure_period_open(p) {
                Ok(()) => Some(p.clone()),
                Err(e) => {
                    errors.add("period", e);
                    None
                }
            },
            _ => {
                errors.add("period", text::draft::CHOOSE_PERIOD);
                None
            }
        };
        let lead = match &self.owner {
            Some(owner) if ws.person(owner).is_some() => Some(owner.clone()),
            Some(_) => {
                errors.add("title", text::draft::GOAL_HOLDER_GONE);
                None
            }
            None => person(ws, &mut errors, "lead", &self.lead, false),
        };
        let mut contributors = Vec::new();
        for name in self
            .contributors
            .split(',')
            .filter(|n| !n.trim().is_empty())
        {
            if let Some(id) = person(ws, &mut errors, "contributors", name, true)
                && !contributors.contains(&id)
            {
                contributors.push(id);
            }
        }
        if let (Some(parent), Some(unit), Some(period)) = (&self.parent, &unit, &period)
            && let Err(e) = match self.owner {
                Some(_) => ws.check_individual_parent(period, editing, parent),
                None => ws.check_parent(unit, period, editing, parent),
            }
        {
            errors.add("parent", e.to_string());
        }
        match (unit, period, lead) {
            (Some(unit), Some(period), Some(lead)) if errors.is_empty() => Ok(ValidObjective {
                title,
                description: self.description.trim().to_owned(),
                unit,
                period,
                lead,
                contributors,
                parent: self.parent.clone(),
                owner: self.owner.clone(),
            }),
            _ => Err(errors),
        }
    }
}

/// The three ways a key result can be measured, as a form choice.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum MeasureKind {
    #[default]
    Metric,
    Percentage,
    Milestone,
}

impl MeasureKind {
    /// The kind in a sentence, e.g. "a metric".
    pub fn with_article(self) -> &'static str {
        match self {
            MeasureKind::Metric => text::draft::A_METRIC,
            MeasureKind::Percentage => text::draft::A_PERCENTAGE,
            MeasureKind::Milestone => text::draft::A_MILESTONE,
        }
    }
}

/// The key result form. Numbers stay text until validated, so "abc" can be
/// reported where it was typed.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct KeyResultDraft {
    pub title: String,
    pub lead: String,
    pub kind: MeasureKind,
    pub start: String,
    pub target: String,
    /// Empty means "the start value".
    pub current: String,
    pub unit: String,
    pub done: bool,
    pub commitment: Commitment,
    pub weight: String,
}

impl Default for KeyResultDraft {
    fn default() -> Self {
        KeyResultDraft {
            title: String::new(),
            lead: String::new(),
            kind: MeasureKind::Metric,
            start: String::new(),
            target: String::new(),
            current: String::new(),
            unit: String::new(),
            done: false,
            commitment: Commitment::Commit,
            weight: "1".to_owned(),
        }
    }
}

#[derive(Clone, PartialEq, Debug)]
pub struct ValidKeyResult {
    pub title: String,
    pub lead: PersonId,
    pub measure: Measure,
    pub commitment: Commitment,
    pub weight: f64,
}

impl KeyResultDraft {
    pub fn of(ws: &Workspace, id: &super::KeyResultId) -> Option<KeyResultDraft> {
        let kr = ws.key_result(id)?;
        let mut draft = KeyResultDraft {
            title: kr.title.clone(),
            lead: kr
                .lead
                .as_ref()
                .map(|l| ws.person_name(l).to_owned())
                .unwrap_or_default(),
            commitment: kr.commitment,
            weight: plain_number(kr.weight),
            ..KeyResultDraft::default()
        };
        match &kr.measure {
            Measure::Metric {
                start,
                target,
                current,
                unit,
            } => {
                draft.kind = MeasureKind::Metric;
                draft.unit = unit.clone();
                (draft.start, draft.target, draft.current) = (
                    plain_number(*start),
                    plain_number(*target),
                    plain_number(*current),
                );
            }
            Measure::Percentage {
                start,
                target,
                current,
            } => {
                draft.kind = MeasureKind::Percentage;
                (draft.start, draft.target, draft.current) = (
                    plain_number(*start),
                    plain_number(*target),
                    plain_number(*current),
                );
            }
            Measure::Milestone { done } => {
                draft.kind = MeasureKind::Milestone;
                draft.done = *done;
            }
        }
        Some(draft)
    }

    pub fn validate(&self, ws: &Workspace) -> Result<ValidKeyResult, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = required(
            &mut errors,
            "title",
            &self.title,
            text::draft::KEY_RESULT_TITLE_REQUIRED,
        );
        let lead = person(ws, &mut errors, "lead", &self.lead, false);
        let measure = match self.kind {
            MeasureKind::Milestone => Some(Measure::Milestone { done: self.done }),
            kind => {
                let start = number(&mut errors, "start", &self.start);
                let target = number(&mut errors, "target", &self.target);
                let current = if self.current.trim().is_empty() {
                    start
                } else {
                    number(&mut errors, "current", &self.current)
                };
                if let (Some(start), Some(target)) = (start, target)
                    && start == target
                {
                    errors.add("target", text::draft::TARGET_EQUALS_START);
                }
                if kind == MeasureKind::Percentage {
                    for (field, value) in
                        [("start", start), ("target", target), ("current", current)]
                    {
                        if value.is_some_and(|v| !(0.0..=100.0).contains(&v)) {
                            errors.add(field, text::draft::PERCENTAGE_OUT_OF_RANGE);
                        }
                    }
                }
                match (start, target, current, kind) {
                    (Some(start), Some(target), Some(current), MeasureKind::Percentage) => {
                        Some(Measure::Percentage {
                            start,
                            target,
                            current,
                        })
                    }
                    (Some(start), Some(target), Some(current), _) => Some(Measure::Metric {
                        start,
                        target,
                        current,
                        unit: self.unit.trim().to_owned(),
                    }),
                    _ => None,
                }
            }
        };
        let weight = match parse_number(&self.weight) {
            Ok(w) if w > 0.0 => Some(w),
            Ok(_) => {
                errors.add("weight", text::draft::WEIGHT_NOT_POSITIVE);
                None
            }
            Err(NumberError::Empty) => Some(1.0),
            Err(e) => {
                errors.add("weight", e.to_string());
                None
            }
        };
        match (lead, measure, weight) {
            (Some(lead), Some(measure), Some(weight)) if errors.is_empty() => Ok(ValidKeyResult {
                title,
                lead,
                measure,
                commitment: self.commitment,
                weight,
            }),
            _ => Err(errors),
        }
    }
}

/// The unit form.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct UnitDraft {
    pub name: String,
    pub kind: UnitKind,
    pub parent: Option<UnitId>,
    pub lead: String,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ValidUnit {
    pub name: String,
    pub kind: UnitKind,
    pub parent: Option<UnitId>,
    pub lead: Option<PersonId>,
}

impl UnitDraft {
    pub fn of(ws: &Workspace, id: &UnitId) -> Option<UnitDraft> {
        let unit = ws.unit(id)?;
        Some(UnitDraft {
            name: unit.name.clone(),
            kind: unit.kind,
            parent: unit.parent.clone(),
            lead: unit
                .lead
                .as_ref()
                .map(|l| ws.person_name(l).to_owned())
                .unwrap_or_default(),
        })
    }

    pub fn validate(
        &self,
        ws: &Workspace,
        editing: Option<&UnitId>,
    ) -> Result<ValidUnit, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = required(
            &mut errors,
            "name",
            &self.name,
            text::draft::UNIT_NAME_REQUIRED,
        );
        let taken = ws.units.iter().any(|u| {
            Some(&u.id) != editing
                && u.parent == self.parent
                && u.name.trim().to_lowercase() == name.to_lowercase()
        });
        if !name.is_empty() && taken {
            errors.add("name", text::draft::duplicate_unit_name(&name));
        }
        if let Err(e) = ws.check_placement(self.kind, self.parent.as_ref(), editing) {
            errors.add("parent", e.to_string());
        }
        let lead = person(ws, &mut errors, "lead", &self.lead, true);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ValidUnit {
            name,
            kind: self.kind,
            parent: self.parent.clone(),
            lead,
        })
    }
}

/// The person form.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct PersonDraft {
    pub name: String,
    pub role: String,
    pub unit: Option<UnitId>,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ValidPerson {
    pub name: String,
    pub role: Option<String>,
    pub unit: Option<UnitId>,
}

impl PersonDraft {
    pub fn validate(
        &self,
        ws: &Workspace,
        editing: Option<&PersonId>,
    ) -> Result<ValidPerson, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = required(
            &mut errors,
            "name",
            &self.name,
            text::draft::PERSON_NAME_REQUIRED,
        );
        if let Some(other) = ws.person_named(&name)
            && Some(&other.id) != editing
            && !name.is_empty()
        {
            errors.add("name", text::draft::duplicate_person_name(&name));
        }
        if self.unit.as_ref().is_some_and(|u| ws.unit(u).is_none()) {
            errors.add("unit", text::draft::UNKNOWN_UNIT);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let role = self.role.trim();
        Ok(ValidPerson {
            name,
            role: (!role.is_empty()).then(|| role.to_owned()),
            unit: self.unit.clone(),
        })
    }
}

/// A custom period: a name and a date range.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct PeriodDraft {
    pub name: String,
    /// `YYYY-MM-DD`, as date inputs give it.
    pub start: String,
    pub end: String,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ValidPeriod {
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl PeriodDraft {
    /// A draft holding an existing period's values, for editing.
    pub fn of(ws: &Workspace, id: &PeriodId) -> Option<PeriodDraft> {
        let p = ws.period(id)?;
        Some(PeriodDraft {
            name: p.name.clone(),
            start: p.start.to_string(),
            end: p.end.to_string(),
        })
    }

    /// Checks the draft; `editing` is the period being edited, if any.
    pub fn validate(
        &self,
        ws: &Workspace,
        editing: Option<&PeriodId>,
    ) -> Result<ValidPeriod, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = required(
            &mut errors,
            "name",
            &self.name,
            text::draft::PERIOD_NAME_REQUIRED,
        );
        if ws
            .periods
            .iter()
            .filter(|p| Some(&p.id) != editing)
            .any(|p| p.name.trim().to_lowercase() == name.to_lowercase())
            && !name.is_empty()
        {
            errors.add("name", text::draft::duplicate_period_name(&name));
        }
        let date = |errors: &mut FieldErrors, field, text: &str| match text.trim() {
            "" => {
                errors.add(field, text::draft::DATE_REQUIRED);
                None
            }
            text => text
                .parse::<NaiveDate>()
                .map_err(|_| errors.add(field, text::draft::invalid_date(&text)))
                .ok(),
        };
        let start = date(&mut errors, "start", &self.start);
        let end = date(&mut errors, "end", &self.end);
        if let (Some(start), Some(end)) = (start, end)
            && end < start
        {
            errors.add("end", text::draft::END_BEFORE_START);
        }
        match (start, end) {
            (Some(start), Some(end)) if errors.is_empty() => Ok(ValidPeriod { name, start, end }),
            _ => Err(errors),
        }
    }
}
