//! A unit's page: its objectives for the period and what each ladders up to,
//! its sub-units and people, and the dependencies that cross its borders.
//!
//! [`model::build`] works out what the page shows; the components here
//! only render it.

mod model;

use crate::domain::{ExportScope, UnitId, UnitKind};
use crate::text;
use crate::ui::components::NewObjectiveButton;
use crate::ui::components::{
    CoachPanel, CoachScope, DependencyList, KpiList, Modal, NotFound, ObjectiveCard, coach_findings,
};
use crate::ui::drafts::Drafts;
use crate::ui::format::day;
use crate::ui::forms::{NewObjectiveDialog, UnitForm};
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::{Document, Exchange};
use crate::ui::{SelectedPeriod, clock};
use leptos::prelude::*;
use model::UnitPageView;

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

/// The page as the workspace makes it; each part takes what it shows from
/// it in a memo of its own, so it re-renders only when that changes.
type PageMemo = Memo<Option<UnitPageView>>;

/// Reads a part of the page, or its default when the unit is gone.
fn part<T: Default>(page: PageMemo, f: impl FnOnce(&UnitPageView) -> T) -> T {
    page.with(|p| p.as_ref().map(f).unwrap_or_default())
}

#[component]
fn UnitView(
    /// The unit to show; it exists.
    id: UnitId,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let today = clock::today();
    let page = {
        let id = id.clone();
        Memo::new(move |_| {
            let period = period.get();
            state.with(|ws| model::build(ws, &id, period.as_ref(), today))
        })
    };
    // A form left with unsaved input when the page was reloaded opens again.
    let drafts = expect_context::<Drafts>();
    let creating = RwSignal::new(drafts.waiting("objective").is_some());
    let editing_unit = RwSignal::new(drafts.waiting("unit").is_some());
    let unit_kind = move || page.with_untracked(|p| p.as_ref().map_or(UnitKind::Team, |p| p.kind));
    let (new_in, edit_id) = (id.clone(), id.clone());
    view! {
        <UnitHead id=id.clone() page creating editing_unit />
        <UnitObjectives id=id.clone() page />
        <DueForCheckIn page />
        <KpiList unit=id />
        <section aria-labelledby="unit-dependencies">
            <h2 id="unit-dependencies">{text::common::DEPENDENCIES}</h2>
            <Show when=move || part(page, |p| p.waits_on.is_empty() && p.needed_by.is_empty())>
                <p class="muted">{text::unit_page::NO_DEPENDENCIES}</p>
            </Show>
            <DependencyList
                title=text::unit_page::WAITING_ON_OTHER_UNITS
                items=Signal::derive(move || part(page, |p| p.waits_on.clone()))
            />
            <DependencyList
                title=text::unit_page::OTHERS_WAITING_ON_THIS
                items=Signal::derive(move || part(page, |p| p.needed_by.clone()))
            />
        </section>
        <SubUnitsAndPeople page />
        <NewObjectiveDialog creating unit=new_in.clone() />
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

/// The breadcrumb, the unit's name, kind and lead, and its actions.
#[component]
fn UnitHead(
    id: UnitId,
    page: PageMemo,
    creating: RwSignal<bool>,
    editing_unit: RwSignal<bool>,
) -> impl IntoView {
    let exchange = expect_context::<Exchange>();
    let router = expect_context::<Router>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
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
    let export = move |_| {
        let scope = ExportScope {
            unit: Some(id.clone()),
            period: period.get_untracked(),
        };
        export_error.set(exchange.export_part(&scope).err());
    };
    let unit_link = move |(unit, name): (UnitId, String)| {
        view! {
            <span aria-hidden="true">" › "</span>
            <a href=move || router.with(|r| r.to(Page::Unit(unit.clone())).href())>{name}</a>
        }
    };
    view! {
        <nav class="breadcrumb" aria-label=text::common::BREADCRUMB>
            <a href=move || router.with(|r| r.to(Page::Teams).href())>{text::common::TEAMS}</a>
            {move || part(page, |p| p.above.clone()).into_iter().map(unit_link).collect_view()}
        </nav>
        <div class="page-head">
            <div>
                <h1 tabindex="-1">{move || part(page, |p| p.name.clone())}</h1>
                <p class="muted">
                    {move || part(page, |p| p.kind.label())}
                    {move || part(page, |p| p.lead.as_ref().map(|l| text::unit_page::lead(l)))}
                    {move || part(page, |p| p.archived).then_some(text::common::ARCHIVED_SUFFIX)}
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
                    <NewObjectiveButton creating />
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
    }
}

/// The unit's objectives in the period, the archived ones folded away, and the coach.
#[component]
fn UnitObjectives(id: UnitId, page: PageMemo) -> impl IntoView {
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let coach = coach_findings(Signal::derive(move || {
        period.get().map(|p| CoachScope::Unit(id.clone(), p))
    }));
    let live = Memo::new(move |_| part(page, |p| p.objectives.clone()));
    let archived = Memo::new(move |_| part(page, |p| p.archived_objectives.clone()));
    view! {
        <section aria-labelledby="unit-objectives">
            <h2 id="unit-objectives">
                {move || text::unit_page::objectives_heading(&part(page, |p| p.period.clone()))}
            </h2>
            <Show
                when=move || live.with(|l| !l.is_empty())
                fallback=|| view! { <p class="muted">{text::unit_page::NO_OBJECTIVES_YET}</p> }
            >
                <div class="card-list">
                    <For each=move || live.get() key=|s| s.clone() let:summary>
                        <ObjectiveCard summary show_alignment=true coach />
                    </For>
                </div>
            </Show>
            <Show when=move || archived.with(|a| !a.is_empty())>
                <details class="archived">
                    <summary>
                        {move || text::unit_page::archived_objectives(&archived.with(Vec::len))}
                    </summary>
                    <div class="card-list">
                        <For each=move || archived.get() key=|s| s.clone() let:summary>
                            <ObjectiveCard summary />
                        </For>
                    </div>
                </details>
            </Show>
            <CoachPanel findings=coach heading_id="unit-coach-heading" />
        </section>
    }
}

/// Key results due for a check-in in this unit and the units within it.
#[component]
fn DueForCheckIn(page: PageMemo) -> impl IntoView {
    let due = Memo::new(move |_| part(page, |p| p.due.clone()));
    view! {
        <Show when=move || due.with(|d| !d.is_empty())>
            <section aria-labelledby="unit-due">
                <h2 id="unit-due">
                    {move || text::unit_page::due_for_check_in(&due.with(Vec::len))}
                </h2>
                <ul class="plain-list due-compact">
                    {move || {
                        due.get()
                            .into_iter()
                            .map(|row| {
                                let when = match row.last {
                                    Some(last) => text::unit_page::last_check_in(&day(last)),
                                    None => text::unit_page::NO_CHECK_IN_YET.to_owned(),
                                };
                                view! {
                                    <li>
                                        <a href=row.href>{row.title}</a>
                                        <span class="muted">{text::common::then(&when)}</span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}

#[component]
fn SubUnitsAndPeople(page: PageMemo) -> impl IntoView {
    let router = expect_context::<Router>();
    let sub_units = Memo::new(move |_| part(page, |p| p.sub_units.clone()));
    let people = Memo::new(move |_| part(page, |p| p.people.clone()));
    view! {
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
                                .map(|unit| {
                                    let id = unit.id.clone();
                                    view! {
                                        <li>
                                            <a href=move || {
                                                router.with(|r| r.to(Page::Unit(id.clone())).href())
                                            }>{unit.name}</a>
                                            <span class="muted">
                                                {text::unit_page::sub_unit_kind(&unit.kind, unit.archived)}
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
    }
}
