//! Objectives: what a unit wants to achieve in a period.

use super::{ObjectiveId, PeriodId, PersonId, Revision, UnitId, WorkRef};
use crate::text;
use serde::{Deserialize, Serialize};

/// A qualitative, time-bound goal owned by one unit and led by one person.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Objective {
    pub id: ObjectiveId,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub unit: UnitId,
    pub period: PeriodId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<PersonId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributors: Vec<PersonId>,
    /// The higher-level objective this one ladders up to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<ObjectiveId>,
    /// Work in other units this objective waits on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<WorkRef>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub archived: bool,
    /// The end-of-period reflection.
    #[serde(default, skip_serializing_if = "Reflection::is_unwritten")]
    pub reflection: Reflection,
    /// The objective this one was rolled over from, in an earlier period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rolled_from: Option<ObjectiveId>,
    /// Set for an individual objective: the person who holds it (and leads
    /// it). Shown only while the individual-goals feature is on; `unit` is
    /// then the person's unit, so it stays within the organisation's tree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonId>,
    /// Coach findings about this record that someone set aside, with why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed: Vec<super::coach::Dismissal>,
    /// Which browsers changed the record, and when last: how merging tells
    /// a newer version from a concurrent one.
    #[serde(default, skip_serializing_if = "Revision::is_new")]
    pub rev: Revision,
}

/// The four reflection questions asked at the end of a period. Free text,
/// about the work rather than about anyone's performance.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Reflection {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub impact: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub focus: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub communication: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub learning: String,
}

impl Reflection {
    /// The questions, with the field each answer goes in.
    pub const QUESTIONS: [(&'static str, &'static str, &'static str); 4] = [
        (
            "impact",
            text::objective::IMPACT,
            text::objective::IMPACT_QUESTION,
        ),
        (
            "focus",
            text::objective::FOCUS,
            text::objective::FOCUS_QUESTION,
        ),
        (
            "communication",
            text::objective::COMMUNICATION,
            text::objective::COMMUNICATION_QUESTION,
        ),
        (
            "learning",
            text::objective::LEARNING,
            text::objective::LEARNING_QUESTION,
        ),
    ];

    /// True when no answer says anything (blank answers count as none).
    pub fn is_empty(&self) -> bool {
        self.answers().iter().all(|a| a.trim().is_empty())
    }

    /// True when no answer holds even a space: only then is the field left
    /// out of a file, so what was typed comes back exactly as it was.
    fn is_unwritten(&self) -> bool {
        self.answers().iter().all(|a| a.is_empty())
    }

    /// The answers in the order of [`Reflection::QUESTIONS`].
    pub fn answers(&self) -> [&str; 4] {
        [
            &self.impact,
            &self.focus,
            &self.communication,
            &self.learning,
        ]
    }

    pub fn answer_mut(&mut self, field: &str) -> Option<&mut String> {
        match field {
            "impact" => Some(&mut self.impact),
            "focus" => Some(&mut self.focus),
            "communication" => Some(&mut self.communication),
            "learning" => Some(&mut self.learning),
            _ => None,
        }
    }
}
