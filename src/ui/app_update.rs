//! Offline use and updates: registers the service worker that keeps this
//! build's files (`web/service-worker.js`), and tells the page when a newly
//! deployed build is installed and waiting. The new build takes over only when
//! the person chooses to reload, never in the middle of their work.
//!
//! The page is fetched network first, so a plain reload may already run the
//! newer build while its worker still waits; the worker is then told to take
//! over quietly instead of offering what the page already runs.

use super::state::Saver;
use super::timing;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    MessageChannel, MessageEvent, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
};

/// Relative, so the worker's scope is the folder the app is served from.
const WORKER: &str = "./sw.js";
/// Also checked whenever the tab comes back into view.
const CHECK_EVERY_MS: i32 = 60 * 60 * 1000;
/// If the waiting worker never takes over, reload anyway after this long.
const TAKE_OVER_PATIENCE_MS: i32 = 3000;
/// What the page posts to a waiting worker to let it take over, and to ask
/// which build it holds; `web/service-worker.js` answers both.
const TAKE_OVER: &str = "take-over";
const WHICH_VERSION: &str = "version";

#[derive(Clone, Copy)]
pub struct AppUpdate {
    /// The version of a newer build that is installed and waits for a reload.
    pub ready: RwSignal<Option<String>>,
    /// The person asked for the new build: the next change of worker reloads.
    asked: RwSignal<bool>,
}

impl AppUpdate {
    pub fn start() -> AppUpdate {
        let update = AppUpdate {
            ready: RwSignal::new(None),
            asked: RwSignal::new(false),
        };
        // Without a worker (a file:// page, a plain-http intranet address, some
        // private modes, a live-reloading development build) Ladder still
        // runs; it just does not open offline.
        if let (Some(container), Some(build)) = (container(), page_build()) {
            // Installing fetches the whole build again: wait until the first
            // view is on screen and the page is idle, so it never competes.
            timing::when_idle(move || {
                leptos::task::spawn_local(update.register(container, build));
            });
        }
        update
    }

    /// Saves, then lets the waiting build take over; the page reloads when it has.
    pub fn apply(self, saver: Saver) {
        saver.flush();
        self.asked.set(true);
        leptos::task::spawn_local(async move {
            match waiting_worker().await {
                Some(worker) if worker.post_message(&TAKE_OVER.into()).is_ok() => {
                    // `controllerchange` reloads; this is the fallback should it never come.
                    let reload_anyway = Closure::once_into_js(reload);
                    let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
                        reload_anyway.unchecked_ref(),
                        TAKE_OVER_PATIENCE_MS,
                    );
                }
                _ => reload(),
            }
        });
    }

    async fn register(self, container: ServiceWorkerContainer, build: String) {
        // Some environments answer with no registration at all (automation
        // that blocks workers): checked, not assumed.
        let Some(registration) = JsFuture::from(container.register(WORKER))
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
        else {
            return;
        };

        // One handler for every worker this page sees installing.
        let on_state = {
            let registration = registration.clone();
            let container = container.clone();
            let build = build.clone();
            Closure::<dyn Fn()>::new(move || {
                self.consider(&registration, &container, &build);
            })
        };
        let on_state = on_state
            .into_js_value()
            .unchecked_into::<js_sys::Function>();
        let watch = {
            let registration = registration.clone();
            move || {
                if let Some(worker) = registration.installing() {
                    worker.set_onstatechange(Some(&on_state));
                }
            }
        };
        watch();
        let on_found = Closure::<dyn Fn()>::new(watch);
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();

        let on_change = Closure::<dyn Fn()>::new(move || {
            // The first worker claiming a fresh page changes the controller too.
            if self.asked.get_untracked() {
                reload();
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();

        self.consider(&registration, &container, &build);
        check_now_and_then(&registration);
    }

    /// Offers a waiting build, unless this page already is that build.
    fn consider(
        self,
        registration: &ServiceWorkerRegistration,
        container: &ServiceWorkerContainer,
        build: &str,
    ) {
        // Without a controller this is the first install: nothing to update.
        let (Some(waiting), true) = (registration.waiting(), container.controller().is_some())
        else {
            return;
        };
        let build = build.to_owned();
        leptos::task::spawn_local(async move {
            let Some(version) = version_of(&waiting).await else {
                return;
            };
            if version == build {
                let _ = waiting.post_message(&TAKE_OVER.into());
            } else {
                self.ready.set(Some(version));
            }
        });
    }
}

fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    let protocol = window.location().protocol().ok()?;
    if protocol != "http:" && protocol != "https:" {
        return None;
    }
    // `navigator.serviceWorker` is undefined outside secure contexts.
    js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// The version `web/post-build.mjs` wrote into the page; none in a
/// live-reloading development build, which has no worker.
fn page_build() -> Option<String> {
    document()
        .query_selector(r#"meta[name="ladder-build"]"#)
        .ok()??
        .get_attribute("content")
}

/// Asks a worker which build it holds.
async fn version_of(worker: &ServiceWorker) -> Option<String> {
    let channel = MessageChannel::new().ok()?;
    let port = channel.port1();
    let reply = js_sys::Promise::new(&mut |resolve, _| port.set_onmessage(Some(&resolve)));
    worker
        .post_message_with_transferable(
            &WHICH_VERSION.into(),
            &js_sys::Array::of1(&channel.port2()),
        )
        .ok()?;
    let answer = JsFuture::from(reply).await.ok()?;
    port.set_onmessage(None);
    answer.dyn_into::<MessageEvent>().ok()?.data().as_string()
}

async fn waiting_worker() -> Option<ServiceWorker> {
    let registration = JsFuture::from(container()?.get_registration()).await.ok()?;
    registration
        .dyn_into::<ServiceWorkerRegistration>()
        .ok()?
        .waiting()
}

/// Browsers look for a new worker on navigation; a tab left open for days
/// looks when it is shown again and every hour.
fn check_now_and_then(registration: &ServiceWorkerRegistration) {
    let check = {
        let registration = registration.clone();
        Closure::<dyn Fn()>::new(move || {
            if document().visibility_state() != web_sys::VisibilityState::Visible {
                return;
            }
            if let Ok(promise) = registration.update() {
                // Offline the check fails; that is expected, not an error to report.
                leptos::task::spawn_local(async move {
                    let _ = JsFuture::from(promise).await;
                });
            }
        })
    };
    let callback = check.as_ref().unchecked_ref();
    let _ = document().add_event_listener_with_callback("visibilitychange", callback);
    let _ =
        window().set_interval_with_callback_and_timeout_and_arguments_0(callback, CHECK_EVERY_MS);
    check.forget();
}

fn reload() {
    let _ = window().location().reload();
}
