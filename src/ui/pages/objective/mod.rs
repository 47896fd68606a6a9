//! An objective's page: its key results and progress, what it ladders up to,
//! the objectives aligned to it, its dependencies, and editing in place.
//!
//! [`model::build`] works out everything the page shows; the components
//! here only render it: the head (`head.rs`), the progress summary, the key
//! results (`key_results.rs`), the reflection (`reflection.rs`), the aligned
//! objectives and the dependencies (`dependencies.rs`).

mod dependencies;
mod head;
mod key_results;
mod model;
mod reflection;

use crate::domain::{KeyResultId, ObjectiveId};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{
    ChartTable, DependencyList, Editable, Modal, NotFound, ObjectiveCard, ProgressBar, Sparkline,
    StatusBadge, children_note,
};
use crate::ui::drafts::Drafts;
use crate::ui::format::{day, percent, scale};
use crate::ui::forms::{CheckInForm, KeyResultForm, ObjectiveForm, show_when_created};
use crate::ui::state::Document;
use dependencies::{AddDependency, WaitsOn};
use head::ObjectiveHead;
use key_results::KeyResultList;
use leptos::prelude::*;
use model::{ObjectivePageView, Spark};
use reflection::ReflectionSection;

#[component]
pub fn ObjectivePage(
    /// The objective to show.
    id: ObjectiveId,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let exists = {
        let id = id.clone();
        move || state.with(|ws| ws.objective(&id).is_some())
    };
    view! {
        <Show when=exists fallback=|| view! { <NotFound /> }>
            <ObjectiveView id=id.clone() />
        </Show>
    }
}

/// Which of the page's dialogs is open; a form left with unsaved input
/// when the page was reloaded opens again.
#[derive(Clone, Copy)]
struct Dialogs {
    editing: RwSignal<bool>,
    adding_kr: RwSignal<bool>,
    editing_kr: RwSignal<Option<KeyResultId>>,
    checking_in: RwSignal<Option<KeyResultId>>,
}

impl Dialogs {
    fn reopen_drafts() -> Dialogs {
        let drafts = expect_context::<Drafts>();
        let kr_draft = drafts.waiting_for::<KeyResultId>("key-result");
        Dialogs {
            editing: RwSignal::new(drafts.waiting("objective").is_some()),
            adding_kr: RwSignal::new(kr_draft == Some(None)),
            editing_kr: RwSignal::new(kr_draft.flatten()),
            checking_in: RwSignal::new(
                drafts
                    .waiting("check-in")
                    .map(|kr| KeyResultId::from(kr.as_str())),
            ),
        }
    }
}

#[component]
fn ObjectiveView(
    /// The objective to show; it exists.
    id: ObjectiveId,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let today = clock::today();
    let page = {
        let id = id.clone();
        Memo::new(move |_| state.with(|ws| model::build(ws, &id, today)))
    };
    // Each part takes what it shows from `page` in a memo of its own, so
    // it re-renders only when that changes.
    let closed = Memo::new(move |_| page.with(|p| p.as_ref().is_some_and(|p| p.closed)));
    let dialogs = Dialogs::reopen_drafts();
    // Parts inside `Editable` are its children, which own what they use.
    let (reflected, depending) = (id.clone(), id.clone());
    view! {
        <ObjectiveHead id=id.clone() page dialogs />
        <Show when=move || closed.get()>
            <p class="hint-box" role="note">
                {text::objective_page::PERIOD_CLOSED}
            </p>
        </Show>
        {move || {
            page.with(|p| p.as_ref().and_then(|p| p.rolled_from.clone()))
                .map(|(title, href)| {
                    view! {
                        <p class="rolled-note">
                            {text::common::ROLLED_OVER_FROM} <a href=href>{title}</a>
                        </p>
                    }
                })
        }}
        <ProgressSummary page />
        <KeyResultList id=id.clone() page closed dialogs />
        <Editable>
            <ReflectionSection objective=reflected page closed />
        </Editable>
        <AlignedObjectives id=id.clone() page closed />
        <section aria-labelledby="dependencies-heading">
            <h2 id="dependencies-heading">{text::common::DEPENDENCIES}</h2>
            <WaitsOn items=Signal::derive(move || {
                page.with(|p| p.as_ref().map(|p| p.waits_on.clone()).unwrap_or_default())
            }) />
            <DependencyList
                title=text::objective_page::NEEDED_BY
                items=Signal::derive(move || {
                    page.with(|p| p.as_ref().map(|p| p.needed_by.clone()).unwrap_or_default())
                })
            />
            <Editable>
                <AddDependency objective=depending />
            </Editable>
        </section>
        <PageDialogs id dialogs />
    }
}

/// Progress against pace, the sparkline, what it ladders up to and the description.
#[component]
fn ProgressSummary(page: Memo<Option<ObjectivePageView>>) -> impl IntoView {
    let summary = Memo::new(move |_| page.with(|p| p.as_ref().and_then(|p| p.summary.clone())));
    let spark = Memo::new(move |_| page.with(|p| p.as_ref().and_then(|p| p.spark.clone())));
    let parent = Memo::new(move |_| page.with(|p| p.as_ref().and_then(|p| p.parent.clone())));
    view! {
        <section class="objective-summary" aria-label=text::common::PROGRESS>
            {move || {
                summary
                    .get()
                    .map(|s| {
                        let label = text::objective_page::progress_of(&s.title);
                        view! {
                            <ProgressBar progress=s.progress() expected=s.pace() label />
                            <StatusBadge status=s.status none_label=s.no_status() />
                            <span class="muted status-note">
                                {s
                                    .pace()
                                    .map(|p| text::objective_page::pace_note(
                                        &percent(p),
                                        &scale().success,
                                    ))}
                            </span>
                        }
                    })
            }}
            {move || spark.get().map(spark_row)}
            <p class="alignment-line">
                {move || match parent.get() {
                    Some((title, href)) => {
                        view! {
                            {text::objective_page::LADDERS_UP_TO}
                            <a href=href>{title}</a>
                        }
                            .into_any()
                    }
                    None => {
                        view! { {summary.with(|s| s.as_ref().map(|s| s.alignment.clone()))} }
                            .into_any()
                    }
                }}
            </p>
            {move || {
                page.with(|p| p.as_ref().map(|p| p.description.clone()))
                    .filter(|d| !d.is_empty())
                    .map(|d| view! { <p class="description">{d}</p> })
            }}
        </section>
    }
}

/// The sparkline of progress over the period, described for screen readers
/// and with its numbers as a table.
fn spark_row(spark: Spark) -> impl IntoView {
    let Spark {
        points,
        from,
        to,
        pace_end,
    } = spark;
    let desc = points
        .iter()
        .map(|(d, v)| text::common::value_on(&percent(*v), &day(*d)))
        .collect::<Vec<_>>()
        .join(", ");
    let table = ChartTable {
        headers: vec![
            text::common::DATE.to_owned(),
            text::common::PROGRESS.to_owned(),
        ],
        rows: points
            .iter()
            .map(|(d, v)| vec![day(*d), percent(*v)])
            .collect(),
    };
    view! {
        <div class="spark-row">
            <span class="muted">{text::objective_page::OVER_THE_PERIOD}</span>
            <Sparkline
                id="objective-spark".to_owned()
                title=text::objective_page::SPARKLINE_TITLE.to_owned()
                desc
                points
                from
                to
                pace_end
                table
            />
        </div>
    }
}

/// The objectives aligned to this one, as cards, and the way to add one.
#[component]
fn AlignedObjectives(
    id: ObjectiveId,
    page: Memo<Option<ObjectivePageView>>,
    closed: Memo<bool>,
) -> impl IntoView {
    let children = Memo::new(move |_| {
        page.with(|p| p.as_ref().map(|p| p.children.clone()).unwrap_or_default())
    });
    let adding = RwSignal::new(false);
    let on_created = show_when_created(adding);
    view! {
        <section aria-labelledby="children-heading">
            <div class="section-head">
                <h2 id="children-heading">{text::objective_page::ALIGNED_OBJECTIVES}</h2>
                <Show when=move || !closed.get()>
                    <button type="button" on:click=move |_| adding.set(true)>
                        {text::objective_page::ADD_ALIGNED_OBJECTIVE}
                    </button>
                </Show>
            </div>
            <p class="muted">
                {move || {
                    page.with(|p| {
                            p.as_ref()
                                .and_then(|p| p.summary.as_ref())
                                .and_then(|s| children_note(s.children))
                        })
                        .map(|note| text::objective_page::aligned_progress_note(&note))
                        .unwrap_or_else(|| text::objective_page::NO_ALIGNED_OBJECTIVES.to_owned())
                }}
            </p>
            <div class="card-list">
                <For each=move || children.get() key=|s| s.clone() let:summary>
                    <ObjectiveCard summary />
                </For>
            </div>
            <Modal
                open=adding
                on_cancel=Callback::new(move |()| adding.set(false))
                labelled_by="objective-form-title"
            >
                {
                    let parent = id.clone();
                    move || {
                        adding
                            .get()
                            .then(|| {
                                view! {
                                    <ObjectiveForm
                                        editing=None
                                        parent=Some(parent.clone())
                                        on_done=on_created
                                    />
                                }
                            })
                    }
                }
            </Modal>
        </section>
    }
}

/// The forms the page opens: edit the objective, add or edit a key result, check in.
#[component]
fn PageDialogs(id: ObjectiveId, dialogs: Dialogs) -> impl IntoView {
    let Dialogs {
        editing,
        adding_kr,
        editing_kr,
        checking_in,
    } = dialogs;
    let kr_done = Callback::new(move |_saved: bool| {
        adding_kr.set(false);
        editing_kr.set(None);
    });
    let form_id = id.clone();
    view! {
        <Modal
            open=editing
            on_cancel=Callback::new(move |()| editing.set(false))
            labelled_by="objective-form-title"
        >
            <ObjectiveForm
                editing=Some(form_id.clone())
                on_done=Callback::new(move |_| editing.set(false))
            />
        </Modal>
        <Modal
            open=Signal::derive(move || adding_kr.get() || editing_kr.with(Option::is_some))
            on_cancel=Callback::new(move |()| {
                adding_kr.set(false);
                editing_kr.set(None);
            })
            labelled_by="kr-form-title"
        >
            {
                let objective = id.clone();
                move || {
                    view! {
                        <KeyResultForm
                            objective=objective.clone()
                            editing=editing_kr.get_untracked()
                            on_done=kr_done
                        />
                    }
                }
            }
        </Modal>
        <Modal
            open=Signal::derive(move || checking_in.with(Option::is_some))
            on_cancel=Callback::new(move |()| checking_in.set(None))
            labelled_by="checkin-form-title"
        >
            {move || {
                checking_in
                    .get_untracked()
                    .map(|kr| {
                        view! {
                            <CheckInForm
                                key_result=kr
                                editing=None
                                on_done=Callback::new(move |_| checking_in.set(None))
                            />
                        }
                    })
            }}
        </Modal>
    }
}
