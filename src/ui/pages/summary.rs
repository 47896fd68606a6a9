//! The period summary for a unit or the whole organisation: scores in bands
//! split by commit and stretch, each objective's score with its key results,
//! learnings and reflections, the retrospective download, closing the period
//! and rolling unfinished key results over. Per objective and per unit only:
//! never a ranking of people.

use crate::domain::{
    Band, Commitment, KeyResultId, PeriodId, Reflection, Status, UnitId, Workspace,
};
use crate::text;
use crate::ui::SelectedPeriod;
use crate::ui::clock;
use crate::ui::components::CommitmentTag;
use crate::ui::notices::Notices;
use crate::ui::route::{Page, Route};
use crate::ui::router::Router;
use crate::ui::state::{Document, Exchange};
use crate::ui::summary::objective_href;
use leptos::prelude::*;

#[derive(Clone, PartialEq, Debug)]
struct KrLine {
    id: KeyResultId,
    title: String,
    href: String,
    commitment: Commitment,
    score: f64,
    graded: bool,
    trend: Vec<Status>,
    learning: Option<String>,
    unfinished: bool,
    rolled: bool,
}

#[derive(Clone, PartialEq, Debug)]
struct ObjectiveBlock {
    title: String,
    href: String,
    unit: String,
    score: Option<f64>,
    key_results: Vec<KrLine>,
    reflection: Reflection,
}

fn blocks(ws: &Workspace, period: &PeriodId, unit: Option<&UnitId>) -> Vec<ObjectiveBlock> {
    ws.retrospective_objectives(period, unit)
        .into_iter()
        .map(|o| ObjectiveBlock {
            title: o.title.clone(),
            href: objective_href(&o.id, &o.period),
            unit: ws.unit(&o.unit).map(|u| u.name.clone()).unwrap_or_default(),
            score: ws.objective_score(&o.id),
            reflection: o.reflection.clone(),
            key_results: ws
                .key_results_of(&o.id)
                .into_iter()
                .map(|kr| KrLine {
                    id: kr.id.clone(),
                    title: kr.title.clone(),
                    href: Route::from(Page::KeyResult(kr.id.clone())).href(),
                    commitment: kr.commitment,
                    score: ws.key_result_score(kr),
                    graded: kr.grade.is_some(),
                    trend: ws.status_trend(kr),
                    learning: kr
                        .grade
                        .as_ref()
                        .filter(|g| !g.learning.trim().is_empty())
                        .map(|g| {
                            if g.experiment {
                                text::summary_page::experiment_learning(&g.learning)
                            } else {
                                g.learning.clone()
                            }
                        }),
                    unfinished: kr.is_unfinished(),
                    rolled: ws.rolled_copies(&kr.id).next().is_some(),
                })
                .collect(),
        })
        .collect()
}

fn score_class(score: f64) -> String {
    format!("score score-{}", Band::of(score).slug())
}

#[component]
pub fn SummaryPage() -> impl IntoView {
    let state = expect_context::<Document>();
    let exchange = expect_context::<Exchange>();
    let notices = expect_context::<Notices>();
    let router = expect_context::<Router>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let today = clock::today();
    let scope = Memo::new(move |_| router.with(|r| r.unit.clone()));
    let info = Memo::new(move |_| {
        let p = period.get()?;
        let unit = scope.get();
        state.with(|ws| {
            let period = ws.period(&p)?.clone();
            let scope_name = unit
                .as_ref()
                .and_then(|u| ws.unit(u))
                .map_or_else(|| ws.display_name().to_owned(), |u| u.name.clone());
            let list = blocks(ws, &p, unit.as_ref());
            let units: Vec<UnitId> = ws
                .retrospective_objectives(&p, unit.as_ref())
                .iter()
                .map(|o| o.unit.clone())
                .collect();
            let distribution = if list.is_empty() {
                Default::default()
            } else {
                ws.score_distribution(&p, &units)
            };
            let can_roll = ws.can_roll_over(&p, today);
            let next = ws.next_period_name(&p).unwrap_or_default();
            Some((period, scope_name, list, distribution, can_roll, next))
        })
    });
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
    let chosen = RwSignal::new(Vec::<KeyResultId>::new());
    let roll_over = move |_| {
        // Only what is on screen now: ticks made under another scope or
        // period must never roll over key results the person cannot see.
        let shown: Vec<KeyResultId> = info.with_untracked(|i| {
            i.as_ref()
                .map(|(_, _, list, ..)| {
                    list.iter()
                        .flat_map(|o| o.key_results.iter())
                        .filter(|k| k.unfinished && !k.rolled)
                        .map(|k| k.id.clone())
                        .collect()
                })
                .unwrap_or_default()
        });
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
        <div class="page-head">
            <div>
                <h1 tabindex="-1">{text::common::PERIOD_SUMMARY}</h1>
                <p class="muted">
                    {move || {
                        info.with(|i| {
                            i.as_ref()
                                .map(|(p, scope, ..)| text::summary_page::subtitle(
                                    &scope,
                                    &p.name,
                                    &if p.closed { text::summary_page::CLOSED } else { "" },
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
                        if info.with(|i| i.as_ref().is_some_and(|i| i.0.closed)) {
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
        <p class="muted">{text::summary_page::SCORING_NOTE}</p>
        {move || {
            info.get()
                .map(|(_, _, list, d, can_roll, next)| {
                    let has_any = !list.is_empty();
                    view! {
                        {has_any
                            .then(|| {
                                view! {
                                    <section aria-labelledby="distribution-heading">
                                        <h2 id="distribution-heading">
                                            {text::summary_page::SCORES_BY_BAND}
                                        </h2>
                                        <table class="data-table distribution">
                                            <caption class="visually-hidden">
                                                {text::summary_page::BAND_TABLE_CAPTION}
                                            </caption>
                                            <thead>
                                                <tr>
                                                    <th scope="col">{text::common::KEY_RESULTS_HEADING}</th>
                                                    {Band::ALL
                                                        .iter()
                                                        .map(|b| {
                                                            view! {
                                                                <th scope="col" class=format!("band-{}", b.slug())>
                                                                    {b.label()}
                                                                </th>
                                                            }
                                                        })
                                                        .collect_view()}
                                                </tr>
                                            </thead>
                                            <tbody>
                                                <tr>
                                                    <th scope="row">{text::common::COMMIT_EXPLAINED}</th>
                                                    {d
                                                        .commit
                                                        .iter()
                                                        .map(|n| view! { <td>{*n}</td> })
                                                        .collect_view()}
                                                </tr>
                                                <tr>
                                                    <th scope="row">{text::common::STRETCH_EXPLAINED}</th>
                                                    {d
                                                        .stretch
                                                        .iter()
                                                        .map(|n| view! { <td>{*n}</td> })
                                                        .collect_view()}
                                                </tr>
                                            </tbody>
                                        </table>
                                        {d
                                            .suggested_note()
                                            .map(|note| {
                                                view! { <p class="muted suggested-note">{note}</p> }
                                            })}
                                    </section>
                                }
                            })}
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
                            {list
                                .into_iter()
                                .map(|o| {
                                    let pickable: Vec<KeyResultId> = o
                                        .key_results
                                        .iter()
                                        .filter(|k| can_roll && k.unfinished && !k.rolled)
                                        .map(|k| k.id.clone())
                                        .collect();
                                    let whole = (!pickable.is_empty())
                                        .then(|| {
                                            let n = pickable.len();
                                            let (all, some, toggle) = (
                                                pickable.clone(),
                                                pickable.clone(),
                                                pickable,
                                            );
                                            view! {
                                                <label class="checkbox roll-whole">
                                                    <input
                                                        type="checkbox"
                                                        prop:checked=move || {
                                                            chosen.with(|c| all.iter().all(|k| c.contains(k)))
                                                        }
                                                        prop:indeterminate=move || {
                                                            chosen
                                                                .with(|c| {
                                                                    let n = some.iter().filter(|k| c.contains(k)).count();
                                                                    n > 0 && n < some.len()
                                                                })
                                                        }
                                                        on:change:target=move |ev| {
                                                            let on = ev.target().checked();
                                                            chosen
                                                                .update(|c| {
                                                                    c.retain(|x| !toggle.contains(x));
                                                                    if on {
                                                                        c.extend(toggle.iter().cloned());
                                                                    }
                                                                });
                                                        }
                                                    />
                                                    {text::summary_page::roll_over_objective(
                                                        &text::counts::unfinished_key_results(n),
                                                    )}
                                                </label>
                                            }
                                        });
                                    view! {
                                        <article class="summary-objective panel">
                                            <div class="section-head">
                                                <h3>
                                                    <a href=o.href.clone()>{o.title.clone()}</a>
                                                </h3>
                                                {o
                                                    .score
                                                    .map(|s| {
                                                        view! {
                                                            <span class=score_class(
                                                                s,
                                                            )>{text::summary_page::objective_score(s)}</span>
                                                        }
                                                    })}
                                            </div>
                                            <p class="muted">{o.unit.clone()}</p>
                                            {whole}
                                            <ul class="summary-krs">
                                                {o
                                                    .key_results
                                                    .into_iter()
                                                    .map(|kr| {
                                                        let id = kr.id.clone();
                                                        let pick_id = kr.id.clone();
                                                        let checkbox_id = format!("roll-{}", kr.id);
                                                        let can_pick = can_roll && kr.unfinished && !kr.rolled;
                                                        view! {
                                                            <li>
                                                                <div class="summary-kr">
                                                                    {can_pick
                                                                        .then(|| {
                                                                            view! {
                                                                                <input
                                                                                    type="checkbox"
                                                                                    id=checkbox_id.clone()
                                                                                    aria-label=text::summary_page::roll_over_key_result(
                                                                                        &kr.title,
                                                                                    )
                                                                                    prop:checked=move || chosen.with(|c| c.contains(&id))
                                                                                    on:change:target=move |ev| {
                                                                                        let on = ev.target().checked();
                                                                                        let id = pick_id.clone();
                                                                                        chosen
                                                                                            .update(|c| {
                                                                                                c.retain(|x| x != &id);
                                                                                                if on {
                                                                                                    c.push(id);
                                                                                                }
                                                                                            });
                                                                                    }
                                                                                />
                                                                            }
                                                                        })} <a href=kr.href>{kr.title.clone()}</a>
                                                                    <CommitmentTag commitment=kr.commitment />
                                                                    <span class=score_class(
                                                                        kr.score,
                                                                    )>
                                                                        {format!("{:.1}", kr.score)}
                                                                        {(!kr.graded).then_some(text::common::SUGGESTED_SUFFIX)}
                                                                    </span>
                                                                    {kr
                                                                        .rolled
                                                                        .then(|| {
                                                                            view! {
                                                                                <span class="muted">{text::summary_page::ROLLED_OVER}</span>
                                                                            }
                                                                        })}
                                                                </div>
                                                                <p class="muted trend">
                                                                    {if kr.trend.is_empty() {
                                                                        text::summary_page::NO_CHECK_INS.to_owned()
                                                                    } else {
                                                                        text::summary_page::status_trend(
                                                                            &kr
                                                                                .trend
                                                                                .iter()
                                                                                .map(|s| s.label())
                                                                                .collect::<Vec<_>>()
                                                                                .join(" → "),
                                                                        )
                                                                    }}
                                                                </p>
                                                                {kr.learning.map(|l| view! { <p class="learning">{l}</p> })}
                                                            </li>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ul>
                                            {(!o.reflection.is_empty())
                                                .then(|| {
                                                    view! {
                                                        <dl class="reflection-list">
                                                            {Reflection::QUESTIONS
                                                                .iter()
                                                                .zip(o.reflection.answers())
                                                                .filter(|(_, a)| !a.trim().is_empty())
                                                                .map(|((_, name, question), answer)| {
                                                                    view! {
                                                                        <dt>
                                                                            {*name}
                                                                            <span class="muted">{format!(" — {question}")}</span>
                                                                        </dt>
                                                                        <dd>{answer.to_owned()}</dd>
                                                                    }
                                                                })
                                                                .collect_view()}
                                                        </dl>
                                                    }
                                                })}
                                        </article>
                                    }
                                })
                                .collect_view()}
                        </section>
                        {can_roll
                            .then(|| {
                                view! {
                                    <section aria-labelledby="rollover-heading">
                                        <h2 id="rollover-heading">
                                            {text::summary_page::ROLL_OVER_TITLE}
                                        </h2>
                                        <p class="muted">
                                            {text::summary_page::roll_over_intro(&next)}
                                        </p>
                                        <button type="button" on:click=roll_over>
                                            {move || text::summary_page::roll_over_button(
                                                &text::counts::key_results(chosen.with(Vec::len)),
                                            )}
                                        </button>
                                    </section>
                                }
                            })}
                    }
                })
        }}
    }
}
