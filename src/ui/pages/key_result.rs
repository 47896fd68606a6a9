//! A key result's page: progress against pace, its chart, the check-in
//! history, initiatives, and at the end of the period its grade and rollover.

use crate::domain::{
    CheckInId, GradeDraft, InitiativeId, KeyResult, KeyResultId, Measure, Period, Reading, Status,
    Workspace, value_series,
};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{
    ChartTable, CommitmentTag, Guide, LineChart, Modal, NotFound, ProgressBar, StatusBadge,
    TextField,
};
use crate::ui::drafts::{DraftNotice, Drafts, field, keep_draft};
use crate::ui::format::day;
use crate::ui::format::{describe_measure, editable_number, typed_number, value as show_value};
use crate::ui::forms::{CheckInForm, InitiativeForm, KeyResultForm, reading_text};
use crate::ui::notices::Notices;
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::Document;
use crate::ui::summary::objective_href;
use leptos::prelude::*;

#[component]
pub fn KeyResultPage(id: KeyResultId) -> impl IntoView {
    let state = expect_context::<Document>();
    let exists = {
        let id = id.clone();
        move || state.with(|ws| ws.key_result(&id).is_some())
    };
    view! {
        <Show when=exists fallback=|| view! { <NotFound /> }>
            <KeyResultView id=id.clone() />
        </Show>
    }
}

/// Everything the page shows, computed once per change of the workspace.
#[derive(Clone, PartialEq, Debug)]
struct View {
    kr: KeyResult,
    objective_title: String,
    objective_href: String,
    unit: String,
    period: Period,
    lead: String,
    closed: bool,
    progress: Option<f64>,
    expected: Option<f64>,
    status: Option<Status>,
    /// Why the status is what it is.
    status_source: String,
    due: Option<String>,
    history: Vec<HistoryRow>,
    /// Checked-in values, oldest first.
    series: Vec<(chrono::NaiveDate, f64)>,
    /// Where pace expects it at the period's end (0.7 of the way for a stretch).
    pace_end: Option<f64>,
    rolled_from: Option<(String, String)>,
    rolled_to: Vec<(String, String)>,
}

#[derive(Clone, PartialEq, Debug)]
struct HistoryRow {
    id: CheckInId,
    date: chrono::NaiveDate,
    reading: Reading,
    status: Status,
    note: String,
    author: Option<String>,
    /// What pace expected on that day, in the key result's own terms.
    pace: Option<f64>,
}

fn build(ws: &Workspace, id: &KeyResultId, today: chrono::NaiveDate) -> Option<View> {
    let kr = ws.key_result(id)?.clone();
    let objective = ws.objective(&kr.objective)?;
    let period = ws.period(&objective.period)?.clone();
    // One list of the check-ins serves the history, the chart, the status
    // and whether the key result is due.
    let check_ins = ws.check_ins_of(id);
    let latest = check_ins.last().copied();
    let status_source = match latest {
        Some(c) => text::key_result_page::status_chosen(&day(c.date)),
        None => text::key_result_page::STATUS_SUGGESTED.to_owned(),
    };
    let due = ws.due_of(&kr, latest, today).map(|d| match d.last {
        Some(_) => text::key_result_page::due_for_check_in(&d.days),
        None => text::key_result_page::DUE_NO_CHECK_IN_YET.to_owned(),
    });
    let history = check_ins
        .iter()
        .rev()
        .map(|c| HistoryRow {
            id: c.id.clone(),
            date: c.date,
            reading: c.reading,
            status: c.status,
            note: c.note.clone(),
            author: c.author.as_ref().map(|a| ws.person_name(a).to_owned()),
            pace: ws.expected_value(&kr, c.date),
        })
        .collect();
    let link_to = |k: &KeyResult| {
        let period = ws
            .objective(&k.objective)
            .and_then(|o| ws.period(&o.period))
            .map_or("", |p| p.name.as_str());
        (
            format!("{} ({period})", k.title),
            crate::ui::route::Route::from(Page::KeyResult(k.id.clone())).href(),
        )
    };
    Some(View {
        objective_title: objective.title.clone(),
        objective_href: objective_href(&objective.id, &objective.period),
        unit: ws
            .unit(&objective.unit)
            .map(|u| u.name.clone())
            .unwrap_or_default(),
        lead: kr.lead.as_ref().map_or_else(
            || text::common::NO_LEAD.to_owned(),
            |l| ws.person_name(l).to_owned(),
        ),
        closed: period.closed,
        progress: kr.measure.progress(),
        expected: ws.expected_progress(&kr, today),
        status: ws.key_result_status_given(&kr, latest, today),
        status_source,
        due,
        history,
        series: value_series(&check_ins),
        pace_end: ws.expected_value(&kr, period.end),
        rolled_from: kr
            .rolled_from
            .as_ref()
            .and_then(|r| ws.key_result(r))
            .map(link_to),
        rolled_to: ws.rolled_copies(id).map(link_to).collect(),
        period,
        kr,
    })
}

#[component]
fn KeyResultView(id: KeyResultId) -> impl IntoView {
    let state = expect_context::<Document>();
    let today = clock::today();
    let page = {
        let id = id.clone();
        Memo::new(move |_| state.with(|ws| build(ws, &id, today)))
    };
    // A form left with unsaved input when the page was reloaded opens again:
    // a new check-in is kept under the key result, an edit under the check-in.
    let drafts = expect_context::<Drafts>();
    let check_in_draft = drafts.waiting("check-in");
    let checking_in = RwSignal::new(check_in_draft.as_deref() == Some(id.as_str()));
    let editing_check_in = RwSignal::new(
        check_in_draft
            .filter(|t| t != id.as_str())
            .map(|t| CheckInId::from(t.as_str())),
    );
    let editing_kr = RwSignal::new(drafts.waiting("key-result").is_some());
    let closed = move || page.with(|p| p.as_ref().is_some_and(|p| p.closed));
    let kr_id = id.clone();
    let form_kr = id.clone();
    let objective_of = move || page.with_untracked(|p| p.as_ref().map(|p| p.kr.objective.clone()));

    view! {
        <nav class="breadcrumb" aria-label=text::common::BREADCRUMB>
            {move || {
                page.with(|p| {
                    p.as_ref()
                        .map(|p| {
                            view! {
                                <span>{p.unit.clone()}</span>
                                <span aria-hidden="true">" › "</span>
                                <a href=p.objective_href.clone()>{p.objective_title.clone()}</a>
                            }
                        })
                })
            }}
        </nav>
        <div class="page-head">
            <div>
                <h1 tabindex="-1">
                    {move || page.with(|p| p.as_ref().map(|p| p.kr.title.clone()))}
                </h1>
                <p class="muted">
                    {move || {
                        page.with(|p| {
                            p.as_ref()
                                .map(|p| text::key_result_page::subtitle(
                                    &p.unit,
                                    &p.period.name,
                                    &p.lead,
                                ))
                        })
                    }} " "
                    {move || {
                        page.with(|p| {
                            p.as_ref()
                                .map(|p| view! { <CommitmentTag commitment=p.kr.commitment /> })
                        })
                    }}
                </p>
            </div>
            <Show when=move || !closed()>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| checking_in.set(true)>
                        {text::common::CHECK_IN}
                    </button>
                    <button type="button" on:click=move |_| editing_kr.set(true)>
                        {text::common::EDIT}
                    </button>
                </div>
            </Show>
        </div>
        <Show when=closed>
            <p class="hint-box" role="note">
                {move || {
                    page.with(|p| {
                        p.as_ref().map(|p| text::key_result_page::period_closed(&p.period.name))
                    })
                }}
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
        {move || {
            page.with(|p| p.as_ref().map(|p| p.rolled_to.clone()))
                .unwrap_or_default()
                .into_iter()
                .map(|(title, href)| {
                    view! {
                        <p class="rolled-note">
                            {text::key_result_page::ROLLED_OVER_INTO} <a href=href>{title}</a>
                        </p>
                    }
                })
                .collect_view()
        }}

        <section class="objective-summary" aria-label=text::common::PROGRESS>
            {move || {
                page.get()
                    .map(|p| {
                        let label = text::key_result_page::progress_of(&p.kr.title);
                        view! {
                            <p class="kr-values">{describe_measure(&p.kr.measure).1}</p>
                            <ProgressBar progress=p.progress expected=p.expected label />
                            <StatusBadge status=p.status />
                            <span class="muted status-note">{p.status_source.clone()}</span>
                            {p
                                .due
                                .clone()
                                .map(|d| {
                                    view! {
                                        <p class="due-note">
                                            <span aria-hidden="true">"⏰ "</span>
                                            {d}
                                        </p>
                                    }
                                })}
                        }
                    })
            }}
        </section>

        <KeyResultChart page=page />

        <section aria-labelledby="history-heading">
            <div class="section-head">
                <h2 id="history-heading">
                    {move || text::key_result_page::check_ins_heading(
                        &page.with(|p| p.as_ref().map_or(0, |p| p.history.len())),
                    )}
                </h2>
            </div>
            <Show
                when=move || page.with(|p| p.as_ref().is_some_and(|p| !p.history.is_empty()))
                fallback=|| view! { <p class="muted">{text::key_result_page::NO_CHECK_INS_YET}</p> }
            >
                <ol class="history">
                    <For
                        each=move || {
                            page.with(|p| {
                                p.as_ref()
                                    .map(|p| {
                                        p.history.iter().map(|h| h.id.clone()).collect::<Vec<_>>()
                                    })
                                    .unwrap_or_default()
                            })
                        }
                        key=|id| id.clone()
                        let:check_in
                    >
                        {
                            let entry = Memo::new(move |_| {
                                page.with(|p| {
                                    let p = p.as_ref()?;
                                    let i = p.history.iter().position(|h| h.id == check_in)?;
                                    Some((
                                        p.kr.measure.unit().to_owned(),
                                        p.closed,
                                        i == 0,
                                        p.history[i].clone(),
                                    ))
                                })
                            });
                            move || {
                                entry
                                    .get()
                                    .map(|(unit, closed, latest, row)| {
                                        let edit_id = row.id.clone();
                                        let delete_id = row.id.clone();
                                        // One memo per row, so a new check-in re-renders only
                                        // its own row and the one that stops being the latest.
                                        view! {
                                            <li class="history-item">
                                                <div class="history-head">
                                                    <strong>{reading_text(row.reading, &unit)}</strong>
                                                    <StatusBadge status=Some(row.status) />
                                                    <span class="muted">
                                                        {day(row.date)}
                                                        {row.author.clone().map(|a| format!(" · {a}"))}
                                                    </span>
                                                </div>
                                                {(!row.note.is_empty())
                                                    .then(|| {
                                                        view! { <p class="history-note">{row.note.clone()}</p> }
                                                    })}
                                                // Every check-in stays correctable: a late entry with a
                                                // wrong past date is never the latest one.
                                                {(!closed)
                                                    .then(|| {
                                                        let which = if latest {
                                                            text::key_result_page::LATEST_CHECK_IN.to_owned()
                                                        } else {
                                                            text::key_result_page::check_in_of(&day(row.date))
                                                        };
                                                        view! {
                                                            <div class="actions">
                                                                <button
                                                                    type="button"
                                                                    class="small"
                                                                    aria-label=text::key_result_page::edit_check_in(&which)
                                                                    on:click=move |_| {
                                                                        editing_check_in.set(Some(edit_id.clone()))
                                                                    }
                                                                >
                                                                    {text::common::EDIT}
                                                                </button>
                                                                <button
                                                                    type="button"
                                                                    class="small"
                                                                    aria-label=text::key_result_page::delete_check_in(&which)
                                                                    on:click=move |_| {
                                                                        let id = delete_id.clone();
                                                                        state
                                                                            .edit_with_undo(move |ws| {
                                                                                ws.delete_check_in(&id)?;
                                                                                Ok(text::key_result_page::CHECK_IN_DELETED.to_owned())
                                                                            });
                                                                    }
                                                                >
                                                                    {text::common::DELETE}
                                                                </button>
                                                            </div>
                                                        }
                                                    })}
                                            </li>
                                        }
                                    })
                            }
                        }
                    </For>
                </ol>
            </Show>
        </section>

        <Initiatives key_result=kr_id.clone() closed=Signal::derive(closed) />
        <GradeSection key_result=kr_id.clone() />

        <Modal
            open=Signal::derive(move || checking_in.get() || editing_check_in.with(Option::is_some))
            on_cancel=Callback::new(move |()| {
                checking_in.set(false);
                editing_check_in.set(None);
            })
            labelled_by="checkin-form-title"
        >
            {
                let id = id.clone();
                move || {
                    view! {
                        <CheckInForm
                            key_result=id.clone()
                            editing=editing_check_in.get_untracked()
                            on_done=Callback::new(move |_| {
                                checking_in.set(false);
                                editing_check_in.set(None);
                            })
                        />
                    }
                }
            }
        </Modal>
        <Modal
            open=editing_kr
            on_cancel=Callback::new(move |()| editing_kr.set(false))
            labelled_by="kr-form-title"
        >
            {
                let form_kr = form_kr.clone();
                move || {
                    objective_of()
                        .map(|objective| {
                            view! {
                                <KeyResultForm
                                    objective
                                    editing=Some(form_kr.clone())
                                    on_done=Callback::new(move |_| editing_kr.set(false))
                                />
                            }
                        })
                }
            }
        </Modal>
    }
}

/// The line of checked-in values against the ideal pace and the target.
#[component]
fn KeyResultChart(page: Memo<Option<View>>) -> impl IntoView {
    let today = clock::today();
    move || {
        let p = page.get()?;
        if p.series.is_empty() {
            return Some(
                view! {
                    <section aria-labelledby="chart-heading">
                        <h2 id="chart-heading">{text::key_result_page::PROGRESS_OVER_TIME}</h2>
                        <p class="muted">{text::key_result_page::NO_CHART_YET}</p>
                    </section>
                }
                .into_any(),
            );
        }
        let unit = p.kr.measure.unit().to_owned();
        let check_ins = p
            .history
            .iter()
            .rev()
            .map(|h| text::common::value_on(&reading_text(h.reading, &unit), &day(h.date)))
            .collect::<Vec<_>>()
            .join(", ");
        let (start, target, guide, desc, show): (f64, f64, _, _, fn(f64, &str) -> String) =
            match p.kr.measure {
                Measure::Metric { start, target, .. }
                | Measure::Percentage { start, target, .. } => (
                    start,
                    target,
                    p.pace_end.map(|end| Guide {
                        from: (p.period.start, start),
                        to: (p.period.end, end),
                    }),
                    {
                        let (start, from) = (show_value(start, &unit), day(p.period.start));
                        let (target, by) = (show_value(target, &unit), day(p.period.end));
                        match p.pace_end {
                            Some(pace_end) => text::key_result_page::metric_chart_desc_with_pace(
                                &start,
                                &from,
                                &target,
                                &by,
                                &show_value(pace_end, &unit),
                                &check_ins,
                            ),
                            None => text::key_result_page::metric_chart_desc(
                                &start, &from, &target, &by, &check_ins,
                            ),
                        }
                    },
                    show_value,
                ),
                Measure::Milestone { .. } => (
                    0.0,
                    1.0,
                    None,
                    text::key_result_page::milestone_chart_desc(&p.period.name, &check_ins),
                    |v, _| {
                        if v >= 0.5 {
                            text::common::DONE.to_owned()
                        } else {
                            text::common::NOT_DONE.to_owned()
                        }
                    },
                ),
            };
        let mut points = p.series.clone();
        points.insert(0, (p.period.start, start));
        let table = ChartTable {
            headers: [
                text::common::DATE,
                text::common::VALUE,
                text::common::IDEAL_PACE,
                text::common::STATUS,
            ]
            .map(str::to_owned)
            .to_vec(),
            rows: p
                .history
                .iter()
                .rev()
                .map(|h| {
                    vec![
                        day(h.date),
                        reading_text(h.reading, &unit),
                        h.pace
                            .map(|v| show_value(v, &unit))
                            .unwrap_or_else(|| "—".to_owned()),
                        h.status.label().to_owned(),
                    ]
                })
                .collect(),
        };
        Some(
            view! {
                <section aria-labelledby="chart-heading">
                    <h2 id="chart-heading">{text::key_result_page::PROGRESS_OVER_TIME}</h2>
                    <LineChart
                        id="kr-chart".to_owned()
                        title=text::key_result_page::chart_title(&p.kr.title, &p.period.name)
                        desc
                        from=p.period.start
                        to=p.period.end
                        points
                        guide
                        target=Some(target)
                        today=Some(today)
                        show
                        unit
                        table
                    />
                </section>
            }
            .into_any(),
        )
    }
}

/// Initiatives: the work moving this key result.
#[component]
fn Initiatives(key_result: KeyResultId, #[prop(into)] closed: Signal<bool>) -> impl IntoView {
    let state = expect_context::<Document>();
    let list = {
        let id = key_result.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                ws.initiatives_of(&id)
                    .into_iter()
                    .map(|i| {
                        (
                            i.id.clone(),
                            i.title.clone(),
                            i.status,
                            i.lead.as_ref().map(|l| ws.person_name(l).to_owned()),
                            i.safe_link().map(str::to_owned),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let waiting = expect_context::<Drafts>().waiting_for::<InitiativeId>("initiative");
    let adding = RwSignal::new(waiting == Some(None));
    let editing = RwSignal::new(waiting.flatten());
    view! {
        <section aria-labelledby="initiatives-heading">
            <div class="section-head">
                <h2 id="initiatives-heading">{text::common::INITIATIVES}</h2>
                <Show when=move || !closed.get()>
                    <button type="button" on:click=move |_| adding.set(true)>
                        {text::common::ADD_INITIATIVE}
                    </button>
                </Show>
            </div>
            <Show
                when=move || list.with(|l| !l.is_empty())
                fallback=|| {
                    view! { <p class="muted">{text::key_result_page::NO_INITIATIVES_YET}</p> }
                }
            >
                <ul class="initiative-list">
                    // Keyed by id with a memo per row: editing one initiative
                    // patches its own row, so focus can return to its Edit button.
                    <For
                        each=move || {
                            list.with(|l| l.iter().map(|row| row.0.clone()).collect::<Vec<_>>())
                        }
                        key=|id| id.clone()
                        let:initiative
                    >
                        {
                            let row = Memo::new(move |_| {
                                list.with(|l| l.iter().find(|row| row.0 == initiative).cloned())
                            });
                            move || {
                                row.get()
                                    .map(|(id, title, status, lead, link)| {
                                        let edit_id = id.clone();
                                        let delete_id = id.clone();
                                        let name = title.clone();
                                        view! {
                                            <li class="initiative">
                                                <span class=format!(
                                                    "pill pill-{}",
                                                    status.slug(),
                                                )>{status.label()}</span>
                                                {match link {
                                                    Some(href) => {
                                                        view! {
                                                            <a href=href rel="noopener noreferrer" target="_blank">
                                                                {title.clone()}
                                                            </a>
                                                        }
                                                            .into_any()
                                                    }
                                                    None => view! { <span>{title.clone()}</span> }.into_any(),
                                                }}
                                                {lead
                                                    .map(|l| {
                                                        view! { <span class="muted">{format!(" · {l}")}</span> }
                                                    })}
                                                <Show when=move || !closed.get()>
                                                    <span class="actions">
                                                        <button
                                                            type="button"
                                                            class="small"
                                                            aria-label=text::key_result_page::edit_initiative(&name)
                                                            on:click={
                                                                let id = edit_id.clone();
                                                                move |_| editing.set(Some(id.clone()))
                                                            }
                                                        >
                                                            {text::common::EDIT}
                                                        </button>
                                                        <button
                                                            type="button"
                                                            class="small"
                                                            aria-label=text::key_result_page::delete_initiative(&name)
                                                            on:click={
                                                                let id = delete_id.clone();
                                                                move |_| {
                                                                    let id = id.clone();
                                                                    state
                                                                        .edit_with_undo(move |ws| {
                                                                            ws.delete_initiative(&id)?;
                                                                            Ok(text::key_result_page::INITIATIVE_DELETED.to_owned())
                                                                        });
                                                                }
                                                            }
                                                        >
                                                            {text::common::DELETE}
                                                        </button>
                                                    </span>
                                                </Show>
                                            </li>
                                        }
                                    })
                            }
                        }
                    </For>
                </ul>
            </Show>
            <Modal
                open=Signal::derive(move || adding.get() || editing.with(Option::is_some))
                on_cancel=Callback::new(move |()| {
                    adding.set(false);
                    editing.set(None);
                })
                labelled_by="initiative-form-title"
            >
                {
                    let key_result = key_result.clone();
                    move || {
                        view! {
                            <InitiativeForm
                                key_result=key_result.clone()
                                editing=editing.get_untracked()
                                on_done=Callback::new(move |_| {
                                    adding.set(false);
                                    editing.set(None);
                                })
                            />
                        }
                    }
                }
            </Modal>
        </section>
    }
}

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
fn GradeSection(key_result: KeyResultId) -> impl IntoView {
    let state = expect_context::<Document>();
    let notices = expect_context::<Notices>();
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
        move || {
            let id = id.clone();
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
                    .validate(info.with_untracked(|i| i.as_ref().map_or(0.0, |i| i.suggested)))
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
                            label=text::key_result_page::SCORE_LABEL
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
    };
    view! {
        <Show when=move || shown.get()>
            <section aria-labelledby="grade-heading" class="grade-section">
                <h2 id="grade-heading">{text::key_result_page::END_OF_PERIOD}</h2>
                <p class="muted">
                    {move || text::key_result_page::suggested_score(suggested())}
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
                                                text::key_result_page::graded_score(g.score)
                                            }
                                            Some(g) => {
                                                text::key_result_page::graded_score_because(
                                                    g.score,
                                                    &g.reason,
                                                )
                                            }
                                            None => text::key_result_page::not_graded(i.suggested),
                                        }}
                                    </p>
                                    {i
                                        .grade
                                        .as_ref()
                                        .filter(|g| !g.learning.is_empty())
                                        .map(|g| {
                                            view! {
                                                <p>
                                                    {if g.experiment {
                                                        text::key_result_page::EXPERIMENT_LEARNED
                                                    } else {
                                                        text::key_result_page::LEARNED
                                                    }}{g.learning.clone()}
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
