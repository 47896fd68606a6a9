//! The overview when there is nothing yet: what Ladder is and the ways to
//! start, or, with people but no organisation, where to set it up.

use crate::domain::{PeriodId, PersonId, SetUpIds, UnitId};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{ImportButton, LockIcon, TextField};
use crate::ui::drafts::{DraftNotice, field, keep_draft};
use crate::ui::focus::focus_field;
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
    let your_name = RwSignal::new(String::new());
    let kept = keep_draft(
        "setup",
        "",
        true,
        vec![field("name", name), field("you", your_name)],
    );
    let name_error = RwSignal::new(None::<String>);
    let you_error = RwSignal::new(None::<String>);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (chosen, you) = (name.get_untracked(), your_name.get_untracked());
        let missing =
            |typed: &str, message: &str| typed.trim().is_empty().then(|| message.to_owned());
        name_error.set(missing(
            &chosen,
            text::overview_page::ORGANISATION_NAME_MISSING,
        ));
        you_error.set(missing(&you, text::overview_page::YOUR_NAME_MISSING));
        if let Some(first) = [("setup-name", name_error), ("setup-you", you_error)]
            .into_iter()
            .find(|(_, e)| e.with_untracked(Option::is_some))
        {
            focus_field(first.0.to_owned());
            return;
        }
        let ids = SetUpIds {
            company: UnitId::from_bits(clock::random_bits()),
            period: PeriodId::from_bits(clock::random_bits()),
            you: PersonId::from_bits(clock::random_bits()),
        };
        state.edit(|ws| ws.set_up(ids, &chosen, &you, clock::today()));
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
                    <TextField
                        id="setup-name"
                        label=text::common::ORGANISATION_NAME
                        value=name
                        error=name_error
                        autocomplete="organization"
                    />
                    <TextField
                        id="setup-you"
                        label=text::overview_page::YOUR_NAME
                        value=your_name
                        error=you_error
                        hint=text::overview_page::YOUR_NAME_HINT
                        autocomplete="name"
                    />
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
