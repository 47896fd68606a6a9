//! Text typed into a field that saves itself reaches the workspace when
//! typing pauses, not at every keystroke.

use super::{SaveStatus, Saver};
use leptos::prelude::*;
use std::time::Duration;

/// Pause in typing after which a field that saves itself changes the
/// workspace (see [`crate::ui::state::Document::edit_as_typed`]).
const COMMIT_TYPED_AFTER: Duration = Duration::from_millis(500);

/// Applies one field's typed text to the workspace (the document's edit,
/// made when typing pauses or something must see it).
pub(in crate::ui::state) type TypedCommit = Box<dyn FnOnce() + Send + Sync>;

/// Edits waiting for a pause in typing, one per field (the newest text wins).
#[derive(Default)]
pub(super) struct Typed {
    edits: Vec<(String, TypedCommit)>,
    pub(super) timer: Option<TimeoutHandle>,
    /// The save status before typing began, to go back to when what was
    /// typed turns out to change nothing.
    status_before: Option<SaveStatus>,
}

impl Saver {
    /// Holds `commit` until typing in `field` pauses: a large workspace is
    /// not changed on every keystroke, yet nothing typed waits for the
    /// field to be left. A newer commit for the same field replaces it.
    pub(in crate::ui::state) fn wait_for_pause(self, field: String, commit: TypedCommit) {
        let timer = set_timeout_with_handle(move || self.commit_typed(), COMMIT_TYPED_AFTER).ok();
        let status = self.status.get_untracked();
        self.typed.update_value(|t| {
            t.edits.retain(|(waiting, _)| waiting != &field);
            t.edits.push((field, commit));
            if let Some(old) = std::mem::replace(&mut t.timer, timer) {
                old.clear();
            }
            if matches!(status, SaveStatus::Saved { .. }) {
                t.status_before.get_or_insert(status);
            }
        });
        // The header must not say "Saved" over text that is not in the workspace yet.
        if matches!(self.status.get_untracked(), SaveStatus::Saved { .. }) {
            self.status.set(SaveStatus::Pending);
        }
    }

    /// Applies everything typed into a field that saves itself and still
    /// waiting for a pause in typing.
    pub fn commit_typed(self) {
        let Some((edits, before)) = self.typed.try_update_value(|t| {
            if let Some(timer) = t.timer.take() {
                timer.clear();
            }
            (std::mem::take(&mut t.edits), t.status_before.take())
        }) else {
            return;
        };
        for (_, commit) in edits {
            commit();
        }
        // Typed and then typed back: nothing changed, and nothing is unsaved.
        let dirty = self.book.with_value(|s| s.dirty);
        if let Some(before) = before.filter(|_| !dirty)
            && self.status.get_untracked() == SaveStatus::Pending
        {
            self.status.set(before);
        }
    }
}
