//! Grading a key result at the end of its period, and what was learned.

use crate::domain::{GradeDraft, KeyResultId};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{CommitmentTag, TextField};
use crate::ui::drafts::{DraftNotice, field, keep_draft};
use crate::ui::format::{Browser, editable_number, scale, score, typed_number};
use crate::ui::notices::Notices;
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::Document;
use leptos::prelude::*;

/// What the end-of-period section shows around its form.
#[derive(Clone, PartialEq, Debug)]
struct GradeInfo {
    suggested: f64,
    commitment: crate::domain::Commitment,
    closed: bool,
    grade: Option<crate::domain::Grade>,
    next: String,
    /// Unfinished and not rolled over yet.
    can_roll: bool,
}

/// End of period: the grade with the commit/stretch expectation beside it, a
/// learning for a valuable miss, and rolling the unfinished part over. The
/// form is built once per visit, so a save or a check-in elsewhere on the
/// page never wipes what is being typed or moves focus.
#[component]
pub fn GradeSection(key_result: KeyResultId) -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let today = clock::today();
    let info = {
        let id = key_result.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                let kr = ws.key_result(&id)?;
                let period = ws
                    .objective(&kr.objective)
                    .and_then(|o| ws.period(&o.period))?;
                ws.can_roll_over(&period.id, today).then(|| GradeInfo {
                    suggested: ws.suggested_score(kr),
                    commitment: kr.commitment,
                    closed: period.closed,
                    grade: kr.grade.clone(),
                    next: ws.next_period_name(&period.id).unwrap_or_default(),
                    can_roll: kr.is_unfinished() && ws.rolled_copies(&id).next().is_none(),
                })
            })
        })
    };
    let shown = Memo::new(move |_| info.with(Option::is_some));
    let closed = Memo::new(move |_| info.with(|i| i.as_ref().is_some_and(|i| i.closed)));
    let suggested = move || info.with(|i| i.as_ref().map_or(0.0, |i| i.suggested));
    let roll_id = StoredValue::new(key_result.clone());
    let roll = move |_| {
        let id = roll_id.get_value();
        let from = state.with_untracked(|ws| {
            ws.key_result(&id)
                .and_then(|k| ws.objective(&k.objective))
                .map(|o| o.period.clone())
        });
        let Some(from) = from else { return };
        let source = id.clone();
        let rolled = state.edit_with_undo(move |ws| {
            let (into, done) =
                ws.roll_over_into_next(std::slice::from_ref(&source), &from, clock::random_bits)?;
            if done.key_results.is_empty() {
                return Err(text::key_result_page::ALREADY_ROLLED_OVER.to_owned());
            }
            let name = ws.period(&into).map(|p| p.name.clone()).unwrap_or_default();
            Ok(text::key_result_page::rolled_over(&name))
        });
        let copy = state.with_untracked(|ws| ws.rolled_copies(&id).next().map(|k| k.id.clone()));
        if rolled && let Some(copy) = copy {
            router.go(crate::ui::route::Route::from(Page::KeyResult(copy)));
        }
    };
    let form = {
        let id = key_result.clone();
        move || view! { <GradeForm key_result=id.clone() info /> }
    };
    view! {
        <Show when=move || shown.get()>
            <section aria-labelledby="grade-heading" class="grade-section">
                <h2 id="grade-heading">{text::key_result_page::END_OF_PERIOD}</h2>
                <p class="muted">
                    {move || text::key_result_page::suggested_score(&score(suggested()))}
                    {move || {
                        info.with(|i| {
                            i.as_ref().map(|i| view! { <CommitmentTag commitment=i.commitment /> })
                        })
                    }} {text::key_result_page::SCORES_FOR_LEARNING}
                </p>
                <Show when=move || closed.get() fallback=form.clone()>
                    {move || {
                        info.get()
                            .map(|i| {
                                view! {
                                    <p>
                                        {match &i.grade {
                                            Some(g) if g.reason.is_empty() => {
                                                text::key_result_page::graded_score(&score(g.score))
                                            }
                                            Some(g) => {
                                                text::key_result_page::graded_score_because(
                                                    &score(g.score),
                                                    &g.reason,
                                                )
                                            }
                                            None => {
                                                text::key_result_page::not_graded(&score(i.suggested))
                                            }
                                        }}
                                    </p>
                                    {i
                                        .grade
                                        .as_ref()
                                        .filter(|g| !g.learning.is_empty())
                                        .map(|g| {
                                            view! {
                                                <p>
                                                    {text::key_result_page::learned(&g.learning, g.experiment)}
                                                </p>
                                            }
                                        })}
                                }
                            })
                    }}
                </Show>
                <Show when=move || info.with(|i| i.as_ref().is_some_and(|i| i.can_roll))>
                    <p class="rollover">
                        <button type="button" on:click=roll>
                            {move || text::key_result_page::roll_over_into(
                                &info
                                    .with(|i| {
                                        i.as_ref().map(|i| i.next.clone()).unwrap_or_default()
                                    }),
                            )}
                        </button>
                        <span class="muted">{text::key_result_page::ROLL_OVER_HINT}</span>
                    </p>
                </Show>
            </section>
        </Show>
    }
}

/// The grade, its reason, and what was learned; saved in place, so the
/// page stays where it is.
#[component]
fn GradeForm(key_result: KeyResultId, info: Memo<Option<GradeInfo>>) -> impl IntoView {
    let state = expect_context::<Document>();
    let notices = expect_context::<Notices>();
    let id = key_result;
    let draft = state.with_untracked(|ws| {
        ws.key_result(&id)
            .map(|kr| GradeDraft::of(ws, kr))
            .unwrap_or_default()
    });
    let score = RwSignal::new(editable_number(&draft.score));
    let reason = RwSignal::new(draft.reason);
    let experiment = RwSignal::new(draft.experiment);
    let learning = RwSignal::new(draft.learning);
    let kept = keep_draft(
        "grade",
        "",
        true,
        vec![
            field("score", score),
            field("reason", reason),
            field("experiment", experiment),
            field("learning", learning),
        ],
    );
    let errors = RwSignal::new(crate::domain::FieldErrors::default());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = GradeDraft {
            score: typed_number(&score.get_untracked()),
            reason: reason.get_untracked(),
            experiment: experiment.get_untracked(),
            learning: learning.get_untracked(),
        };
        let result = draft
            .validate(
                info.with_untracked(|i| i.as_ref().map_or(0.0, |i| i.suggested)),
                &Browser,
            )
            .and_then(|grade| {
                let id = id.clone();
                state
                    .try_edit(move |ws| ws.set_grade(&id, Some(grade)))
                    .map_err(|refused| {
                        let mut found = crate::domain::FieldErrors::default();
                        found.add("score", refused);
                        found
                    })
            });
        match result {
            Err(found) => {
                if let Some(first) = found.fields().next() {
                    crate::ui::focus::focus_field(format!("grade-{first}"));
                }
                errors.set(found);
            }
            Ok(()) => {
                errors.set(Default::default());
                kept.saved_now();
                notices.show(text::key_result_page::GRADE_SAVED, None);
            }
        }
    };
    let error = move |field: &'static str| {
        Signal::derive(move || errors.with(|e| e.get(field).map(str::to_owned)))
    };
    view! {
        <form class="form grade-form" on:submit=save novalidate>
            <div class="field-row">
                <TextField
                    id="grade-score"
                    label=text::key_result_page::score_label(&scale().zero, &scale().full)
                    value=score
                    error=error("score")
                    inputmode="decimal"
                />
                <TextField
                    id="grade-reason"
                    label=text::key_result_page::SCORE_REASON_LABEL
                    value=reason
                    error=error("reason")
                />
            </div>
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=move || experiment.get()
                    on:change:target=move |ev| experiment.set(ev.target().checked())
                />
                {text::key_result_page::EXPERIMENT_LABEL}
            </label>
            <TextField
                id="grade-learning"
                label=text::key_result_page::LEARNING_LABEL
                value=learning
                error=error("learning")
            />
            <DraftNotice draft=kept />
            <div class="actions">
                <button type="submit" class="primary">
                    {text::key_result_page::SAVE_GRADE}
                </button>
            </div>
        </form>
    }
}
