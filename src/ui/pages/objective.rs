//! An objective's page: its key results and progress, what it ladders up to,
//! the objectives aligned to it, its dependencies, and editing in place.

use crate::domain::coach::Subject;
use crate::domain::{Alignment, KeyResultId, ObjectiveId, Reflection, Status, WorkRef};
use crate::text;
use crate::ui::components::{
    ChartTable, CoachMark, CoachPanel, CoachScope, CommitmentTag, ConfirmDialog, DependencyList,
    Modal, NotFound, ObjectiveCard, ProgressBar, Sparkline, StatusBadge, WorkLink, children_note,
    coach_findings, work_link,
};
use crate::ui::drafts::Drafts;
use crate::ui::format::{describe_measure, percent};
use crate::ui::forms::{CheckInForm, KeyResultForm, ObjectiveForm};
use crate::ui::route::{Page, Route};
use crate::ui::router::Router;
use crate::ui::state::Document;
use crate::ui::summary::summarize;
use crate::ui::{clock, summary::objective_href};
use leptos::prelude::*;

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

/// A key result as its row shows it.
#[derive(Clone, PartialEq, Debug)]
struct KeyResultRow {
    id: KeyResultId,
    title: String,
    kind: &'static str,
    values: String,
    lead: String,
    weight: f64,
    progress: Option<f64>,
    /// Where pace expects it today, for its commitment.
    expected: Option<f64>,
    commitment: crate::domain::Commitment,
    status: Option<Status>,
    /// Set once the period has ended: the graded or suggested score.
    score: Option<(f64, bool)>,
    href: String,
}

#[component]
fn ObjectiveView(
    /// The objective to show; it exists.
    id: ObjectiveId,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let today = clock::today();
    let objective = {
        let id = id.clone();
        Memo::new(move |_| state.with(|ws| ws.objective(&id).cloned()))
    };
    let summary = {
        let id = id.clone();
        Memo::new(move |_| state.with(|ws| summarize(ws, &id, today)))
    };
    let key_results = {
        let id = id.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                let ended = ws
                    .objective(&id)
                    .is_some_and(|o| ws.can_roll_over(&o.period, today));
                ws.key_results_of(&id)
                    .into_iter()
                    .map(|kr| {
                        let (kind, values) = describe_measure(&kr.measure);
                        KeyResultRow {
                            id: kr.id.clone(),
                            title: kr.title.clone(),
                            kind,
                            values,
                            lead: kr.lead.as_ref().map_or_else(
                                || text::common::NO_LEAD.to_owned(),
                                |l| ws.person_name(l).to_owned(),
                            ),
                            weight: kr.weight,
                            progress: kr.measure.progress(),
                            expected: ws.expected_progress(kr, today),
                            commitment: kr.commitment,
                            status: ws.key_result_status(kr, today),
                            score: ended.then(|| (ws.key_result_score(kr), kr.grade.is_some())),
                            href: Route::from(Page::KeyResult(kr.id.clone())).href(),
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let coach = {
        let scope = Some(CoachScope::Objective(id.clone()));
        coach_findings(Signal::derive(move || scope.clone()))
    };
    let children = {
        let id = id.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                ws.aligned_children(&id)
                    .into_iter()
                    .filter_map(|c| summarize(ws, &c.id, today))
                    .collect::<Vec<_>>()
            })
        })
    };
    let meta = {
        let id = id.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                let o = ws.objective(&id)?;
                let unit = ws.unit(&o.unit);
                let path: Vec<(String, String)> = ws
                    .unit_path(&o.unit)
                    .iter()
                    .map(|u| (u.id.to_string(), u.name.clone()))
                    .collect();
                let parent = match ws.alignment(o) {
                    Alignment::Aligned(p) => ws
                        .objective(&p)
                        .map(|p| (p.title.clone(), objective_href(&p.id, &p.period))),
                    _ => None,
                };
                let contributors: Vec<&str> =
                    o.contributors.iter().map(|c| ws.person_name(c)).collect();
                Some((
                    path,
                    unit.map(|u| u.kind.label()).unwrap_or_default(),
                    ws.period(&o.period)
                        .map(|p| p.name.clone())
                        .unwrap_or_default(),
                    contributors.join(", "),
                    parent,
                ))
            })
        })
    };
    // Both sides of every link that touches this objective or its key
    // results: what it waits on (removable here) and what needs it.
    let dependencies = {
        let id = id.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                let sides = ws.dependencies_of_objective(&id);
                let waits_on: Vec<_> = sides
                    .waits_on
                    .into_iter()
                    .filter_map(|d| {
                        let (from, to) = (work_link(ws, &d.from)?, work_link(ws, &d.to)?);
                        Some((d.from, d.to, from, to))
                    })
                    .collect();
                let needed_by: Vec<_> = sides
                    .needed_by
                    .iter()
                    .filter_map(|d| Some((work_link(ws, &d.to)?, work_link(ws, &d.from)?)))
                    .collect();
                (waits_on, needed_by)
            })
        })
    };

    let closed = {
        let id = id.clone();
        Memo::new(move |_| state.with(|ws| ws.is_closed(&id)))
    };
    let spark = {
        let id = id.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                let o = ws.objective(&id)?;
                let p = ws.period(&o.period)?;
                let points = ws.progress_series(&id);
                (points.len() >= 2).then(|| {
                    let day = crate::ui::format::day;
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
                    let pace_end = ws.objective_expected_progress(&id, p.end).unwrap_or(1.0);
                    (points, p.start, p.end, pace_end, desc, table)
                })
            })
        })
    };
    let rolled_from = {
        let id = id.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                let origin = ws.objective(&id)?.rolled_from.as_ref()?;
                let o = ws.objective(origin)?;
                let period = ws.period(&o.period).map_or("", |p| p.name.as_str());
                Some((
                    format!("{} ({period})", o.title),
                    objective_href(&o.id, &o.period),
                ))
            })
        })
    };
    // A form left with unsaved input when the page was reloaded opens again.
    let drafts = expect_context::<Drafts>();
    let checking_in = RwSignal::new(
        drafts
            .waiting("check-in")
            .map(|kr| KeyResultId::from(kr.as_str())),
    );
    let editing = RwSignal::new(drafts.waiting("objective").is_some());
    let kr_draft = drafts.waiting_for::<KeyResultId>("key-result");
    let adding_kr = RwSignal::new(kr_draft == Some(None));
    let editing_kr = RwSignal::new(kr_draft.flatten());
    let confirming_delete = RwSignal::new(false);

    let archive = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            state.edit_with_undo(move |ws| {
                let archived = ws.objective(&id).is_some_and(|o| o.archived);
                let unaligned: Vec<String> = ws
                    .aligned_children(&id)
                    .iter()
                    .map(|c| format!("“{}”", c.title))
                    .collect();
                ws.set_objective_archived(&id, !archived)?;
                Ok(match (archived, unaligned.is_empty()) {
                    (true, _) => text::objective_page::OBJECTIVE_RESTORED.to_owned(),
                    (false, true) => text::objective_page::OBJECTIVE_ARCHIVED.to_owned(),
                    (false, false) => {
                        text::objective_page::archived_now_unaligned(&unaligned.join(", "))
                    }
                })
            });
        }
    };
    let delete_now = {
        let id = id.clone();
        move || {
            confirming_delete.set(false);
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
                let unaligned = (!removal.unaligned.is_empty()).then(|| {
                    removal
                        .unaligned
                        .iter()
                        .filter_map(|c| ws.objective(c))
                        .map(|c| format!("“{}”", c.title))
                        .collect::<Vec<_>>()
                        .join(", ")
                });
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
        let id = id.clone();
        let delete_now = delete_now.clone();
        move |_| {
            let takes_others = state.with_untracked(|ws| {
                !ws.key_results_of(&id).is_empty() || !ws.aligned_children(&id).is_empty()
            });
            if takes_others {
                confirming_delete.set(true);
            } else {
                delete_now();
            }
        }
    };
    let delete_question = {
        let id = id.clone();
        Signal::derive(move || {
            state.with(|ws| {
                let krs = ws.key_results_of(&id).len();
                let kids = ws.aligned_children(&id).len();
                let key_results = (krs > 0).then(|| text::counts::key_results(krs));
                let aligned = (kids > 0).then(|| text::counts::objectives(kids));
                text::objective_page::delete_body(key_results.as_deref(), aligned.as_deref())
            })
        })
    };
    let title_for_dialog = Signal::derive(move || {
        objective.with(|o| {
            o.as_ref()
                .map(|o| text::objective_page::delete_title(&o.title))
                .unwrap_or_default()
        })
    });

    let kr_done = Callback::new(move |_saved: bool| {
        adding_kr.set(false);
        editing_kr.set(None);
    });
    let objective_id = id.clone();
    let form_id = id.clone();

    view! {
        <nav class="breadcrumb" aria-label=text::common::BREADCRUMB>
            {move || {
                meta.get()
                    .map(|(path, ..)| {
                        path.into_iter()
                            .enumerate()
                            .map(|(i, (uid, name))| {
                                view! {
                                    {(i > 0)
                                        .then_some(
                                            view! { <span aria-hidden="true">" › "</span> },
                                        )}
                                    <a href=move || {
                                        router
                                            .with(|r| r.to(Page::Unit(uid.as_str().into())).href())
                                    }>{name}</a>
                                }
                            })
                            .collect_view()
                    })
            }}
        </nav>
        <div class="page-head">
            <div>
                <h1 tabindex="-1">
                    {move || objective.with(|o| o.as_ref().map(|o| o.title.clone()))}
                </h1>
                <p class="muted">
                    {move || {
                        meta.get()
                            .map(|(path, kind, period, contributors, _)| {
                                let owner = path.last().map(|(_, n)| n.clone()).unwrap_or_default();
                                let mut line = format!("{kind}: {owner} · {period}");
                                if let Some(lead) = summary
                                    .with(|s| s.as_ref().map(|s| s.lead.clone()))
                                {
                                    line.push_str(&text::objective_page::subtitle_lead(&lead));
                                }
                                if !contributors.is_empty() {
                                    line.push_str(
                                        &text::objective_page::subtitle_contributors(&contributors),
                                    );
                                }
                                line
                            })
                    }}
                    {move || {
                        objective
                            .with(|o| o.as_ref().is_some_and(|o| o.archived))
                            .then_some(text::common::ARCHIVED_SUFFIX)
                    }}
                </p>
                {move || {
                    objective
                        .with(|o| o.as_ref().and_then(|o| o.owner.clone()))
                        .map(|owner| {
                            let (name, on) = state
                                .with(|ws| (
                                    ws.person_name(&owner).to_owned(),
                                    ws.settings.individual_goals,
                                ));
                            let href = Route::from(Page::Person(owner)).href();
                            view! {
                                <p class="tag-line">
                                    <span class="unit-badge">{text::common::INDIVIDUAL}</span>
                                    " "
                                    {text::objective_page::INDIVIDUAL_GOAL_OF}
                                    <a href=href>{name}</a>
                                    "."
                                    {(!on).then_some(text::objective_page::INDIVIDUAL_GOALS_OFF)}
                                </p>
                            }
                        })
                }}
            </div>
            <div class="actions" hidden=move || closed.get()>
                <button type="button" on:click=move |_| editing.set(true)>
                    {text::common::EDIT}
                </button>
                <button type="button" on:click=archive>
                    {move || {
                        if objective.with(|o| o.as_ref().is_some_and(|o| o.archived)) {
                            text::common::RESTORE
                        } else {
                            text::common::ARCHIVE
                        }
                    }}
                </button>
                <button type="button" class="danger" on:click=delete>
                    {text::common::DELETE}
                </button>
            </div>
        </div>

        <Show when=move || closed.get()>
            <p class="hint-box" role="note">
                {text::objective_page::PERIOD_CLOSED}
            </p>
        </Show>
        {move || {
            rolled_from
                .get()
                .map(|(title, href)| {
                    view! {
                        <p class="rolled-note">
                            {text::common::ROLLED_OVER_FROM} <a href=href>{title}</a>
                        </p>
                    }
                })
        }}
        <section class="objective-summary" aria-label=text::common::PROGRESS>
            {move || {
                summary
                    .get()
                    .map(|s| {
                        let label = text::objective_page::progress_of(&s.title);
                        view! {
                            <ProgressBar progress=s.progress() expected=s.pace() label />
                            <StatusBadge status=s.status />
                            <span class="muted status-note">
                                {s.pace().map(|p| text::objective_page::pace_note(&percent(p)))}
                            </span>
                        }
                    })
            }}
            {move || {
                spark
                    .get()
                    .map(|(points, from, to, pace_end, desc, table)| {
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
                    })
            }}
            <p class="alignment-line">
                {move || match meta.get().and_then(|m| m.4) {
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
                objective
                    .with(|o| o.as_ref().map(|o| o.description.clone()))
                    .filter(|d| !d.is_empty())
                    .map(|d| view! { <p class="description">{d}</p> })
            }}
        </section>

        <section aria-labelledby="key-results-heading">
            <div class="section-head">
                <h2 id="key-results-heading">
                    {move || text::objective_page::key_results_heading(&key_results.with(Vec::len))}
                </h2>
                <Show when=move || !closed.get()>
                    <button type="button" class="primary" on:click=move |_| adding_kr.set(true)>
                        {text::common::ADD_KEY_RESULT}
                    </button>
                </Show>
            </div>
            <CoachPanel findings=coach here=id.clone() heading_id="coach-heading" />
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
                                    .map(|kr| {
                                        let edit_id = kr.id.clone();
                                        let delete_id = kr.id.clone();
                                        let check_id = kr.id.clone();
                                        let coached = Subject::KeyResult(kr.id.clone());
                                        let is_closed = closed.get();
                                        let label = text::objective_page::progress_of(&kr.title);
                                        // Keyed by id with a memo per row: editing one key
                                        // result re-renders its row only.
                                        view! {
                                            <li class="kr">
                                                <div class="kr-head">
                                                    <h3>
                                                        <a href=kr.href.clone()>{kr.title.clone()}</a>
                                                    </h3>
                                                    <CoachMark findings=coach subject=coached />
                                                    <CommitmentTag commitment=kr.commitment />
                                                    <StatusBadge status=kr.status />
                                                    {kr
                                                        .score
                                                        .map(|(score, graded)| {
                                                            view! {
                                                                <span class=format!(
                                                                    "score score-{}",
                                                                    crate::domain::Band::of(score).slug(),
                                                                )>
                                                                    {text::objective_page::score(score)}
                                                                    {(!graded).then_some(text::common::SUGGESTED_SUFFIX)}
                                                                </span>
                                                            }
                                                        })}
                                                </div>
                                                <p class="kr-values">
                                                    {format!("{}: {}", kr.kind, kr.values)}
                                                </p>
                                                <p class="muted kr-meta">
                                                    {text::objective_page::key_result_lead(&kr.lead)}
                                                    {(kr.weight != 1.0)
                                                        .then(|| text::objective_page::weight(&kr.weight))}
                                                </p>
                                                <ProgressBar
                                                    progress=kr.progress
                                                    expected=kr.expected
                                                    label
                                                />
                                                <div class="actions" hidden=is_closed>
                                                    <button
                                                        type="button"
                                                        class="small"
                                                        aria-label=text::objective_page::check_in_on(&kr.title)
                                                        on:click=move |_| checking_in.set(Some(check_id.clone()))
                                                    >
                                                        {text::common::CHECK_IN}
                                                    </button>
                                                    <button
                                                        type="button"
                                                        class="small"
                                                        aria-label=text::objective_page::edit_key_result(&kr.title)
                                                        on:click=move |_| editing_kr.set(Some(edit_id.clone()))
                                                    >
                                                        {text::common::EDIT}
                                                    </button>
                                                    <button
                                                        type="button"
                                                        class="small"
                                                        aria-label=text::objective_page::delete_key_result(
                                                            &kr.title,
                                                        )
                                                        on:click=move |_| {
                                                            let id = delete_id.clone();
                                                            state
                                                                .edit_with_undo(move |ws| {
                                                                    let title = ws
                                                                        .key_result(&id)
                                                                        .map(|k| k.title.clone())
                                                                        .unwrap_or_default();
                                                                    let waiting = ws
                                                                        .dependencies()
                                                                        .iter()
                                                                        .filter(|d| d.to == WorkRef::KeyResult(id.clone()))
                                                                        .count();
                                                                    ws.delete_key_result(&id)?;
                                                                    Ok(
                                                                        if waiting > 0 {
                                                                            text::objective_page::key_result_deleted_with_dependencies(
                                                                                &title,
                                                                                &text::counts::dependencies(waiting),
                                                                            )
                                                                        } else {
                                                                            text::objective_page::key_result_deleted(&title)
                                                                        },
                                                                    )
                                                                });
                                                        }
                                                    >
                                                        {text::common::DELETE}
                                                    </button>
                                                </div>
                                            </li>
                                        }
                                    })
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>

        <ReflectionSection objective=objective_id.clone() closed=closed />

        <section aria-labelledby="children-heading">
            <h2 id="children-heading">{text::objective_page::ALIGNED_OBJECTIVES}</h2>
            <p class="muted">
                {move || {
                    summary
                        .with(|s| s.as_ref().and_then(|s| children_note(s.children)))
                        .map(|note| text::objective_page::aligned_progress_note(&note))
                        .unwrap_or_else(|| text::objective_page::NO_ALIGNED_OBJECTIVES.to_owned())
                }}
            </p>
            <div class="card-list">
                <For each=move || children.get() key=|s| s.clone() let:summary>
                    <ObjectiveCard summary />
                </For>
            </div>
        </section>

        <section aria-labelledby="dependencies-heading">
            <h2 id="dependencies-heading">{text::common::DEPENDENCIES}</h2>
            <WaitsOn items=Signal::derive(move || dependencies.get().0) />
            <DependencyList
                title=text::objective_page::NEEDED_BY
                items=Signal::derive(move || dependencies.get().1)
            />
            <AddDependency objective=objective_id.clone() />
        </section>

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
        <ConfirmDialog
            open=confirming_delete
            title=title_for_dialog
            body=delete_question
            confirm_label=text::objective_page::DELETE_OBJECTIVE
            on_confirm=Callback::new(move |()| delete_now())
            on_cancel=Callback::new(move |()| confirming_delete.set(false))
        />
    }
}

/// What this objective waits on, each removable.
#[component]
fn WaitsOn(
    /// (from, to, from link, to link) for each link that starts here.
    #[prop(into)]
    items: Signal<Vec<(WorkRef, WorkRef, WorkLink, WorkLink)>>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    view! {
        <Show when=move || items.with(|i| !i.is_empty())>
            <h3>{text::objective_page::WAITS_ON}</h3>
            <ul class="dependency-list">
                {move || {
                    items
                        .get()
                        .into_iter()
                        .map(|(from, to, ours, theirs)| {
                            view! {
                                <li>
                                    <a href=ours.href>{ours.title.clone()}</a>
                                    <span class="muted">
                                        {text::objective_page::WAITS_ON_INLINE}
                                    </span>
                                    <a href=theirs.href>{theirs.title.clone()}</a>
                                    <span class="unit-badge">{theirs.unit}</span>
                                    <button
                                        type="button"
                                        class="small"
                                        aria-label=text::objective_page::remove_dependency_on(
                                            &theirs.title,
                                        )
                                        on:click=move |_| {
                                            let (from, to) = (from.clone(), to.clone());
                                            state
                                                .edit_with_undo(move |ws| {
                                                    ws.remove_dependency(&from, &to)?;
                                                    Ok(text::objective_page::DEPENDENCY_REMOVED.to_owned())
                                                });
                                        }
                                    >
                                        {text::objective_page::REMOVE_DEPENDENCY}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}

/// Records that this objective, or one of its key results, waits on another unit's work.
#[component]
fn AddDependency(
    /// The objective whose page this is.
    objective: ObjectiveId,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let encode = |item: &WorkRef| match item {
        WorkRef::Objective(id) => format!("o:{id}"),
        WorkRef::KeyResult(id) => format!("k:{id}"),
    };
    let decode = |text: &str| match text.split_once(':') {
        Some(("o", id)) => Some(WorkRef::Objective(id.into())),
        Some(("k", id)) => Some(WorkRef::KeyResult(id.into())),
        _ => None,
    };
    let sources = {
        let objective = objective.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                let mut options = vec![(
                    encode(&WorkRef::Objective(objective.clone())),
                    text::objective_page::THIS_OBJECTIVE.to_owned(),
                )];
                options.extend(ws.key_results_of(&objective).into_iter().map(|kr| {
                    (
                        encode(&WorkRef::KeyResult(kr.id.clone())),
                        text::objective_page::key_result_option(&kr.title),
                    )
                }));
                options
            })
        })
    };
    let targets = {
        let objective = objective.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                let Some(own) = ws.objective(&objective) else {
                    return Vec::new();
                };
                let mut options = Vec::new();
                for o in ws.objectives_in(&own.period).filter(|o| o.unit != own.unit) {
                    let unit = ws.unit(&o.unit).map_or("", |u| u.name.as_str());
                    options.push((
                        encode(&WorkRef::Objective(o.id.clone())),
                        format!("{unit}: {}", o.title),
                    ));
                    for kr in ws.key_results_of(&o.id) {
                        options.push((
                            encode(&WorkRef::KeyResult(kr.id.clone())),
                            format!("{unit}: {} › {}", o.title, kr.title),
                        ));
                    }
                }
                options
            })
        })
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let source = from.get_untracked();
        let source = if source.is_empty() {
            sources
                .with_untracked(|s| s.first().map(|(v, _)| v.clone()))
                .unwrap_or_default()
        } else {
            source
        };
        let (Some(source), Some(target)) = (decode(&source), decode(&to.get_untracked())) else {
            error.set(Some(text::objective_page::WAITS_ON_REQUIRED.to_owned()));
            return;
        };
        match state.try_edit(|ws| ws.add_dependency(&source, target)) {
            Ok(()) => {
                error.set(None);
                to.set(String::new());
            }
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <Show
            when=move || targets.with(|t| !t.is_empty())
            fallback=|| view! { <p class="muted">{text::objective_page::NO_DEPENDENCY_TARGETS}</p> }
        >
            <form class="dependency-form" on:submit=add novalidate>
                <h3>{text::objective_page::ADD_DEPENDENCY_HEADING}</h3>
                <div class="field-row">
                    <div class="field">
                        <label for="dependency-from">
                            {text::objective_page::WHAT_WAITS_LABEL}
                        </label>
                        <select
                            id="dependency-from"
                            on:change:target=move |ev| from.set(ev.target().value())
                        >
                            {move || {
                                sources
                                    .get()
                                    .into_iter()
                                    .map(|(value, label)| {
                                        let chosen = from.with(|f| f == &value);
                                        view! {
                                            <option value=value selected=chosen>
                                                {label}
                                            </option>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <div class="field" class:invalid=move || error.with(Option::is_some)>
                        <label for="dependency-to">{text::objective_page::WAITS_ON_LABEL}</label>
                        <select
                            id="dependency-to"
                            aria-invalid=move || error.with(Option::is_some).then_some("true")
                            aria-describedby=move || {
                                error.with(Option::is_some).then_some("dependency-to-error")
                            }
                            on:change:target=move |ev| {
                                error.set(None);
                                to.set(ev.target().value())
                            }
                        >
                            <option value="" selected=move || to.with(String::is_empty)>
                                {text::objective_page::CHOOSE_PLACEHOLDER}
                            </option>
                            {move || {
                                targets
                                    .get()
                                    .into_iter()
                                    .map(|(value, label)| {
                                        let chosen = to.with(|t| t == &value);
                                        view! {
                                            <option value=value selected=chosen>
                                                {label}
                                            </option>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </select>
                        {move || {
                            error
                                .get()
                                .map(|e| {
                                    view! {
                                        <p class="field-error" id="dependency-to-error">
                                            {e}
                                        </p>
                                    }
                                })
                        }}
                    </div>
                </div>
                <button type="submit">{text::objective_page::ADD_DEPENDENCY}</button>
            </form>
        </Show>
    }
}

/// The end-of-period reflection: four questions about the work. An answer is
/// saved once typing pauses and when its field is left: one change per
/// pause, not one per keystroke, and nothing typed is lost to a reload.
#[component]
fn ReflectionSection(objective: ObjectiveId, closed: Memo<bool>) -> impl IntoView {
    let state = expect_context::<Document>();
    let today = clock::today();
    let shown = {
        let id = objective.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                ws.objective(&id)
                    .is_some_and(|o| ws.can_roll_over(&o.period, today) || !o.reflection.is_empty())
            })
        })
    };
    let answers = {
        let id = objective.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                ws.objective(&id)
                    .map(|o| o.reflection.answers().map(str::to_owned))
                    .unwrap_or_default()
            })
        })
    };
    view! {
        <Show when=move || shown.get()>
            <section aria-labelledby="reflection-heading">
                <h2 id="reflection-heading">{text::objective_page::REFLECTION}</h2>
                <p class="muted">{text::objective_page::REFLECTION_HINT}</p>
                {Reflection::QUESTIONS
                    .iter()
                    .enumerate()
                    .map(|(i, (field, name, question))| {
                        let input_id = format!("reflection-{field}");
                        let field = *field;
                        let id = StoredValue::new(objective.clone());
                        let typed_field = format!("reflection-{objective}-{field}");
                        view! {
                            <div class="field">
                                <label for=input_id
                                    .clone()>
                                    {*name}<span class="muted">{format!(" — {question}")}</span>
                                </label>
                                <textarea
                                    id=input_id
                                    rows="2"
                                    readonly=move || closed.get()
                                    prop:value=move || answers.with(|a| a[i].clone())
                                    on:input:target=move |ev| {
                                        let (text, id) = (ev.target().value(), id.get_value());
                                        state
                                            .edit_as_typed(
                                                typed_field.clone(),
                                                move |ws| ws.set_reflection(&id, field, &text),
                                            );
                                    }
                                    on:change=move |_| state.commit_typed()
                                ></textarea>
                            </div>
                        }
                    })
                    .collect_view()}
            </section>
        </Show>
    }
}
