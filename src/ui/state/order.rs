//! One order for everything this tab changes, undoes and redoes, shared by
//! the workspace's history and the private data's (`ui::undo` steps
//! whichever moved last). A counter rather than the clock: two steps in one
//! millisecond, or a clock set back, cannot swap places.

use std::sync::atomic::{AtomicU64, Ordering};

static MOVES: AtomicU64 = AtomicU64::new(0);
static LAST_CHANGE: AtomicU64 = AtomicU64::new(0);

/// The next place in the order, for a step undone or redone.
pub fn next() -> u64 {
    MOVES.fetch_add(1, Ordering::Relaxed) + 1
}

/// The next place, for a new change: every redo from before it lapses, in
/// both histories, as in any linear undo.
pub fn changed() -> u64 {
    let at = next();
    LAST_CHANGE.store(at, Ordering::Relaxed);
    at
}

/// The place of the latest new change.
pub fn last_change() -> u64 {
    LAST_CHANGE.load(Ordering::Relaxed)
}
