//! The overview when there is nothing yet: what Ladder is and the ways to
//! start, or, with people but no organisation, where to set it up.

use crate::domain::UnitId;
use crate::text;
use crate::ui::clock;
use crate::ui::components::{ImportButton, LockIcon};
use crate::ui::drafts::{DraftNotice, field, keep_draft};
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::Document;
use leptos::prelude::*;

/// The empty state: what Ladder is, and the ways to start.
#[component]
pub fn FirstRun() -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let name = RwSignal::new(String::new());
    let kept = keep_draft("setup", "", true, vec![field("name", name)]);
    let error = RwSignal::new(None::<&'static str>);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = name.get_untracked();
        if chosen.trim().is_empty() {
            error.set(Some(text::overview_page::ORGANISATION_NAME_MISSING));
            return;
        }
        state.edit(|ws| {
            ws.set_up(
                UnitId::from_bits(clock::random_bits()),
                crate::domain::PeriodId::from_bits(clock::random_bits()),
                &chosen,
                clock::today(),
            )
        });
        kept.finish();
        router.go(Page::Teams.into());
    };
    view! {
        <section class="first-run" aria-labelledby="welcome">
            <h1 id="welcome" tabindex="-1">
                {text::overview_page::WELCOME_TITLE}
            </h1>
            <p class="lede">{text::overview_page::WELCOME_LEDE}</p>
            <div class="starts">
                <div class="start start-private">
                    <h2>
                        <LockIcon />
                        {text::overview_page::PERSONAL_TITLE}
                    </h2>
                    <p>{text::overview_page::PERSONAL_BODY}</p>
                    <a
                        class="button primary"
                        href=move || router.with(|r| r.to(Page::MyGoals).href())
                    >
                        {text::overview_page::PERSONAL_BUTTON}
                    </a>
                </div>
                <form class="start" on:submit=start novalidate>
                    <h2>{text::overview_page::ORGANISATION_TITLE}</h2>
                    <DraftNotice draft=kept />
                    <p>{text::overview_page::ORGANISATION_BODY}</p>
                    <div class="field" class:invalid=move || error.get().is_some()>
                        <label for="setup-name">{text::common::ORGANISATION_NAME}</label>
                        <input
                            id="setup-name"
                            type="text"
                            autocomplete="organization"
                            aria-invalid=move || error.get().map(|_| "true")
                            aria-describedby=move || error.get().map(|_| "setup-name-error")
                            prop:value=move || name.get()
                            on:input:target=move |ev| {
                                error.set(None);
                                name.set(ev.target().value());
                            }
                        />
                        {move || {
                            error
                                .get()
                                .map(|e| {
                                    view! {
                                        <p class="field-error" id="setup-name-error">
                                            {e}
                                        </p>
                                    }
                                })
                        }}
                    </div>
                    <button type="submit" class="primary">
                        {text::overview_page::START_EMPTY}
                    </button>
                </form>
                <div class="start">
                    <h2>{text::overview_page::EXPLORE_A_SAMPLE_COMPANY}</h2>
                    <p>{text::overview_page::SAMPLE_BODY}</p>
                    <button type="button" class="primary" on:click=move |_| state.load_sample()>
                        {text::overview_page::EXPLORE_A_SAMPLE_COMPANY}
                    </button>
                </div>
                <div class="start">
                    <h2>{text::overview_page::SNAPSHOT_TITLE}</h2>
                    <p>{text::overview_page::SNAPSHOT_BODY}</p>
                    <ImportButton label=text::overview_page::SNAPSHOT_BUTTON />
                </div>
            </div>
        </section>
    }
}

/// Units exist only once the organisation is set up.
#[component]
pub fn NoOrganisation() -> impl IntoView {
    let router = expect_context::<Router>();
    view! {
        <section class="empty-state">
            <h2>{text::overview_page::NO_ORGANISATION_TITLE}</h2>
            <p>{text::overview_page::NO_ORGANISATION_BODY}</p>
            <a class="button primary" href=move || router.with(|r| r.to(Page::Teams).href())>
                {text::overview_page::GO_TO_TEAMS}
            </a>
        </section>
    }
}
