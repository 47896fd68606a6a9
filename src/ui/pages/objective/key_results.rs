//! The key results of an objective's page, each with check-in, edit and
//! delete, and the coach's findings for the objective above them.

use super::Dialogs;
use super::model::{KeyResultRow, ObjectivePageView};
use crate::domain::coach::{Sorted, Subject};
use crate::domain::{Band, KeyResultId, Measure, ObjectiveId};
use crate::text;
use crate::ui::components::{
    CoachMark, CoachPanel, CoachScope, CommitmentTag, ProgressBar, StatusBadge, coach_findings,
};
use crate::ui::format::{measure_sentence, number, score as written_score};
use crate::ui::state::Document;
use leptos::prelude::*;

#[component]
pub fn KeyResultList(
    id: ObjectiveId,
    page: Memo<Option<ObjectivePageView>>,
    closed: Memo<bool>,
    dialogs: Dialogs,
) -> impl IntoView {
    let key_results = Memo::new(move |_| {
        page.with(|p| {
            p.as_ref()
                .map(|p| p.key_results.clone())
                .unwrap_or_default()
        })
    });
    let coach = {
        let scope = Some(CoachScope::Objective(id.clone()));
        coach_findings(Signal::derive(move || scope.clone()))
    };
    view! {
        <section aria-labelledby="key-results-heading">
            <div class="section-head">
                <h2 id="key-results-heading">
                    {move || text::objective_page::key_results_heading(&key_results.with(Vec::len))}
                </h2>
                <Show when=move || !closed.get()>
                    <button
                        type="button"
                        class="primary"
                        on:click=move |_| dialogs.adding_kr.set(true)
                    >
                        {text::common::ADD_KEY_RESULT}
                    </button>
                </Show>
            </div>
            <CoachPanel findings=coach here=id heading_id="coach-heading" />
            <Show
                when=move || key_results.with(|k| !k.is_empty())
                fallback=|| {
                    view! { <p class="muted">{text::objective_page::NO_KEY_RESULTS_YET}</p> }
                }
            >
                <ul class="kr-list">
                    <For
                        each=move || {
                            key_results.with(|k| k.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
                        }
                        key=|id| id.clone()
                        let:kr_id
                    >
                        {
                            let row = Memo::new(move |_| {
                                key_results.with(|k| k.iter().find(|r| r.id == kr_id).cloned())
                            });
                            move || {
                                row.get()
                                    .map(|kr| { key_result_item(kr, coach, closed.get(), dialogs) })
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// A plain function rather than a component, so the row's view is not
/// boxed (`erase_components`).
fn key_result_item(
    kr: KeyResultRow,
    coach: Memo<Sorted>,
    closed: bool,
    dialogs: Dialogs,
) -> impl IntoView {
    // A sentence of numbers says what it measures; "Done" needs its kind.
    let values = match kr.measure {
        Measure::Milestone { .. } => {
            text::common::labelled(&text::common::MILESTONE, &measure_sentence(&kr.measure))
        }
        _ => measure_sentence(&kr.measure),
    };
    let label = text::objective_page::progress_of(&kr.title);
    let (check_id, edit_id, delete_id) = (kr.id.clone(), kr.id.clone(), kr.id.clone());
    view! {
        <li class="kr">
            <div class="kr-head">
                <h3>
                    <a href=kr.href.clone()>{kr.title.clone()}</a>
                </h3>
                <CoachMark findings=coach subject=Subject::KeyResult(kr.id.clone()) />
                <CommitmentTag commitment=kr.commitment />
                <StatusBadge status=kr.status none_label=text::common::NOT_CHECKED_IN />
                {kr
                    .score
                    .map(|(score, graded)| {
                        view! {
                            <span class=format!(
                                "score score-{}",
                                Band::of(score).slug(),
                            )>
                                {text::objective_page::score(&written_score(score))}
                                {(!graded).then_some(text::common::SUGGESTED_SUFFIX)}
                            </span>
                        }
                    })}
            </div>
            <p class="kr-values">{values}</p>
            <p class="muted kr-meta">
                {text::objective_page::key_result_lead(&kr.lead)}
                {(kr.weight != 1.0).then(|| text::objective_page::weight(&number(kr.weight)))}
            </p>
            <ProgressBar progress=kr.progress expected=kr.expected label />
            <div class="actions" hidden=closed>
                <button
                    type="button"
                    class="small"
                    aria-label=text::objective_page::check_in_on(&kr.title)
                    on:click=move |_| dialogs.checking_in.set(Some(check_id.clone()))
                >
                    {text::common::CHECK_IN}
                </button>
                <button
                    type="button"
                    class="small"
                    aria-label=text::objective_page::edit_key_result(&kr.title)
                    on:click=move |_| dialogs.editing_kr.set(Some(edit_id.clone()))
                >
                    {text::common::EDIT}
                </button>
                <button
                    type="button"
                    class="small"
                    aria-label=text::objective_page::delete_key_result(&kr.title)
                    on:click=move |_| delete_key_result(delete_id.clone())
                >
                    {text::common::DELETE}
                </button>
            </div>
        </li>
    }
}

/// Deletes a key result, with undo; the message says which links to it went too.
fn delete_key_result(id: KeyResultId) {
    let state = expect_context::<Document>();
    state.edit_with_undo(move |ws| {
        let title = ws
            .key_result(&id)
            .map(|k| k.title.clone())
            .unwrap_or_default();
        let removal = ws.delete_key_result(&id)?;
        Ok(if removal.dependencies > 0 {
            text::objective_page::key_result_deleted_with_dependencies(
                &title,
                &text::counts::dependencies(removal.dependencies),
            )
        } else {
            text::objective_page::key_result_deleted(&title)
        })
    });
}
