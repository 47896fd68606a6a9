//! The header: brand, organisation, navigation and where the data is.

use crate::ui::CurrentRoute;
use crate::ui::clock;
use crate::ui::route::Route;
use crate::ui::state::{AppState, SaveStatus};
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    let organisation = Memo::new(move |_| state.with(|ws| ws.name.trim().to_owned()));
    view! {
        <header class="app-header">
            <a class="brand" href=Route::Overview.href()>
                <svg class="brand-mark" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M4 1v14M12 1v14M4 4h8M4 8h8M4 12h8"/>
                </svg>
                "Ladder"
            </a>
            <Show when=move || organisation.with(|name| !name.is_empty())>
                <span class="org-name">{organisation}</span>
            </Show>
            <nav aria-label="Main">
                <NavLink route=Route::Overview label="Overview"/>
                <NavLink route=Route::Settings label="Settings"/>
            </nav>
            <SaveIndicator/>
        </header>
    }
}

#[component]
fn NavLink(
    /// Where the link goes.
    route: Route,
    /// The visible text.
    label: &'static str,
) -> impl IntoView {
    let CurrentRoute(current) = expect_context::<CurrentRoute>();
    let href = route.href();
    let is_current = move || current.get() == route;
    view! {
        <a href=href aria-current=move || is_current().then_some("page")>
            {label}
        </a>
    }
}

/// "Saved in this browser", or a warning when the data is not safe. Not a live
/// region: it would announce every pause in typing; problems are announced by
/// the banners, which are alerts.
#[component]
fn SaveIndicator() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move || match state.save_status.get() {
        SaveStatus::Saved { at: Some(at) } => {
            format!("Saved in this browser · {}", clock::format_time(at))
        }
        SaveStatus::Saved { at: None } => "Saved in this browser".to_owned(),
        SaveStatus::Pending => "Saving…".to_owned(),
        SaveStatus::Failed { .. } => "Not saved".to_owned(),
        SaveStatus::Conflict => "Changed in another tab".to_owned(),
        SaveStatus::Paused { .. } => "Saving paused".to_owned(),
    };
    let warning = move || {
        !matches!(
            state.save_status.get(),
            SaveStatus::Saved { .. } | SaveStatus::Pending
        )
    };
    view! {
        <p class="save-indicator" class:warning=warning>
            <span aria-hidden="true" class="save-icon">
                {move || if warning() { "!" } else { "✓" }}
            </span>
            {text}
        </p>
    }
}
