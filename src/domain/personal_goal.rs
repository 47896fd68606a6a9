//! Personal goals: growth, wellbeing, productivity or engagement goals a
//! person keeps for themself, independent of the organisation's OKRs. They
//! live in [`Personal`](super::Personal), never in a workspace, so no code
//! that shares a workspace can reach them.

use super::date_serde::{format_date, parse_date};
use super::draft::{FieldErrors, number, required};
use super::format::plain_number;
use super::{PersonalGoalId, bar};
use crate::text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a personal goal is about.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    Growth,
    Wellbeing,
    Productivity,
    Engagement,
    Other,
}

impl Theme {
    pub const ALL: [Theme; 5] = [
        Theme::Growth,
        Theme::Wellbeing,
        Theme::Productivity,
        Theme::Engagement,
        Theme::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Theme::Growth => text::personal_goal::GROWTH,
            Theme::Wellbeing => text::personal_goal::WELLBEING,
            Theme::Productivity => text::personal_goal::PRODUCTIVITY,
            Theme::Engagement => text::personal_goal::ENGAGEMENT,
            Theme::Other => text::personal_goal::OTHER,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Theme::Growth => "growth",
            Theme::Wellbeing => "wellbeing",
            Theme::Productivity => "productivity",
            Theme::Engagement => "engagement",
            Theme::Other => "other",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.slug() == slug)
    }
}

/// One step of an action plan.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Step {
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

/// How a goal's progress is seen: a number to move, or steps to tick off.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalPlan {
    Target {
        start: f64,
        target: f64,
        /// Shown with the numbers: `km`, `books`, `hours`.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        unit: String,
    },
    Steps(Vec<Step>),
}

/// A private check-in: how it is going, in the owner's words.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct PersonalCheckIn {
    pub date: NaiveDate,
    /// The value reached, for a goal with a target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct PersonalGoal {
    pub id: PersonalGoalId,
    pub title: String,
    /// Why it matters: what keeps the goal alive when it gets hard.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
    #[serde(default)]
    pub theme: Theme,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<NaiveDate>,
    pub plan: GoalPlan,
    /// In the order they were entered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub check_ins: Vec<PersonalCheckIn>,
}

impl PersonalGoal {
    /// Check-ins by date, the latest last; entry order breaks ties.
    pub fn history(&self) -> Vec<&PersonalCheckIn> {
        let mut list: Vec<&PersonalCheckIn> = self.check_ins.iter().collect();
        list.sort_by_key(|c| c.date);
        list
    }

    /// The latest value checked in, or the start for a target nobody checked in on.
    pub fn current(&self) -> Option<f64> {
        match &self.plan {
            GoalPlan::Target { start, .. } => Some(
                self.history()
                    .into_iter()
                    .rev()
                    .find_map(|c| c.value)
                    .unwrap_or(*start),
            ),
            GoalPlan::Steps(_) => None,
        }
    }

    /// Progress as a bar shows it, `0..=1`: how far from start to target, or
    /// the share of steps done. `None` for a plan with no steps.
    pub fn progress(&self) -> Option<f64> {
        match &self.plan {
            GoalPlan::Target { start, target, .. } => {
                let current = self.current().unwrap_or(*start);
                let ratio = (current - start) / (target - start);
                ratio.is_finite().then(|| bar(ratio))
            }
            GoalPlan::Steps(steps) if steps.is_empty() => None,
            GoalPlan::Steps(steps) => {
                Some(steps.iter().filter(|s| s.done).count() as f64 / steps.len() as f64)
            }
        }
    }

    /// "12 of 20 km" or "2 of 5 steps".
    pub fn progress_text(&self) -> String {
        match &self.plan {
            GoalPlan::Target {
                start,
                target,
                unit,
            } => {
                let current = plain_number(self.current().unwrap_or(*start));
                let (start, target) = (plain_number(*start), plain_number(*target));
                if unit.is_empty() {
                    text::personal_goal::progress(&current, &start, &target)
                } else {
                    text::personal_goal::progress_in(&current, &start, &target, unit)
                }
            }
            GoalPlan::Steps(steps) => text::personal_goal::steps_done(
                &steps.iter().filter(|s| s.done).count(),
                &steps.len(),
            ),
        }
    }
}

/// The two kinds of plan, as a form choice.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum PlanKind {
    #[default]
    Target,
    Steps,
}

/// The personal goal form.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct PersonalGoalDraft {
    pub title: String,
    pub why: String,
    pub theme: Theme,
    /// `YYYY-MM-DD` as a date input gives it, or empty.
    pub target_date: String,
    pub plan: PlanKind,
    pub start: String,
    pub target: String,
    pub unit: String,
    /// One step per line.
    pub steps: String,
}

impl PersonalGoalDraft {
    /// A draft holding a goal's values, for editing.
    pub fn of(goal: &PersonalGoal) -> PersonalGoalDraft {
        let mut draft = PersonalGoalDraft {
            title: goal.title.clone(),
            why: goal.why.clone(),
            theme: goal.theme,
            target_date: goal.target_date.map(format_date).unwrap_or_default(),
            ..PersonalGoalDraft::default()
        };
        match &goal.plan {
            GoalPlan::Target {
                start,
                target,
                unit,
            } => {
                draft.plan = PlanKind::Target;
                draft.start = plain_number(*start);
                draft.target = plain_number(*target);
                draft.unit = unit.clone();
            }
            GoalPlan::Steps(steps) => {
                draft.plan = PlanKind::Steps;
                draft.steps = steps
                    .iter()
                    .map(|s| s.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n");
            }
        }
        draft
    }

    /// Checks the draft. `editing` is the goal being edited: steps whose text
    /// is unchanged keep their tick.
    pub fn validate(&self, editing: Option<&PersonalGoal>) -> Result<PersonalGoal, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = required(
            &mut errors,
            "title",
            &self.title,
            text::personal_goal::TITLE_REQUIRED,
        );
        let target_date = match self.target_date.trim() {
            "" => None,
            text => match parse_date(text) {
                Ok(day) => Some(day),
                Err(_) => {
                    errors.add("target_date", text::personal_goal::TARGET_DATE_INVALID);
                    None
                }
            },
        };
        let plan = match self.plan {
            PlanKind::Target => {
                let start = number(&mut errors, "start", &self.start);
                let target = number(&mut errors, "target", &self.target);
                match (start, target) {
                    (Some(start), Some(target)) if start == target => {
                        errors.add("target", text::personal_goal::TARGET_EQUALS_START);
                        None
                    }
                    (Some(start), Some(target)) => Some(GoalPlan::Target {
                        start,
                        target,
                        unit: self.unit.trim().to_owned(),
                    }),
                    _ => None,
                }
            }
            PlanKind::Steps => {
                let done_before = |text: &str| match editing.map(|g| &g.plan) {
                    Some(GoalPlan::Steps(old)) => old.iter().any(|s| s.done && s.text == text),
                    _ => false,
                };
                let steps: Vec<Step> = self
                    .steps
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(|text| Step {
                        text: text.to_owned(),
                        done: done_before(text),
                    })
                    .collect();
                if steps.is_empty() {
                    errors.add("steps", text::personal_goal::STEPS_REQUIRED);
                    None
                } else {
                    Some(GoalPlan::Steps(steps))
                }
            }
        };
        match plan {
            Some(plan) if errors.is_empty() => Ok(PersonalGoal {
                id: editing.map_or_else(|| PersonalGoalId::from(""), |g| g.id.clone()),
                title,
                why: self.why.trim().to_owned(),
                theme: self.theme,
                target_date,
                plan,
                check_ins: editing.map(|g| g.check_ins.clone()).unwrap_or_default(),
            }),
            _ => Err(errors),
        }
    }
}

/// The private check-in form.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct PersonalCheckInDraft {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub value: String,
    pub note: String,
}

impl PersonalCheckInDraft {
    /// Checks a check-in on `goal`: a goal with a target needs the value
    /// reached; a plan of steps needs a note (its steps are ticked on the goal).
    pub fn validate(
        &self,
        goal: &PersonalGoal,
        today: NaiveDate,
    ) -> Result<PersonalCheckIn, FieldErrors> {
        let mut errors = FieldErrors::default();
        let date = match parse_date(self.date.trim()) {
            Ok(day) if day > today => {
                errors.add("date", text::personal_goal::DATE_IN_FUTURE);
                None
            }
            Ok(day) => Some(day),
            Err(_) => {
                errors.add("date", text::personal_goal::DATE_INVALID);
                None
            }
        };
        let note = self.note.trim().to_owned();
        let value = match goal.plan {
            GoalPlan::Target { .. } => number(&mut errors, "value", &self.value),
            GoalPlan::Steps(_) => {
                if note.is_empty() {
                    errors.add("note", text::personal_goal::NOTE_REQUIRED);
                }
                None
            }
        };
        match date {
            Some(date) if errors.is_empty() => Ok(PersonalCheckIn { date, value, note }),
            _ => Err(errors),
        }
    }
}
