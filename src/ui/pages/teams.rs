//! Teams: the organisation tree, where units are created, renamed, moved and archived.

use crate::domain::{OrgUnit, UnitId, UnitKind, Workspace};
use crate::text;
use crate::ui::SelectedPeriod;
use crate::ui::components::Modal;
use crate::ui::drafts::Drafts;
use crate::ui::forms::{ObjectiveForm, UnitForm, read_new_unit_target, show_when_created};
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::Document;
use leptos::prelude::*;

/// A unit as the tree shows it.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
struct UnitRow {
    id: UnitId,
    name: String,
    kind: UnitKind,
    depth: usize,
    lead: Option<String>,
    objectives: usize,
    archived: bool,
}

fn rows(ws: &Workspace, period: Option<&crate::domain::PeriodId>, archived: bool) -> Vec<UnitRow> {
    let mut out = Vec::new();
    fn walk(
        ws: &Workspace,
        unit: &OrgUnit,
        depth: usize,
        period: Option<&crate::domain::PeriodId>,
        archived: bool,
        out: &mut Vec<UnitRow>,
    ) {
        if unit.archived == archived {
            out.push(UnitRow {
                id: unit.id.clone(),
                name: unit.name.clone(),
                kind: unit.kind,
                depth,
                lead: unit.lead.as_ref().map(|l| ws.person_name(l).to_owned()),
                objectives: period.map_or(0, |p| {
                    ws.objectives_in(p).filter(|o| o.unit == unit.id).count()
                }),
                archived: unit.archived,
            });
        }
        for child in ws.sub_units(&unit.id) {
            walk(ws, child, depth + 1, period, archived, out);
        }
    }
    for root in ws
        .units
        .iter()
        .filter(|u| u.parent.as_ref().is_none_or(|p| ws.unit(p).is_none()))
    {
        walk(ws, root, 0, period, archived, &mut out);
    }
    out
}

/// What the form dialog is doing.
#[derive(Clone, PartialEq, Debug)]
enum Editing {
    New(UnitKind, Option<UnitId>),
    Existing(UnitId),
}

#[component]
pub fn TeamsPage() -> impl IntoView {
    let state = expect_context::<Document>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let live = Memo::new(move |_| {
        let p = period.get();
        state.with(|ws| rows(ws, p.as_ref(), false))
    });
    let archived = Memo::new(move |_| {
        let p = period.get();
        state.with(|ws| rows(ws, p.as_ref(), true))
    });
    let editing =
        RwSignal::new(expect_context::<Drafts>().waiting("unit").map(
            |t| match read_new_unit_target(&t) {
                Some((kind, parent)) => Editing::New(kind, parent),
                None => Editing::Existing(UnitId::from(t.as_str())),
            },
        ));
    let error = RwSignal::new(None::<String>);
    let has_company = move || state.with(|ws| ws.company().is_some());
    let done = Callback::new(move |_saved: bool| editing.set(None));

    view! {
        <div class="page-head">
            <div>
                <h1 tabindex="-1">{text::common::TEAMS}</h1>
                <p class="muted">{text::teams_page::INTRO}</p>
            </div>
            <div class="actions">
                <Show
                    when=has_company
                    fallback=move || {
                        view! {
                            <button
                                type="button"
                                class="primary"
                                on:click=move |_| {
                                    editing.set(Some(Editing::New(UnitKind::Company, None)))
                                }
                            >
                                {text::teams_page::CREATE_COMPANY}
                            </button>
                        }
                    }
                >
                    <button
                        type="button"
                        on:click=move |_| {
                            editing.set(Some(Editing::New(UnitKind::Department, None)))
                        }
                    >
                        {text::teams_page::ADD_DEPARTMENT}
                    </button>
                    <button
                        type="button"
                        on:click=move |_| {
                            let parent = state
                                .with_untracked(|ws| {
                                    ws.units
                                        .iter()
                                        .find(|u| u.kind == UnitKind::Department && !u.archived)
                                        .map(|u| u.id.clone())
                                });
                            editing.set(Some(Editing::New(UnitKind::Team, parent)));
                        }
                    >
                        {text::teams_page::ADD_TEAM}
                    </button>
                </Show>
            </div>
        </div>
        <NextStep editing />
        {move || {
            error
                .get()
                .map(|message| {
                    view! {
                        <p class="banner banner-error" role="alert">
                            {message}
                        </p>
                    }
                })
        }}
        <ul class="unit-tree" aria-label=text::common::ORGANISATION>
            <For each=move || live.get() key=|row| row.clone() let:row>
                <UnitItem row editing error />
            </For>
        </ul>
        <Show when=move || archived.with(|a| !a.is_empty())>
            <section aria-labelledby="archived-units">
                <h2 id="archived-units">{text::teams_page::ARCHIVED_HEADING}</h2>
                <p class="muted">{text::teams_page::ARCHIVED_NOTE}</p>
                <ul class="unit-tree">
                    <For each=move || archived.get() key=|row| row.clone() let:row>
                        <UnitItem row editing error />
                    </For>
                </ul>
            </section>
        </Show>
        <Modal
            open=Signal::derive(move || editing.with(Option::is_some))
            on_cancel=Callback::new(move |()| editing.set(None))
            labelled_by="unit-form-title"
        >
            {move || {
                editing
                    .get()
                    .map(|mode| match mode {
                        Editing::New(kind, parent) => {
                            view! { <UnitForm editing=None kind parent on_done=done /> }.into_any()
                        }
                        Editing::Existing(id) => {
                            let kind = state
                                .with_untracked(|ws| {
                                    ws.unit(&id).map_or(UnitKind::Team, |u| u.kind)
                                });
                            view! { <UnitForm editing=Some(id) kind on_done=done /> }.into_any()
                        }
                    })
            }}
        </Modal>
    }
}

/// What to do next while the organisation is new: add departments, then
/// write the company's first objective, each with the button for it.
#[component]
fn NextStep(editing: RwSignal<Option<Editing>>) -> impl IntoView {
    let state = expect_context::<Document>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let step = Memo::new(move |_| {
        let period = period.get();
        state.with(|ws| {
            ws.company()?;
            let departments = ws
                .units
                .iter()
                .any(|u| u.kind == UnitKind::Department && !u.archived);
            if !departments {
                return Some(Step::Departments);
            }
            let period = period?;
            ws.objectives_in(&period)
                .next()
                .is_none()
                .then_some(Step::FirstObjective)
        })
    });
    let writing = RwSignal::new(false);
    let on_created = show_when_created(writing);
    view! {
        {move || {
            step.get()
                .map(|step| match step {
                    Step::Departments => {
                        view! {
                            <p class="hint-box next-step">
                                <span>{text::teams_page::NEXT_STEP_HINT}</span>
                                <button
                                    type="button"
                                    class="primary"
                                    on:click=move |_| {
                                        editing.set(Some(Editing::New(UnitKind::Department, None)))
                                    }
                                >
                                    {text::teams_page::ADD_FIRST_DEPARTMENT}
                                </button>
                            </p>
                        }
                            .into_any()
                    }
                    Step::FirstObjective => {
                        view! {
                            <p class="hint-box next-step">
                                <span>{text::teams_page::FIRST_OBJECTIVE_HINT}</span>
                                <button
                                    type="button"
                                    class="primary"
                                    on:click=move |_| writing.set(true)
                                >
                                    {text::common::FIRST_COMPANY_OBJECTIVE}
                                </button>
                            </p>
                        }
                            .into_any()
                    }
                })
        }}
        <Modal
            open=writing
            on_cancel=Callback::new(move |()| writing.set(false))
            labelled_by="objective-form-title"
        >
            {move || {
                writing.get().then(|| view! { <ObjectiveForm editing=None on_done=on_created /> })
            }}
        </Modal>
    }
}

/// The next step [`NextStep`] shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Step {
    Departments,
    FirstObjective,
}

#[component]
fn UnitItem(
    /// The unit to show.
    row: UnitRow,
    /// Opens the form for this unit.
    editing: RwSignal<Option<Editing>>,
    /// Where a refused action explains itself.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let href = {
        let id = row.id.clone();
        move || router.with(|r| r.to(Page::Unit(id.clone())).href())
    };
    let id = row.id.clone();
    let edit_id = row.id.clone();
    let archive_id = row.id.clone();
    let delete_id = row.id.clone();
    let name = row.name.clone();
    let archived = row.archived;
    let archive = move |_| {
        let id = archive_id.clone();
        let name = name.clone();
        state.edit_with_undo(move |ws| {
            ws.set_unit_archived(&id, !archived);
            Ok(if archived {
                text::teams_page::restored(&name)
            } else {
                text::teams_page::archived(&name)
            })
        });
    };
    let delete = move |_| {
        let id = delete_id.clone();
        let refusal = state.with_untracked(|ws| ws.check_delete_unit(&id).err());
        match refusal {
            Some(reason) => error.set(Some(reason)),
            None => {
                error.set(None);
                state.edit_with_undo(move |ws| {
                    let name = ws.unit(&id).map(|u| u.name.clone()).unwrap_or_default();
                    ws.delete_unit(&id)?;
                    Ok(text::teams_page::deleted(&name))
                });
            }
        }
    };
    let objectives = row
        .objectives
        .gt(&0)
        .then(|| text::counts::objectives(row.objectives));
    view! {
        <li class="unit-row" style=("--depth", row.depth.to_string()) data-unit=id.to_string()>
            <div class="unit-main">
                <a href=href class="unit-name">
                    {row.name.clone()}
                </a>
                <span class="unit-badge">{row.kind.label()}</span>
                <span class="muted">
                    {row.lead.clone().map(|l| text::teams_page::lead(&l)).unwrap_or_default()}
                    {objectives.map(|o| text::teams_page::objectives_this_period(&o))}
                </span>
            </div>
            <div class="actions">
                <button
                    type="button"
                    class="small"
                    aria-label=text::teams_page::edit_unit(&row.name)
                    on:click=move |_| editing.set(Some(Editing::Existing(edit_id.clone())))
                >
                    {text::common::EDIT}
                </button>
                {(row.kind != UnitKind::Company)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="small"
                                aria-label=text::common::action_on(
                                    &if archived {
                                        text::common::RESTORE
                                    } else {
                                        text::common::ARCHIVE
                                    },
                                    &row.name,
                                )
                                on:click=archive
                            >
                                {if archived {
                                    text::common::RESTORE
                                } else {
                                    text::common::ARCHIVE
                                }}
                            </button>
                            <button
                                type="button"
                                class="small"
                                aria-label=text::teams_page::delete_unit(&row.name)
                                on:click=delete
                            >
                                {text::common::DELETE}
                            </button>
                        }
                    })}
            </div>
        </li>
    }
}
