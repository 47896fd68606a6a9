//! Key results: how an objective's progress is measured.

use super::format::Locale;
use super::{Grade, Grouped, KeyResultId, ObjectiveId, PersonId, Revision, WorkRef};
use crate::text;
use serde::{Deserialize, Serialize};

/// Whether a key result is expected to be met in full or is aspirational.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Commitment {
    /// Expected to be fully met: a score of 1.0.
    #[default]
    Commit,
    /// Aspirational: around 0.7 already counts as success.
    Stretch,
}

impl Commitment {
    /// The score that counts as success.
    pub fn expected_score(self) -> f64 {
        match self {
            Commitment::Commit => 1.0,
            Commitment::Stretch => 0.7,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Commitment::Commit => text::common::COMMIT,
            Commitment::Stretch => text::common::STRETCH,
        }
    }

    /// The expectation in words, shown wherever a score is, its score as
    /// `locale` writes it.
    pub fn expectation(self, locale: &dyn Locale) -> String {
        let score = locale.score(self.expected_score());
        match self {
            Commitment::Commit => text::key_result::commit_expectation(&score),
            Commitment::Stretch => text::key_result::stretch_expectation(&score),
        }
    }
}

/// How a key result is measured.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Measure {
    /// A number moving from `start` to `target`; a target below the start means "decrease".
    Metric {
        start: f64,
        target: f64,
        current: f64,
        /// Shown with the numbers: `€`, `leads`, `%`.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        unit: String,
    },
    /// A percentage (0–100), with the same math as a metric.
    Percentage {
        start: f64,
        target: f64,
        current: f64,
    },
    /// Done or not done.
    Milestone { done: bool },
}

/// Which way a metric has to move.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Direction {
    Increase,
    Decrease,
}

impl Measure {
    /// `(start, target, current)` of a metric or a percentage; `None` for a milestone.
    pub fn numbers(&self) -> Option<(f64, f64, f64)> {
        match *self {
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
            } => Some((start, target, current)),
            Measure::Milestone { .. } => None,
        }
    }

    /// `None` for a milestone, and for a start equal to the target (no direction).
    pub fn direction(&self) -> Option<Direction> {
        let (start, target, _) = self.numbers()?;
        if target > start {
            Some(Direction::Increase)
        } else if target < start {
            Some(Direction::Decrease)
        } else {
            None
        }
    }

    pub fn kind(&self) -> super::MeasureKind {
        match self {
            Measure::Metric { .. } => super::MeasureKind::Metric,
            Measure::Percentage { .. } => super::MeasureKind::Percentage,
            Measure::Milestone { .. } => super::MeasureKind::Milestone,
        }
    }

    /// The unit to show beside values: the metric's own, `%` for a percentage.
    pub fn unit(&self) -> &str {
        match self {
            Measure::Metric { unit, .. } => unit,
            Measure::Percentage { .. } => "%",
            Measure::Milestone { .. } => "",
        }
    }
}

/// A measurable outcome that shows progress toward an objective.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct KeyResult {
    pub id: KeyResultId,
    pub objective: ObjectiveId,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<PersonId>,
    pub measure: Measure,
    #[serde(default)]
    pub commitment: Commitment,
    /// Relative weight in the objective's progress; equal by default.
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Work in other units this key result waits on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<WorkRef>,
    /// The end-of-period grade, once given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<Grade>,
    /// The key result this one was rolled over from, in an earlier period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rolled_from: Option<KeyResultId>,
    /// The day it was added, in the adding browser's calendar: a key result
    /// is "not checked in", rather than judged by pace, for its first
    /// cadence. Unknown for records older than the field (then its period's
    /// start counts).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::date_serde::optional_date"
    )]
    pub created: Option<chrono::NaiveDate>,
    /// Coach findings about this record that someone set aside, with why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed: Vec<super::coach::Dismissal>,
    /// Which browsers changed the record, and when last: how merging tells
    /// a newer version from a concurrent one.
    #[serde(default, skip_serializing_if = "Revision::is_new")]
    pub rev: Revision,
}

impl Grouped for KeyResult {
    type Group = ObjectiveId;
    fn group(&self) -> &ObjectiveId {
        &self.objective
    }
}

fn default_weight() -> f64 {
    1.0
}
