//! Integrity rules a workspace must satisfy before it is accepted from outside
//! (an imported file, another tab): unique ids and references that resolve.
//!
//! Each problem names the path of the offending field in the same notation the
//! import error messages use (`objectives[3].unit`), so a person can find it.

use super::Workspace;
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
        items: &'a [T],
        id: impl Fn(&'a T) -> &'a K,
    ) -> HashSet<&'a K> {
        let mut seen = HashSet::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let key = id(item);
            if !seen.insert(key) {
                self.report(
                    format!("{collection}[{i}].id"),
                    format!("the id \"{key}\" is used twice"),
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
            self.report(
                path(),
                format!("refers to a {what} that does not exist (\"{key}\")"),
            );
        }
    }

    fn not_blank(&mut self, path: impl FnOnce() -> String, text: &str) {
        if text.trim().is_empty() {
            self.report(path(), "must not be empty");
        }
    }
}

impl Workspace {
    /// Every integrity problem, in document order; empty when the workspace is sound.
    pub fn problems(&self) -> Vec<Problem> {
        let mut c = Checker {
            problems: Vec::new(),
        };
        let units = c.ids("units", &self.units, |u| &u.id);
        let people = c.ids("people", &self.people, |p| &p.id);
        let periods = c.ids("periods", &self.periods, |p| &p.id);
        let objectives = c.ids("objectives", &self.objectives, |o| &o.id);

        for (i, unit) in self.units.iter().enumerate() {
            c.not_blank(|| format!("units[{i}].name"), &unit.name);
            if let Some(parent) = &unit.parent {
                c.reference(|| format!("units[{i}].parent"), &units, "unit", parent);
            }
            if let Some(lead) = &unit.lead {
                c.reference(|| format!("units[{i}].lead"), &people, "person", lead);
            }
        }
        for (i, person) in self.people.iter().enumerate() {
            c.not_blank(|| format!("people[{i}].name"), &person.name);
            if let Some(unit) = &person.unit {
                c.reference(|| format!("people[{i}].unit"), &units, "unit", unit);
            }
        }
        for (i, period) in self.periods.iter().enumerate() {
            c.not_blank(|| format!("periods[{i}].name"), &period.name);
            if period.end < period.start {
                c.report(format!("periods[{i}].end"), "ends before it starts");
            }
        }
        for (i, objective) in self.objectives.iter().enumerate() {
            c.not_blank(|| format!("objectives[{i}].title"), &objective.title);
            c.reference(
                || format!("objectives[{i}].unit"),
                &units,
                "unit",
                &objective.unit,
            );
            c.reference(
                || format!("objectives[{i}].period"),
                &periods,
                "period",
                &objective.period,
            );
            if let Some(lead) = &objective.lead {
                c.reference(|| format!("objectives[{i}].lead"), &people, "person", lead);
            }
            for (j, person) in objective.contributors.iter().enumerate() {
                c.reference(
                    || format!("objectives[{i}].contributors[{j}]"),
                    &people,
                    "person",
                    person,
                );
            }
            if let Some(parent) = &objective.parent {
                c.reference(
                    || format!("objectives[{i}].parent"),
                    &objectives,
                    "objective",
                    parent,
                );
            }
        }
        c.problems
    }
}
