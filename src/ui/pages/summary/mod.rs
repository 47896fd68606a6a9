//! The period summary for a unit or the whole organisation: scores in bands
//! split by commit and stretch, each objective's score with its key results,
//! learnings and reflections, the retrospective download, closing the period
//! and rolling unfinished key results over. Per objective and per unit only:
//! never a ranking of people.
//!
//! [`model::build`] works out what the summary shows; the components here
//! only render it, and keep which key results are ticked to roll over.

mod distribution;
mod model;

use crate::domain::{Band, KeyResultId, Reflection, UnitId};
use crate::text;
use crate::ui::SelectedPeriod;
use crate::ui::clock;
use crate::ui::components::CommitmentTag;
use crate::ui::format::{Scale, scale, score};
use crate::ui::notices::Notices;
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::{Document, Exchange};
use distribution::DistributionTable;
use leptos::prelude::*;
use model::{KrLine, ObjectiveBlock, SummaryView};

fn score_class(score: f64) -> String {
    format!("score score-{}", Band::of(score).slug())
}

#[component]
pub fn SummaryPage() -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let today = clock::today();
    let scope = Memo::new(move |_| router.with(|r| r.unit.clone()));
    let view = Memo::new(move |_| {
        let p = period.get()?;
        let unit = scope.get();
        state.with(|ws| model::build(ws, &p, unit.as_ref(), today))
    });
    // Which key results are ticked to roll over.
    let chosen = RwSignal::new(Vec::<KeyResultId>::new());
    view! {
        <SummaryHead view scope />
        <p class="muted">
            {
                let Scale { zero, success, full } = scale();
                text::summary_page::scoring_note(&zero, &full, &success)
            }
        </p>
        {move || {
            view.get()
                .map(|v| {
                    let has_any = !v.objectives.is_empty();
                    let (can_roll, next) = (v.can_roll, v.next.clone());
                    view! {
                        {has_any.then(|| view! { <DistributionTable d=v.distribution /> })}
                        <section aria-labelledby="objectives-summary-heading">
                            <h2 id="objectives-summary-heading">{text::common::OBJECTIVES}</h2>
                            {(!has_any)
                                .then(|| {
                                    view! {
                                        <p class="muted">
                                            {text::summary_page::NO_OBJECTIVES_IN_SCOPE}
                                        </p>
                                    }
                                })}
                            {v
                                .objectives
                                .into_iter()
                                .map(|block| view! { <ObjectiveSummaryBlock block chosen /> })
                                .collect_view()}
                        </section>
                        {can_roll.then(|| view! { <RollOver view next chosen /> })}
                    }
                })
        }}
    }
}

/// The heading, the scope it covers, the retrospective download, closing
/// the period, and the choice of scope.
#[component]
fn SummaryHead(view: Memo<Option<SummaryView>>, scope: Memo<Option<UnitId>>) -> impl IntoView {
    let state = expect_context::<Document>();
    let exchange = expect_context::<Exchange>();
    let notices = expect_context::<Notices>();
    let router = expect_context::<Router>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let scopes = Memo::new(move |_| {
        state.with(|ws| {
            ws.units_in_chart_order()
                .into_iter()
                .filter(|u| !u.archived && u.parent.is_some())
                .map(|u| (u.id.to_string(), u.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let choose_scope = move |value: String| {
        let unit = (!value.is_empty()).then(|| UnitId::from(value.as_str()));
        router.go(router.with_untracked(|r| r.to_unit(Page::Summary, unit)));
    };
    let download = move |_| {
        let Some(p) = period.get_untracked() else {
            return;
        };
        if let Err(message) = exchange.download_retrospective(&p, scope.get_untracked().as_ref()) {
            notices.show(message, None);
        }
    };
    let toggle_closed = move |_| {
        let Some(p) = period.get_untracked() else {
            return;
        };
        state.edit_with_undo(move |ws| {
            let period = ws
                .period(&p)
                .cloned()
                .ok_or(text::common::PERIOD_NO_LONGER_EXISTS)?;
            ws.set_period_closed(&p, !period.closed);
            Ok(if period.closed {
                text::summary_page::period_reopened(&period.name)
            } else {
                text::summary_page::period_closed(&period.name)
            })
        });
    };
    let closed = move || view.with(|v| v.as_ref().is_some_and(|v| v.period.closed));
    view! {
        <div class="page-head">
            <div>
                <h1 tabindex="-1">{text::common::PERIOD_SUMMARY}</h1>
                <p class="muted">
                    {move || {
                        view.with(|v| {
                            v.as_ref()
                                .map(|v| text::summary_page::subtitle(
                                    &v.scope,
                                    &v.period.name,
                                    &if v.period.closed { text::summary_page::CLOSED } else { "" },
                                ))
                        })
                    }}
                </p>
            </div>
            <div class="actions">
                <button type="button" class="view-action" on:click=download>
                    {text::summary_page::DOWNLOAD_RETROSPECTIVE}
                </button>
                <button type="button" on:click=toggle_closed>
                    {move || {
                        if closed() {
                            text::summary_page::REOPEN_PERIOD
                        } else {
                            text::summary_page::CLOSE_PERIOD
                        }
                    }}
                </button>
            </div>
        </div>
        <div class="field scope-field">
            <label for="summary-scope">{text::summary_page::SCOPE_LABEL}</label>
            <select id="summary-scope" on:change:target=move |ev| choose_scope(ev.target().value())>
                <option value="" selected=move || scope.with(Option::is_none)>
                    {text::summary_page::WHOLE_ORGANISATION}
                </option>
                {move || {
                    scopes
                        .get()
                        .into_iter()
                        .map(|(id, name)| {
                            let selected = scope
                                .with(|s| s.as_ref().is_some_and(|s| s.as_str() == id));
                            view! {
                                <option value=id selected=selected>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// Ticks or unticks every key result in `ids` to roll over.
fn choose_all(chosen: RwSignal<Vec<KeyResultId>>, ids: &[KeyResultId], on: bool) {
    chosen.update(|c| {
        c.retain(|x| !ids.contains(x));
        if on {
            c.extend(ids.iter().cloned());
        }
    });
}

/// One objective's score, its key results with their trends and learnings,
/// and its reflection.
#[component]
fn ObjectiveSummaryBlock(
    block: ObjectiveBlock,
    chosen: RwSignal<Vec<KeyResultId>>,
) -> impl IntoView {
    let pickable: Vec<KeyResultId> = block
        .key_results
        .iter()
        .filter(|k| k.pickable)
        .map(|k| k.id.clone())
        .collect();
    let whole = (!pickable.is_empty()).then(|| {
        let n = pickable.len();
        let ids = StoredValue::new(pickable);
        let ticked = move || {
            ids.with_value(|ids| chosen.with(|c| ids.iter().filter(|k| c.contains(k)).count()))
        };
        view! {
            <label class="checkbox roll-whole">
                <input
                    type="checkbox"
                    prop:checked=move || ticked() == n
                    prop:indeterminate=move || (1..n).contains(&ticked())
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        ids.with_value(|ids| choose_all(chosen, ids, on));
                    }
                />
                {text::summary_page::roll_over_objective(&text::counts::unfinished_key_results(n))}
            </label>
        }
    });
    let reflection =
        (!block.reflection.is_empty()).then(|| reflection_list(block.reflection.clone()));
    view! {
        <article class="summary-objective panel">
            <div class="section-head">
                <h3>
                    <a href=block.href.clone()>{block.title.clone()}</a>
                </h3>
                {block
                    .score
                    .map(|s| {
                        view! {
                            <span class=score_class(
                                s,
                            )>{text::summary_page::objective_score(&score(s))}</span>
                        }
                    })}
            </div>
            <p class="muted">{block.unit.clone()}</p>
            {whole}
            <ul class="summary-krs">
                {block
                    .key_results
                    .into_iter()
                    .map(|kr| view! { <KeyResultLine kr chosen /> })
                    .collect_view()}
            </ul>
            {reflection}
        </article>
    }
}

/// A key result's score, with a tick to roll it over when it may be.
#[component]
fn KeyResultLine(kr: KrLine, chosen: RwSignal<Vec<KeyResultId>>) -> impl IntoView {
    let tick = kr.pickable.then(|| {
        let id = StoredValue::new(kr.id.clone());
        view! {
            <input
                type="checkbox"
                id=format!("roll-{}", kr.id)
                aria-label=text::summary_page::roll_over_key_result(&kr.title)
                prop:checked=move || id.with_value(|id| chosen.with(|c| c.contains(id)))
                on:change:target=move |ev| {
                    let on = ev.target().checked();
                    id.with_value(|id| choose_all(chosen, std::slice::from_ref(id), on));
                }
            />
        }
    });
    let trend = if kr.trend.is_empty() {
        text::summary_page::NO_CHECK_INS.to_owned()
    } else {
        let labels: Vec<&str> = kr.trend.iter().map(|s| s.label()).collect();
        text::summary_page::status_trend(&labels.join(" → "))
    };
    view! {
        <li>
            <div class="summary-kr">
                {tick} <a href=kr.href>{kr.title.clone()}</a>
                <CommitmentTag commitment=kr.commitment />
                <span class=score_class(
                    kr.score,
                )>{score(kr.score)} {(!kr.graded).then_some(text::common::SUGGESTED_SUFFIX)}</span>
                {kr
                    .rolled
                    .then(|| {
                        view! { <span class="muted">{text::summary_page::ROLLED_OVER}</span> }
                    })}
            </div>
            <p class="muted trend">{trend}</p>
            {kr.learning.map(|l| view! { <p class="learning">{l}</p> })}
        </li>
    }
}

/// The answered questions of an objective's reflection.
fn reflection_list(reflection: Reflection) -> impl IntoView {
    let answered = Reflection::QUESTIONS
        .iter()
        .zip(reflection.answers())
        .filter(|(_, a)| !a.trim().is_empty())
        .map(|((_, name, question), answer)| {
            view! {
                <dt>{*name} <span class="muted">{text::common::aside(question)}</span></dt>
                <dd>{answer.to_owned()}</dd>
            }
        })
        .collect_view();
    view! { <dl class="reflection-list">{answered}</dl> }
}

/// Rolls the ticked key results over into the next period.
#[component]
fn RollOver(
    view: Memo<Option<SummaryView>>,
    next: String,
    chosen: RwSignal<Vec<KeyResultId>>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let notices = expect_context::<Notices>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let roll_over = move |_| {
        // Only what is on screen now: ticks made under another scope or
        // period must never roll over key results the person cannot see.
        let shown =
            view.with_untracked(|v| v.as_ref().map(SummaryView::pickable).unwrap_or_default());
        let picked: Vec<KeyResultId> = chosen
            .get_untracked()
            .into_iter()
            .filter(|k| shown.contains(k))
            .collect();
        let Some(p) = period.get_untracked() else {
            return;
        };
        if picked.is_empty() {
            notices.show(text::summary_page::NO_KEY_RESULTS_CHOSEN, None);
            return;
        }
        let rolled = state.edit_with_undo(move |ws| {
            let (into, done) = ws.roll_over_into_next(&picked, &p, clock::random_bits)?;
            let name = ws.period(&into).map(|p| p.name.clone()).unwrap_or_default();
            Ok(text::summary_page::rolled_over(
                &text::counts::key_results(done.key_results.len()),
                &name,
            ))
        });
        if rolled {
            chosen.set(Vec::new());
        }
    };
    view! {
        <section aria-labelledby="rollover-heading">
            <h2 id="rollover-heading">{text::summary_page::ROLL_OVER_TITLE}</h2>
            <p class="muted">{text::summary_page::roll_over_intro(&next)}</p>
            <button type="button" on:click=roll_over>
                {move || text::summary_page::roll_over_button(
                    &text::counts::key_results(chosen.with(Vec::len)),
                )}
            </button>
        </section>
    }
}
