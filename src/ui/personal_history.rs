//! Undo and redo for the private data, in the same header buttons and keys
//! as the workspace's (`ui::undo` decides which goes first). Outside My
//! goals they only say "a change in My goals": a goal's title stays off
//! a shared screen. Held in this
//! tab's memory only, never with the workspace's history, and forgotten
//! whenever the data stops being this tab's to undo (locked, replaced by
//! another tab), so an undo never brings private text back after that.

use crate::domain::Personal;
use crate::text;
use crate::ui::state::{HistoryOffer, order};
use leptos::prelude::*;

/// As deep as the workspace's history.
const DEPTH: usize = 50;

struct Step {
    /// The data to go back (or forward) to.
    personal: Personal,
    /// Names the step, so a toast's Undo takes back its own change only.
    id: u64,
    /// Its place in the tab's order of changes, undos and redos.
    moved: u64,
}

#[derive(Default)]
struct Steps {
    undo: Vec<Step>,
    redo: Vec<Step>,
    made: u64,
}

#[derive(Clone, Copy)]
pub struct PersonalHistory {
    steps: StoredValue<Steps>,
    offer: RwSignal<HistoryOffer>,
    offered: Signal<HistoryOffer>,
}

impl PersonalHistory {
    pub fn new() -> PersonalHistory {
        let offer = RwSignal::new(HistoryOffer::default());
        PersonalHistory {
            steps: StoredValue::new(Steps::default()),
            offer,
            offered: offer.into(),
        }
    }

    /// What the undo and redo buttons would take for the private data.
    pub fn offer(self) -> Signal<HistoryOffer> {
        self.offered
    }

    /// Records the data as it was before a change; returns the step's id.
    pub fn remember(self, before: Personal) -> u64 {
        let id = self
            .steps
            .try_update_value(|h| {
                h.made += 1;
                h.undo.push(Step {
                    personal: before,
                    id: h.made,
                    moved: order::changed(),
                });
                if h.undo.len() > DEPTH {
                    h.undo.remove(0);
                }
                h.redo.clear();
                h.made
            })
            .unwrap_or_default();
        self.update_offer();
        id
    }

    /// The id of the step undo would take.
    pub fn latest(self) -> Option<u64> {
        self.steps.with_value(|h| h.undo.last().map(|s| s.id))
    }

    /// When the step undo (`back`) or redo would take was made or moved.
    pub fn latest_at(self, back: bool) -> Option<u64> {
        self.steps
            .with_value(|h| if back { h.undo.last() } else { h.redo.last() }.map(|s| s.moved))
    }

    /// Takes the step back (or again): returns the data to show, and keeps
    /// `current` to go the other way.
    pub fn step(self, current: Personal, back: bool) -> Option<Personal> {
        let taken = self
            .steps
            .try_update_value(|h| {
                let (from, to) = if back {
                    (&mut h.undo, &mut h.redo)
                } else {
                    (&mut h.redo, &mut h.undo)
                };
                let step = from.pop()?;
                to.push(Step {
                    personal: current,
                    id: step.id,
                    moved: order::next(),
                });
                Some(step.personal)
            })
            .flatten();
        self.update_offer();
        taken
    }

    pub fn forget(self) {
        self.steps.update_value(|h| {
            h.undo.clear();
            h.redo.clear();
        });
        self.update_offer();
    }

    fn update_offer(self) {
        let offer = self.steps.with_value(|h| {
            HistoryOffer::naming(
                h.undo.last().map(|_| Some(text::app_state::PRIVATE_CHANGE)),
                h.redo.last().map(|_| Some(text::app_state::PRIVATE_CHANGE)),
            )
        });
        self.offer.set(offer);
    }
}
