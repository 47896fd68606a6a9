//! A whole organisation's save (a sync's first download, an import)
//! encoded and packed a slice at a time, then written in one task like any
//! save.

use super::{SAVE_AT_LATEST_MS, Saver};
use crate::storage::local;
use crate::ui::timing;
use leptos::prelude::*;
use std::time::Duration;

/// How long each slice of [`Saver::save_in_slices`] packs, well under the
/// 50 ms from which a task delays what the person does.
const PACK_SLICE_MS: f64 = 20.0;

impl Saver {
    /// A save that has come due, unless a save is being packed: that one
    /// ends by saving, edits made meanwhile included. Still no edit waits
    /// more than [`SAVE_AT_LATEST_MS`] for it.
    pub(super) fn save_due(self) {
        let now = js_sys::Date::now();
        let Some(packing_since) = self.book.try_with_value(|s| s.packing_since_ms) else {
            return;
        };
        let wait = packing_since.map_or(0.0, |since| since + SAVE_AT_LATEST_MS - now);
        if wait <= 0.0 {
            self.flush();
            return;
        }
        let timer = set_timeout_with_handle(
            move || self.save_due(),
            Duration::from_millis(wait.ceil() as u64),
        )
        .ok();
        self.book.update_value(|s| {
            if let Some(old) = std::mem::replace(&mut s.timer, timer) {
                old.clear();
            }
        });
    }

    /// Saves a workspace brought in whole (a sync's first download, and
    /// whatever `Document::replace` puts in place: an import, a merge, a
    /// restore, the sample): its parts are encoded and packed a slice at a
    /// time, with the page answering in between, and then written in one
    /// task, as every save is. For a 300-person company that took a third
    /// of a second in one task. Leaving the page meanwhile saves at once,
    /// using what is packed.
    pub(in crate::ui::state) async fn save_in_slices(self) {
        let now = js_sys::Date::now();
        self.book.update_value(|s| {
            s.packing += 1;
            s.packing_since_ms.get_or_insert(now);
        });
        loop {
            timing::next_task_async().await;
            if !self.may_save() {
                break;
            }
            timing::mark("ladder:pack-slice");
            let started = timing::now_ms();
            let out_of_time = || timing::now_ms() - started > PACK_SLICE_MS;
            let done = self.stage.workspace().with_untracked(|ws| {
                self.book
                    .try_update_value(|s| local::pack_ahead(ws, &mut s.written, out_of_time))
            });
            // Done, or failed: the save says why.
            if !matches!(done, Some(Ok(false))) {
                break;
            }
        }
        self.book.try_update_value(|s| {
            s.packing -= 1;
            if s.packing == 0 {
                s.packing_since_ms = None;
            }
        });
        self.flush();
    }
}
