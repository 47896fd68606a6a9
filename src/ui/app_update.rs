//! Offline use and updates: registers the service worker that keeps this
//! build's files (`web/service-worker.js`), and tells the page when a newly
//! deployed build is installed and waiting. The new build takes over only when
//! the person chooses to reload, never in the middle of their work.

use super::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// Relative, so the worker's scope is the folder the app is served from.
const WORKER: &str = "./sw.js";
/// Also checked whenever the tab comes back into view.
const CHECK_EVERY_MS: i32 = 60 * 60 * 1000;
/// What the page posts to a waiting worker to let it take over.
const TAKE_OVER: &str = "take-over";

#[derive(Clone, Copy)]
pub struct AppUpdate {
    /// A new build is installed and waits for a reload.
    pub ready: RwSignal<bool>,
    /// The person asked for the new build: the next change of worker reloads.
    asked: RwSignal<bool>,
}

impl AppUpdate {
    pub fn start() -> AppUpdate {
        let update = AppUpdate {
            ready: RwSignal::new(false),
            asked: RwSignal::new(false),
        };
        // Without a worker (a file:// page, a plain-http intranet address, some
        // private modes) Ladder still runs; it just does not open offline.
        if let Some(container) = container() {
            leptos::task::spawn_local(update.register(container));
        }
        update
    }

    /// Saves, then lets the waiting build take over; the page reloads when it has.
    pub fn apply(self, state: AppState) {
        state.flush();
        self.asked.set(true);
        leptos::task::spawn_local(async move {
            match waiting_worker().await {
                Some(worker) => {
                    // The worker reloads the page through `controllerchange`.
                    if worker.post_message(&TAKE_OVER.into()).is_err() {
                        reload();
                    }
                }
                None => reload(),
            }
        });
    }

    async fn register(self, container: ServiceWorkerContainer) {
        let Ok(registration) = JsFuture::from(container.register(WORKER)).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        let controlled = container.controller().is_some();
        // Installed while no page of this build was listening (another tab saw it first).
        if controlled && registration.waiting().is_some() {
            self.ready.set(true);
        }
        self.watch_installs(&registration, &container);
        self.reload_on_take_over(&container);
        check_now_and_then(&registration);
    }

    fn watch_installs(
        self,
        registration: &ServiceWorkerRegistration,
        container: &ServiceWorkerContainer,
    ) {
        let on_found = {
            let registration = registration.clone();
            let container = container.clone();
            Closure::<dyn Fn()>::new(move || {
                let Some(worker) = registration.installing() else {
                    return;
                };
                let container = container.clone();
                let watched = worker.clone();
                let on_state = Closure::<dyn Fn()>::new(move || {
                    // The first install of all has no page to update: it just starts controlling.
                    if watched.state() == ServiceWorkerState::Installed
                        && container.controller().is_some()
                    {
                        self.ready.set(true);
                    }
                });
                worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
            })
        };
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    }

    fn reload_on_take_over(self, container: &ServiceWorkerContainer) {
        let on_change = Closure::<dyn Fn()>::new(move || {
            // The first worker claiming a fresh page changes the controller too.
            if self.asked.get_untracked() {
                reload();
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
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

async fn waiting_worker() -> Option<web_sys::ServiceWorker> {
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
