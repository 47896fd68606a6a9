//! Integrity rules a workspace must satisfy before it is accepted from outside
//! (an imported file, the result of a merge): unique ids, references that
//! resolve, numbers in range, and initiative links that are web links.
//! Ladder's own stored data is read without them (see
//! `storage::snapshot::decode`), so a rule added here never sets aside a
//! workspace already saved.
//!
//! Each problem says in a sentence what is wrong, naming the record by its
//! title (or its place in its list), for the person who opened the file;
//! and it keeps the path of the offending field in the notation of the file
//! (`objectives[3].unit`), for whoever helps them find it.

use super::revision::RecordKind;
use super::{
    HealthyRange, KeyResultId, Measure, ObjectiveId, Reading, Records, UnitKind, WorkRef,
    Workspace, link_is_acceptable,
};
use crate::text;
use std::collections::HashMap;
use std::fmt;
use std::hash::Hash;

/// One broken rule: what is wrong, which rule, and where.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Problem {
    /// The offending field, as the file writes it: `units[4].kind`.
    pub path: String,
    /// What is wrong, in a sentence naming the record: "The key result
    /// “Orphan” refers to an objective that is not there (id “gone”)."
    pub message: String,
    pub rule: Rule,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The rules a workspace from outside must keep, one per kind of problem.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Rule {
    DuplicateId,
    MissingReference,
    Blank,
    NotANumber,
    SecondCompany,
    NoParentUnit,
    WrongParentKind,
    EndsBeforeStart,
    AlignmentCycle,
    TargetEqualsStart,
    WeightNotPositive,
    ScoreOutOfRange,
    PercentageOutOfRange,
    MilestoneNeedsDone,
    NumberNeedsValue,
    LimitsReversed,
    NegativeMargin,
    NotAWebLink,
}

/// A record as a sentence names it: by its title, or, without one, by its
/// place in its list (`index` from 0), as the file has it.
pub fn record_name(kind: RecordKind, title: &str, index: usize) -> String {
    named_as(kind.noun(), title, index)
}

fn named_as(noun: &str, title: &str, index: usize) -> String {
    let title = title.trim();
    if title.is_empty() {
        text::integrity::untitled(&noun, index + 1)
    } else {
        text::integrity::named(&noun, &title)
    }
}

struct Checker {
    problems: Vec<Problem>,
}

/// The ids of the collections others refer to, for checking references.
struct Ids<'a> {
    units: HashMap<&'a super::UnitId, usize>,
    people: HashMap<&'a super::PersonId, usize>,
    periods: HashMap<&'a super::PeriodId, usize>,
    objectives: HashMap<&'a ObjectiveId, usize>,
    key_results: HashMap<&'a KeyResultId, usize>,
}

impl Checker {
    fn report(&mut self, path: String, rule: Rule, message: String) {
        self.problems.push(Problem {
            path,
            message,
            rule,
        });
    }

    /// Collects the ids of a collection with where each first appears,
    /// reporting duplicates; `name` names the record at an index.
    fn ids<'a, T, K: Eq + Hash + fmt::Display + 'a>(
        &mut self,
        collection: &str,
        items: &'a Records<T>,
        id: impl Fn(&'a T) -> &'a K,
        name: impl Fn(usize) -> String,
    ) -> HashMap<&'a K, usize> {
        let mut seen = HashMap::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let key = id(item);
            if let Some(&first) = seen.get(key) {
                self.report(
                    format!("{collection}[{i}].id"),
                    Rule::DuplicateId,
                    text::integrity::duplicate_id(&name(i), &key, &name(first)),
                );
            } else {
                seen.insert(key, i);
            }
        }
        seen
    }

    /// Reports `record`'s reference to `key` when `target` lacks it; `what`
    /// says what kind of record it should be ("a unit").
    fn reference<K: Eq + Hash + fmt::Display>(
        &mut self,
        path: impl FnOnce() -> String,
        record: impl FnOnce() -> String,
        target: &HashMap<&K, usize>,
        what: &str,
        key: &K,
    ) {
        if !target.contains_key(key) {
            self.report(
                path(),
                Rule::MissingReference,
                text::integrity::missing_reference(&record(), &what, &key),
            );
        }
    }

    fn work_ref(
        &mut self,
        path: impl FnOnce() -> String,
        record: impl FnOnce() -> String,
        ids: &Ids,
        target: &WorkRef,
    ) {
        match target {
            WorkRef::Objective(id) => self.reference(
                path,
                record,
                &ids.objectives,
                text::integrity::AN_OBJECTIVE,
                id,
            ),
            WorkRef::KeyResult(id) => self.reference(
                path,
                record,
                &ids.key_results,
                text::integrity::A_KEY_RESULT,
                id,
            ),
        }
    }

    fn not_blank(
        &mut self,
        path: String,
        record: impl FnOnce() -> String,
        field: &str,
        text: &str,
    ) {
        if text.trim().is_empty() {
            self.report(path, Rule::Blank, text::integrity::blank(&record(), &field));
        }
    }

    /// Reports each value of `values` (its name in files, its name in a
    /// sentence, the value) that is not a finite number.
    fn finite(
        &mut self,
        path: impl Fn(&str) -> String,
        record: &str,
        values: &[(&str, &str, f64)],
    ) {
        for (field, words, value) in values {
            if !value.is_finite() {
                self.report(
                    path(field),
                    Rule::NotANumber,
                    text::integrity::not_a_number(&record, words),
                );
            }
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
            units: c.ids("units", &self.units, |u| &u.id, |i| self.unit_name(i)),
            people: c.ids(
                "people",
                &self.people,
                |p| &p.id,
                |i| record_name(RecordKind::Person, &self.people[i].name, i),
            ),
            periods: c.ids(
                "periods",
                &self.periods,
                |p| &p.id,
                |i| record_name(RecordKind::Period, &self.periods[i].name, i),
            ),
            objectives: c.ids(
                "objectives",
                &self.objectives,
                |o| &o.id,
                |i| self.objective_name(i),
            ),
            key_results: c.ids(
                "key_results",
                &self.key_results,
                |kr| &kr.id,
                |i| self.key_result_name(i),
            ),
        };
        c.ids(
            "check_ins",
            &self.check_ins,
            |ci| &ci.id,
            |i| self.check_in_name(i),
        );
        c.ids(
            "initiatives",
            &self.initiatives,
            |i| &i.id,
            |i| record_name(RecordKind::Initiative, &self.initiatives[i].title, i),
        );
        c.ids(
            "kpis",
            &self.kpis,
            |k| &k.id,
            |i| record_name(RecordKind::Kpi, &self.kpis[i].name, i),
        );

        if let Some(me) = &self.settings.me
            && !ids.people.contains_key(me)
        {
            c.report(
                "settings.me".to_owned(),
                Rule::MissingReference,
                text::integrity::me_missing(me),
            );
        }
        if let Some(current) = &self.current_period
            && !ids.periods.contains_key(current)
        {
            c.report(
                "current_period".to_owned(),
                Rule::MissingReference,
                text::integrity::current_period_missing(current),
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

    /// A unit by its level: "the team “DACH Sales”".
    fn unit_name(&self, i: usize) -> String {
        let unit = &self.units[i];
        named_as(&text::common::in_sentence(unit.kind.label()), &unit.name, i)
    }

    fn objective_name(&self, i: usize) -> String {
        record_name(RecordKind::Objective, &self.objectives[i].title, i)
    }

    fn key_result_name(&self, i: usize) -> String {
        record_name(RecordKind::KeyResult, &self.key_results[i].title, i)
    }

    /// A check-in has no title: it is named by its key result, when that
    /// has one.
    fn check_in_name(&self, i: usize) -> String {
        match self.key_result(&self.check_ins[i].key_result) {
            Some(kr) if !kr.title.trim().is_empty() => {
                text::integrity::check_in_of(&kr.title.trim())
            }
            _ => record_name(RecordKind::CheckIn, "", i),
        }
    }

    fn check_units(&self, c: &mut Checker, ids: &Ids) {
        let mut company = None;
        for (i, unit) in self.units.iter().enumerate() {
            let name = || self.unit_name(i);
            c.not_blank(
                format!("units[{i}].name"),
                name,
                text::integrity::NAME,
                &unit.name,
            );
            if unit.kind == UnitKind::Company {
                match company {
                    None => company = Some(unit),
                    Some(first) => c.report(
                        format!("units[{i}].kind"),
                        Rule::SecondCompany,
                        text::integrity::second_company(&first.name.trim(), &unit.name.trim()),
                    ),
                }
            }
            match (&unit.parent, unit.kind) {
                (None, UnitKind::Company) => {}
                (None, _) => c.report(
                    format!("units[{i}].parent"),
                    Rule::NoParentUnit,
                    text::integrity::no_parent_unit(&name()),
                ),
                (Some(parent), kind) => {
                    c.reference(
                        || format!("units[{i}].parent"),
                        name,
                        &ids.units,
                        text::integrity::A_UNIT,
                        parent,
                    );
                    if let Some(&p) = ids.units.get(parent)
                        && !kind.allowed_parents().contains(&self.units[p].kind)
                    {
                        c.report(
                            format!("units[{i}].parent"),
                            Rule::WrongParentKind,
                            text::integrity::wrong_parent_kind(
                                &name(),
                                &self.unit_name(p),
                                &text::common::in_sentence(kind.label()),
                                &text::common::in_sentence(self.units[p].kind.label()),
                            ),
                        );
                    }
                }
            }
            if let Some(lead) = &unit.lead {
                c.reference(
                    || format!("units[{i}].lead"),
                    name,
                    &ids.people,
                    text::integrity::A_PERSON,
                    lead,
                );
            }
        }
    }

    fn check_people(&self, c: &mut Checker, ids: &Ids) {
        for (i, person) in self.people.iter().enumerate() {
            let name = || record_name(RecordKind::Person, &person.name, i);
            c.not_blank(
                format!("people[{i}].name"),
                name,
                text::integrity::NAME,
                &person.name,
            );
            if let Some(unit) = &person.unit {
                c.reference(
                    || format!("people[{i}].unit"),
                    name,
                    &ids.units,
                    text::integrity::A_UNIT,
                    unit,
                );
            }
        }
    }

    fn check_periods(&self, c: &mut Checker) {
        for (i, period) in self.periods.iter().enumerate() {
            let name = || record_name(RecordKind::Period, &period.name, i);
            c.not_blank(
                format!("periods[{i}].name"),
                name,
                text::integrity::NAME,
                &period.name,
            );
            if period.end < period.start {
                c.report(
                    format!("periods[{i}].end"),
                    Rule::EndsBeforeStart,
                    text::integrity::ends_before_start(&name()),
                );
            }
        }
    }

    fn check_objectives(&self, c: &mut Checker, ids: &Ids) {
        for (i, objective) in self.objectives.iter().enumerate() {
            let name = || self.objective_name(i);
            let path = |field: &str| format!("objectives[{i}].{field}");
            c.not_blank(
                path("title"),
                name,
                text::integrity::TITLE,
                &objective.title,
            );
            c.reference(
                || path("unit"),
                name,
                &ids.units,
                text::integrity::A_UNIT,
                &objective.unit,
            );
            c.reference(
                || path("period"),
                name,
                &ids.periods,
                text::integrity::A_PERIOD,
                &objective.period,
            );
            for (field, person) in [("lead", &objective.lead), ("owner", &objective.owner)] {
                if let Some(person) = person {
                    c.reference(
                        || path(field),
                        name,
                        &ids.people,
                        text::integrity::A_PERSON,
                        person,
                    );
                }
            }
            for (j, person) in objective.contributors.iter().enumerate() {
                c.reference(
                    || path(&format!("contributors[{j}]")),
                    name,
                    &ids.people,
                    text::integrity::A_PERSON,
                    person,
                );
            }
            if let Some(parent) = &objective.parent {
                c.reference(
                    || path("parent"),
                    name,
                    &ids.objectives,
                    text::integrity::AN_OBJECTIVE,
                    parent,
                );
                if self.would_cycle(&objective.id, parent) {
                    c.report(
                        path("parent"),
                        Rule::AlignmentCycle,
                        text::integrity::alignment_cycle(&name()),
                    );
                }
            }
            if let Some(origin) = &objective.rolled_from {
                c.reference(
                    || path("rolled_from"),
                    name,
                    &ids.objectives,
                    text::integrity::AN_OBJECTIVE,
                    origin,
                );
            }
            for (j, target) in objective.depends_on.iter().enumerate() {
                c.work_ref(|| path(&format!("depends_on[{j}]")), name, ids, target);
            }
        }
    }

    fn check_key_results(&self, c: &mut Checker, ids: &Ids) {
        for (i, kr) in self.key_results.iter().enumerate() {
            let name = || self.key_result_name(i);
            let path = |field: &str| format!("key_results[{i}].{field}");
            c.not_blank(path("title"), name, text::integrity::TITLE, &kr.title);
            c.reference(
                || path("objective"),
                name,
                &ids.objectives,
                text::integrity::AN_OBJECTIVE,
                &kr.objective,
            );
            if let Some(lead) = &kr.lead {
                c.reference(
                    || path("lead"),
                    name,
                    &ids.people,
                    text::integrity::A_PERSON,
                    lead,
                );
            }
            self.check_measure(c, i);
            if !(kr.weight.is_finite() && kr.weight > 0.0) {
                c.report(
                    path("weight"),
                    Rule::WeightNotPositive,
                    text::integrity::weight_not_positive(&name()),
                );
            }
            for (j, target) in kr.depends_on.iter().enumerate() {
                c.work_ref(|| path(&format!("depends_on[{j}]")), name, ids, target);
            }
            if let Some(origin) = &kr.rolled_from {
                c.reference(
                    || path("rolled_from"),
                    name,
                    &ids.key_results,
                    text::integrity::A_KEY_RESULT,
                    origin,
                );
            }
            if let Some(g) = &kr.grade
                && !(0.0..=1.0).contains(&g.score)
            {
                c.report(
                    path("grade.score"),
                    Rule::ScoreOutOfRange,
                    text::integrity::score_out_of_range(&name()),
                );
            }
        }
    }

    /// The numbers of the `i`th key result's measure.
    fn check_measure(&self, c: &mut Checker, i: usize) {
        let kr = &self.key_results[i];
        let Some((start, target, current)) = kr.measure.numbers() else {
            return;
        };
        let name = self.key_result_name(i);
        let path = |field: &str| format!("key_results[{i}].measure.{field}");
        let values = [
            ("start", text::integrity::START_VALUE, start),
            ("target", text::integrity::TARGET, target),
            ("current", text::integrity::CURRENT_VALUE, current),
        ];
        c.finite(path, &name, &values);
        if start == target {
            c.report(
                path("target"),
                Rule::TargetEqualsStart,
                text::integrity::target_equals_start(&name),
            );
        }
        // As the form asks, and as check-ins of a percentage are checked below.
        if matches!(kr.measure, Measure::Percentage { .. }) {
            for (field, words, value) in values {
                if !(0.0..=100.0).contains(&value) {
                    c.report(
                        path(field),
                        Rule::PercentageOutOfRange,
                        text::integrity::percentage_out_of_range(&name, &words),
                    );
                }
            }
        }
    }

    fn check_check_ins(&self, c: &mut Checker, ids: &Ids) {
        for (i, check_in) in self.check_ins.iter().enumerate() {
            let name = || self.check_in_name(i);
            let path = |field: &str| format!("check_ins[{i}].{field}");
            c.reference(
                || path("key_result"),
                name,
                &ids.key_results,
                text::integrity::A_KEY_RESULT,
                &check_in.key_result,
            );
            if !check_in.reading.number().is_finite() {
                c.report(
                    path("value"),
                    Rule::NotANumber,
                    text::integrity::not_a_number(&name(), &text::integrity::VALUE),
                );
            }
            if let Some(kr) = self.key_result(&check_in.key_result) {
                match (&kr.measure, check_in.reading) {
                    (Measure::Milestone { .. }, Reading::Done(_))
                    | (Measure::Metric { .. }, Reading::Value(_)) => {}
                    (Measure::Percentage { .. }, Reading::Value(v)) => {
                        if !(0.0..=100.0).contains(&v) {
                            c.report(
                                path("value"),
                                Rule::PercentageOutOfRange,
                                text::integrity::percentage_out_of_range(
                                    &name(),
                                    &text::integrity::VALUE,
                                ),
                            );
                        }
                    }
                    (Measure::Milestone { .. }, Reading::Value(_)) => c.report(
                        path("value"),
                        Rule::MilestoneNeedsDone,
                        text::integrity::milestone_needs_done(&name()),
                    ),
                    (_, Reading::Done(_)) => c.report(
                        path("done"),
                        Rule::NumberNeedsValue,
                        text::integrity::number_needs_value(&name()),
                    ),
                }
            }
            if let Some(author) = &check_in.author {
                c.reference(
                    || path("author"),
                    name,
                    &ids.people,
                    text::integrity::A_PERSON,
                    author,
                );
            }
        }
    }

    fn check_initiatives(&self, c: &mut Checker, ids: &Ids) {
        for (i, initiative) in self.initiatives.iter().enumerate() {
            let name = || record_name(RecordKind::Initiative, &initiative.title, i);
            let path = |field: &str| format!("initiatives[{i}].{field}");
            c.not_blank(
                path("title"),
                name,
                text::integrity::TITLE,
                &initiative.title,
            );
            c.reference(
                || path("key_result"),
                name,
                &ids.key_results,
                text::integrity::A_KEY_RESULT,
                &initiative.key_result,
            );
            if let Some(lead) = &initiative.lead {
                c.reference(
                    || path("lead"),
                    name,
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
                    path("link"),
                    Rule::NotAWebLink,
                    text::integrity::not_a_web_link(&name(), &initiative.link.trim()),
                );
            }
        }
    }

    fn check_kpis(&self, c: &mut Checker, ids: &Ids) {
        for (i, kpi) in self.kpis.iter().enumerate() {
            let name = || record_name(RecordKind::Kpi, &kpi.name, i);
            let path = |field: &str| format!("kpis[{i}].{field}");
            c.not_blank(path("name"), name, text::integrity::NAME, &kpi.name);
            c.reference(
                || path("unit"),
                name,
                &ids.units,
                text::integrity::A_UNIT,
                &kpi.unit,
            );
            if let Some(owner) = &kpi.owner {
                c.reference(
                    || path("owner"),
                    name,
                    &ids.people,
                    text::integrity::A_PERSON,
                    owner,
                );
            }
            let (lower, upper) = (
                ("min", text::integrity::LOWER_LIMIT),
                ("max", text::integrity::UPPER_LIMIT),
            );
            let thresholds = match kpi.healthy {
                HealthyRange::AtLeast { min } => vec![(lower.0, lower.1, min)],
                HealthyRange::AtMost { max } => vec![(upper.0, upper.1, max)],
                HealthyRange::Between { min, max } => {
                    if min >= max {
                        c.report(
                            path("healthy.max"),
                            Rule::LimitsReversed,
                            text::integrity::limits_reversed(&name()),
                        );
                    }
                    vec![(lower.0, lower.1, min), (upper.0, upper.1, max)]
                }
            };
            c.finite(
                |field| path(&format!("healthy.{field}")),
                &name(),
                &thresholds,
            );
            if let Some(margin) = kpi.warning_margin
                && !(margin.is_finite() && margin >= 0.0)
            {
                c.report(
                    path("warning_margin"),
                    Rule::NegativeMargin,
                    text::integrity::negative_margin(&name()),
                );
            }
            for (j, r) in kpi.readings.iter().enumerate() {
                if !r.value.is_finite() {
                    c.report(
                        path(&format!("readings[{j}].value")),
                        Rule::NotANumber,
                        text::integrity::not_a_number(
                            &text::integrity::reading_of(&kpi.name.trim()),
                            &text::integrity::VALUE,
                        ),
                    );
                }
            }
        }
    }
}
