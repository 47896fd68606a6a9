//! One undo and redo for everything this tab changed: the workspace's
//! history (`state::Document`) and the private data's
//! (`personal_history`), kept apart so private data never enters the
//! workspace's history, and stepped together in the order the changes were
//! made: whichever history moved last goes first.

use super::personal_state::PersonalState;
use super::state::{Document, HistoryOffer};
use leptos::prelude::*;

/// Whether the private data's step comes before the workspace's.
fn personal_first(state: Document, personal: PersonalState, back: bool) -> bool {
    match (personal.latest_step_at(back), state.latest_step_at(back)) {
        (Some(mine), Some(shared)) => mine > shared,
        (Some(_), None) => true,
        (None, _) => false,
    }
}

pub fn undo(state: Document, personal: PersonalState) {
    // Typing not yet applied is the latest change of all.
    state.commit_typed();
    if personal_first(state, personal, true) {
        personal.step(true);
    } else {
        state.undo();
    }
}

pub fn redo(state: Document, personal: PersonalState) {
    state.commit_typed();
    if personal_first(state, personal, false) {
        personal.step(false);
    } else {
        state.redo();
    }
}

/// What the header's buttons offer: the step each would take.
pub fn offer(state: Document, personal: PersonalState) -> Signal<HistoryOffer> {
    Signal::derive(move || {
        let shared = state.history_offer().get();
        let mine = personal.history_offer().get();
        HistoryOffer {
            undo: if untrack(|| personal_first(state, personal, true)) {
                mine.undo
            } else {
                shared.undo
            },
            redo: if untrack(|| personal_first(state, personal, false)) {
                mine.redo
            } else {
                shared.redo
            },
        }
    })
}
