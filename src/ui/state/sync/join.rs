//! The first sync of this browser with a database. An empty database gets
//! this workspace; an empty browser (or one holding only the sample) gets
//! the database's. When both hold an organisation, nothing is mixed
//! silently: the person sees what a merge would do and chooses to merge,
//! to replace this browser's workspace with the database's, or to cancel.

use super::round::read_rows;
use super::{Sync, SyncStatus};
use crate::domain::refusal::Refusal;
use crate::domain::{Arrivals, Choices, MergeReport, Workspace};
use crate::storage::local;
use crate::storage::sync::couch::{CouchError, Database};
use crate::storage::sync::state::{RefusedDoc, Waiting};
use crate::text;
use crate::ui::clock;
use crate::ui::timing::next_task_async;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;

/// A database that already holds an organisation, read whole, waiting for
/// the person's choice.
#[derive(Clone, Debug)]
pub struct Joining {
    arrivals: Arrivals,
    refused: Vec<RefusedDoc>,
    last: Value,
    /// The database's organisation's name.
    pub name: String,
    /// What merging would do, kind by kind.
    pub report: MergeReport,
    /// Why the two cannot be merged (two organisations, each with its
    /// company), in a sentence; `None` when they can.
    pub cannot_merge: Option<String>,
}

impl Sync {
    pub(super) async fn join(self, db: &Database, generation: u64) -> Result<(), CouchError> {
        self.status.set(SyncStatus::Connecting);
        let (rows, last) = self
            .read_feed(db, generation, Value::from(0), false)
            .await?;
        let (arrivals, refused) = read_rows(rows).await;
        next_task_async().await;
        if arrivals.is_empty() {
            // Nothing of Ladder's there yet: this workspace goes up whole.
            self.update(|s| {
                s.joined = true;
                s.since = last;
                s.waiting = Waiting::default();
                s.refuse(refused);
            });
            return Ok(());
        }
        let mine = self.stage.with_own(Workspace::clone);
        if mine.is_empty() || mine.sample {
            // The sample may hold someone's additions: kept restorable.
            if !mine.is_empty() {
                let _ = local::keep_before_import(&mine, clock::now());
                self.exchange.refresh_backups();
            }
            self.take(arrivals, refused, last, true).await;
            return Ok(());
        }
        // Previewed as a file merge is, and refused as one would be.
        let merged = mine.merge(
            &arrivals.records,
            &Choices::new(),
            &self.replica.get_value(),
            clock::now(),
        );
        let cannot_merge = Refusal::of_merge(&merged.workspace.problems()).map(|r| r.problem);
        let name = arrivals
            .organisation
            .as_ref()
            .map(|(o, _)| o.name.clone())
            .unwrap_or_default();
        self.joining.set(Some(Joining {
            arrivals,
            refused,
            last,
            name,
            report: merged.report,
            cannot_merge,
        }));
        self.status.set(SyncStatus::NeedsChoice);
        Ok(())
    }

    /// The database waiting for the person's choice, if one is.
    pub fn joining(self) -> Signal<Option<Joining>> {
        self.joining.into()
    }

    /// Merges the database's organisation with this browser's, by the
    /// merge rules of a file, and sends the result.
    pub fn join_by_merging(self) -> Result<(), String> {
        self.choose(false)
    }

    /// Replaces this browser's workspace with the database's; the one
    /// replaced is kept as the backup Settings can restore.
    pub fn join_by_replacing(self) -> Result<(), String> {
        self.choose(true)
    }

    fn choose(self, replace: bool) -> Result<(), String> {
        let Some(joining) = self.joining.get_untracked() else {
            return Ok(());
        };
        if let (false, Some(problem)) = (replace, &joining.cannot_merge) {
            return Err(problem.clone());
        }
        let current = self.stage.with_own(Workspace::clone);
        local::keep_before_import(&current, clock::now())
            .map_err(|reason| text::app_state::backup_failed(&reason))?;
        self.exchange.refresh_backups();
        self.joining.set(None);
        spawn_local(async move {
            self.take(joining.arrivals, joining.refused, joining.last, replace)
                .await;
            self.sync_now();
        });
        Ok(())
    }

    /// Takes the database's records: in place of this browser's workspace
    /// (`replace`) or merged into it, in which case all of it is sent.
    async fn take(self, arrivals: Arrivals, refused: Vec<RefusedDoc>, last: Value, replace: bool) {
        let generation = self.generation();
        let base = if replace {
            Workspace::default()
        } else {
            self.stage.with_own(Workspace::clone)
        };
        let landing = base.land(
            &arrivals,
            &Choices::new(),
            &self.replica.get_value(),
            clock::now(),
        );
        let refusals = refused
            .into_iter()
            .chain(landing.refused.into_iter().map(RefusedDoc::from));
        // Shown in one task, saved over the next ones: a whole organisation
        // is a large save.
        self.show(landing.workspace);
        self.saver.save_in_slices().await;
        // Stopped or connected anew meanwhile: this checkpoint and queue
        // are not the new run's.
        if !self.is_current(generation) {
            return;
        }
        // Read again from the start if what landed is not saved.
        let saved = matches!(
            self.saver.save_status().get_untracked(),
            crate::ui::state::SaveStatus::Saved { .. }
        );
        self.update(|s| {
            s.joined = true;
            if saved {
                s.since = last;
            }
            s.waiting = if replace {
                Waiting::Docs(Vec::new())
            } else {
                Waiting::default()
            };
            s.wait_for(landing.to_send);
            s.refuse(refusals);
        });
    }
}
