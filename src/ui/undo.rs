//! One undo and redo for everything this tab changed: the workspace's
//! history (`state::Document`) and the private data's
//! (`personal_history`), kept apart so private data never enters the
//! workspace's history, and stepped together in the order the changes were
//! made: whichever history moved last goes first.

use super::personal_state::PersonalState;
use super::state::{Document, HistoryOffer, order};
use leptos::prelude::*;

/// Which history a step is taken from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Mine,
    Shared,
}

/// The history whose step undo (`back`) or redo takes next: the one moved
/// last. A redo undone before the latest new change (in either history)
/// has lapsed, as in any linear undo.
fn next_step(state: Document, personal: PersonalState, back: bool) -> Option<Side> {
    let live = |at: Option<u64>| at.filter(|at| back || *at > order::last_change());
    match (
        live(personal.latest_step_at(back)),
        live(state.latest_step_at(back)),
    ) {
        (Some(mine), Some(shared)) if mine > shared => Some(Side::Mine),
        (Some(_), None) => Some(Side::Mine),
        (_, Some(_)) => Some(Side::Shared),
        (None, None) => None,
    }
}

pub fn undo(state: Document, personal: PersonalState) {
    // Typing not yet applied is the latest change of all.
    state.commit_typed();
    match next_step(state, personal, true) {
        Some(Side::Mine) => personal.step(true),
        // With nothing to undo, the workspace's history says so.
        _ => state.undo(),
    }
}

pub fn redo(state: Document, personal: PersonalState) {
    state.commit_typed();
    match next_step(state, personal, false) {
        Some(Side::Mine) => personal.step(false),
        Some(Side::Shared) => state.redo(),
        None => {}
    }
}

/// What the header's buttons offer: the step each would take.
pub fn offer(state: Document, personal: PersonalState) -> Signal<HistoryOffer> {
    Signal::derive(move || {
        let shared = state.history_offer().get();
        let mine = personal.history_offer().get();
        let undo = untrack(|| next_step(state, personal, true));
        let redo = untrack(|| next_step(state, personal, false));
        HistoryOffer {
            undo: if undo == Some(Side::Mine) {
                mine.undo
            } else {
                shared.undo
            },
            redo: match redo {
                Some(Side::Mine) => mine.redo,
                Some(Side::Shared) => shared.redo,
                None => None,
            },
        }
    })
}
