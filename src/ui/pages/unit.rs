//! A unit's page: its objectives for the period and what each ladders up to,
//! its sub-units and people, and the dependencies that cross its borders.

use crate::domain::{ExportScope, ObjectiveId, UnitId, WorkRef};
use crate::text;
use crate::ui::components::{
    CoachPanel, CoachScope, DependencyList, KpiList, Modal, NotFound, ObjectiveCard,
    coach_findings, work_link,
};
use crate::ui::drafts::Drafts;
use crate::ui::format::day;
use crate::ui::forms::{ObjectiveForm, UnitForm};
use crate::ui::route::{Page, Route};
use crate::ui::router::Router;
use crate::ui::state::{Document, Exchange};
use crate::ui::summary::{objective_href, summarize};
use crate::ui::{SelectedPeriod, clock};
use leptos::prelude::*;

#[component]
pub fn UnitPage(
    /// The unit to show.
    id: UnitId,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let exists = {
        let id = id.clone();
        move || state.with(|ws| ws.unit(&id).is_some())
    };
    view! {
        <Show when=exists fallback=|| view! { <NotFound /> }>
            <UnitView id=id.clone() />
        </Show>
    }
}

#[component]
fn UnitView(
    /// The unit to show; it exists.
    id: UnitId,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let exchange = expect_context::<Exchange>();
    let router = expect_context::<Router>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let today = clock::today();
    let coach = {
        let id = id.clone();
        coach_findings(Signal::derive(move || {
            period.get().map(|p| CoachScope::Unit(id.clone(), p))
        }))
    };
    let unit = {
        let id = id.clone();
        Memo::new(move |_| state.with(|ws| ws.unit(&id).cloned()))
    };
    let path = {
        let id = id.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                ws.unit_path(&id)
                    .iter()
                    .map(|u| (u.id.clone(), u.name.clone()))
                    .collect::<Vec<_>>()
            })
        })
    };
    let objectives = {
        let id = id.clone();
        Memo::new(move |_| {
            let Some(p) = period.get() else {
                return (Vec::new(), Vec::new());
            };
            state.with(|ws| {
                let (archived, live): (Vec<_>, Vec<_>) = ws
                    .objectives
                    .iter()
                    .filter(|o| o.unit == id && o.period == p && o.owner.is_none())
                    .partition(|o| o.archived);
                let summaries = |list: Vec<&crate::domain::Objective>| {
                    list.into_iter()
                        .filter_map(|o| summarize(ws, &o.id, today))
                        .collect::<Vec<_>>()
                };
                (summaries(live), summaries(archived))
            })
        })
    };
    let sub_units = {
        let id = id.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                ws.sub_units(&id)
                    .map(|u| (u.id.clone(), u.name.clone(), u.kind.label(), u.archived))
                    .collect::<Vec<_>>()
            })
        })
    };
    let people = {
        let id = id.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                ws.people
                    .iter()
                    .filter(|p| p.unit.as_ref() == Some(&id))
                    .map(|p| match &p.role {
                        Some(role) => format!("{} ({role})", p.name),
                        None => p.name.clone(),
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    // Dependencies of this unit's objectives and key results in the period, both ways.
    let dependencies = {
        let id = id.clone();
        Memo::new(move |_| {
            let Some(p) = period.get() else {
                return (Vec::new(), Vec::new());
            };
            state.with(|ws| {
                let sides = ws.dependencies_of_unit(&id, &p);
                // (our side, their side) in both lists.
                let links = |ours: &WorkRef, theirs: &WorkRef| {
                    Some((work_link(ws, ours)?, work_link(ws, theirs)?))
                };
                (
                    sides
                        .waits_on
                        .iter()
                        .filter_map(|d| links(&d.from, &d.to))
                        .collect(),
                    sides
                        .needed_by
                        .iter()
                        .filter_map(|d| links(&d.to, &d.from))
                        .collect(),
                )
            })
        })
    };
    // Due for check-in in this unit and the units within it.
    let due = {
        let id = id.clone();
        Memo::new(move |_| {
            let Some(p) = period.get() else {
                return Vec::new();
            };
            state.with(|ws| {
                let units: Vec<UnitId> = ws
                    .units
                    .iter()
                    .filter(|u| ws.is_within(&u.id, &id))
                    .map(|u| u.id.clone())
                    .collect();
                ws.due_for_check_in(&p, &units, today)
                    .into_iter()
                    .filter_map(|d| {
                        let kr = ws.key_result(&d.key_result)?;
                        Some((
                            kr.title.clone(),
                            Route::from(Page::KeyResult(kr.id.clone())).href(),
                            match d.last {
                                Some(last) => text::unit_page::last_check_in(&day(last)),
                                None => text::unit_page::NO_CHECK_IN_YET.to_owned(),
                            },
                        ))
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let summary_href = {
        let id = id.clone();
        move || router.with(|r| r.to_unit(Page::Summary, Some(id.clone())).href())
    };
    let print_href = {
        let id = id.clone();
        move || router.with(|r| r.to_unit(Page::Print, Some(id.clone())).href())
    };
    // The everyday way a team shares: its own part, for the period on screen.
    let export_error = RwSignal::new(None::<String>);
    let export = {
        let id = id.clone();
        move |_| {
            let scope = ExportScope {
                unit: Some(id.clone()),
                period: period.get_untracked(),
            };
            export_error.set(exchange.export_part(&scope).err());
        }
    };
    // A form left with unsaved input when the page was reloaded opens again.
    let drafts = expect_context::<Drafts>();
    let creating = RwSignal::new(drafts.waiting("objective").is_some());
    let editing_unit = RwSignal::new(drafts.waiting("unit").is_some());
    let new_unit_id = id.clone();
    let on_created = Callback::new(move |created: Option<ObjectiveId>| {
        creating.set(false);
        if let Some(created) = created {
            let href = state.with_untracked(|ws| {
                ws.objective(&created)
                    .map(|o| objective_href(&created, &o.period))
            });
            if let Some(href) = href {
                router.go(Route::parse(&href));
            }
        }
    });
    let unit_kind =
        move || unit.with(|u| u.as_ref().map_or(crate::domain::UnitKind::Team, |u| u.kind));
    let edit_id = id.clone();

    view! {
        <nav class="breadcrumb" aria-label=text::common::BREADCRUMB>
            <a href=move || router.with(|r| r.to(Page::Teams).href())>{text::common::TEAMS}</a>
            {move || {
                path.get()
                    .into_iter()
                    .rev()
                    .skip(1)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .map(|(uid, name)| {
                        view! {
                            <span aria-hidden="true">" › "</span>
                            <a href=move || {
                                router.with(|r| r.to(Page::Unit(uid.clone())).href())
                            }>{name}</a>
                        }
                    })
                    .collect_view()
            }}
        </nav>
        <div class="page-head">
            <div>
                <h1 tabindex="-1">{move || unit.with(|u| u.as_ref().map(|u| u.name.clone()))}</h1>
                <p class="muted">
                    {move || unit.with(|u| u.as_ref().map(|u| u.kind.label()))}
                    {move || {
                        state
                            .with(|ws| {
                                unit.with(|u| {
                                    u.as_ref()
                                        .and_then(|u| u.lead.as_ref())
                                        .map(|l| text::unit_page::lead(&ws.person_name(l)))
                                })
                            })
                    }}
                    {move || {
                        unit.with(|u| u.as_ref().is_some_and(|u| u.archived))
                            .then_some(text::common::ARCHIVED_SUFFIX)
                    }}
                </p>
            </div>
            <div class="actions">
                <a class="button" href=summary_href>
                    {text::common::PERIOD_SUMMARY}
                </a>
                <a class="button" href=print_href>
                    {text::common::PRINT_VIEW}
                </a>
                <button type="button" class="view-action" on:click=export>
                    {text::unit_page::EXPORT_SNAPSHOT}
                </button>
                <button type="button" on:click=move |_| editing_unit.set(true)>
                    {text::unit_page::EDIT_UNIT}
                </button>
                <Show when=move || period.with(Option::is_some)>
                    <button type="button" class="primary" on:click=move |_| creating.set(true)>
                        {text::common::NEW_OBJECTIVE}
                    </button>
                </Show>
            </div>
        </div>
        {move || {
            export_error
                .get()
                .map(|message| {
                    view! {
                        <p class="field-error" role="alert">
                            {text::unit_page::could_not_export(&message)}
                        </p>
                    }
                })
        }}

        <section aria-labelledby="unit-objectives">
            <h2 id="unit-objectives">
                {move || text::unit_page::objectives_heading(
                    &period
                        .get()
                        .and_then(|p| state.with(|ws| ws.period(&p).map(|p| p.name.clone())))
                        .unwrap_or_default(),
                )}
            </h2>
            <Show
                when=move || objectives.with(|(live, _)| !live.is_empty())
                fallback=|| view! { <p class="muted">{text::unit_page::NO_OBJECTIVES_YET}</p> }
            >
                <div class="card-list">
                    <For each=move || objectives.get().0 key=|s| s.clone() let:summary>
                        <ObjectiveCard summary show_alignment=true coach />
                    </For>
                </div>
            </Show>
            <Show when=move || objectives.with(|(_, archived)| !archived.is_empty())>
                <details class="archived">
                    <summary>
                        {move || text::unit_page::archived_objectives(
                            &objectives.with(|(_, a)| a.len()),
                        )}
                    </summary>
                    <div class="card-list">
                        <For each=move || objectives.get().1 key=|s| s.clone() let:summary>
                            <ObjectiveCard summary />
                        </For>
                    </div>
                </details>
            </Show>
            <CoachPanel findings=coach heading_id="unit-coach-heading" />
        </section>

        <Show when=move || due.with(|d| !d.is_empty())>
            <section aria-labelledby="unit-due">
                <h2 id="unit-due">
                    {move || text::unit_page::due_for_check_in(&due.with(Vec::len))}
                </h2>
                <ul class="plain-list due-compact">
                    {move || {
                        due.get()
                            .into_iter()
                            .map(|(title, href, when)| {
                                view! {
                                    <li>
                                        <a href=href>{title}</a>
                                        <span class="muted">{format!(" · {when}")}</span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>

        <KpiList unit=id.clone() />

        <section aria-labelledby="unit-dependencies">
            <h2 id="unit-dependencies">{text::common::DEPENDENCIES}</h2>
            <Show when=move || dependencies.with(|(a, b)| a.is_empty() && b.is_empty())>
                <p class="muted">{text::unit_page::NO_DEPENDENCIES}</p>
            </Show>
            <DependencyList
                title=text::unit_page::WAITING_ON_OTHER_UNITS
                items=Signal::derive(move || dependencies.get().0)
            />
            <DependencyList
                title=text::unit_page::OTHERS_WAITING_ON_THIS
                items=Signal::derive(move || dependencies.get().1)
            />
        </section>

        <div class="two-columns">
            <section aria-labelledby="unit-subunits">
                <h2 id="unit-subunits">{text::unit_page::SUB_UNITS}</h2>
                <Show
                    when=move || sub_units.with(|s| !s.is_empty())
                    fallback=|| view! { <p class="muted">{text::unit_page::NO_SUB_UNITS}</p> }
                >
                    <ul class="plain-list">
                        {move || {
                            sub_units
                                .get()
                                .into_iter()
                                .map(|(uid, name, kind, archived)| {
                                    view! {
                                        <li>
                                            <a href=move || {
                                                router.with(|r| r.to(Page::Unit(uid.clone())).href())
                                            }>{name}</a>
                                            <span class="muted">
                                                {format!(
                                                    " {kind}{}",
                                                    if archived { text::unit_page::ARCHIVED_SUFFIX } else { "" },
                                                )}
                                            </span>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </Show>
            </section>
            <section aria-labelledby="unit-people">
                <h2 id="unit-people">{text::common::PEOPLE}</h2>
                <Show
                    when=move || people.with(|p| !p.is_empty())
                    fallback=|| view! { <p class="muted">{text::unit_page::NO_MEMBERS}</p> }
                >
                    <ul class="plain-list">
                        {move || {
                            people.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()
                        }}
                    </ul>
                </Show>
            </section>
        </div>

        <Modal
            open=creating
            on_cancel=Callback::new(move |()| creating.set(false))
            labelled_by="objective-form-title"
        >
            <ObjectiveForm editing=None unit=Some(new_unit_id.clone()) on_done=on_created />
        </Modal>
        <Modal
            open=editing_unit
            on_cancel=Callback::new(move |()| editing_unit.set(false))
            labelled_by="unit-form-title"
        >
            <UnitForm
                editing=Some(edit_id.clone())
                kind=unit_kind()
                on_done=Callback::new(move |_| editing_unit.set(false))
            />
        </Modal>
    }
}
