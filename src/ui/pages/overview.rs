//! The overview: the first-run welcome, or the organisation at a glance.

use crate::ui::components::ImportButton;
use crate::ui::format::workspace_contents;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let empty = move || state.with(|ws| ws.is_empty());
    view! {
        <Show when=move || !empty() fallback=FirstRun>
            <h1 tabindex="-1">{move || state.with(|ws| ws.display_name().to_owned())}</h1>
            <p>{move || state.with(workspace_contents)}</p>
        </Show>
    }
}

/// The empty state: what Ladder is, and the ways to start.
#[component]
fn FirstRun() -> impl IntoView {
    view! {
        <section class="first-run" aria-labelledby="welcome">
            <h1 id="welcome" tabindex="-1">"Welcome to Ladder"</h1>
            <p class="lede">
                "Set objectives, measure key results and see how every team's work ladders up \
                 to the company's goals. Everything stays in this browser: no account, no server."
            </p>
            <div class="starts">
                <div class="start">
                    <h2>"Set up your organisation"</h2>
                    <p>"Start by naming it; teams and objectives follow."</p>
                    <a class="button primary" href=Route::Settings.href()>"Name your organisation"</a>
                </div>
                <div class="start">
                    <h2>"Open a snapshot"</h2>
                    <p>"Someone sent you a Ladder file? Import it here."</p>
                    <ImportButton label="Open a snapshot file"/>
                </div>
            </div>
        </section>
    }
}
