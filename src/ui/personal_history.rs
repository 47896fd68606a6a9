//! Undo and redo for the private data, in the same header buttons and keys
//! as the workspace's (`ui::undo` decides which goes first). Held in this
//! tab's memory only, never with the workspace's history, and forgotten
//! whenever the data stops being this tab's to undo (locked, replaced by
//! another tab), so an undo never brings private text back after that.

use crate::domain::Personal;
use crate::ui::state::HistoryOffer;
use leptos::prelude::*;

/// As deep as the workspace's history.
const DEPTH: usize = 50;

struct Step {
    /// The data to go back (or forward) to.
    personal: Personal,
    label: Option<String>,
    /// Names the step, so a toast's Undo takes back its own change only.
    id: u64,
    /// When it was made, undone or redone.
    moved_ms: f64,
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
}

impl PersonalHistory {
    pub fn new() -> PersonalHistory {
        PersonalHistory {
            steps: StoredValue::new(Steps::default()),
            offer: RwSignal::new(HistoryOffer::default()),
        }
    }

    /// What the undo and redo buttons would take for the private data.
    pub fn offer(self) -> Signal<HistoryOffer> {
        self.offer.into()
    }

    /// Records the data as it was before a change; returns the step's id.
    pub fn remember(self, before: Personal, label: Option<String>) -> u64 {
        let id = self
            .steps
            .try_update_value(|h| {
                h.made += 1;
                h.undo.push(Step {
                    personal: before,
                    label,
                    id: h.made,
                    moved_ms: js_sys::Date::now(),
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
    pub fn latest_at(self, back: bool) -> Option<f64> {
        self.steps
            .with_value(|h| if back { h.undo.last() } else { h.redo.last() }.map(|s| s.moved_ms))
    }

    /// Takes the step back (or again): returns the data to show and the
    /// step's label, and keeps `current` to go the other way.
    pub fn step(self, current: Personal, back: bool) -> Option<(Personal, Option<String>)> {
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
                    label: step.label.clone(),
                    id: step.id,
                    moved_ms: js_sys::Date::now(),
                });
                Some((step.personal, step.label))
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
                h.undo.last().map(|s| s.label.as_deref()),
                h.redo.last().map(|s| s.label.as_deref()),
            )
        });
        self.offer.set(offer);
    }
}
