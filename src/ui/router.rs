//! Navigation: the current [`Route`] as a signal, changed by links, by the
//! browser's back and forward, and by code.

use super::route::{Page, Route};
use leptos::prelude::*;

/// Provided once through context; `Copy`, so closures can hold it.
#[derive(Clone, Copy)]
pub struct Router {
    route: RwSignal<Route>,
}

fn from_location() -> Route {
    Route::parse(&window().location().hash().unwrap_or_default())
}

impl Router {
    /// Reads the route from the address and follows the browser's navigation.
    pub fn start() -> Router {
        let router = Router {
            route: RwSignal::new(from_location()),
        };
        // Links change the fragment (`hashchange`); back and forward over entries
        // made by `go` fire `popstate`. Either way the address is the truth.
        let sync = move || {
            let route = from_location();
            if router.route.with_untracked(|r| r != &route) {
                router.route.set(route);
            }
        };
        let _ = window_event_listener(leptos::ev::hashchange, move |_| sync());
        let _ = window_event_listener(leptos::ev::popstate, move |_| sync());
        router
    }

    /// Reads the current route, tracked.
    pub fn with<R>(&self, f: impl FnOnce(&Route) -> R) -> R {
        self.route.with(f)
    }

    pub fn with_untracked<R>(&self, f: impl FnOnce(&Route) -> R) -> R {
        self.route.with_untracked(f)
    }

    /// The page shown, or `None` once the app has been torn down (a
    /// component's cleanup may run after the router's signal is gone).
    pub fn try_page(&self) -> Option<Page> {
        self.route.try_with_untracked(|r| r.page.clone())
    }

    /// Navigates to `route` with a new history entry.
    pub fn go(self, route: Route) {
        if let Ok(history) = window().history() {
            let _ =
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.href()));
        }
        self.route.set(route);
    }

    /// Updates the address in place (for filters typed letter by letter): no
    /// history entry, and no `hashchange` that could race the typing.
    pub fn replace(self, route: Route) {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&route.href()),
            );
        }
        self.route.set(route);
    }
}
