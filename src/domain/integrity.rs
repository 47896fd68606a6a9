//! Integrity rules a workspace must satisfy before it is accepted from outside
//! (an imported file, the result of a merge): unique ids, references that
//! resolve, numbers in range, and initiative links that are web links.
//! Ladder's own stored data is read without them (see
//! `storage::snapshot::decode`), so a rule added here never sets aside a
//! workspace already saved.
//!
//! Each problem names the path of the offending field in the same notation the
//! import error messages use (`objectives[3].unit`), so a person can find it.

use super::{
    HealthyRange, KeyResultId, Measure, ObjectiveId, Reading, Records, UnitKind, WorkRef,
    Workspace, link_is_acceptable,
};
use crate::text;
use std::collections::HashSet;
use std::fmt;
use std::hash::Hash;

/// One broken rule, located by the path of the field that breaks it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

struct Checker {
    problems: Vec<Problem>,
}

/// The ids of the collections others refer to, for checking references.
struct Ids<'a> {
    units: HashSet<&'a super::UnitId>,
    people: HashSet<&'a super::PersonId>,
    periods: HashSet<&'a super::PeriodId>,
    objectives: HashSet<&'a ObjectiveId>,
    key_results: HashSet<&'a KeyResultId>,
}

impl Checker {
    fn report(&mut self, path: String, message: impl Into<String>) {
        self.problems.push(Problem {
            path,
            message: message.into(),
        });
    }

    /// Collects the ids of a collection, reporting duplicates.
    fn ids<'a, T, K: Eq + Hash + fmt::Display + 'a>(
        &mut self,
        collection: &str,
        items: &'a Records<T>,
        id: impl Fn(&'a T) -> &'a K,
    ) -> HashSet<&'a K> {
        let mut seen = HashSet::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let key = id(item);
            if !seen.insert(key) {
                self.report(
                    format!("{collection}[{i}].id"),
                    text::integrity::duplicate_id(&key),
                );
            }
        }
        seen
    }

    fn reference<K: Eq + Hash + fmt::Display>(
        &mut self,
        path: impl FnOnce() -> String,
        target: &HashSet<&K>,
        what: &str,
        key: &K,
    ) {
        if !target.contains(key) {
            self.report(path(), text::integrity::missing_reference(&what, &key));
        }
    }

    fn work_ref(
        &mut self,
        path: impl FnOnce() -> String,
        objectives: &HashSet<&ObjectiveId>,
        key_results: &HashSet<&KeyResultId>,
        target: &WorkRef,
    ) {
        match target {
            WorkRef::Objective(id) => {
                self.reference(path, objectives, text::integrity::AN_OBJECTIVE, id)
            }
            WorkRef::KeyResult(id) => {
                self.reference(path, key_results, text::integrity::A_KEY_RESULT, id)
            }
        }
    }

    fn not_blank(&mut self, path: impl FnOnce() -> String, text: &str) {
        if text.trim().is_empty() {
            self.report(path(), text::integrity::MUST_NOT_BE_EMPTY);
        }
    }
}

fn finite(c: &mut Checker, path: impl Fn(&str) -> String, values: &[(&str, f64)]) {
    for (field, value) in values {
        if !value.is_finite() {
            c.report(path(field), text::integrity::NOT_FINITE);
        }
    }
}

impl Workspace {
    /// Every integrity problem, in document order; empty when the workspace is sound.
    pub fn problems(&self) -> Vec<Problem> {
        let mut c = Checker {
            problems: Vec::new(),
        };
        let ids = Ids {
            units: c.ids("units", &self.units, |u| &u.id),
            people: c.ids("people", &self.people, |p| &p.id),
            periods: c.ids("periods", &self.periods, |p| &p.id),
            objectives: c.ids("objectives", &self.objectives, |o| &o.id),
            key_results: c.ids("key_results", &self.key_results, |kr| &kr.id),
        };
        c.ids("check_ins", &self.check_ins, |ci| &ci.id);
        c.ids("initiatives", &self.initiatives, |i| &i.id);
        c.ids("kpis", &self.kpis, |k| &k.id);

        if let Some(me) = &self.settings.me {
            c.reference(
                || "settings.me".to_owned(),
                &ids.people,
                text::integrity::A_PERSON,
                me,
            );
        }
        if let Some(current) = &self.current_period {
            c.reference(
                || "current_period".to_owned(),
                &ids.periods,
                text::integrity::A_PERIOD,
                current,
            );
        }
        self.check_units(&mut c, &ids);
        self.check_people(&mut c, &ids);
        self.check_periods(&mut c);
        self.check_objectives(&mut c, &ids);
        self.check_key_results(&mut c, &ids);
        self.check_check_ins(&mut c, &ids);
        self.check_initiatives(&mut c, &ids);
        self.check_kpis(&mut c, &ids);
        c.problems
    }

    fn check_units(&self, c: &mut Checker, ids: &Ids) {
        let mut companies = 0;
        for (i, unit) in self.units.iter().enumerate() {
            c.not_blank(|| format!("units[{i}].name"), &unit.name);
            companies += usize::from(unit.kind == UnitKind::Company);
            if companies > 1 && unit.kind == UnitKind::Company {
                c.report(format!("units[{i}].kind"), text::integrity::SECOND_COMPANY);
            }
            match (&unit.parent, unit.kind) {
                (None, UnitKind::Company) => {}
                (None, _) => c.report(
                    format!("units[{i}].parent"),
                    text::integrity::MISSING_PARENT_UNIT,
                ),
                (Some(parent), kind) => {
                    c.reference(
                        || format!("units[{i}].parent"),
                        &ids.units,
                        text::integrity::A_UNIT,
                        parent,
                    );
                    if let Some(p) = self.unit(parent)
                        && !kind.allowed_parents().contains(&p.kind)
                    {
                        c.report(
                            format!("units[{i}].parent"),
                            text::integrity::wrong_parent_kind(
                                &text::common::in_sentence(kind.label()),
                                &text::common::in_sentence(p.kind.label()),
                            ),
                        );
                    }
                }
            }
            if let Some(lead) = &unit.lead {
                c.reference(
                    || format!("units[{i}].lead"),
                    &ids.people,
                    text::integrity::A_PERSON,
                    lead,
                );
            }
        }
    }

    fn check_people(&self, c: &mut Checker, ids: &Ids) {
        for (i, person) in self.people.iter().enumerate() {
            c.not_blank(|| format!("people[{i}].name"), &person.name);
            if let Some(unit) = &person.unit {
                c.reference(
                    || format!("people[{i}].unit"),
                    &ids.units,
                    text::integrity::A_UNIT,
                    unit,
                );
            }
        }
    }

    fn check_periods(&self, c: &mut Checker) {
        for (i, period) in self.periods.iter().enumerate() {
            c.not_blank(|| format!("periods[{i}].name"), &period.name);
            if period.end < period.start {
                c.report(
                    format!("periods[{i}].end"),
                    text::integrity::ENDS_BEFORE_START,
                );
            }
        }
    }

    fn check_objectives(&self, c: &mut Checker, ids: &Ids) {
        for (i, objective) in self.objectives.iter().enumerate() {
            c.not_blank(|| format!("objectives[{i}].title"), &objective.title);
            c.reference(
                || format!("objectives[{i}].unit"),
                &ids.units,
                text::integrity::A_UNIT,
                &objective.unit,
            );
            c.reference(
                || format!("objectives[{i}].period"),
                &ids.periods,
                text::integrity::A_PERIOD,
                &objective.period,
            );
            if let Some(lead) = &objective.lead {
                c.reference(
                    || format!("objectives[{i}].lead"),
                    &ids.people,
                    text::integrity::A_PERSON,
                    lead,
                );
            }
            if let Some(owner) = &objective.owner {
                c.reference(
                    || format!("objectives[{i}].owner"),
                    &ids.people,
                    text::integrity::A_PERSON,
                    owner,
                );
            }
            for (j, person) in objective.contributors.iter().enumerate() {
                c.reference(
                    || format!("objectives[{i}].contributors[{j}]"),
                    &ids.people,
                    text::integrity::A_PERSON,
                    person,
                );
            }
            if let Some(parent) = &objective.parent {
                c.reference(
                    || format!("objectives[{i}].parent"),
                    &ids.objectives,
                    text::integrity::AN_OBJECTIVE,
                    parent,
                );
                if self.would_cycle(&objective.id, parent) {
                    c.report(
                        format!("objectives[{i}].parent"),
                        text::integrity::ALIGNMENT_CYCLE,
                    );
                }
            }
            if let Some(origin) = &objective.rolled_from {
                c.reference(
                    || format!("objectives[{i}].rolled_from"),
                    &ids.objectives,
                    text::integrity::AN_OBJECTIVE,
                    origin,
                );
            }
            for (j, target) in objective.depends_on.iter().enumerate() {
                c.work_ref(
                    || format!("objectives[{i}].depends_on[{j}]"),
                    &ids.objectives,
                    &ids.key_results,
                    target,
                );
            }
        }
    }

    fn check_key_results(&self, c: &mut Checker, ids: &Ids) {
        for (i, kr) in self.key_results.iter().enumerate() {
            c.not_blank(|| format!("key_results[{i}].title"), &kr.title);
            c.reference(
                || format!("key_results[{i}].objective"),
                &ids.objectives,
                text::integrity::AN_OBJECTIVE,
                &kr.objective,
            );
            if let Some(lead) = &kr.lead {
                c.reference(
                    || format!("key_results[{i}].lead"),
                    &ids.people,
                    text::integrity::A_PERSON,
                    lead,
                );
            }
            let path = |field: &str| format!("key_results[{i}].measure.{field}");
            match kr.measure {
                Measure::Metric {
                    start,
                    target,
                    current,
                    ..
                }
                | Measure::Percentage {
                    start,
                    target,
                    current,
                } => {
                    let values = [("start", start), ("target", target), ("current", current)];
                    finite(c, path, &values);
                    if start == target {
                        c.report(path("target"), text::integrity::TARGET_EQUALS_START);
                    }
                    // As the form asks, and as check-ins of a percentage are checked below.
                    if matches!(kr.measure, Measure::Percentage { .. }) {
                        for (field, value) in values {
                            if !(0.0..=100.0).contains(&value) {
                                c.report(path(field), text::integrity::PERCENTAGE_OUT_OF_RANGE);
                            }
                        }
                    }
                }
                Measure::Milestone { .. } => {}
            }
            if !(kr.weight.is_finite() && kr.weight > 0.0) {
                c.report(
                    format!("key_results[{i}].weight"),
                    text::integrity::WEIGHT_NOT_POSITIVE,
                );
            }
            for (j, target) in kr.depends_on.iter().enumerate() {
                c.work_ref(
                    || format!("key_results[{i}].depends_on[{j}]"),
                    &ids.objectives,
                    &ids.key_results,
                    target,
                );
            }
            if let Some(origin) = &kr.rolled_from {
                c.reference(
                    || format!("key_results[{i}].rolled_from"),
                    &ids.key_results,
                    text::integrity::A_KEY_RESULT,
                    origin,
                );
            }
            if let Some(g) = &kr.grade
                && !(0.0..=1.0).contains(&g.score)
            {
                c.report(
                    format!("key_results[{i}].grade.score"),
                    text::integrity::SCORE_OUT_OF_RANGE,
                );
            }
        }
    }

    fn check_check_ins(&self, c: &mut Checker, ids: &Ids) {
        for (i, check_in) in self.check_ins.iter().enumerate() {
            c.reference(
                || format!("check_ins[{i}].key_result"),
                &ids.key_results,
                text::integrity::A_KEY_RESULT,
                &check_in.key_result,
            );
            if !check_in.reading.number().is_finite() {
                c.report(format!("check_ins[{i}].value"), text::integrity::NOT_FINITE);
            }
            if let Some(kr) = self.key_result(&check_in.key_result) {
                match (&kr.measure, check_in.reading) {
                    (Measure::Milestone { .. }, Reading::Done(_))
                    | (Measure::Metric { .. }, Reading::Value(_)) => {}
                    (Measure::Percentage { .. }, Reading::Value(v)) => {
                        if !(0.0..=100.0).contains(&v) {
                            c.report(
                                format!("check_ins[{i}].value"),
                                text::integrity::PERCENTAGE_OUT_OF_RANGE,
                            );
                        }
                    }
                    (Measure::Milestone { .. }, Reading::Value(_)) => c.report(
                        format!("check_ins[{i}].value"),
                        text::integrity::MILESTONE_NEEDS_DONE,
                    ),
                    (_, Reading::Done(_)) => c.report(
                        format!("check_ins[{i}].done"),
                        text::integrity::NUMBER_NEEDS_VALUE,
                    ),
                }
            }
            if let Some(author) = &check_in.author {
                c.reference(
                    || format!("check_ins[{i}].author"),
                    &ids.people,
                    text::integrity::A_PERSON,
                    author,
                );
            }
        }
    }

    fn check_initiatives(&self, c: &mut Checker, ids: &Ids) {
        for (i, initiative) in self.initiatives.iter().enumerate() {
            c.not_blank(|| format!("initiatives[{i}].title"), &initiative.title);
            c.reference(
                || format!("initiatives[{i}].key_result"),
                &ids.key_results,
                text::integrity::A_KEY_RESULT,
                &initiative.key_result,
            );
            if let Some(lead) = &initiative.lead {
                c.reference(
                    || format!("initiatives[{i}].lead"),
                    &ids.people,
                    text::integrity::A_PERSON,
                    lead,
                );
            }
            // Rendering never makes another scheme clickable, but a file
            // that carries one (`javascript:`, `data:`) was not written by
            // Ladder's form: refuse it rather than keep it silently.
            if !link_is_acceptable(&initiative.link) {
                c.report(
                    format!("initiatives[{i}].link"),
                    text::integrity::NOT_A_WEB_LINK,
                );
            }
        }
    }

    fn check_kpis(&self, c: &mut Checker, ids: &Ids) {
        for (i, kpi) in self.kpis.iter().enumerate() {
            c.not_blank(|| format!("kpis[{i}].name"), &kpi.name);
            c.reference(
                || format!("kpis[{i}].unit"),
                &ids.units,
                text::integrity::A_UNIT,
                &kpi.unit,
            );
            if let Some(owner) = &kpi.owner {
                c.reference(
                    || format!("kpis[{i}].owner"),
                    &ids.people,
                    text::integrity::A_PERSON,
                    owner,
                );
            }
            let thresholds = match kpi.healthy {
                HealthyRange::AtLeast { min } => vec![("min", min)],
                HealthyRange::AtMost { max } => vec![("max", max)],
                HealthyRange::Between { min, max } => {
                    if min >= max {
                        c.report(
                            format!("kpis[{i}].healthy.max"),
                            text::integrity::LIMITS_REVERSED,
                        );
                    }
                    vec![("min", min), ("max", max)]
                }
            };
            finite(c, |field| format!("kpis[{i}].healthy.{field}"), &thresholds);
            if let Some(margin) = kpi.warning_margin
                && !(margin.is_finite() && margin >= 0.0)
            {
                c.report(
                    format!("kpis[{i}].warning_margin"),
                    text::integrity::NEGATIVE_MARGIN,
                );
            }
            for (j, r) in kpi.readings.iter().enumerate() {
                if !r.value.is_finite() {
                    c.report(
                        format!("kpis[{i}].readings[{j}].value"),
                        text::integrity::NOT_FINITE,
                    );
                }
            }
        }
    }
}
