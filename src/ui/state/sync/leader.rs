//! One tab syncs for the browser. Tabs share the workspace through
//! storage, so two syncing tabs would land the same changes and save at
//! the same instant, which the saver rightly calls a conflict. The tab
//! holding a short lease in storage runs the loop and renews the lease;
//! the others show that it does, see its landings through storage like any
//! other tab's save, and take over once the lease runs out (or at once when
//! that tab goes away and gives it up). Another tab switching sync on or
//! off is seen at the next beat.

use super::{Sync, SyncStatus};
use crate::storage::local;
use crate::storage::sync::state::{self, lease, may_lead};
use crate::ui::timing;
use leptos::prelude::*;
use std::time::Duration;

/// How long a lease holds without renewal: longer than a hidden tab's
/// timers may be held back (Chromium runs them once a minute), so a tab in
/// the background keeps syncing alone; a closing tab gives it up at once.
const LEASE_MS: f64 = 90_000.0;
/// How often a tab renews its lease or looks for a lapsed one.
const BEAT: Duration = Duration::from_secs(5);

impl Sync {
    /// Ends the running loop at its next step.
    pub(super) fn halt(self) {
        self.run.update_value(|run| {
            run.generation += 1;
            run.leading = false;
        });
        self.sync_now();
    }

    /// The running loop's generation now, for [`Sync::is_current`] after a wait.
    pub(super) fn generation(self) -> u64 {
        self.run.try_with_value(|run| run.generation).unwrap_or(0)
    }

    pub(super) fn is_current(self, generation: u64) -> bool {
        self.run
            .try_with_value(|run| run.generation == generation)
            .unwrap_or(false)
    }

    /// Beats for as long as the page is open; the first beat is now.
    pub(super) fn keep_time(self) {
        // Once the first screen is up: syncing reads the whole workspace,
        // which for a large one is read after that screen (see `Stage`).
        timing::when_idle(move || self.beat());
        let _ = set_interval_with_handle(move || self.beat(), BEAT);
        // A tab going away gives up the lease, so another takes over at once.
        let _ = window_event_listener(leptos::ev::pagehide, move |_| self.give_up());
    }

    /// Follows another tab's switching sync on or off, then takes, keeps or
    /// leaves the lease.
    pub(super) fn beat(self) {
        let stored = state::read().ok().flatten();
        let leading = self.run.with_value(|run| run.leading);
        match (self.state.with_untracked(Option::is_some), stored) {
            // Switched on elsewhere, or what the tab that syncs wrote since.
            (false, Some(stored)) => self.state.set(Some(stored)),
            (true, Some(stored))
                if !leading && self.state.with_untracked(|s| s.as_ref() != Some(&stored)) =>
            {
                self.state.set(Some(stored));
            }
            (true, None) => {
                self.halt();
                self.state.set(None);
                self.held.set(None);
                self.joining.set(None);
                self.status.set(SyncStatus::Off);
                return;
            }
            _ => {}
        }
        let on = self
            .state
            .with_untracked(|s| s.as_ref().is_some_and(|s| !s.signed_out));
        if !on {
            return;
        }
        let tab = self.tab.get_value();
        let now = js_sys::Date::now();
        if may_lead(local::sync_lease().as_deref(), &tab, now) {
            local::set_sync_lease(Some(&lease(&tab, now + LEASE_MS)));
            if !leading {
                self.begin();
            }
        } else {
            if leading {
                self.halt();
            }
            self.status.set(SyncStatus::OtherTab);
        }
    }

    /// Takes the lease now: this tab's person just switched sync on.
    pub(super) fn take_lease(self) {
        let tab = self.tab.get_value();
        local::set_sync_lease(Some(&lease(&tab, js_sys::Date::now() + LEASE_MS)));
    }

    fn give_up(self) {
        if self.run.with_value(|run| run.leading) {
            local::set_sync_lease(None);
        }
    }
}
