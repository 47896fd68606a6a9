//! Saving: when the workspace is written to browser storage, what the
//! header says about it, and what happens when another tab saves too.
//!
//! Every change marks the workspace unsaved ([`Saver::changed`]); a save
//! follows after a quiet moment, at the latest [`SAVE_AT_LATEST_MS`] after
//! the first unsaved change, and at once when the page is hidden or left.
//! What is found in storage at start-up is read in `load.rs`; another tab's
//! saves and the conflicts they cause are handled in `tabs.rs`.

mod load;
mod slices;
mod tabs;
mod typed;

use super::history::History;
use super::stage::Stage;
use crate::storage::files;
use crate::storage::local::{self, WriteError};
use crate::text;
use crate::ui::clock;
use crate::ui::notices::Notices;
use crate::ui::timing;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use load::Start;
use std::time::Duration;
use typed::Typed;

/// Quiet time after the last edit before saving, so typing is never interrupted.
const SAVE_AFTER_QUIET: Duration = Duration::from_millis(400);
/// Longest time an edit may wait for a save while someone keeps typing.
const SAVE_AT_LATEST_MS: f64 = 2_000.0;

/// Whether the workspace in memory is safely in browser storage.
#[derive(Clone, PartialEq, Debug)]
pub enum SaveStatus {
    /// Nothing unsaved; `at` is this tab's last write, if there was one.
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

/// Bookkeeping for saving; not reactive, nothing renders from it.
#[derive(Default)]
struct Book {
    /// The revision in storage this tab's workspace is based on.
    base: u64,
    dirty: bool,
    /// What of the workspace is in storage, so a save writes only what changed.
    written: local::Written,
    timer: Option<TimeoutHandle>,
    pending_since_ms: Option<f64>,
    /// Deletes the parts the last save replaced, once every tab has seen it.
    tidy_timer: Option<TimeoutHandle>,
    /// The rest of a workspace loaded for its first screen, still to read.
    rest: Option<local::Rest>,
    /// Saves being packed a slice at a time ([`Saver::save_in_slices`]),
    /// and since when (ms) one has been.
    packing: u32,
    packing_since_ms: Option<f64>,
}

/// Saving the workspace; provided through context.
#[derive(Clone, Copy)]
pub struct Saver {
    stage: Stage,
    history: History,
    notices: Notices,
    book: StoredValue<Book>,
    typed: StoredValue<Typed>,
    status: RwSignal<SaveStatus>,
    recovery: RwSignal<Option<Recovery>>,
    /// Code units the workspace takes in storage, as of the last save.
    stored_size: RwSignal<usize>,
    /// Read-only views of the two signals above, made once (each `Signal`
    /// made takes an arena slot).
    status_read: Signal<SaveStatus>,
    recovery_read: Signal<Option<Recovery>>,
}

impl Saver {
    /// Loads the stored workspace onto a new stage and starts listening to
    /// the browser.
    pub(super) fn start(history: History, notices: Notices) -> (Stage, Saver) {
        let Start {
            workspace,
            base,
            status,
            recovery,
            written,
            rest,
        } = load::start();
        let stage = Stage::new(workspace);
        let status = RwSignal::new(status);
        let recovery = RwSignal::new(recovery);
        let saver = Saver {
            stage,
            history,
            notices,
            stored_size: RwSignal::new(written.size()),
            book: StoredValue::new(Book {
                base,
                written,
                ..Book::default()
            }),
            typed: StoredValue::new(Typed::default()),
            status,
            recovery,
            status_read: status.into(),
            recovery_read: recovery.into(),
        };
        saver.listen();
        if rest.is_some() {
            saver.book.update_value(|book| book.rest = rest);
            stage.defer(move || saver.read_rest());
            // Then prepares: before, it would read all the rest at once.
            saver.read_rest_when_idle();
        } else {
            saver.loaded_whole();
        }
        (stage, saver)
    }

    fn listen(self) {
        self.listen_to_other_tabs();
        // Last chance to save before the tab goes away or into the background; if
        // the save cannot happen, ask the browser to confirm leaving.
        let _ = window_event_listener(leptos::ev::beforeunload, move |event| {
            self.flush();
            if self.book.with_value(|s| s.dirty) {
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

    /// Whether the workspace in memory is safely in browser storage.
    pub fn save_status(self) -> Signal<SaveStatus> {
        self.status_read
    }

    /// Stored data that could not be read at start-up, until dismissed.
    pub fn recovery(self) -> Signal<Option<Recovery>> {
        self.recovery_read
    }

    pub fn dismiss_recovery(self) {
        self.recovery.set(None);
    }

    /// Code units the workspace takes in storage, as of the last save;
    /// tracked when read inside a reactive context.
    pub(super) fn stored_size(self) -> usize {
        self.stored_size.get()
    }

    /// Makes the next save write the whole workspace: for one brought in
    /// whole, whose records' stamps say nothing about what is stored.
    pub(super) fn rewrite_all(self) {
        self.book.update_value(|s| s.written.forget());
    }

    /// Marks the workspace unsaved and schedules its save.
    pub(super) fn changed(self) {
        self.book.update_value(|s| s.dirty = true);
        if matches!(self.status.get_untracked(), SaveStatus::Saved { .. }) {
            self.status.set(SaveStatus::Pending);
        }
        self.schedule();
    }

    /// Saves after a quiet moment, but no later than [`SAVE_AT_LATEST_MS`] after the first unsaved edit.
    fn schedule(self) {
        let now = js_sys::Date::now();
        let overdue = self.book.with_value(|s| {
            s.pending_since_ms
                .is_some_and(|since| now - since >= SAVE_AT_LATEST_MS)
        });
        if overdue {
            self.save_due();
            return;
        }
        let timer = set_timeout_with_handle(move || self.save_due(), SAVE_AFTER_QUIET).ok();
        self.book.update_value(|s| {
            if let Some(old) = std::mem::replace(&mut s.timer, timer) {
                old.clear();
            }
            s.pending_since_ms.get_or_insert(now);
        });
    }

    /// True when there are edits to save and saving may write them.
    fn may_save(self) -> bool {
        // While a snapshot is viewed the stage holds the snapshot, not ours;
        // ours was saved before it was opened and cannot change meanwhile.
        let blocked = matches!(
            self.status.get_untracked(),
            SaveStatus::Conflict | SaveStatus::Paused { .. }
        ) || self.stage.is_viewing();
        !blocked && self.book.try_with_value(|s| s.dirty) == Some(true)
    }

    /// Writes unsaved edits now, with anything typed and not yet applied.
    pub fn flush(self) {
        self.commit_typed();
        self.book.update_value(|s| {
            if let Some(timer) = s.timer.take() {
                timer.clear();
            }
            s.pending_since_ms = None;
        });
        if !self.may_save() {
            return;
        }
        let base = self.book.with_value(|s| s.base);
        let now = clock::now();
        let result = timing::measure("ladder:save", || {
            self.stage.workspace().with_untracked(|ws| {
                self.book
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
        if let Some(replaced) = self
            .book
            .try_update_value(|s| s.written.take_replaced())
            .flatten()
        {
            timing::when_idle(move || drop(replaced));
        }
        match result {
            Ok(revision) => {
                self.book.update_value(|s| {
                    s.base = revision;
                    s.dirty = false;
                });
                self.schedule_tidy();
                self.stored_size
                    .set(self.book.with_value(|s| s.written.size()));
                self.status.set(SaveStatus::Saved { at: Some(now) });
            }
            Err(WriteError::Conflict { .. }) => self.status.set(SaveStatus::Conflict),
            Err(WriteError::Failed { reason }) => self.status.set(SaveStatus::Failed { reason }),
        }
    }

    /// Deletes what the last save (or the load) retired once every tab has
    /// had time to see it.
    pub(super) fn schedule_tidy(self) {
        let tidy = set_timeout_with_handle(
            move || self.tidy(),
            local::RETIRE_AFTER + Duration::from_millis(100),
        )
        .ok();
        self.book.update_value(|s| {
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
        if !matches!(self.status.get_untracked(), SaveStatus::Saved { .. })
            || self.stage.is_viewing()
        {
            return;
        }
        self.book.update_value(|s| {
            s.tidy_timer = None;
            if !s.dirty {
                local::tidy(s.base, &mut s.written);
            }
        });
    }

    /// Puts this browser's own workspace back on screen if a snapshot was
    /// shown, and catches up on what saving skipped meanwhile.
    pub(super) fn close_snapshot(self) {
        if self.stage.close() {
            // Saving was off while the snapshot was shown; catch up on a save
            // that had failed before it was opened, and on tidying.
            if self.book.with_value(|s| s.dirty) {
                self.schedule();
            }
            self.schedule_tidy();
        }
    }

    /// Tries a failed save again.
    pub fn retry(self) {
        self.book.update_value(|s| s.dirty = true);
        self.flush();
    }

    /// Lets saving overwrite unreadable data that could not be moved aside,
    /// after the person has had the chance to download it.
    pub fn discard_unreadable(self) {
        self.recovery.set(None);
        self.status.set(SaveStatus::Saved { at: None });
        self.retry();
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
}
