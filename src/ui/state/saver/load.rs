//! What the saver finds in browser storage at start-up: the workspace, or
//! for a large one what its first screen shows and, while the page is idle,
//! the rest; and the first save's work, done ahead.

use super::{Recovery, SaveStatus, Saver};
use crate::domain::{PeriodId, Workspace};
use crate::storage::journal;
use crate::storage::local::{self, Loaded};
use crate::text;
use crate::ui::route::{self, Page, Route};
use crate::ui::{clock, timing};
use leptos::prelude::*;

/// The workspace to start with and how saving stands.
pub(super) struct Start {
    pub workspace: Workspace,
    /// The revision in storage it is based on.
    pub base: u64,
    pub status: SaveStatus,
    /// Unreadable data found, kept for the person to download.
    pub recovery: Option<Recovery>,
    /// What of it is in storage.
    pub written: local::Written,
    /// For a large workspace, what is still to read: `workspace` is then
    /// only what the first screen shows (see [`first_screen`]).
    pub rest: Option<local::Rest>,
}

/// Main-thread time one idle moment gives to reading the rest of a large
/// workspace, parts at a time (a part takes a few milliseconds at most).
const REST_SLICE_MS: f64 = 10.0;

/// Loads the stored workspace; data that cannot be read is kept aside and
/// saving is paused where a save could overwrite it.
pub(super) fn start() -> Start {
    // A copy of storage found behind at start-up is rewritten once the
    // first screen is drawn (see storage::journal).
    timing::when_idle(journal::catch_up);
    begin(timing::measure("ladder:load", || {
        local::load(clock::now(), first_screen)
    }))
}

impl Saver {
    /// Reads the rest of a workspace loaded for its first screen once the
    /// page is idle, a slice at a time, so that no task of it keeps a
    /// person waiting long; then shows the whole.
    pub(super) fn read_rest_when_idle(self) {
        timing::when_idle(move || self.read_rest_slice());
    }

    fn read_rest_slice(self) {
        let until = timing::now_ms() + REST_SLICE_MS;
        let more = timing::measure("ladder:load-rest", || {
            self.book
                .try_update_value(|book| {
                    book.rest.as_mut().is_some_and(|rest| {
                        while rest.step() {
                            if timing::now_ms() >= until {
                                return true;
                            }
                        }
                        false
                    })
                })
                .unwrap_or(false)
        });
        if more {
            timing::next_task(move || self.read_rest_slice());
        } else {
            self.stage.settle();
        }
    }

    /// Reads what is left of the rest of a workspace loaded for its first
    /// screen, and shows the whole: the workspace as stored, so nothing is
    /// unsaved. The save status is left as it is (another tab may have
    /// saved meanwhile) unless the rest cannot be read.
    pub(super) fn read_rest(self) {
        let Some((rest, written)) = self
            .book
            .try_update_value(|book| Some((book.rest.take()?, std::mem::take(&mut book.written))))
            .flatten()
        else {
            return;
        };
        let Start {
            workspace,
            base,
            status,
            recovery,
            written,
            ..
        } = finish(rest, written);
        let refused = recovery.is_some() || !matches!(status, SaveStatus::Saved { .. });
        self.stored_size.set(written.size());
        self.book.update_value(|book| {
            book.written = written;
            if refused {
                book.base = base;
            }
        });
        self.stage.show_whole(workspace);
        timing::mark("ladder:whole");
        if refused {
            self.status.set(status);
            self.recovery.set(recovery);
        } else {
            self.loaded_whole();
        }
    }

    /// Once the whole workspace is read: deletes what the load retired, and
    /// when the page is idle does the first save's one-off work, so the
    /// first edit saves as fast as the rest.
    pub(super) fn loaded_whole(self) {
        self.schedule_tidy();
        timing::when_idle(move || self.prepare());
    }

    /// The first save's one-off work, done ahead ([`local::prepare`]).
    fn prepare(self) {
        if self.stage.is_viewing() {
            return;
        }
        self.stage.workspace().with_untracked(|ws| {
            self.book
                .update_value(|s| local::prepare(ws, &mut s.written));
        });
    }
}

/// Reads the rest of a workspace [`start`] loaded for its first screen.
fn finish(rest: local::Rest, written: local::Written) -> Start {
    begin(timing::measure("ladder:load-rest", || {
        rest.finish(written, clock::now())
    }))
}

/// The periods whose records the first screen shows, when it is the
/// overview of the default period, where most starts open: that period's,
/// and the next one's, which the overview looks at to offer planning it.
/// None for any other page, which needs the whole workspace at once.
fn first_screen(ws: &Workspace) -> Vec<PeriodId> {
    let hash = window().location().hash().unwrap_or_default();
    let route = Route::parse(&hash);
    if route.page != Page::Overview || route::opens_on_my_work(&hash, ws) {
        return Vec::new();
    }
    let Some(period) = ws.default_period(clock::today()) else {
        return Vec::new();
    };
    if route.period.as_ref().is_some_and(|id| *id != period.id) {
        return Vec::new();
    }
    let mut periods = vec![period.id.clone()];
    if let Some(Ok(next)) = ws.next_period(&period.id) {
        periods.push(next.id.clone());
    }
    periods
}

fn begin(loaded: Loaded) -> Start {
    let mut recovery = None;
    let mut written = local::Written::default();
    let mut rest = None;
    let (workspace, base, status) = match loaded {
        Loaded::Nothing { revision } => (
            Workspace::default(),
            revision,
            SaveStatus::Saved { at: None },
        ),
        // No time of day: the last save may have been last week, and this
        // tab has saved nothing yet.
        Loaded::Found {
            workspace,
            revision,
            written: stored,
        } => {
            written = stored;
            (*workspace, revision, SaveStatus::Saved { at: None })
        }
        Loaded::FirstScreen {
            workspace,
            revision,
            rest: more,
            written: stored,
        } => {
            written = stored;
            rest = Some(more);
            (*workspace, revision, SaveStatus::Saved { at: None })
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
    Start {
        workspace,
        base,
        status,
        recovery,
        written,
        rest,
    }
}
