//! Every page but the overview is kept out of the main module, in wasm
//! modules the browser fetches when they are first needed (issue 28), so
//! that a first visit downloads only what the overview needs before it
//! works. The pages people open every day (an objective, a key result, a
//! unit, Teams, My work) share one module, fetched while the page is idle
//! after the first screen ([`preload`]), so opening one does not wait for
//! the network. Each rarer page has a module of its own, fetched the first
//! time the page is shown.
//!
//! `#[wasm_split]` marks the split points (one more, the sync loop, is in
//! `state::sync`): the build (web/build-wasm.mjs) runs `wasm-split` before
//! wasm-bindgen, which moves everything only these functions reach into
//! their modules. Each module is fetched once; the
//! service worker keeps them all, so the pages open offline too. On other
//! targets (the host tests) the functions are called directly.
//!
//! The macro is used as `fallible`, so a module that cannot be fetched is a
//! [`NotLoaded`] and a message with "Try again", not a panic, which would
//! abort the whole app.

use super::components::ImportDialog;
use super::focus::focus_main_heading;
use super::forms::NewObjectiveDialog;
use super::notices::Notices;
use super::pages::{
    CheckInsPage, KeyResultPage, MyGoalsPage, MyWorkPage, ObjectivePage, PersonPage, PrintPage,
    SettingsPage, SummaryPage, TeamsPage, UnitPage,
};
use super::timing;
use crate::domain::{KeyResultId, ObjectiveId, PersonId, UnitId};
use crate::text;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use std::future::Future;

/// A page whose module could not be fetched (the browser's console has why).
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

#[wasm_split(settings_page, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn settings() -> Result<AnyView, NotLoaded> {
    Ok(view! { <SettingsPage /> }.into_any())
}

#[wasm_split(summary_page, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn summary() -> Result<AnyView, NotLoaded> {
    Ok(view! { <SummaryPage /> }.into_any())
}

#[wasm_split(print_page, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn print() -> Result<AnyView, NotLoaded> {
    Ok(view! { <PrintPage /> }.into_any())
}

#[wasm_split(my_goals_page, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn my_goals() -> Result<AnyView, NotLoaded> {
    Ok(view! { <MyGoalsPage /> }.into_any())
}

#[wasm_split(check_ins_page, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn check_ins() -> Result<AnyView, NotLoaded> {
    Ok(view! { <CheckInsPage /> }.into_any())
}

#[wasm_split(person_page, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn person(id: PersonId) -> Result<AnyView, NotLoaded> {
    Ok(view! { <PersonPage id /> }.into_any())
}

#[wasm_split(everyday_pages, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_everyday))]
pub fn objective(id: ObjectiveId) -> Result<AnyView, NotLoaded> {
    Ok(view! { <ObjectivePage id /> }.into_any())
}

#[wasm_split(everyday_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn key_result(id: KeyResultId) -> Result<AnyView, NotLoaded> {
    Ok(view! { <KeyResultPage id /> }.into_any())
}

#[wasm_split(everyday_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn unit(id: UnitId) -> Result<AnyView, NotLoaded> {
    Ok(view! { <UnitPage id /> }.into_any())
}

#[wasm_split(everyday_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn teams() -> Result<AnyView, NotLoaded> {
    Ok(view! { <TeamsPage /> }.into_any())
}

#[wasm_split(everyday_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn my_work() -> Result<AnyView, NotLoaded> {
    Ok(view! { <MyWorkPage /> }.into_any())
}

// Two dialogs of the main module's views, kept with the everyday pages,
// which are fetched anyway once the page is idle: the overview's new
// objective (its form is the objective page's too) and the import and
// merge preview the app shell opens for a picked or dropped file.

#[wasm_split(everyday_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn new_objective_dialog(creating: RwSignal<bool>) -> Result<AnyView, NotLoaded> {
    Ok(view! { <NewObjectiveDialog creating /> }.into_any())
}

#[wasm_split(everyday_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn import_dialog() -> Result<AnyView, NotLoaded> {
    Ok(view! { <ImportDialog /> }.into_any())
}

/// Fetches the module of the pages people open every day once the page is
/// idle after the first screen: it arrives without competing with it, and
/// opening one of them is then as quick as if it were in the main module. A
/// module that cannot be fetched now is fetched again when one of its pages
/// is opened, which says so if it fails again.
pub fn preload() {
    timing::when_idle(|| {
        leptos::task::spawn_local(async {
            let _ = preload_everyday().await;
        });
    });
}

/// Shows the page `load` gives. The first time, while its module is
/// fetched, "Loading the page…" (made visible by CSS only after a moment,
/// so a fetch from the worker's cache shows no flash); every later time the
/// module is there and the page is built at once. A failed fetch shows why,
/// with "Try again".
///
/// No page inside reads a resource, so this Suspense waits for the module
/// alone; a resource read by a page would also hold it.
#[component]
pub fn LoadedOnUse<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, NotLoaded>> + Send + 'static,
{
    let attempt = RwSignal::new(0_u32);
    let fallback = || {
        view! {
            <p class="page-loading" role="status">
                {text::app::PAGE_LOADING}
            </p>
        }
    };
    view! {
        <Suspense fallback>
            {move || {
                attempt.track();
                let page = load();
                Suspend::new(async move {
                    page.await
                        .unwrap_or_else(|NotLoaded| {
                            view! { <NotLoadedNotice attempt /> }.into_any()
                        })
                })
            }}
        </Suspense>
    }
}

#[component]
fn NotLoadedNotice(attempt: RwSignal<u32>) -> impl IntoView {
    // The button goes with the notice; focus follows to the page's heading.
    let try_again = move |_| {
        attempt.update(|n| *n += 1);
        focus_main_heading();
    };
    let reload = |_| {
        let _ = window().location().reload();
    };
    view! {
        <h1 tabindex="-1">{text::app::PAGE_NOT_LOADED_TITLE}</h1>
        <p>{text::app::PAGE_NOT_LOADED}</p>
        <div class="actions">
            <button type="button" class="primary" on:click=try_again>
                {text::app::TRY_AGAIN}
            </button>
            <button type="button" on:click=reload>
                {text::app::RELOAD_PAGE}
            </button>
        </div>
    }
}

/// A dialog kept out of the main module, built the first time it opens and
/// kept from then on (its own `Modal` opens and closes it). Its module is
/// usually there already ([`preload`]), and then the dialog is built at
/// once, as if it were in the main module, so its first field takes the
/// focus as usual; otherwise it shows as soon as the module arrives. If the
/// module cannot be fetched, a toast says so and `close` closes the request
/// (nothing was changed yet); opening it again fetches it again.
///
/// As with [`LoadedOnUse`], the Suspense waits for the module alone: a
/// resource read inside the dialog would also hold it, and its fallback
/// would take the open `<dialog>` away.
#[component]
pub fn DialogOnUse<F, Fut>(
    /// Whether the dialog is asked for.
    #[prop(into)]
    open: Signal<bool>,
    /// Withdraws the request to open it, when its module cannot be fetched.
    close: Callback<()>,
    load: F,
) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, NotLoaded>> + Send + 'static,
{
    let notices = expect_context::<Notices>();
    let built = RwSignal::new(false);
    let dialog = move || {
        let load = load.clone();
        view! {
            <Suspense fallback=|| ()>
                {move || {
                    let dialog = load();
                    Suspend::new(async move {
                        match dialog.await {
                            Ok(dialog) => {
                                built.set(true);
                                dialog
                            }
                            Err(NotLoaded) => {
                                notices.show(text::app::DIALOG_NOT_LOADED, None);
                                close.run(());
                                ().into_any()
                            }
                        }
                    })
                }}
            </Suspense>
        }
    };
    view! { <Show when=move || built.get() || open.get()>{dialog()}</Show> }
}
