//! Undo and redo: the workspace on the other side of each recent change.

use super::order;
use crate::domain::Workspace;
use crate::text;
use leptos::prelude::*;
use std::collections::VecDeque;

/// How many changes undo reaches back.
const HISTORY_DEPTH: usize = 50;
/// Roughly how much memory the undo steps may hold apart from the workspace
/// on screen. A step shares every record its change left alone, so fifty
/// check-ins on three years of a 300-person company hold about 16 MB; steps
/// that replaced the whole workspace (an import) hold all of it, and a few
/// of those reach this.
const HISTORY_BYTES: usize = 64 * 1024 * 1024;
/// Edits closer together than this, with nothing else between, undo as one
/// step: typing a name is one change, not one per key.
const TYPING_PAUSE_MS: f64 = 1_000.0;

/// One undoable change: the workspace on the other side of it.
pub(super) struct Step {
    pub workspace: Workspace,
    pub label: Option<String>,
    /// True for an edit made here, whose undo is a new edit here (stamped);
    /// false for a whole workspace brought in (an import, a merge), whose
    /// undo puts the earlier records back exactly, stamps and all, so the
    /// colleague's versions are not outdated by the undo.
    pub local: bool,
    /// What it holds that the next newer version does not share
    /// ([`Workspace::held_apart`]).
    held: usize,
    at_ms: f64,
    /// Its place in the tab's order of changes, undos and redos
    /// (`order`): of two histories, the one moved last is stepped first.
    moved: u64,
}

/// Undo and redo, newest last.
#[derive(Default)]
struct Steps {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
}

impl Steps {
    /// Forgets the oldest undo steps beyond the depth, or beyond the memory
    /// they may hold; the newest is always kept, however large.
    fn trim(&mut self) {
        let mut held: usize = self.undo.iter().map(|s| s.held).sum();
        while self.undo.len() > HISTORY_DEPTH || (self.undo.len() > 1 && held > HISTORY_BYTES) {
            if let Some(oldest) = self.undo.pop_front() {
                held -= oldest.held;
            }
        }
    }
}

/// What the undo and redo buttons offer.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct HistoryOffer {
    pub undo: Option<String>,
    pub redo: Option<String>,
}

/// The undo history: kept by the document, forgotten by the saver when
/// another tab's save replaces the workspace.
#[derive(Clone, Copy)]
pub(super) struct History {
    steps: StoredValue<Steps>,
    offer: RwSignal<HistoryOffer>,
    /// The same, read-only, made once (each `Signal` made takes an arena slot).
    offered: Signal<HistoryOffer>,
}

impl HistoryOffer {
    /// The buttons' names for the steps undo and redo would take (each
    /// with its label, if it has one), or none.
    pub fn naming(undo: Option<Option<&str>>, redo: Option<Option<&str>>) -> HistoryOffer {
        HistoryOffer {
            undo: undo.map(|label| match label {
                Some(label) => text::app_state::undo_step(&label),
                None => text::app_state::UNDO_LAST_CHANGE.to_owned(),
            }),
            redo: redo.map(|label| match label {
                Some(label) => text::app_state::redo_step(&label),
                None => text::app_state::REDO_LAST_CHANGE.to_owned(),
            }),
        }
    }

    /// What the toast says once a step labelled `label` is taken back
    /// (`back`) or made again.
    pub fn stepped(label: Option<&str>, back: bool) -> String {
        match (label, back) {
            (Some(label), true) => text::app_state::undone(&label),
            (Some(label), false) => text::app_state::redone(&label),
            (None, true) => text::app_state::UNDONE.to_owned(),
            (None, false) => text::app_state::REDONE.to_owned(),
        }
    }
}

impl History {
    pub fn new() -> History {
        let offer = RwSignal::new(HistoryOffer::default());
        History {
            steps: StoredValue::new(Steps::default()),
            offer,
            offered: offer.into(),
        }
    }

    pub fn offer(self) -> Signal<HistoryOffer> {
        self.offered
    }

    /// Records the workspace from before a change, so it can be undone;
    /// `after` is the workspace the change made.
    pub fn remember(
        self,
        before: Workspace,
        after: &Workspace,
        label: Option<String>,
        local: bool,
    ) {
        let now = js_sys::Date::now();
        self.steps.update_value(|h| {
            let typing_on = label.is_none()
                && local
                && h.redo.is_empty()
                && h.undo.back().is_some_and(|last| {
                    last.local
                        && last.label.is_none()
                        && now - last.at_ms < TYPING_PAUSE_MS
                        // Nothing else changed since: a private edit ends the burst.
                        && last.moved == order::last_change()
                });
            if let Some(last) = h.undo.back_mut().filter(|_| typing_on) {
                // The step keeps the workspace from before the burst began.
                last.at_ms = now;
                last.moved = order::changed();
                last.held = last.workspace.held_apart(after);
            } else {
                h.undo.push_back(Step {
                    held: before.held_apart(after),
                    workspace: before,
                    label,
                    local,
                    at_ms: now,
                    moved: order::changed(),
                });
            }
            h.redo.clear();
            h.trim();
        });
        self.update_offer();
    }

    /// Forgets every step: the workspace they lead back from is gone.
    pub fn forget(self) {
        self.steps.set_value(Steps::default());
        self.update_offer();
    }

    /// When the step undo (`back`) or redo would take was last moved.
    pub fn latest_at(self, back: bool) -> Option<u64> {
        self.steps.with_value(|h| {
            if back {
                h.undo.back().map(|s| s.moved)
            } else {
                h.redo.last().map(|s| s.moved)
            }
        })
    }

    /// Takes the newest step to undo (`back`) or redo.
    pub fn take(self, back: bool) -> Option<Step> {
        self.steps
            .try_update_value(|h| {
                if back {
                    h.undo.pop_back()
                } else {
                    h.redo.pop()
                }
            })
            .flatten()
    }

    /// Keeps `current`, the workspace a taken step replaced with `restored`,
    /// as the step that reverses it: the redo of an undo (`back`), the undo
    /// of a redo.
    pub fn reverse(
        self,
        current: Workspace,
        restored: &Workspace,
        label: Option<String>,
        local: bool,
        back: bool,
    ) {
        self.steps.update_value(|h| {
            let other = Step {
                held: current.held_apart(restored),
                workspace: current,
                label,
                local,
                at_ms: 0.0,
                moved: order::next(),
            };
            if back {
                h.redo.push(other);
                // The step below was counted against the version undone,
                // which the undo may have restamped into new records.
                if let Some(below) = h.undo.back_mut() {
                    below.held = below.workspace.held_apart(restored);
                }
            } else {
                h.undo.push_back(other);
                h.trim();
            }
        });
        self.update_offer();
    }

    fn update_offer(self) {
        let offer = self.steps.with_value(|h| {
            HistoryOffer::naming(
                h.undo.back().map(|s| s.label.as_deref()),
                h.redo.last().map(|s| s.label.as_deref()),
            )
        });
        self.offer.set(offer);
    }
}
