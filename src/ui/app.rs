//! The app shell: header, notices, the routed page and the toast.

use super::app_update::AppUpdate;
use super::appearance::{self, Appearance};
use super::clock;
use super::drafts::Drafts;
use super::focus::focus_main_heading;
use super::lazy_pages::{self as lazy, DialogOnUse, LoadedOnUse};
use super::pages::OverviewPage;
use super::personal_state::PersonalState;
use super::route::{self, Page, Route};
use super::router::Router;
use super::shortcuts;
use super::state::{self, Exchange};
use super::visits;
use crate::domain::PeriodId;
use crate::text;
use crate::ui::components::{
    Banners, Header, NotFound, RefusalNote, ShortcutHelp, SnapshotBanner, ToastHost,
};
use crate::ui::notices::Notices;
use leptos::prelude::*;

/// The period every OKR view shows: an objective's or key result's own on
/// their pages, else the route's, if it names one that exists, else the
/// workspace's default. Provided through context.
#[derive(Clone, Copy)]
pub struct SelectedPeriod(pub Memo<Option<PeriodId>>);

/// The id of the `<datalist>` of everyone's names, for lead and contributor fields.
pub const PEOPLE_LIST: &str = "people-names";

#[component]
pub fn App() -> impl IntoView {
    let notices = Notices::new();
    provide_context(notices);
    let (state, _, exchange) = state::provide(notices);
    provide_context(PersonalState::start(notices));
    provide_context(AppUpdate::start());
    provide_context::<RwSignal<Appearance>>(appearance::start(notices));
    let router = Router::start();
    provide_context(router);
    provide_context(visits::start(clock::today()));
    let hash = window().location().hash().unwrap_or_default();
    if state.with_untracked(|ws| route::opens_on_my_work(&hash, ws)) {
        router.replace(Route::from(Page::MyWork));
    }
    provide_context(Drafts::start(router));
    let period = Memo::new(move |_| {
        let (page, wanted) = router.with(|r| (r.page.clone(), r.period.clone()));
        state.with(|ws| {
            // An objective or key result lives in its own period, whatever
            // the link that led to it carried.
            let own = match &page {
                Page::Objective(id) => ws.objective(id),
                Page::KeyResult(id) => ws.key_result(id).and_then(|k| ws.objective(&k.objective)),
                _ => None,
            };
            match (own, wanted) {
                (Some(objective), _) => Some(objective.period.clone()),
                (None, Some(id)) if ws.period(&id).is_some() => Some(id),
                _ => ws.default_period(clock::today()).map(|p| p.id.clone()),
            }
        })
    });
    provide_context(SelectedPeriod(period));

    let page = Memo::new(move |_| router.with(|r| r.page.clone()));
    Effect::new(move |previous: Option<Page>| {
        let current = page.get();
        let title = router.with_untracked(|r| r.title());
        document().set_title(&text::app::page_title(&title));
        if previous.is_some_and(|p| p != current) {
            focus_main_heading();
        }
        current
    });

    let skip_to_content = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_main_heading();
    };
    let shortcut_help = RwSignal::new(false);
    shortcuts::listen(
        state,
        expect_context::<PersonalState>(),
        exchange,
        router,
        shortcut_help,
    );
    let dragging = listen_for_drops(exchange);
    lazy::preload();
    let names = Memo::new(move |_| {
        state.with(|ws| ws.people.iter().map(|p| p.name.clone()).collect::<Vec<_>>())
    });

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_content>
            {text::app::SKIP_TO_CONTENT}
        </a>
        <Header />
        <SnapshotBanner />
        <Banners />
        {move || {
            exchange
                .drop_error()
                .get()
                .map(|(name, refusal)| {
                    view! {
                        <section
                            class="banner banner-warning refusal"
                            role="alert"
                            aria-labelledby="drop-error-title"
                        >
                            <h2 id="drop-error-title">{text::app::DROP_FAILED_TITLE}</h2>
                            <RefusalNote title=text::refusal::could_not_import(&name) refusal />
                            <button type="button" on:click=move |_| exchange.dismiss_drop_error()>
                                {text::common::DISMISS}
                            </button>
                        </section>
                    }
                })
        }}
        // A snapshot open read-only hides the controls that change things.
        <main id="main" class:read-only=move || exchange.viewing().with(Option::is_some)>
            {move || match page.get() {
                Page::MyWork => view! { <LoadedOnUse load=lazy::my_work /> }.into_any(),
                Page::Overview => view! { <OverviewPage /> }.into_any(),
                Page::Teams => view! { <LoadedOnUse load=lazy::teams /> }.into_any(),
                Page::Unit(id) => {
                    view! { <LoadedOnUse load=move || lazy::unit(id.clone()) /> }.into_any()
                }
                Page::Objective(id) => {
                    view! { <LoadedOnUse load=move || lazy::objective(id.clone()) /> }.into_any()
                }
                Page::KeyResult(id) => {
                    view! { <LoadedOnUse load=move || lazy::key_result(id.clone()) /> }.into_any()
                }
                Page::CheckIns => view! { <LoadedOnUse load=lazy::check_ins /> }.into_any(),
                Page::Summary => view! { <LoadedOnUse load=lazy::summary /> }.into_any(),
                Page::Print => view! { <LoadedOnUse load=lazy::print /> }.into_any(),
                Page::Person(id) => {
                    view! { <LoadedOnUse load=move || lazy::person(id.clone()) /> }.into_any()
                }
                Page::MyGoals => view! { <LoadedOnUse load=lazy::my_goals /> }.into_any(),
                Page::Settings => view! { <LoadedOnUse load=lazy::settings /> }.into_any(),
                Page::NotFound => view! { <NotFound /> }.into_any(),
            }}
        </main>
        <footer class="app-footer">
            <button
                type="button"
                class="link-button shortcut-list-button"
                aria-keyshortcuts=shortcuts::HELP
                on:click=move |_| shortcut_help.set(true)
            >
                {text::shortcuts::SHOW_LIST}
            </button>
        </footer>
        <ShortcutHelp open=shortcut_help />
        <datalist id=PEOPLE_LIST>
            {move || {
                names
                    .get()
                    .into_iter()
                    .map(|name| view! { <option value=name></option> })
                    .collect_view()
            }}
        </datalist>
        <ToastHost />
        <DialogOnUse
            open=Signal::derive(move || exchange.pending_import().with(Option::is_some))
            close=Callback::new(move |()| exchange.close_import())
            load=lazy::import_dialog
        />
        <Show when=move || dragging.get()>
            <div class="drop-hint" aria-hidden="true">
                {text::app::DROP_HINT}
            </div>
        </Show>
    }
}

/// Dropping a file anywhere on the page opens it like "Import from file…".
/// Returns whether a file is being dragged over the page, for the hint.
fn listen_for_drops(exchange: Exchange) -> RwSignal<bool> {
    let dragging = RwSignal::new(false);
    let carries_files = |ev: &leptos::ev::DragEvent| {
        ev.data_transfer()
            .is_some_and(|t| t.types().includes(&"Files".into(), 0))
    };
    let _ = window_event_listener(leptos::ev::dragover, move |ev| {
        if carries_files(&ev) {
            ev.prevent_default();
            dragging.set(true);
        }
    });
    let _ = window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving the window has no related target; moving between elements does.
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let _ = window_event_listener(leptos::ev::drop, move |ev| {
        dragging.set(false);
        let Some(file) = ev
            .data_transfer()
            .and_then(|t| t.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        ev.prevent_default();
        leptos::task::spawn_local(exchange.open_dropped(file));
    });
    dragging
}
