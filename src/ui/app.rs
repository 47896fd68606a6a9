//! The app shell: header, notices, the routed page and the toast.

use super::components::{Banners, Header, ToastHost};
use super::focus::focus_main_heading;
use super::pages::{NotFoundPage, OverviewPage, SettingsPage};
use super::route::Route;
use super::state::AppState;
use leptos::prelude::*;

/// The route being shown, provided through context.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub ReadSignal<Route>);

fn current_route() -> Route {
    Route::parse(&window().location().hash().unwrap_or_default())
}

#[component]
pub fn App() -> impl IntoView {
    provide_context(AppState::start());
    let route = RwSignal::new(current_route());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| route.set(current_route()));
    provide_context(CurrentRoute(route.read_only()));

    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        document().set_title(&format!("{} · Ladder", current.title()));
        if previous.is_some_and(|p| p != current) {
            focus_main_heading();
        }
        current
    });

    let skip_to_content = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_main_heading();
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_content>
            "Skip to content"
        </a>
        <Header/>
        <Banners/>
        <main id="main">
            {move || match route.get() {
                Route::Overview => view! { <OverviewPage/> }.into_any(),
                Route::Settings => view! { <SettingsPage/> }.into_any(),
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
            }}
        </main>
        <ToastHost/>
    }
}
