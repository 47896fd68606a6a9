//! Records changed here and in the database since they last agreed: held
//! for the person, who settles each in the same choice a file merge offers
//! (Settings → Sync). Until then this browser keeps its copy and does not
//! send it; everything else goes on syncing. The settled copy is stamped
//! newer than both and sent, so every browser takes it.

use super::{Sync, SyncStatus};
use crate::domain::{Arrivals, Choices, Conflict, DocKey, Landing, Workspace};
use crate::ui::clock;
use leptos::prelude::*;
use std::collections::BTreeSet;

impl Sync {
    /// Takes the records `landing` found in conflict out of `arrivals` and
    /// holds them for the person; returns whether any were.
    pub(super) fn hold_conflicts(self, arrivals: &mut Arrivals, landing: &Landing) -> bool {
        let keys: BTreeSet<DocKey> = landing
            .report
            .conflicts
            .iter()
            .map(|c| DocKey::record(c.kind, &c.id))
            .collect();
        if keys.is_empty() {
            return false;
        }
        let held = arrivals.take(&keys);
        self.held.update(|h| match h {
            Some(h) => h.absorb(held),
            None => *h = Some(held),
        });
        // This side's copies stay waiting, to go out once settled.
        self.update(|s| s.wait_for(keys));
        true
    }

    /// Drops held records for which a newer version arrived: that version
    /// lands (or is held) in their place.
    pub(super) fn release_replaced(self, arrivals: &Arrivals) {
        if self.held.with_untracked(Option::is_none) {
            return;
        }
        let arrived = arrivals.records.docs();
        self.held.update(|h| {
            if let Some(held) = h {
                held.take(&arrived);
                if held.is_empty() {
                    *h = None;
                }
            }
        });
    }

    /// The held records' conflicts with this browser's copies, as a file
    /// merge lists them.
    pub fn conflicts(self) -> Signal<Vec<Conflict>> {
        let (held, stage, replica) = (self.held, self.stage, self.replica);
        Signal::derive(move || {
            held.with(|h| {
                h.as_ref().map_or_else(Vec::new, |held| {
                    stage.on_screen().track();
                    let mine = stage.with_own(Workspace::clone);
                    mine.land(held, &Choices::new(), &replica.get_value(), clock::now())
                        .report
                        .conflicts
                })
            })
        })
    }

    /// True while records wait for the person's choice.
    pub(super) fn has_conflicts(self) -> bool {
        self.held.with_untracked(Option::is_some)
    }

    /// Settles every held record by `choices` (this browser's copy where
    /// none is chosen) and sends the settled copies.
    pub fn settle(self, choices: &Choices) {
        let Some(held) = self.held.get_untracked() else {
            return;
        };
        self.note_local_changes();
        let mine = self.stage.with_own(Workspace::clone);
        let landing = mine.land(&held, choices, &self.replica.get_value(), clock::now());
        self.held.set(None);
        self.adopt(landing.workspace);
        self.update(|s| s.wait_for(landing.to_send));
        self.status.set(SyncStatus::Working { count: None });
        self.sync_now();
    }

    /// Documents held for the person, which are not sent meanwhile.
    pub(super) fn held_docs(self) -> BTreeSet<DocKey> {
        self.held
            .with_untracked(|h| h.as_ref().map(|h| h.records.docs()).unwrap_or_default())
            .into_iter()
            .filter(|k| *k != DocKey::organisation())
            .collect()
    }
}
