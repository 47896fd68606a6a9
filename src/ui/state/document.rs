//! The document: the workspace every view shows, the only way the UI
//! changes it, and undo.
//!
//! Every edit goes through [`Document::change`]: refused while a snapshot
//! is viewed, stamped with this browser's revision, recorded for undo and
//! handed to the [`Saver`].

use super::history::History;
use super::saver::Saver;
use super::stage::Stage;
use crate::domain::{ReplicaId, Workspace, sample_company};
use crate::storage::local;
use crate::text;
use crate::ui::clock;
use crate::ui::notices::{Notices, Undo};
use leptos::prelude::*;
use std::sync::Arc;

pub use super::history::HistoryOffer;

/// The workspace and its edits; provided through context.
#[derive(Clone, Copy)]
pub struct Document {
    stage: Stage,
    history: History,
    saver: Saver,
    notices: Notices,
    /// Who this browser is in revision stamps.
    replica: StoredValue<ReplicaId>,
}

impl Document {
    pub(super) fn new(stage: Stage, history: History, saver: Saver, notices: Notices) -> Document {
        Document {
            stage,
            history,
            saver,
            notices,
            replica: StoredValue::new(local::replica(clock::random_bits())),
        }
    }

    /// Reads the workspace, tracking it when called inside a reactive
    /// context. At start-up, what the first screen shows of a large one
    /// (see [`Stage::on_screen`]).
    pub fn with<R>(&self, f: impl FnOnce(&Workspace) -> R) -> R {
        self.stage.on_screen().with(f)
    }

    /// Reads the workspace without subscribing to its changes; as
    /// [`Document::with`].
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Workspace) -> R) -> R {
        self.stage.on_screen().with_untracked(f)
    }

    /// This browser's own workspace, even while a snapshot is viewed.
    pub fn with_own<R>(&self, f: impl FnOnce(&Workspace) -> R) -> R {
        self.stage.with_own(f)
    }

    pub(super) fn replica(self) -> ReplicaId {
        self.replica.get_value()
    }

    /// Changes the workspace and schedules a save.
    pub fn edit(self, f: impl FnOnce(&mut Workspace)) {
        let outcome = self.try_edit(|ws| {
            f(ws);
            Ok(())
        });
        if let Err(refused) = outcome {
            self.notices.show(refused, None);
        }
    }

    /// Changes the workspace once typing in `field` pauses, for a field that
    /// saves itself (a reflection answer): a large workspace is not changed
    /// on every keystroke, yet nothing typed waits for the field to be left.
    /// Leaving or hiding the page, any other change, undo and every save
    /// apply it at once ([`Document::commit_typed`]). A newer edit of the
    /// same field replaces the waiting one.
    pub fn edit_as_typed(
        self,
        field: impl Into<String>,
        f: impl FnOnce(&mut Workspace) -> Result<(), String> + Send + Sync + 'static,
    ) {
        let commit = Box::new(move || {
            if let Err(refused) = self.try_edit(f) {
                self.notices.show(refused, None);
            }
        });
        self.saver.wait_for_pause(field.into(), commit);
    }

    /// Applies every edit typed into a field that saves itself and still
    /// waiting for a pause in typing.
    pub fn commit_typed(self) {
        self.saver.commit_typed();
    }

    /// Makes a change the domain may refuse (for example in a closed period);
    /// a refusal comes back as the sentence to show, and notifies no one.
    /// `f` must refuse before it changes anything, as the domain's mutators do.
    pub fn try_edit<R>(
        self,
        f: impl FnOnce(&mut Workspace) -> Result<R, String>,
    ) -> Result<R, String> {
        self.change(|_| None, f)
    }

    /// The one way an edit reaches the workspace: refused while a snapshot is
    /// viewed, stamped with this browser's revision, recorded for undo.
    /// `label` names the change for the undo button, from what `f` returned.
    fn change<R>(
        self,
        label: impl FnOnce(&R) -> Option<String>,
        f: impl FnOnce(&mut Workspace) -> Result<R, String>,
    ) -> Result<R, String> {
        // What was typed before this change comes before it.
        self.saver.commit_typed();
        if let Some(file) = self.stage.viewing_file() {
            return Err(text::app_state::read_only_cannot_edit(&file));
        }
        let workspace = self.stage.workspace();
        let before = workspace.get_untracked();
        let replica = self.replica.get_value();
        let now = clock::now();
        let result = workspace
            .try_maybe_update(|ws| match f(ws) {
                // Nothing changed (a field set to what it was): no save, no undo step.
                Ok(result) if *ws == before => (false, Ok((result, false))),
                Ok(result) => {
                    ws.stamp_changes(&before, &replica, now);
                    (true, Ok((result, true)))
                }
                Err(refused) => {
                    // `f` should have refused before changing anything; make sure.
                    if *ws != before {
                        *ws = before.clone();
                    }
                    (false, Err(refused))
                }
            })
            .unwrap_or_else(|| Err(text::app_state::STOPPED_RELOAD.to_owned()))?;
        let (result, changed) = result;
        if !changed {
            return Ok(result);
        }
        let after = workspace.get_untracked();
        self.history.remember(before, &after, label(&result), true);
        self.notices.withdraw_undo();
        self.saver.changed();
        Ok(result)
    }

    /// What the undo and redo buttons offer: nothing while a snapshot is
    /// viewed, which no step may change.
    pub fn history_offer(self) -> Signal<HistoryOffer> {
        let offered = self.history.offer();
        let viewing = self.stage.viewing();
        Signal::derive(move || {
            if viewing.with(Option::is_some) {
                HistoryOffer::default()
            } else {
                offered.get()
            }
        })
    }

    /// When the step undo (`back`) or redo would take was made or moved;
    /// `None` while a snapshot is viewed, since no step can be taken then
    /// (so undo reaches a private step made before this one).
    pub fn latest_step_at(self, back: bool) -> Option<u64> {
        if self.stage.is_viewing() {
            return None;
        }
        self.history.latest_at(back)
    }

    /// Takes back the last change. The restored records are stamped as a new
    /// change, so a colleague who merged the undone version takes the undo.
    pub fn undo(self) {
        self.step_history(true);
    }

    /// Makes the last undone change again.
    pub fn redo(self) {
        self.step_history(false);
    }

    fn step_history(self, back: bool) {
        // Typing not yet applied is the last change, the one to take back.
        self.saver.commit_typed();
        if let Some(file) = self.stage.viewing_file() {
            self.notices
                .show(text::app_state::read_only_nothing_to_undo(&file), None);
            return;
        }
        let Some(step) = self.history.take(back) else {
            return;
        };
        let workspace = self.stage.workspace();
        let current = workspace.get_untracked();
        let mut restored = step.workspace;
        if step.local {
            restored.stamp_changes(&current, &self.replica.get_value(), clock::now());
        } else {
            self.saver.rewrite_all();
        }
        let message = HistoryOffer::stepped(step.label.as_deref(), back);
        self.history
            .reverse(current, &restored, step.label, step.local, back);
        workspace.set(restored);
        self.saver.changed();
        self.notices.show(message, None);
    }

    /// Changes the workspace and offers to undo it, for anything destructive.
    /// `f` returns the message that confirms what happened, or the reason the
    /// domain refused, which is shown instead; then nothing has changed, even
    /// if `f` had begun to. Returns whether the change was made.
    pub fn edit_with_undo(self, f: impl FnOnce(&mut Workspace) -> Result<String, String>) -> bool {
        let outcome = self.change(
            |message: &String| Some(message.trim_end_matches('.').to_owned()),
            f,
        );
        let message = match outcome {
            Ok(message) => message,
            Err(refused) => {
                self.notices.show(refused, None);
                return false;
            }
        };
        self.offer_undo(message);
        // What was deleted often held focus: hand it to Undo, the likeliest next step.
        crate::ui::focus::restore_focus(vec!["#toast-undo".to_owned(), "main h1".to_owned()]);
        true
    }

    /// Shows `message` with an Undo button for the change just made. An
    /// undo offered in a toast takes back the change the toast is about, so
    /// the next change withdraws it.
    pub(super) fn offer_undo(self, message: String) {
        let undo: Undo = Arc::new(move || self.undo());
        self.notices.show(message, Some(undo));
    }

    /// Fills an empty workspace with the sample company.
    pub fn load_sample(self) {
        self.replace(
            sample_company(clock::today(), clock::random_bits),
            text::app_state::SAMPLE_LOADED_STEP.to_owned(),
        );
    }

    /// True when the sample holds records someone added while exploring, so
    /// removing it would take their work too.
    pub fn sample_has_additions(self) -> bool {
        let fresh = sample_company(clock::today(), clock::random_bits);
        self.stage
            .workspace()
            .with_untracked(|ws| ws.sample && ws.has_more_records_than(&fresh))
    }

    /// Removes the sample company in one step, with undo.
    pub fn remove_sample(self) {
        self.edit_with_undo(|ws| {
            *ws = Workspace::default();
            Ok(text::app_state::SAMPLE_DATA_REMOVED.to_owned())
        });
    }

    /// Puts a whole other workspace in place (the sample, an import), as one
    /// undoable step, and saves it: packed a slice at a time, since a large
    /// company's whole save took a quarter of a second in one task, and at
    /// once if the page is left meanwhile. Not stamped: the records are as
    /// their authors left them.
    pub(super) fn replace(self, workspace: Workspace, label: String) {
        self.saver.commit_typed();
        if let Some(file) = self.stage.viewing_file() {
            self.notices
                .show(text::app_state::read_only_close_first(&file), None);
            return;
        }
        let before = self.stage.workspace().get_untracked();
        self.history
            .remember(before, &workspace, Some(label), false);
        self.stage.workspace().set(workspace);
        self.saver.rewrite_all();
        self.notices.withdraw_undo();
        self.saver.changed();
        leptos::task::spawn_local(self.saver.save_in_slices());
    }
}
