//! Another tab of the same browser saved: take its version when this tab
//! has nothing unsaved, else stop saving until the person chooses whose
//! version to keep.

use super::{SaveStatus, Saver, Typed};
use crate::domain::Workspace;
use crate::storage::local::{self, WriteError};
use crate::storage::snapshot;
use crate::text;
use crate::ui::clock;
use leptos::prelude::*;

impl Saver {
    /// Listens for another tab's saves; browsers fire `storage` only in the
    /// *other* tabs of the same origin.
    pub(super) fn listen_to_other_tabs(self) {
        let _ = window_event_listener(leptos::ev::storage, move |event| {
            if let Some(result) = local::from_other_tab(&event) {
                self.on_other_tab(result);
            }
        });
    }

    fn on_other_tab(self, result: Result<(Workspace, u64, local::Written), snapshot::DecodeError>) {
        let (dirty, base) = self.book.with_value(|s| (s.dirty, s.base));
        match result {
            // Only a revision after ours follows from it; an equal one means both
            // tabs saved at the same moment, which is a conflict like any other.
            Ok((workspace, revision, written)) if !dirty && revision > base => {
                self.stage.set_own(workspace);
                self.adopt(revision, written);
            }
            Ok((_, revision, _)) => {
                // The same revision as this tab's last save: both tabs saved
                // at the same instant and theirs replaced ours, so what this
                // tab shows is no longer stored. It stays unsaved until the
                // person chooses, rather than be dropped by the next save
                // another tab makes.
                if revision == base {
                    self.book.update_value(|s| s.dirty = true);
                }
                self.status.set(SaveStatus::Conflict);
            }
            Err(error) => self.status.set(SaveStatus::Paused {
                reason: text::app_state::other_tab_saved_unreadable(&error),
            }),
        }
    }

    /// Takes the stored workspace, already on the stage, as this tab's own:
    /// the undo steps led back from another version and are gone.
    fn adopt(self, revision: u64, written: local::Written) {
        self.notices.withdraw_undo();
        self.history.forget();
        self.stored_size.set(written.size());
        self.book.update_value(|s| {
            s.base = revision;
            s.dirty = false;
            s.written.take_over(written);
        });
        self.status.set(SaveStatus::Saved {
            at: Some(clock::now()),
        });
    }

    /// Resolves a conflict by saving this tab's version over the other tab's.
    pub fn keep_mine(self) {
        // This tab's version is its own workspace, not a snapshot on view,
        // with what was just typed into it.
        self.close_snapshot();
        self.commit_typed();
        self.notices.withdraw_undo();
        let now = clock::now();
        let result = self
            .stage
            .workspace()
            .with_untracked(|ws| {
                self.book
                    .try_update_value(|s| local::write_over(ws, now, &mut s.written))
            })
            .unwrap_or_else(|| {
                Err(WriteError::Failed {
                    reason: text::app_state::STOPPED_RELOAD_REASON.to_owned(),
                })
            });
        self.after_write(result, now);
    }

    /// Resolves a conflict by dropping this tab's unsaved edits for the stored version.
    pub fn take_theirs(self) {
        // What this tab typed is dropped with the rest of its version, not
        // applied over theirs once typing pauses.
        self.typed.update_value(|t| {
            if let Some(timer) = t.timer.take() {
                timer.clear();
            }
            *t = Typed::default();
        });
        self.close_snapshot();
        self.notices.withdraw_undo();
        match local::reload() {
            Ok(Some((workspace, revision, written))) => {
                self.stage.workspace().set(workspace);
                self.adopt(revision, written);
            }
            Ok(None) => self.keep_mine(),
            Err(reason) => self.status.set(SaveStatus::Failed { reason }),
        }
    }
}
