//! The app shell: header, notices, the routed page and the toast.

use super::clock;
use super::components::{Banners, Header, ToastHost};
use super::focus::focus_main_heading;
use super::pages::{
    CheckInsPage, KeyResultPage, NotFoundPage, ObjectivePage, OverviewPage, SettingsPage,
    SummaryPage, TeamsPage, UnitPage,
};
use super::route::Page;
use super::router::Router;
use super::state::AppState;
use crate::domain::PeriodId;
use leptos::prelude::*;

/// The period every OKR view shows: the route's, if it names one that exists,
/// else the workspace's default. Provided through context.
#[derive(Clone, Copy)]
pub struct SelectedPeriod(pub Memo<Option<PeriodId>>);

/// The id of the `<datalist>` of everyone's names, for lead and contributor fields.
pub const PEOPLE_LIST: &str = "people-names";

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);
    let router = Router::start();
    provide_context(router);
    let period = Memo::new(move |_| {
        let wanted = router.with(|r| r.period.clone());
        state.with(|ws| match wanted {
            Some(id) if ws.period(&id).is_some() => Some(id),
            _ => ws.default_period(clock::today()).map(|p| p.id.clone()),
        })
    });
    provide_context(SelectedPeriod(period));

    let page = Memo::new(move |_| router.with(|r| r.page.clone()));
    Effect::new(move |previous: Option<Page>| {
        let current = page.get();
        let title = router.with_untracked(|r| r.title());
        document().set_title(&format!("{title} · Ladder"));
        if previous.is_some_and(|p| p != current) {
            focus_main_heading();
        }
        current
    });

    let skip_to_content = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_main_heading();
    };
    let names = Memo::new(move |_| {
        state.with(|ws| ws.people.iter().map(|p| p.name.clone()).collect::<Vec<_>>())
    });

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_content>
            "Skip to content"
        </a>
        <Header/>
        <Banners/>
        <main id="main">
            {move || match page.get() {
                Page::Overview => view! { <OverviewPage/> }.into_any(),
                Page::Teams => view! { <TeamsPage/> }.into_any(),
                Page::Unit(id) => view! { <UnitPage id/> }.into_any(),
                Page::Objective(id) => view! { <ObjectivePage id/> }.into_any(),
                Page::KeyResult(id) => view! { <KeyResultPage id/> }.into_any(),
                Page::CheckIns => view! { <CheckInsPage/> }.into_any(),
                Page::Summary => view! { <SummaryPage/> }.into_any(),
                Page::Settings => view! { <SettingsPage/> }.into_any(),
                Page::NotFound => view! { <NotFoundPage/> }.into_any(),
            }}
        </main>
        <datalist id=PEOPLE_LIST>
            {move || names.get().into_iter().map(|name| view! { <option value=name></option> }).collect_view()}
        </datalist>
        <ToastHost/>
    }
}
