//! The head of an objective's page: where it sits, what it is, and the
//! buttons that edit, archive and delete it.

use super::Dialogs;
use super::model::ObjectivePageView;
use crate::domain::{ObjectiveId, Workspace};
use crate::text;
use crate::ui::components::{ConfirmDialog, MoreMenu};
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::Document;
use leptos::prelude::*;

#[component]
pub fn ObjectiveHead(
    id: ObjectiveId,
    page: Memo<Option<ObjectivePageView>>,
    dialogs: Dialogs,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let shown = move |f: fn(&ObjectivePageView) -> String| {
        move || page.with(|p| p.as_ref().map(f).unwrap_or_default())
    };
    let archived = move || page.with(|p| p.as_ref().is_some_and(|p| p.archived));
    view! {
        <nav class="breadcrumb" aria-label=text::common::BREADCRUMB>
            {move || {
                page.with(|p| p.as_ref().map(|p| p.path.clone()).unwrap_or_default())
                    .into_iter()
                    .enumerate()
                    .map(|(i, (unit, name))| {
                        view! {
                            {(i > 0).then_some(view! { <span aria-hidden="true">" › "</span> })}
                            <a href=move || {
                                router.with(|r| r.to(Page::Unit(unit.clone())).href())
                            }>{name}</a>
                        }
                    })
                    .collect_view()
            }}
        </nav>
        <div class="page-head">
            <div>
                <h1 tabindex="-1">{shown(|p| p.title.clone())}</h1>
                <p class="muted">
                    {shown(|p| p.subtitle.clone())}
                    {move || archived().then_some(text::common::ARCHIVED_SUFFIX)}
                </p>
                {move || {
                    page.with(|p| p.as_ref().and_then(|p| p.owner.clone()))
                        .map(|owner| {
                            view! {
                                <p class="tag-line">
                                    <span class="unit-badge">{text::common::INDIVIDUAL}</span>
                                    " "
                                    {text::objective_page::INDIVIDUAL_GOAL_OF.before}
                                    <a href=owner.href>{owner.name}</a>
                                    {text::objective_page::INDIVIDUAL_GOAL_OF.after}
                                    {(!owner.goals_on)
                                        .then_some(text::objective_page::INDIVIDUAL_GOALS_OFF)}
                                </p>
                            }
                        })
                }}
            </div>
            <ObjectiveActions id page dialogs />
        </div>
    }
}

/// Edit, archive or restore, and delete (asking first when it takes other
/// records with it).
#[component]
fn ObjectiveActions(
    id: ObjectiveId,
    page: Memo<Option<ObjectivePageView>>,
    dialogs: Dialogs,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let archived = move || page.with(|p| p.as_ref().is_some_and(|p| p.archived));
    let closed = move || page.with(|p| p.as_ref().is_some_and(|p| p.closed));
    // (key results, aligned objectives) the objective would take with it.
    let takes = move || {
        page.with(|p| {
            p.as_ref()
                .map_or((0, 0), |p| (p.key_results.len(), p.children.len()))
        })
    };
    let router = expect_context::<Router>();
    let confirming = RwSignal::new(false);
    let archive = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            state.edit_with_undo(move |ws| {
                let was_archived = ws.objective(&id).is_some_and(|o| o.archived);
                let change = ws.set_objective_archived(&id, !was_archived)?;
                Ok(if was_archived {
                    text::objective_page::OBJECTIVE_RESTORED.to_owned()
                } else if change.unaligned.is_empty() {
                    text::objective_page::OBJECTIVE_ARCHIVED.to_owned()
                } else {
                    text::objective_page::archived_now_unaligned(&&titles(ws, &change.unaligned))
                })
            });
        }
    };
    let delete_now = {
        let id = id.clone();
        move || {
            confirming.set(false);
            let id = id.clone();
            let unit = state.with_untracked(|ws| ws.objective(&id).map(|o| o.unit.clone()));
            let deleted = state.edit_with_undo(move |ws| {
                let title = ws
                    .objective(&id)
                    .map(|o| o.title.clone())
                    .unwrap_or_default();
                let removal = ws.delete_objective(&id)?;
                let key_results = (removal.key_results > 0)
                    .then(|| text::counts::key_results(removal.key_results));
                let unaligned =
                    (!removal.unaligned.is_empty()).then(|| titles(ws, &removal.unaligned));
                Ok(text::objective_page::deleted(
                    &title,
                    key_results.as_deref(),
                    unaligned.as_deref(),
                ))
            });
            if deleted && let Some(unit) = unit {
                router.go(router.with_untracked(|r| r.to(Page::Unit(unit))));
            }
        }
    };
    let delete = {
        let delete_now = delete_now.clone();
        move |_| {
            if untrack(takes) != (0, 0) {
                confirming.set(true)
            } else {
                delete_now()
            }
        }
    };
    let question = Signal::derive(move || {
        let (krs, kids) = takes();
        let key_results = (krs > 0).then(|| text::counts::key_results(krs));
        let aligned = (kids > 0).then(|| text::counts::objectives(kids));
        text::objective_page::delete_body(key_results.as_deref(), aligned.as_deref())
    });
    let title = Signal::derive(move || {
        page.with(|p| {
            p.as_ref()
                .map(|p| text::objective_page::delete_title(&p.title))
                .unwrap_or_default()
        })
    });
    view! {
        <div class="actions" hidden=closed>
            <button type="button" on:click=move |_| dialogs.editing.set(true)>
                {text::common::EDIT}
            </button>
            <MoreMenu>
                <button type="button" on:click=archive>
                    {move || if archived() { text::common::RESTORE } else { text::common::ARCHIVE }}
                </button>
                <button type="button" class="danger" on:click=delete>
                    {text::common::DELETE}
                </button>
            </MoreMenu>
        </div>
        <ConfirmDialog
            open=confirming
            title
            body=question
            confirm_label=text::objective_page::DELETE_OBJECTIVE
            on_confirm=Callback::new(move |()| delete_now())
            on_cancel=Callback::new(move |()| confirming.set(false))
        />
    }
}

/// The titles of `objectives`, quoted, for a message.
fn titles(ws: &Workspace, objectives: &[ObjectiveId]) -> String {
    let titles: Vec<&str> = objectives
        .iter()
        .filter_map(|id| ws.objective(id))
        .map(|o| o.title.as_str())
        .collect();
    text::common::quoted_titles(&titles)
}
