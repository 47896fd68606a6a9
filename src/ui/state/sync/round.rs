//! The sync loop: receive what is new, send what waits, then wait on the
//! changes feed until something changes there or here. Errors that pass
//! (offline, a server down, a time-out) are tried again after a pause that
//! doubles up to a minute; a refused sign-in stops the loop until the
//! person signs in again. Nothing made here is dropped on any error: what
//! waits to be sent is kept in storage until the database took it.

use super::start::{FIRST_PAUSE_MS, longer_pause};
use super::{Run, Sync, SyncStatus};
use crate::domain::{Arrivals, Choices, DocKey, Workspace};
use crate::storage::sync::couch::{CouchError, Database, Stop};
use crate::storage::sync::docs::{self, Row};
use crate::storage::sync::outbox;
use crate::storage::sync::state::{RefusedDoc, Waiting};
use crate::ui::clock;
use crate::ui::state::SaveStatus;
use crate::ui::timing::next_task_async;
use leptos::prelude::*;
use serde_json::Value;

/// Changes read per request.
const PAGE: usize = 1_000;
/// Documents sent per request.
const BATCH: usize = 500;
/// Rows read (or let go of) per task in a large feed: about 20 ms.
const READ_SLICE: usize = 5_000;

impl Sync {
    pub(super) async fn run_loop(self, generation: u64) {
        let mut pause_ms = FIRST_PAUSE_MS;
        while self.is_current(generation) {
            match self.round(generation).await {
                Ok(()) | Err(CouchError::Stopped) => pause_ms = FIRST_PAUSE_MS,
                Err(error) => {
                    if !self.is_current(generation) {
                        return;
                    }
                    self.failed(&error);
                    if matches!(error, CouchError::Denied { .. }) {
                        self.update(|s| s.signed_out = true);
                        return;
                    }
                    self.pause(pause_ms).await;
                    pause_ms = longer_pause(pause_ms);
                }
            }
        }
    }

    /// One round: receive, send, then wait for the next change.
    async fn round(self, generation: u64) -> Result<(), CouchError> {
        let db = self.database().ok_or(CouchError::Stopped)?;
        // A snapshot on view holds the screen, and this browser's own
        // workspace is not saved meanwhile: nothing lands until it closes.
        if self.stage.is_viewing() || self.joining.with_untracked(Option::is_some) {
            self.pause(2_000).await;
            return Ok(());
        }
        if !self
            .state
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.joined))
        {
            return self.join(&db, generation).await;
        }
        if !matches!(self.status.get_untracked(), SyncStatus::Synced { .. }) {
            self.status.set(SyncStatus::Working { count: None });
        }
        let since = self.since();
        let (rows, last) = self.read_feed(&db, generation, since, false).await?;
        if !self.land_rows(rows, Some(last)).await {
            // What landed is not saved (storage full, another tab's save
            // waiting for the person): read it again later, not at once.
            self.pause(5_000).await;
            return Ok(());
        }
        self.read_again(&db).await?;
        self.send(&db, generation).await?;
        self.synced();
        let since = self.since();
        match self.read_feed(&db, generation, since, true).await {
            Ok((rows, last)) => {
                if !self.land_rows(rows, Some(last)).await {
                    self.pause(5_000).await;
                }
                Ok(())
            }
            // The feed waited its full time with nothing new.
            Err(CouchError::TimedOut) => Ok(()),
            Err(error) => Err(error),
        }
    }

    fn since(self) -> Value {
        self.state.with_untracked(|s| {
            s.as_ref()
                .map_or_else(|| Value::from(0), |s| s.since.clone())
        })
    }

    /// Reads the changes feed from `since` to its end, page by page; with
    /// `wait`, the first request waits for a change when there is none.
    pub(super) async fn read_feed(
        self,
        db: &Database,
        generation: u64,
        mut since: Value,
        wait: bool,
    ) -> Result<(Vec<Row>, Value), CouchError> {
        let mut rows = Vec::new();
        loop {
            let stop = if wait && rows.is_empty() {
                Stop::new()
            } else {
                None
            };
            self.run
                .update_value(|run: &mut Run| run.stop = stop.clone());
            let page = db.changes(&since, PAGE, stop.as_ref()).await;
            self.run.update_value(|run: &mut Run| run.stop = None);
            let page = page?;
            if !self.is_current(generation) {
                return Err(CouchError::Stopped);
            }
            let read = page.results.len();
            rows.extend(page.results);
            since = page.last_seq;
            if read < PAGE {
                return Ok((rows, since));
            }
            self.status.set(SyncStatus::Working {
                count: Some(rows.len()),
            });
        }
    }

    /// Lands what was read, then moves the checkpoint to `last` once the
    /// workspace holding it is saved: a reload before that reads it again.
    /// Returns false when the checkpoint had to stay (nothing is saved).
    /// A large batch (a first download) is worked through in several tasks,
    /// reading, landing, showing and saving each in its own, so the page
    /// answers in between.
    pub(super) async fn land_rows(self, rows: Vec<Row>, last: Option<Value>) -> bool {
        let generation = self.generation();
        let large = rows.len() > PAGE;
        // This browser's own writes come back through the feed: skipped,
        // and forgotten once seen.
        let rows: Vec<Row> = self
            .run
            .try_update_value(|run: &mut Run| {
                rows.into_iter()
                    .filter(|row| {
                        let rev = row.doc.as_ref().and_then(|d| d.get("_rev")?.as_str());
                        !rev.is_some_and(|rev| {
                            run.written.remove(&(row.id.clone(), rev.to_owned()))
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let read_ids: std::collections::HashSet<String> =
            rows.iter().map(|r| r.id.clone()).collect();
        let (arrivals, refused) = if large {
            let read = read_rows(rows).await;
            next_task_async().await;
            read
        } else {
            docs::read(&rows)
        };
        let mut to_send = Vec::new();
        let mut retry = Vec::new();
        let mut refusals = refused;
        let mut adopted = false;
        if !arrivals.is_empty() {
            // What was changed here meanwhile is this browser's, not the database's.
            self.note_local_changes();
            self.release_replaced(&arrivals);
            let mine = self.stage.with_own(Workspace::clone);
            let (replica, now) = (self.replica.get_value(), clock::now());
            let mut arrivals = arrivals;
            let mut landing = mine.land(&arrivals, &Choices::new(), &replica, now);
            if self.hold_conflicts(&mut arrivals, &landing) {
                landing = mine.land(&arrivals, &Choices::new(), &replica, now);
            }
            if landing.workspace != mine {
                self.show(landing.workspace);
                if large {
                    self.saver.save_in_slices().await;
                    // Stopped or connected anew meanwhile: not this run's to record.
                    if !self.is_current(generation) {
                        return false;
                    }
                } else {
                    self.saver.flush();
                }
                adopted = true;
            }
            to_send.extend(landing.to_send);
            retry.extend(landing.retry);
            refusals.extend(landing.refused.into_iter().map(RefusedDoc::from));
        }
        let saved = !adopted
            || matches!(
                self.saver.save_status().get_untracked(),
                SaveStatus::Saved { .. }
            );
        self.update(|s| {
            s.accepted(&read_ids);
            s.refuse(refusals);
            s.retry_later(retry);
            s.wait_for(to_send);
            if let Some(last) = last
                && saved
            {
                s.since = last;
            }
        });
        saved
    }

    /// Puts a landed workspace in place of this browser's own and saves it.
    /// Undo steps led back from a workspace without what landed: taking
    /// one would undo a colleague's change too, so they go.
    pub(super) fn adopt(self, workspace: Workspace) {
        self.show(workspace);
        self.saver.flush();
    }

    /// [`Sync::adopt`] but for the save, which follows at once or in the
    /// next task.
    pub(super) fn show(self, workspace: Workspace) {
        self.run
            .update_value(|run: &mut Run| run.known = Some(workspace.clone()));
        self.stage.set_own(workspace);
        self.history.forget();
        self.notices.withdraw_undo();
        self.saver.changed();
    }

    /// Reads again the documents refused for pointing at a record that was
    /// not here yet, and lands them if it now is.
    async fn read_again(self, db: &Database) -> Result<(), CouchError> {
        let ids = self
            .state
            .with_untracked(|s| s.as_ref().map(|s| s.retry.clone()).unwrap_or_default());
        if ids.is_empty() {
            return Ok(());
        }
        let rows = db
            .held(&ids)
            .await?
            .into_iter()
            .filter_map(|held| {
                let rev = held.value?;
                Some(Row {
                    id: held.key,
                    deleted: rev.deleted,
                    doc: held.doc,
                })
            })
            .collect();
        self.land_rows(rows, None).await;
        Ok(())
    }

    /// Sends what waits, a batch at a time, each after reading back what
    /// the database holds for it (see [`outbox`]).
    async fn send(self, db: &Database, generation: u64) -> Result<(), CouchError> {
        let everything = self.state.with_untracked(|s| {
            s.as_ref()
                .is_some_and(|s| matches!(s.waiting, Waiting::All { .. }))
        });
        let keys: Vec<DocKey> = if everything {
            self.stage.with_own(|ws| ws.docs().into_iter().collect())
        } else {
            self.state
                .with_untracked(|s| match s.as_ref().map(|s| &s.waiting) {
                    Some(Waiting::Docs(ids)) => {
                        ids.iter().filter_map(|id| DocKey::parse(id)).collect()
                    }
                    _ => Vec::new(),
                })
        };
        // Records held for the person's choice go once settled.
        let held = self.held_docs();
        let keys: Vec<DocKey> = keys.into_iter().filter(|k| !held.contains(k)).collect();
        let total = keys.len();
        for (done, batch) in keys.chunks(BATCH).enumerate() {
            if total > BATCH {
                self.status.set(SyncStatus::Working {
                    count: Some(total - done * BATCH),
                });
            }
            self.send_batch(db, batch).await?;
            if !self.is_current(generation) {
                return Err(CouchError::Stopped);
            }
        }
        if everything {
            self.update(|s| s.waiting = s.waiting.clone().finished());
        }
        Ok(())
    }

    async fn send_batch(self, db: &Database, batch: &[DocKey]) -> Result<(), CouchError> {
        let ids: Vec<String> = batch.iter().map(DocKey::doc_id).collect();
        self.run.update_value(|run: &mut Run| run.noted.clear());
        let held = db.held(&ids).await?;
        if !self.run.with_value(|run: &Run| run.leading) {
            return Err(CouchError::Stopped);
        }
        let plan = self.stage.with_own(|ws| outbox::plan(ws, batch, &held));
        if !plan.unseen.is_empty() {
            // Changed there since this browser last read: land it first;
            // what this side then holds newer goes in the next round.
            self.land_rows(plan.unseen, None).await;
        }
        let mut finished: Vec<String> = plan.done.iter().map(DocKey::doc_id).collect();
        let mut refused = Vec::new();
        if !plan.send.is_empty() {
            let bodies = plan.send.into_iter().map(|(_, body)| body).collect();
            for written in db.write(bodies).await? {
                match (written.rev, written.error.as_deref()) {
                    (Some(rev), None) => {
                        self.run.update_value(|run: &mut Run| {
                            run.written.insert((written.id.clone(), rev));
                        });
                        finished.push(written.id);
                    }
                    // Someone wrote it in between: read theirs, send again.
                    (_, Some("conflict")) => {}
                    (_, error) => {
                        refused.push(RefusedDoc {
                            reason: crate::text::sync::database_refused(
                                &written
                                    .reason
                                    .or(error.map(str::to_owned))
                                    .unwrap_or_default(),
                            ),
                            doc_id: written.id.clone(),
                        });
                        finished.push(written.id);
                    }
                }
            }
        }
        let noted = self.run.with_value(|run: &Run| run.noted.clone());
        finished.retain(|id| !noted.contains(id));
        // What did not go (a write in between, a copy landed first) waits,
        // also in a first upload, which otherwise lists nothing.
        let unfinished = batch
            .iter()
            .filter(|k| !finished.contains(&k.doc_id()))
            .cloned();
        self.update(|s| {
            s.sent(&finished);
            s.wait_for(unfinished);
            s.refuse(refused);
        });
        Ok(())
    }
}

/// Reads a large feed a slice at a time, and lets go of it the same way,
/// with a task between slices: a first download's 86,000 rows took a
/// third of a second to read and 60 ms more to drop, in one task.
pub(super) async fn read_rows(mut rows: Vec<Row>) -> (Arrivals, Vec<RefusedDoc>) {
    let read = {
        let mut reading = docs::Reading::new(&rows);
        while reading.next_slice(READ_SLICE) {
            next_task_async().await;
        }
        reading.finish()
    };
    while rows.len() > READ_SLICE {
        next_task_async().await;
        rows.truncate(rows.len() - READ_SLICE);
    }
    read
}
