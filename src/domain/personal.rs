//! Everything private to the person using this browser: personal goals and
//! 1:1 notes.
//!
//! A separate document from [`Workspace`](super::Workspace) by type, not by
//! convention: no function that exports, merges, replaces or imports a
//! workspace takes a `Personal`, so none of them can leak or overwrite it.

use super::GoalPlan;
use super::{
    NoteSubject, OneOnOne, OneOnOneId, PersonalCheckIn, PersonalGoal, PersonalGoalId, Step,
};
use crate::text;
use serde::{Deserialize, Serialize};

#[derive(Clone, PartialEq, Debug, Default, Serialize, Deserialize)]
pub struct Personal {
    #[serde(default)]
    pub goals: Vec<PersonalGoal>,
    /// 1:1 notes, in the order they were written.
    #[serde(default)]
    pub one_on_ones: Vec<OneOnOne>,
}

impl Personal {
    pub fn is_empty(&self) -> bool {
        self.goals.is_empty() && self.one_on_ones.is_empty()
    }

    pub fn goal(&self, id: &PersonalGoalId) -> Option<&PersonalGoal> {
        self.goals.iter().find(|g| &g.id == id)
    }

    fn goal_mut(&mut self, id: &PersonalGoalId) -> Option<&mut PersonalGoal> {
        self.goals.iter_mut().find(|g| &g.id == id)
    }

    /// Adds a goal, or replaces the one with the same id.
    pub fn save_goal(&mut self, goal: PersonalGoal) {
        match self.goal_mut(&goal.id) {
            Some(slot) => *slot = goal,
            None => self.goals.push(goal),
        }
    }

    /// Deletes a goal; notes about it stay, about nothing in particular.
    pub fn delete_goal(&mut self, id: &PersonalGoalId) {
        self.goals.retain(|g| &g.id != id);
        for note in &mut self.one_on_ones {
            if note.about == Some(NoteSubject::PersonalGoal(id.clone())) {
                note.about = None;
            }
        }
    }

    /// Ticks or unticks step `index` of a goal with an action plan.
    pub fn set_step_done(&mut self, id: &PersonalGoalId, index: usize, done: bool) {
        if let Some(GoalPlan::Steps(steps)) = self.goal_mut(id).map(|g| &mut g.plan)
            && let Some(Step { done: slot, .. }) = steps.get_mut(index)
        {
            *slot = done;
        }
    }

    pub fn add_check_in(&mut self, id: &PersonalGoalId, check_in: PersonalCheckIn) {
        if let Some(goal) = self.goal_mut(id) {
            goal.check_ins.push(check_in);
        }
    }

    pub fn one_on_one(&self, id: &OneOnOneId) -> Option<&OneOnOne> {
        self.one_on_ones.iter().find(|n| &n.id == id)
    }

    /// Adds a note, or replaces the one with the same id.
    pub fn save_one_on_one(&mut self, note: OneOnOne) {
        match self.one_on_ones.iter_mut().find(|n| n.id == note.id) {
            Some(slot) => *slot = note,
            None => self.one_on_ones.push(note),
        }
    }

    pub fn delete_one_on_one(&mut self, id: &OneOnOneId) {
        self.one_on_ones.retain(|n| &n.id != id);
    }

    /// 1:1 notes, the latest conversation first.
    pub fn one_on_ones_newest_first(&self) -> Vec<&OneOnOne> {
        let mut notes: Vec<&OneOnOne> = self.one_on_ones.iter().collect();
        notes.sort_by_key(|n| std::cmp::Reverse(n.date));
        notes
    }

    /// "2 goals and 1 1:1 note", for saying what a file would hold.
    pub fn describe(&self) -> String {
        text::common::both(
            &text::counts::personal_goals(self.goals.len()),
            &text::counts::one_on_one_notes(self.one_on_ones.len()),
        )
    }
}

/// The shortest passphrase Ladder accepts for locking private data.
pub const SHORTEST_PASSPHRASE: usize = 8;

/// Checks a new passphrase and its repetition, field by field.
pub fn check_new_passphrase(passphrase: &str, repeat: &str) -> super::FieldErrors {
    let mut errors = super::FieldErrors::default();
    if passphrase.chars().count() < SHORTEST_PASSPHRASE {
        errors.add(
            "passphrase",
            text::personal::passphrase_too_short(&SHORTEST_PASSPHRASE),
        );
    }
    if repeat != passphrase {
        errors.add("repeat", text::personal::PASSPHRASES_DIFFER);
    }
    errors
}
