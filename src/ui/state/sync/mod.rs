//! Live sync through a CouchDB database: switched on and off from
//! Settings → Sync, its state in words for the header, and the loop that
//! sends what changed here and lands what changed elsewhere (`round.rs`;
//! its code is fetched when sync begins, `start.rs`).
//!
//! Local-first: the workspace is read and written in this browser as
//! always; sync only notes which documents an edit changed (an effect on
//! the workspace, [`Sync::note_local_changes`]) and works through them in
//! the background. What lands from the database is not an undo step: it
//! is not this person's to take back.

mod conflicts;
mod join;
mod leader;
mod round;
mod start;

use super::exchange::Exchange;
use super::history::History;
use super::saver::Saver;
use super::stage::Stage;
use crate::domain::{Arrivals, DocKey, ReplicaId, Workspace};
use crate::storage::sync::couch::{CouchError, Database, Stop};
use crate::storage::sync::state::{self, RefusedDoc, SyncState};
use crate::ui::clock;
use crate::ui::notices::Notices;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;

pub use join::Joining;

/// Where sync is, in words the header shows.
#[derive(Clone, PartialEq, Debug)]
pub enum SyncStatus {
    Off,
    /// Signing in, reading what the database holds.
    Connecting,
    /// Sending or receiving; `count` documents when known.
    Working {
        count: Option<usize>,
    },
    Synced {
        at: DateTime<Utc>,
    },
    /// The database cannot be reached; changes wait here.
    Offline {
        waiting: Option<usize>,
    },
    /// The session ended or the password was refused: sync waits for it.
    SignedOut,
    /// The database already holds an organisation and so does this
    /// browser: the person chooses how they meet (Settings → Sync).
    NeedsChoice,
    /// Another tab of this browser syncs for it.
    OtherTab,
    Error {
        message: String,
        waiting: Option<usize>,
    },
}

/// The running loop's bookkeeping; nothing renders from it.
#[derive(Default)]
struct Run {
    /// Bumped when sync stops or restarts, so an old loop ends itself.
    generation: u64,
    /// True while this tab runs the loop (it holds the lease).
    leading: bool,
    /// Stops the request the loop waits on, so a local change goes out at once.
    stop: Option<Stop>,
    /// Wakes the loop from a pause between tries.
    wake: Option<js_sys::Function>,
    /// The workspace as of the last note of local changes or landing:
    /// what differs from it was changed here.
    known: Option<Workspace>,
    /// Revisions this browser wrote, so their echo in the feed is skipped.
    written: std::collections::HashSet<(String, String)>,
    /// Documents changed here while a batch was on its way: still waiting
    /// after it, whatever the batch did.
    noted: std::collections::HashSet<String>,
}

/// Live sync; provided through context.
#[derive(Clone, Copy)]
pub struct Sync {
    stage: Stage,
    history: History,
    saver: Saver,
    /// For the backups Settings lists, one of which a join keeps.
    exchange: Exchange,
    notices: Notices,
    replica: StoredValue<ReplicaId>,
    /// This tab, in the lease that says which tab syncs.
    tab: StoredValue<String>,
    state: RwSignal<Option<SyncState>>,
    /// The database and user, and the refusals, apart from the rest of the
    /// state, which changes with every note: what Settings shows stays put.
    settings: Memo<Option<(String, Option<String>)>>,
    refused: Memo<Vec<RefusedDoc>>,
    status: RwSignal<SyncStatus>,
    joining: RwSignal<Option<Joining>>,
    /// Records changed here and in the database, waiting for the person.
    held: RwSignal<Option<Arrivals>>,
    run: StoredValue<Run>,
}

impl Sync {
    pub(super) fn start(
        stage: Stage,
        history: History,
        saver: Saver,
        exchange: Exchange,
        notices: Notices,
        replica: ReplicaId,
    ) -> Sync {
        let (kept, status) = match state::read() {
            Ok(kept) => (kept, SyncStatus::Off),
            Err(message) => (
                None,
                SyncStatus::Error {
                    message,
                    waiting: None,
                },
            ),
        };
        let state = RwSignal::new(kept);
        let settings =
            Memo::new(move |_| state.with(|s| s.as_ref().map(|s| (s.url.clone(), s.user.clone()))));
        let refused = Memo::new(move |_| {
            state.with(|s| s.as_ref().map(|s| s.refused.clone()).unwrap_or_default())
        });
        let sync = Sync {
            stage,
            history,
            saver,
            exchange,
            notices,
            replica: StoredValue::new(replica),
            tab: StoredValue::new(format!("{:x}", clock::random_bits())),
            state,
            settings,
            refused,
            status: RwSignal::new(status),
            joining: RwSignal::new(None),
            held: RwSignal::new(None),
            run: StoredValue::new(Run::default()),
        };
        // Every change of this browser's workspace is noted as it happens.
        Effect::new(move |_| {
            // On screen: tracking must not read the rest of a large
            // workspace before its first screen is painted.
            stage.on_screen().track();
            sync.note_local_changes();
        });
        let _ = window_event_listener(leptos::ev::online, move |_| sync.sync_now());
        // Changes not yet in the database are safe here, but the person may
        // be about to close the one browser that holds them.
        let _ = window_event_listener(leptos::ev::beforeunload, move |event| {
            if sync.run.with_value(|run| run.leading) && sync.has_unsent() {
                event.prevent_default();
            }
        });
        if sync
            .state
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.signed_out))
        {
            sync.status.set(SyncStatus::SignedOut);
        }
        sync.keep_time();
        sync
    }

    pub fn status(self) -> Signal<SyncStatus> {
        self.status.into()
    }

    /// The database and who signed in, while sync is on.
    pub fn settings(self) -> Signal<Option<(String, Option<String>)>> {
        self.settings.into()
    }

    /// Documents refused, newest last.
    pub fn refused(self) -> Signal<Vec<RefusedDoc>> {
        self.refused.into()
    }

    /// How many documents wait to be sent; `None` for all of them.
    pub fn waiting(self) -> Option<usize> {
        self.state
            .with_untracked(|s| s.as_ref().and_then(SyncState::waiting_count))
    }

    /// True while changes made here have not reached the database.
    pub fn has_unsent(self) -> bool {
        self.state.with_untracked(|s| {
            s.as_ref()
                .is_some_and(|s| s.waiting_count().is_none_or(|n| n > 0))
        })
    }

    /// Connects to the database at `url`, signing in first when a user
    /// name is given. Nothing is sent until the database answers and the
    /// sign-in is accepted; the password is used for this request only.
    pub async fn connect(
        self,
        url: String,
        user: Option<String>,
        password: String,
    ) -> Result<(), String> {
        let db = Database::at(&url)?;
        self.status.set(SyncStatus::Connecting);
        let checked = async {
            if let Some(user) = &user {
                db.sign_in(user, &password).await?;
            }
            db.info().await.map(|_| ())
        }
        .await;
        if let Err(error) = checked {
            self.status.set(SyncStatus::Off);
            return Err(error.to_string());
        }
        let fresh = SyncState::new(db.url().to_owned(), user);
        self.keep(fresh)?;
        self.take_lease();
        self.begin();
        Ok(())
    }

    /// Signs in again after the session ended, and carries on.
    pub async fn sign_in_again(self, password: String) -> Result<(), String> {
        let Some((url, Some(user))) = self.settings().get_untracked() else {
            return Err(crate::text::sync::NOT_SIGNED_IN.to_owned());
        };
        let db = Database::at(&url)?;
        db.sign_in(&user, &password)
            .await
            .map_err(|e| e.to_string())?;
        self.update(|s| s.signed_out = false);
        self.take_lease();
        self.begin();
        Ok(())
    }

    /// Stops syncing: this browser keeps its workspace as it is.
    pub fn stop(self) -> Result<(), String> {
        let db = self
            .settings()
            .get_untracked()
            .and_then(|(url, user)| user.and(Database::at(&url).ok()));
        self.halt();
        state::clear()?;
        crate::storage::local::set_sync_lease(None);
        self.state.set(None);
        self.joining.set(None);
        self.held.set(None);
        self.status.set(SyncStatus::Off);
        if let Some(db) = db {
            spawn_local(async move {
                // Ending the session is a courtesy: the cookie expires anyway.
                let _ = db.sign_out().await;
            });
        }
        Ok(())
    }

    /// Sends and receives now, rather than at the next change or try.
    pub fn sync_now(self) {
        self.run.update_value(|run| {
            if let Some(stop) = run.stop.take() {
                stop.now();
            }
            if let Some(wake) = run.wake.take() {
                let _ = wake.call0(&wasm_bindgen::JsValue::NULL);
            }
        });
    }

    /// Notes which documents this browser changed since the last note, so
    /// they are sent; called on every change of the workspace.
    pub(super) fn note_local_changes(self) {
        // The tab that syncs notes for all: it sees every other tab's save.
        let leading = self.run.with_value(|run| run.leading);
        if leading && !self.stage.is_viewing() && self.state.with_untracked(Option::is_some) {
            self.note_changed_docs();
        }
    }

    // Apart: Chromium compiles wasm a function at a time, on first call,
    // and every start calls `note_local_changes`, most with sync off.
    #[inline(never)]
    fn note_changed_docs(self) {
        let current = self.stage.workspace().get_untracked();
        let Some(known) = self
            .run
            .try_update_value(|run| run.known.replace(current.clone()))
            .flatten()
        else {
            return;
        };
        let changed = current.changed_docs(&known);
        if changed.is_empty() {
            return;
        }
        self.run.update_value(|run| {
            run.noted.extend(changed.iter().map(DocKey::doc_id));
        });
        if let Err(message) = self.try_update(|s| s.wait_for(changed)) {
            self.status.set(SyncStatus::Error {
                message,
                waiting: self.waiting(),
            });
        } else if matches!(self.status.get_untracked(), SyncStatus::Synced { .. }) {
            // "Synced" would claim what just changed is in the database.
            self.status.set(SyncStatus::Working { count: None });
        }
        self.sync_now();
    }

    /// Keeps `fresh` as sync's state, in memory and in storage.
    fn keep(self, fresh: SyncState) -> Result<(), String> {
        state::write(&fresh)?;
        self.state.set(Some(fresh));
        Ok(())
    }

    /// Changes the stored state; storage refusing is reported, and the
    /// change still holds in memory.
    fn try_update(self, f: impl FnOnce(&mut SyncState)) -> Result<(), String> {
        let mut written = Ok(());
        self.state.update(|s| {
            if let Some(s) = s {
                f(s);
                written = state::write(s);
            }
        });
        written
    }

    fn update(self, f: impl FnOnce(&mut SyncState)) {
        if let Err(message) = self.try_update(f) {
            self.notices.show(message, None);
        }
    }

    fn database(self) -> Option<Database> {
        self.state
            .with_untracked(|s| s.as_ref().and_then(|s| Database::at(&s.url).ok()))
    }

    /// The status after `error`, with what waits here.
    fn failed(self, error: &CouchError) {
        let waiting = self.waiting();
        let status = match error {
            CouchError::Unreachable | CouchError::TimedOut => SyncStatus::Offline { waiting },
            CouchError::Denied { .. } => SyncStatus::SignedOut,
            other => SyncStatus::Error {
                message: other.to_string(),
                waiting,
            },
        };
        self.status.set(status);
    }

    fn synced(self) {
        let now = clock::now();
        self.update(|s| s.synced_at = Some(now));
        self.status.set(if self.has_conflicts() {
            SyncStatus::NeedsChoice
        } else {
            SyncStatus::Synced { at: now }
        });
    }
}
