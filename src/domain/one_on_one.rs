//! 1:1 notes: private preparation for a conversation with a manager,
//! structured by the GROW model (Goal, Reality, Options, Will).

use super::date_serde::{format_date, parse_date};
use super::draft::FieldErrors;
use super::{ObjectiveId, OneOnOneId, PersonalGoalId};
use crate::text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a note is about, if anything in particular.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteSubject {
    PersonalGoal(PersonalGoalId),
    /// An objective of the workspace; the note keeps only its id, so the
    /// workspace never learns that a private note mentions it.
    Objective(ObjectiveId),
}

#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct OneOnOne {
    pub id: OneOnOneId,
    /// The day of the conversation.
    pub date: NaiveDate,
    /// Who the conversation is with, as the owner writes it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub with: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<NoteSubject>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub goal: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reality: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub options: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub will: String,
}

impl OneOnOne {
    /// The four GROW prompts: field name, heading, question.
    pub const PROMPTS: [(&'static str, &'static str, &'static str); 4] = [
        ("goal", text::common::GOAL, text::one_on_one::GOAL_QUESTION),
        (
            "reality",
            text::one_on_one::REALITY,
            text::one_on_one::REALITY_QUESTION,
        ),
        (
            "options",
            text::one_on_one::OPTIONS,
            text::one_on_one::OPTIONS_QUESTION,
        ),
        (
            "will",
            text::one_on_one::WILL,
            text::one_on_one::WILL_QUESTION,
        ),
    ];

    /// The answers in the order of [`Self::PROMPTS`].
    pub fn answers(&self) -> [&str; 4] {
        [&self.goal, &self.reality, &self.options, &self.will]
    }
}

/// The 1:1 note form.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct OneOnOneDraft {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub with: String,
    pub about: Option<NoteSubject>,
    pub goal: String,
    pub reality: String,
    pub options: String,
    pub will: String,
}

impl OneOnOneDraft {
    pub fn of(note: &OneOnOne) -> OneOnOneDraft {
        OneOnOneDraft {
            date: format_date(note.date),
            with: note.with.clone(),
            about: note.about.clone(),
            goal: note.goal.clone(),
            reality: note.reality.clone(),
            options: note.options.clone(),
            will: note.will.clone(),
        }
    }

    /// Checks the draft; the note keeps `id`.
    pub fn validate(&self, id: OneOnOneId) -> Result<OneOnOne, FieldErrors> {
        let mut errors = FieldErrors::default();
        let date = parse_date(self.date.trim())
            .map_err(|_| errors.add("date", text::one_on_one::INVALID_DATE))
            .ok();
        let texts = [&self.goal, &self.reality, &self.options, &self.will].map(|t| t.trim());
        if texts.iter().all(|t| t.is_empty()) {
            errors.add("goal", text::one_on_one::NOTHING_WRITTEN);
        }
        let [goal, reality, options, will] = texts.map(str::to_owned);
        match date {
            Some(date) if errors.is_empty() => Ok(OneOnOne {
                id,
                date,
                with: self.with.trim().to_owned(),
                about: self.about.clone(),
                goal,
                reality,
                options,
                will,
            }),
            _ => Err(errors),
        }
    }
}
