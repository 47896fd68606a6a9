//! The app state components share through context.
//!
//! [`AppState`] holds the workspace in a signal and is the only way the UI
//! changes it: every edit goes through [`AppState::edit`], which schedules a
//! coalesced save. Components never touch storage or parse JSON; they call the
//! methods here, which call into [`crate::storage`].

use super::notices::{Notices, Undo};
use super::{clock, timing};
use crate::domain::format::file_slug;
use crate::domain::{
    Choices, CsvTable, ExportScope, Merged, Personal, ReplicaId, Workspace, sample_company,
};
use crate::storage::local::{self, Loaded, WriteError};
use crate::storage::snapshot::{self, Envelope};
use crate::storage::{files, personal_file};
use crate::text;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

// What Settings lists of the backups; data, so pages may name it.
pub use crate::storage::local::{Backup, BackupKind};

/// Quiet time after the last edit before saving, so typing is never interrupted.
const SAVE_AFTER_QUIET: Duration = Duration::from_millis(400);
/// Pause in typing after which a field that saves itself changes the
/// workspace (see [`AppState::edit_as_typed`]).
const COMMIT_TYPED_AFTER: Duration = Duration::from_millis(500);
/// Longest time an edit may wait for a save while someone keeps typing.
const SAVE_AT_LATEST_MS: f64 = 2_000.0;
/// How many changes undo reaches back.
const HISTORY_DEPTH: usize = 50;
/// How many records the undo steps may hold together: each step is a whole
/// workspace, so years of check-ins would otherwise take gigabytes. A large
/// workspace still keeps several steps.
const HISTORY_RECORDS: usize = 500_000;
/// Edits closer together than this, with nothing else between, undo as one
/// step: typing a name is one change, not one per key.
const TYPING_PAUSE_MS: f64 = 1_000.0;
/// The largest snapshot file Ladder opens: far more than browser storage
/// holds, and small enough to read without freezing the page.
const LARGEST_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// Whether the workspace in memory is safely in browser storage.
#[derive(Clone, PartialEq, Debug)]
pub enum SaveStatus {
    /// Nothing unsaved; `at` is the last write, if there was one.
    Saved { at: Option<DateTime<Utc>> },
    /// An edit is waiting for its save.
    Pending,
    /// The browser refused to save; edits live in this tab only until it works again.
    Failed { reason: String },
    /// Another tab saved while this one had unsaved edits; saving waits for the person's choice.
    Conflict,
    /// Saving is off so that data this version cannot read is not overwritten.
    Paused { reason: String },
}

/// Stored data that could not be read at start-up.
#[derive(Clone, PartialEq, Debug)]
pub struct Recovery {
    pub reason: String,
    /// Where the unreadable text is kept, unchanged.
    pub kept_in: String,
    /// False when moving it aside failed and it still sits in the workspace key.
    pub moved_aside: bool,
}

/// A file that was read and checked, waiting for the person to choose what to do with it.
#[derive(Clone, PartialEq, Debug)]
pub struct PendingImport {
    pub file_name: String,
    pub envelope: Envelope,
}

/// A colleague's snapshot shown read-only in place of this browser's workspace.
#[derive(Clone, PartialEq, Debug)]
pub struct Viewing {
    pub file_name: String,
    pub exported_at: Option<DateTime<Utc>>,
    pub scope: ExportScope,
    /// This browser's own workspace, set aside unchanged while the snapshot is shown.
    own: Workspace,
    /// The snapshot as read, to merge from the banner.
    envelope: Envelope,
}

/// One undoable change: the workspace on the other side of it.
struct Step {
    workspace: Workspace,
    label: Option<String>,
    /// True for an edit made here, whose undo is a new edit here (stamped);
    /// false for a whole workspace brought in (an import, a merge), whose
    /// undo puts the earlier records back exactly, stamps and all, so the
    /// colleague's versions are not outdated by the undo.
    local: bool,
    at_ms: f64,
}

/// Undo and redo, newest last.
#[derive(Default)]
struct History {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
}

/// What the undo and redo buttons offer.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct HistoryOffer {
    pub undo: Option<String>,
    pub redo: Option<String>,
}

/// Bookkeeping for saving; not reactive, nothing renders from it.
#[derive(Default)]
struct Saver {
    /// The revision in storage this tab's workspace is based on.
    base: u64,
    dirty: bool,
    /// What of the workspace is in storage, so a save writes only what changed.
    written: local::Written,
    timer: Option<TimeoutHandle>,
    pending_since_ms: Option<f64>,
    /// Deletes the parts the last save replaced, once every tab has seen it.
    tidy_timer: Option<TimeoutHandle>,
}

/// An edit typed into a field that saves itself, not yet applied.
type TypedEdit = Box<dyn FnOnce(&mut Workspace) -> Result<(), String> + Send + Sync>;

/// Edits waiting for a pause in typing, one per field (the newest text wins).
#[derive(Default)]
struct Typed {
    edits: Vec<(String, TypedEdit)>,
    timer: Option<TimeoutHandle>,
    /// The save status before typing began, to go back to when what was
    /// typed turns out to change nothing.
    status_before: Option<SaveStatus>,
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The workspace every view shows: this browser's own, or a snapshot being viewed.
    workspace: RwSignal<Workspace>,
    /// Set while a snapshot is open read-only; edits and saves are then refused.
    viewing: RwSignal<Option<Viewing>>,
    /// A checked file waiting for the person's choice (merge, replace, view).
    pending: RwSignal<Option<PendingImport>>,
    /// Why the last file dropped on the page could not be opened.
    drop_error: RwSignal<Option<String>>,
    history_offer: RwSignal<HistoryOffer>,
    history: StoredValue<History>,
    replica: StoredValue<ReplicaId>,
    save_status: RwSignal<SaveStatus>,
    recovery: RwSignal<Option<Recovery>>,
    notices: Notices,
    backups: RwSignal<Vec<Backup>>,
    saver: StoredValue<Saver>,
    typed: StoredValue<Typed>,
    /// Code units the workspace takes in storage, as of the last save.
    stored_size: RwSignal<usize>,
    reads: Reads,
}

/// Read-only views of the signals above, made once: a `Signal` made from
/// an `RwSignal` takes a slot in the reactive arena, so handing out a new
/// one on every read would allocate inside every effect that reads it.
#[derive(Clone, Copy)]
struct Reads {
    viewing: Signal<Option<Viewing>>,
    pending: Signal<Option<PendingImport>>,
    drop_error: Signal<Option<String>>,
    history_offer: Signal<HistoryOffer>,
    save_status: Signal<SaveStatus>,
    recovery: Signal<Option<Recovery>>,
    backups: Signal<Vec<Backup>>,
}

impl AppState {
    /// Loads the stored workspace and starts listening to the browser;
    /// what it has to say goes to `notices`.
    pub fn start(notices: Notices) -> AppState {
        let mut recovery = None;
        let mut written = local::Written::default();
        let loaded = timing::measure("ladder:load", || local::load(clock::now()));
        let (workspace, base, status) = match loaded {
            Loaded::Nothing { revision } => (
                Workspace::default(),
                revision,
                SaveStatus::Saved { at: None },
            ),
            Loaded::Found {
                workspace,
                revision,
                saved_at,
                written: stored,
            } => {
                written = stored;
                (*workspace, revision, SaveStatus::Saved { at: saved_at })
            }
            Loaded::Unreadable {
                reason,
                kept_in,
                moved_aside,
                revision,
            } => {
                let status = if moved_aside {
                    SaveStatus::Saved { at: None }
                } else {
                    SaveStatus::Paused {
                        reason: text::app_state::UNREADABLE_DATA_IN_PLACE.to_owned(),
                    }
                };
                recovery = Some(Recovery {
                    reason,
                    kept_in,
                    moved_aside,
                });
                (Workspace::default(), revision, status)
            }
            Loaded::Newer { version } => (
                Workspace::default(),
                0,
                SaveStatus::Paused {
                    reason: text::app_state::saved_by_newer_version(&version),
                },
            ),
            // Saving is off, not just failing: a write that succeeds later must not
            // replace data this tab could never read.
            Loaded::Unavailable { reason } => (
                Workspace::default(),
                0,
                SaveStatus::Paused {
                    reason: text::app_state::storage_unreadable(&reason),
                },
            ),
        };
        let viewing = RwSignal::new(None);
        let pending = RwSignal::new(None);
        let drop_error = RwSignal::new(None);
        let history_offer = RwSignal::new(HistoryOffer::default());
        let save_status = RwSignal::new(status);
        let recovery = RwSignal::new(recovery);
        let backups = RwSignal::new(local::backups());
        let state = AppState {
            workspace: RwSignal::new(workspace),
            viewing,
            pending,
            drop_error,
            history_offer,
            history: StoredValue::new(History::default()),
            replica: StoredValue::new(local::replica(clock::random_bits())),
            save_status,
            recovery,
            notices,
            backups,
            stored_size: RwSignal::new(written.size()),
            saver: StoredValue::new(Saver {
                base,
                written,
                ..Saver::default()
            }),
            typed: StoredValue::new(Typed::default()),
            reads: Reads {
                viewing: viewing.into(),
                pending: pending.into(),
                drop_error: drop_error.into(),
                history_offer: history_offer.into(),
                save_status: save_status.into(),
                recovery: recovery.into(),
                backups: backups.into(),
            },
        };
        state.listen();
        state.schedule_tidy();
        state
    }

    fn listen(self) {
        // Browsers fire `storage` only in the *other* tabs of the same origin.
        let _ = window_event_listener(leptos::ev::storage, move |event| {
            if let Some(result) = local::from_other_tab(&event) {
                self.on_other_tab(result);
            }
        });
        // Last chance to save before the tab goes away or into the background; if
        // the save cannot happen, ask the browser to confirm leaving.
        let _ = window_event_listener(leptos::ev::beforeunload, move |event| {
            self.flush();
            if self.saver.with_value(|s| s.dirty) {
                event.prevent_default();
            }
        });
        let _ = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                self.flush();
            }
        });
    }

    /// Reads the workspace, tracking it when called inside a reactive context.
    pub fn with<R>(&self, f: impl FnOnce(&Workspace) -> R) -> R {
        self.workspace.with(f)
    }

    /// Reads the workspace without subscribing to its changes.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Workspace) -> R) -> R {
        self.workspace.with_untracked(f)
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
    /// apply it at once ([`AppState::commit_typed`]). A newer edit of the
    /// same field replaces the waiting one.
    pub fn edit_as_typed(
        self,
        field: impl Into<String>,
        f: impl FnOnce(&mut Workspace) -> Result<(), String> + Send + Sync + 'static,
    ) {
        let field = field.into();
        let timer = set_timeout_with_handle(move || self.commit_typed(), COMMIT_TYPED_AFTER).ok();
        let status = self.save_status.get_untracked();
        self.typed.update_value(|t| {
            t.edits.retain(|(waiting, _)| waiting != &field);
            t.edits.push((field, Box::new(f)));
            if let Some(old) = std::mem::replace(&mut t.timer, timer) {
                old.clear();
            }
            if matches!(status, SaveStatus::Saved { .. }) {
                t.status_before.get_or_insert(status);
            }
        });
        // The header must not say "Saved" over text that is not in the workspace yet.
        if matches!(self.save_status.get_untracked(), SaveStatus::Saved { .. }) {
            self.save_status.set(SaveStatus::Pending);
        }
    }

    /// Applies every edit typed into a field that saves itself and still
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
        for (_, edit) in edits {
            if let Err(refused) = self.try_edit(edit) {
                self.notices.show(refused, None);
            }
        }
        // Typed and then typed back: nothing changed, and nothing is unsaved.
        let dirty = self.saver.with_value(|s| s.dirty);
        if let Some(before) = before.filter(|_| !dirty)
            && self.save_status.get_untracked() == SaveStatus::Pending
        {
            self.save_status.set(before);
        }
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
        self.commit_typed();
        if let Some(file) = self.viewing_file() {
            return Err(text::app_state::read_only_cannot_edit(&file));
        }
        let before = self.workspace.get_untracked();
        let replica = self.replica.get_value();
        let now = clock::now();
        let result = self
            .workspace
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
        self.remember(before, label(&result), true);
        self.notices.withdraw_undo();
        self.changed();
        Ok(result)
    }

    fn viewing_file(self) -> Option<String> {
        self.viewing
            .with_untracked(|v| v.as_ref().map(|v| v.file_name.clone()))
    }

    /// Records the workspace from before a change, so it can be undone.
    fn remember(self, before: Workspace, label: Option<String>, local: bool) {
        let now = js_sys::Date::now();
        self.history.update_value(|h| {
            let typing_on = label.is_none()
                && local
                && h.redo.is_empty()
                && h.undo.back().is_some_and(|last| {
                    last.local && last.label.is_none() && now - last.at_ms < TYPING_PAUSE_MS
                });
            if let Some(last) = h.undo.back_mut().filter(|_| typing_on) {
                // The step keeps the workspace from before the burst began.
                last.at_ms = now;
            } else {
                h.undo.push_back(Step {
                    workspace: before,
                    label,
                    local,
                    at_ms: now,
                });
            }
            let held = |h: &History| {
                h.undo
                    .iter()
                    .map(|s| s.workspace.record_count())
                    .sum::<usize>()
            };
            while h.undo.len() > HISTORY_DEPTH || (h.undo.len() > 1 && held(h) > HISTORY_RECORDS) {
                h.undo.pop_front();
            }
            h.redo.clear();
        });
        self.offer_history();
    }

    fn offer_history(self) {
        let offer = self.history.with_value(|h| HistoryOffer {
            undo: h.undo.back().map(|s| match &s.label {
                Some(label) => text::app_state::undo_step(label),
                None => text::app_state::UNDO_LAST_CHANGE.to_owned(),
            }),
            redo: h.redo.last().map(|s| match &s.label {
                Some(label) => text::app_state::redo_step(label),
                None => text::app_state::REDO_LAST_CHANGE.to_owned(),
            }),
        });
        self.history_offer.set(offer);
    }

    fn forget_history(self) {
        self.history.set_value(History::default());
        self.offer_history();
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
        self.commit_typed();
        if let Some(file) = self.viewing_file() {
            self.notices
                .show(text::app_state::read_only_nothing_to_undo(&file), None);
            return;
        }
        let Some(step) = self
            .history
            .try_update_value(|h| {
                if back {
                    h.undo.pop_back()
                } else {
                    h.redo.pop()
                }
            })
            .flatten()
        else {
            return;
        };
        let current = self.workspace.get_untracked();
        let mut restored = step.workspace;
        if step.local {
            restored.stamp_changes(&current, &self.replica.get_value(), clock::now());
        } else {
            self.rewrite_all();
        }
        let message = match (&step.label, back) {
            (Some(label), true) => text::app_state::undone(&label),
            (Some(label), false) => text::app_state::redone(&label),
            (None, true) => text::app_state::UNDONE.to_owned(),
            (None, false) => text::app_state::REDONE.to_owned(),
        };
        self.history.update_value(|h| {
            let other = Step {
                workspace: current,
                label: step.label,
                local: step.local,
                at_ms: 0.0,
            };
            if back {
                h.redo.push(other);
            } else {
                h.undo.push_back(other);
            }
        });
        self.offer_history();
        self.workspace.set(restored);
        self.changed();
        self.notices.show(message, None);
    }

    /// An undo offered in a toast takes back the change the toast is about,
    /// so it must not outlive the next change.
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
        super::focus::restore_focus(vec!["#toast-undo".to_owned(), "main h1".to_owned()]);
        true
    }

    /// Shows `message` with an Undo button for the change just made.
    fn offer_undo(self, message: String) {
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
        self.workspace
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
    /// undoable step. Not stamped: the records are as their authors left them.
    fn replace(self, workspace: Workspace, label: String) {
        self.commit_typed();
        if let Some(file) = self.viewing_file() {
            self.notices
                .show(text::app_state::read_only_close_first(&file), None);
            return;
        }
        let before = self.workspace.get_untracked();
        self.workspace.set(workspace);
        self.rewrite_all();
        self.remember(before, Some(label), false);
        self.notices.withdraw_undo();
        self.changed();
        self.flush();
    }

    /// Makes the next save write the whole workspace: for one brought in
    /// whole, whose records' stamps say nothing about what is stored.
    fn rewrite_all(self) {
        self.saver.update_value(|s| s.written.forget());
    }

    fn changed(self) {
        self.saver.update_value(|s| s.dirty = true);
        if matches!(self.save_status.get_untracked(), SaveStatus::Saved { .. }) {
            self.save_status.set(SaveStatus::Pending);
        }
        self.schedule();
    }

    /// Saves after a quiet moment, but no later than [`SAVE_AT_LATEST_MS`] after the first unsaved edit.
    fn schedule(self) {
        let now = js_sys::Date::now();
        let overdue = self.saver.with_value(|s| {
            s.pending_since_ms
                .is_some_and(|since| now - since >= SAVE_AT_LATEST_MS)
        });
        if overdue {
            self.flush();
            return;
        }
        let timer = set_timeout_with_handle(move || self.flush(), SAVE_AFTER_QUIET).ok();
        self.saver.update_value(|s| {
            if let Some(old) = std::mem::replace(&mut s.timer, timer) {
                old.clear();
            }
            s.pending_since_ms.get_or_insert(now);
        });
    }

    /// Writes unsaved edits now, with anything typed and not yet applied.
    pub fn flush(self) {
        self.commit_typed();
        self.saver.update_value(|s| {
            if let Some(timer) = s.timer.take() {
                timer.clear();
            }
            s.pending_since_ms = None;
        });
        let (dirty, base) = self.saver.with_value(|s| (s.dirty, s.base));
        // While a snapshot is viewed the signal holds the snapshot, not ours;
        // ours was saved before it was opened and cannot change meanwhile.
        let blocked = matches!(
            self.save_status.get_untracked(),
            SaveStatus::Conflict | SaveStatus::Paused { .. }
        ) || self.viewing.with_untracked(Option::is_some);
        if !dirty || blocked {
            return;
        }
        let now = clock::now();
        let result = timing::measure("ladder:save", || {
            self.workspace.with_untracked(|ws| {
                self.saver
                    .try_update_value(|s| local::write(ws, base, now, &mut s.written))
            })
        })
        .unwrap_or_else(|| {
            Err(WriteError::Failed {
                reason: text::app_state::STOPPED_RELOAD_REASON.to_owned(),
            })
        });
        self.after_write(result, now);
    }

    fn after_write(self, result: Result<u64, WriteError>, now: DateTime<Utc>) {
        match result {
            Ok(revision) => {
                self.saver.update_value(|s| {
                    s.base = revision;
                    s.dirty = false;
                });
                self.schedule_tidy();
                self.stored_size
                    .set(self.saver.with_value(|s| s.written.size()));
                self.save_status.set(SaveStatus::Saved { at: Some(now) });
            }
            Err(WriteError::Conflict { .. }) => self.save_status.set(SaveStatus::Conflict),
            Err(WriteError::Failed { reason }) => {
                self.save_status.set(SaveStatus::Failed { reason })
            }
        }
    }

    /// Deletes what the last save (or the load) retired once every tab has
    /// had time to see it.
    fn schedule_tidy(self) {
        let tidy = set_timeout_with_handle(
            move || self.tidy(),
            local::RETIRE_AFTER + Duration::from_millis(100),
        )
        .ok();
        self.saver.update_value(|s| {
            if let Some(old) = std::mem::replace(&mut s.tidy_timer, tidy) {
                old.clear();
            }
        });
    }

    /// Deletes what the last save replaced, unless saving has stopped meanwhile
    /// (another tab's save, a conflict): then the other tab's head may list it.
    fn tidy(self) {
        // A snapshot on view leaves this browser's storage exactly as it
        // was; closing it tidies.
        if !matches!(self.save_status.get_untracked(), SaveStatus::Saved { .. })
            || self.viewing.with_untracked(Option::is_some)
        {
            return;
        }
        self.saver.update_value(|s| {
            s.tidy_timer = None;
            if !s.dirty {
                local::tidy(s.base, &mut s.written);
            }
        });
    }

    /// Tries a failed save again.
    pub fn retry(self) {
        self.saver.update_value(|s| s.dirty = true);
        self.flush();
    }

    fn on_other_tab(self, result: Result<(Workspace, u64, local::Written), snapshot::DecodeError>) {
        let (dirty, base) = self.saver.with_value(|s| (s.dirty, s.base));
        match result {
            // Only a revision after ours follows from it; an equal one means both
            // tabs saved at the same moment, which is a conflict like any other.
            Ok((workspace, revision, written)) if !dirty && revision > base => {
                let viewed = self
                    .viewing
                    .try_update(|v| v.as_mut().map(|v| v.own = workspace.clone()).is_some());
                if viewed != Some(true) {
                    self.workspace.set(workspace);
                }
                self.notices.withdraw_undo();
                self.forget_history();
                self.stored_size.set(written.size());
                self.saver.update_value(|s| {
                    s.base = revision;
                    s.written.take_over(written);
                });
                self.save_status.set(SaveStatus::Saved {
                    at: Some(clock::now()),
                });
            }
            Ok((_, revision, _)) => {
                // The same revision as this tab's last save: both tabs saved
                // at the same instant and theirs replaced ours, so what this
                // tab shows is no longer stored. It stays unsaved until the
                // person chooses, rather than be dropped by the next save
                // another tab makes.
                if revision == base {
                    self.saver.update_value(|s| s.dirty = true);
                }
                self.save_status.set(SaveStatus::Conflict);
            }
            Err(error) => self.save_status.set(SaveStatus::Paused {
                reason: text::app_state::other_tab_saved_unreadable(&error),
            }),
        }
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
            .workspace
            .with_untracked(|ws| {
                self.saver
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
                self.workspace.set(workspace);
                self.forget_history();
                self.stored_size.set(written.size());
                self.saver.update_value(|s| {
                    s.base = revision;
                    s.dirty = false;
                    s.written.take_over(written);
                });
                self.save_status.set(SaveStatus::Saved {
                    at: Some(clock::now()),
                });
            }
            Ok(None) => self.keep_mine(),
            Err(reason) => self.save_status.set(SaveStatus::Failed { reason }),
        }
    }

    /// Lets saving overwrite unreadable data that could not be moved aside,
    /// after the person has had the chance to download it.
    pub fn discard_unreadable(self) {
        self.recovery.set(None);
        self.save_status.set(SaveStatus::Saved { at: None });
        self.retry();
    }

    /// The snapshot open read-only in place of this browser's workspace.
    pub fn viewing(self) -> Signal<Option<Viewing>> {
        self.reads.viewing
    }

    /// A checked file waiting for the person's choice (merge, replace, view).
    pub fn pending_import(self) -> Signal<Option<PendingImport>> {
        self.reads.pending
    }

    /// Puts away the file that waited for a choice: cancelled, or done with.
    pub fn close_import(self) {
        self.pending.set(None);
    }

    /// Why the last file dropped on the page could not be opened.
    pub fn drop_error(self) -> Signal<Option<String>> {
        self.reads.drop_error
    }

    pub fn dismiss_drop_error(self) {
        self.drop_error.set(None);
    }

    /// Opens a file dropped on the page like a picked one; what went wrong
    /// is kept as [`Self::drop_error`].
    pub async fn open_dropped(self, file: web_sys::File) {
        let name = file.name();
        let error = self
            .offer_file(file)
            .await
            .err()
            .map(|reason| text::app::import_failed(&name, &reason));
        self.drop_error.set(error);
    }

    /// What the undo and redo buttons offer.
    pub fn history_offer(self) -> Signal<HistoryOffer> {
        self.reads.history_offer
    }

    /// Whether the workspace in memory is safely in browser storage.
    pub fn save_status(self) -> Signal<SaveStatus> {
        self.reads.save_status
    }

    /// Stored data that could not be read at start-up, until dismissed.
    pub fn recovery(self) -> Signal<Option<Recovery>> {
        self.reads.recovery
    }

    pub fn dismiss_recovery(self) {
        self.recovery.set(None);
    }

    /// The backups kept in this browser, newest first.
    pub fn backups(self) -> Signal<Vec<Backup>> {
        self.reads.backups
    }

    /// How much of the browser's storage Ladder takes, and how much the
    /// browser allows, in UTF-16 code units; follows saves and backups.
    pub fn storage_use(self) -> Result<(usize, usize), String> {
        self.stored_size.track();
        self.backups.track();
        local::used().map(|used| (used, local::QUOTA_UNITS))
    }

    /// Downloads the whole workspace as a snapshot file.
    pub fn export(self) -> Result<(), String> {
        let text = self
            .with_own(|ws| snapshot::encode_export(ws, clock::now()))
            .map_err(|e| e.to_string())?;
        files::download(
            &snapshot::export_file_name(clock::today()),
            "application/json",
            &text,
        )
    }

    /// Downloads the whole workspace with the owner's private goals beside
    /// it: only ever on their explicit choice.
    pub fn export_with_personal(self, personal: &Personal) -> Result<(), String> {
        let text = self
            .with_own(|ws| personal_file::encode_export_with(ws, personal, clock::now()))
            .map_err(|e| e.to_string())?;
        files::download(
            &format!(
                "ladder-with-my-goals-{}.json",
                clock::today().format("%Y-%m-%d")
            ),
            "application/json",
            &text,
        )
    }

    /// Downloads one table of every period's OKRs as a CSV file for
    /// spreadsheets. The byte-order mark makes Excel read it as UTF-8.
    pub fn export_csv(self, table: CsvTable) -> Result<(), String> {
        let tables = self
            .workspace
            .with_untracked(|ws| ws.csv_tables(None, clock::today()));
        files::download(
            &format!(
                "ladder-{}-{}.csv",
                table.file_stem(),
                clock::today().format("%Y-%m-%d")
            ),
            "text/csv;charset=utf-8",
            &format!("\u{feff}{}", tables.table(table)),
        )
    }

    /// Downloads a period's retrospective as a Markdown file.
    pub fn download_retrospective(
        self,
        period: &crate::domain::PeriodId,
        unit: Option<&crate::domain::UnitId>,
    ) -> Result<(), String> {
        let (text, name) = self.workspace.with_untracked(|ws| {
            let scope = unit
                .and_then(|u| ws.unit(u))
                .map_or_else(|| ws.display_name().to_owned(), |u| u.name.clone());
            let period_name = ws.period(period).map_or("", |p| p.name.as_str());
            (
                ws.retrospective(period, unit),
                format!(
                    "retrospective-{}-{}.md",
                    file_slug(&scope),
                    file_slug(period_name)
                ),
            )
        });
        files::download(&name, "text/markdown", &text)
    }

    /// Downloads the part of the workspace `scope` selects as a snapshot file.
    pub fn export_part(self, scope: &ExportScope) -> Result<(), String> {
        let (text, name) = self.workspace.with_untracked(|ws| {
            let text = snapshot::encode_part(ws, scope, clock::now());
            let unit = scope
                .unit
                .as_ref()
                .and_then(|u| ws.unit(u))
                .map(|u| u.name.as_str());
            let period = scope
                .period
                .as_ref()
                .and_then(|p| ws.period(p))
                .map(|p| p.name.as_str());
            let stem: Vec<String> = unit.into_iter().chain(period).map(file_slug).collect();
            let name = if stem.is_empty() {
                snapshot::export_file_name(clock::today())
            } else {
                format!(
                    "ladder-{}-{}.json",
                    stem.join("-"),
                    clock::today().format("%Y-%m-%d")
                )
            };
            (text, name)
        });
        let text = text.map_err(|e| e.to_string())?;
        files::download(&name, "application/json", &text)
    }

    /// Reads and checks a picked or dropped file, then offers it for a choice;
    /// nothing changes until the person chooses.
    pub async fn offer_file(self, file: web_sys::File) -> Result<(), String> {
        let file_name = file.name();
        if file.size() > LARGEST_FILE_BYTES {
            return Err(text::app_state::file_too_large(
                file.size() / 1024.0 / 1024.0,
                LARGEST_FILE_BYTES / 1024.0 / 1024.0,
            ));
        }
        let text = files::read_text(&file).await?;
        let envelope = snapshot::decode_and_check(&text).map_err(|e| e.to_string())?;
        self.pending.set(Some(PendingImport {
            file_name,
            envelope,
        }));
        Ok(())
    }

    /// This browser's own workspace, even while a snapshot is viewed.
    pub fn with_own<R>(&self, f: impl FnOnce(&Workspace) -> R) -> R {
        match self
            .viewing
            .with_untracked(|v| v.as_ref().map(|v| v.own.clone()))
        {
            Some(own) => f(&own),
            None => self.workspace.with_untracked(f),
        }
    }

    /// What merging `incoming` into this browser's workspace would do, with
    /// the person's choices for conflicts.
    pub fn preview_merge(self, incoming: &Workspace, choices: &Choices) -> Merged {
        let replica = self.replica.get_value();
        self.with_own(|own| own.merge(incoming, choices, &replica, clock::now()))
    }

    /// Merges a snapshot into this browser's workspace, after keeping the
    /// current one restorable; undoable right after.
    pub fn apply_merge(self, pending: &PendingImport, choices: &Choices) -> Result<(), String> {
        let merged = self.preview_merge(&pending.envelope.workspace, choices);
        if let Some(problem) = merged.workspace.problems().first() {
            return Err(text::app_state::merge_inconsistent(&problem));
        }
        self.close_snapshot();
        self.keep_backup()?;
        self.replace(
            merged.workspace,
            text::app_state::merge_step(&pending.file_name),
        );
        self.refresh_backups();
        self.offer_undo(text::app_state::merged_toast(&pending.file_name));
        Ok(())
    }

    /// Replaces the workspace with an imported one, keeping the current one restorable.
    pub fn apply_import(self, pending: PendingImport) -> Result<(), String> {
        self.close_snapshot();
        let message = text::app_state::imported_toast(&pending.file_name);
        let label = text::app_state::import_step(&pending.file_name);
        self.swap_in(pending.envelope.workspace, message, label)
    }

    /// Shows a snapshot read-only in place of this browser's workspace, which
    /// is saved first and set aside untouched.
    pub fn open_snapshot(self, pending: PendingImport) {
        self.flush();
        let own = match self.viewing.get_untracked() {
            Some(viewing) => viewing.own,
            None => self.workspace.get_untracked(),
        };
        self.workspace.set(pending.envelope.workspace.clone());
        self.viewing.set(Some(Viewing {
            file_name: pending.file_name,
            exported_at: pending.envelope.exported_at,
            scope: pending.envelope.scope.clone(),
            own,
            envelope: pending.envelope,
        }));
        self.notices.withdraw_undo();
    }

    /// Goes back from a viewed snapshot to this browser's own workspace.
    pub fn close_snapshot(self) {
        if let Some(viewing) = self.viewing.get_untracked() {
            self.viewing.set(None);
            self.workspace.set(viewing.own);
            // Saving was off while the snapshot was shown; catch up on a save
            // that had failed before it was opened, and on tidying.
            if self.saver.with_value(|s| s.dirty) {
                self.schedule();
            }
            self.schedule_tidy();
        }
    }

    /// Offers the viewed snapshot for merging, as if its file had just been opened.
    pub fn merge_viewed(self) {
        if let Some(viewing) = self.viewing.get_untracked() {
            self.pending.set(Some(PendingImport {
                file_name: viewing.file_name,
                envelope: viewing.envelope,
            }));
        }
    }

    /// Brings back the workspace from before the last import or restore.
    pub fn restore_before_import(self) -> Result<(), String> {
        self.close_snapshot();
        let envelope = local::before_import()?.ok_or(text::app_state::NO_EARLIER_WORKSPACE)?;
        self.swap_in(
            envelope.workspace,
            text::app_state::RESTORED_TOAST.to_owned(),
            text::app_state::RESTORE_STEP.to_owned(),
        )
    }

    /// Keeps the current workspace in the backup slot before it is replaced.
    fn keep_backup(self) -> Result<(), String> {
        let current = self.workspace.get_untracked();
        if current.is_empty() {
            return Ok(());
        }
        local::keep_before_import(&current, clock::now())
            .map_err(|reason| text::app_state::backup_failed(&reason))
    }

    /// Replaces the workspace after keeping the current one as the backup to go
    /// back to, so the swap is undoable now and restorable after a reload.
    fn swap_in(self, incoming: Workspace, message: String, label: String) -> Result<(), String> {
        self.keep_backup()?;
        self.replace(incoming, label);
        self.refresh_backups();
        self.offer_undo(message);
        Ok(())
    }

    fn refresh_backups(self) {
        self.backups.set(local::backups());
    }

    /// Downloads a backup's text exactly as stored.
    pub fn download_backup(self, backup: &Backup) -> Result<(), String> {
        let text =
            local::read_readable(&backup.key)?.ok_or(text::app_state::BACKUP_NO_LONGER_EXISTS)?;
        let name = match &backup.kind {
            BackupKind::BeforeImport { .. } => "ladder-before-import.json".to_owned(),
            BackupKind::Unreadable { found_at } => {
                format!("ladder-unreadable-{}.txt", found_at.replace(':', "-"))
            }
        };
        files::download(&name, "text/plain", &text)
    }

    /// Downloads the unreadable text found at start-up.
    pub fn download_unreadable(self) -> Result<(), String> {
        let key = self
            .recovery
            .with_untracked(|r| r.as_ref().map(|r| r.kept_in.clone()))
            .ok_or(text::app_state::NO_UNREADABLE_DATA)?;
        let text = local::read_readable(&key)?.ok_or(text::app_state::UNREADABLE_DATA_GONE)?;
        files::download("ladder-unreadable.txt", "text/plain", &text)
    }

    /// Deletes a backup, with an undo that puts it back.
    pub fn delete_backup(self, backup: &Backup) -> Result<(), String> {
        let key = backup.key.clone();
        let text = local::read_raw(&key)?.ok_or(text::app_state::BACKUP_NO_LONGER_EXISTS)?;
        local::remove_backup(&key)?;
        self.refresh_backups();
        let undo: Undo = Arc::new(move || {
            match local::put_backup(&key, &text) {
                Ok(()) => self.notices.show(text::app_state::BACKUP_RESTORED, None),
                Err(reason) => self
                    .notices
                    .show(text::app_state::backup_restore_failed(&reason), None),
            }
            self.refresh_backups();
        });
        self.notices
            .show(text::app_state::BACKUP_DELETED, Some(undo));
        Ok(())
    }
}
