//! Starting the loop of `round.rs`, whose code is in a wasm module of its
//! own (issue 28): most browsers never sync, and the loop brings the
//! CouchDB client and everything that lands what arrives. Also the pause
//! between tries, which the loop and its fetch share.

use super::{Run, Sync, SyncStatus};
use crate::domain::Workspace;
use crate::storage::sync::couch::CouchError;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen_futures::JsFuture;

/// The first pause after a failed try.
pub(super) const FIRST_PAUSE_MS: i32 = 1_000;
/// The longest pause between tries.
const LONGEST_PAUSE_MS: i32 = 60_000;

/// The pause after another failed try: twice the last, up to a minute.
pub(super) fn longer_pause(ms: i32) -> i32 {
    ms.saturating_mul(2).min(LONGEST_PAUSE_MS)
}

/// The loop of `generation`, from its own module.
#[wasm_split(sync_loop, wasm_split_path = ::leptos::wasm_split, fallible)]
fn sync_loop(
    sync: Sync,
    generation: u64,
) -> Result<Pin<Box<dyn Future<Output = ()>>>, SplitLoaderError> {
    Ok(Box::pin(sync.run_loop(generation)))
}

impl Sync {
    /// Starts the loop (ending any running one).
    pub(super) fn begin(self) {
        let generation = self.run.with_value(|run| run.generation) + 1;
        let current = self.stage.with_own(Workspace::clone);
        self.run.update_value(|run| {
            run.generation = generation;
            run.leading = true;
            run.known = Some(current);
        });
        spawn_local(self.fetch_and_run(generation));
    }

    /// Runs the loop, whose code is in a wasm module of its own (most
    /// browsers never sync, issue 28), fetched the first time. While it
    /// cannot be fetched, sync tries again after the loop's growing pause,
    /// and what waits to be sent stays waiting. The header says offline
    /// when the browser is; online, the module is most likely gone with a
    /// newer deploy, which a reload mends.
    async fn fetch_and_run(self, generation: u64) {
        let mut pause_ms = FIRST_PAUSE_MS;
        while self.is_current(generation) {
            let fetched = sync_loop(self, generation).await;
            if !self.is_current(generation) {
                return;
            }
            match fetched {
                Ok(running) => return running.await,
                Err(_) if window().navigator().on_line() => self.status.set(SyncStatus::Error {
                    message: crate::text::sync::NOT_LOADED.to_owned(),
                    waiting: self.waiting(),
                }),
                Err(_) => self.failed(&CouchError::Unreachable),
            }
            self.pause(pause_ms).await;
            pause_ms = longer_pause(pause_ms);
        }
    }

    /// Waits `ms`, or until [`Sync::sync_now`].
    pub(super) async fn pause(self, ms: i32) {
        let (promise, wake) = timer(ms);
        self.run.update_value(|run: &mut Run| run.wake = wake);
        let _ = JsFuture::from(promise).await;
    }
}

/// A promise that resolves after `ms`, and the function that resolves it sooner.
fn timer(ms: i32) -> (js_sys::Promise, Option<js_sys::Function>) {
    let mut resolver = None;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
        resolver = Some(resolve);
    });
    (promise, resolver)
}
