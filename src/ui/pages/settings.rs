//! Settings: the organisation and who you are, people, periods, data exchange
//! and what is stored in this browser.

use crate::domain::{
    CsvTable, ExportScope, FieldErrors, PeriodDraft, PeriodId, PersonId, UnitId, quarter_of,
};
use crate::text;
use crate::ui::appearance::Appearance;
use crate::ui::clock;
use crate::ui::components::{Choice, ImportButton, Modal, TextField, scope_text};
use crate::ui::drafts::{DraftNotice, Drafts, field, keep_draft, target_of};
use crate::ui::forms::PersonForm;
use crate::ui::personal_state::{Lock, PersonalState};
use crate::ui::route::{Page, Route};
use crate::ui::state::{Backup, BackupKind, Document, Exchange};
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// Chooses what a snapshot export holds, and downloads it.
#[component]
fn ExportPart(error: RwSignal<Option<String>>) -> impl IntoView {
    let state = expect_context::<Document>();
    let exchange = expect_context::<Exchange>();
    let personal = expect_context::<PersonalState>();
    let include_private = RwSignal::new(false);
    let private_count =
        Memo::new(move |_| personal.with(|p| (!p.is_empty()).then(|| p.describe())));
    let locked = move || personal.lock.get() == Lock::Locked;
    let unit = RwSignal::new(String::new());
    let period = RwSignal::new(String::new());
    let units = Memo::new(move |_| {
        state.with(|ws| {
            ws.units_in_chart_order()
                .into_iter()
                .filter(|u| !u.archived)
                .map(|u| {
                    let depth = ws.unit_path(&u.id).len().saturating_sub(1);
                    (
                        u.id.to_string(),
                        format!("{}{}", "\u{2003}".repeat(depth), u.name),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let periods = Memo::new(move |_| {
        state.with(|ws| {
            ws.periods_in_order()
                .into_iter()
                .rev()
                .map(|p| (p.id.to_string(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let scope = move || ExportScope {
        unit: unit.with(|u| (!u.is_empty()).then(|| UnitId::from(u.as_str()))),
        period: period.with(|p| (!p.is_empty()).then(|| PeriodId::from(p.as_str()))),
    };
    // Private data goes only into a whole export of this browser's own
    // workspace, opened and present: never into a part or beside a snapshot.
    let private_blocked = move || {
        !scope().is_whole()
            || locked()
            || private_count.with(Option::is_none)
            || exchange.viewing().with(Option::is_some)
    };
    let options = move |list: Memo<Vec<(String, String)>>, chosen: RwSignal<String>| {
        move || {
            list.get()
                .into_iter()
                .map(|(id, name)| {
                    let selected = chosen.with(|c| c == &id);
                    view! {
                        <option value=id selected=selected>
                            {name}
                        </option>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <div class="export-part">
            <div class="field">
                <label for="export-unit">{text::settings_page::UNITS_TO_EXPORT}</label>
                <select id="export-unit" on:change:target=move |ev| unit.set(ev.target().value())>
                    <option value="" selected=move || unit.with(String::is_empty)>
                        {text::common::ALL_UNITS}
                    </option>
                    {options(units, unit)}
                </select>
            </div>
            <div class="field">
                <label for="export-period">{text::settings_page::PERIOD_TO_EXPORT}</label>
                <select
                    id="export-period"
                    on:change:target=move |ev| period.set(ev.target().value())
                >
                    <option value="" selected=move || period.with(String::is_empty)>
                        {text::settings_page::ALL_PERIODS}
                    </option>
                    {options(periods, period)}
                </select>
            </div>
            <button
                type="button"
                class="view-action"
                on:click=move |_| {
                    let with_private = include_private.get_untracked() && !private_blocked();
                    let result = if with_private {
                        personal.with_untracked(|p| exchange.export_with_personal(p))
                    } else {
                        exchange.export_part(&scope())
                    };
                    error.set(result.err());
                }
            >
                {move || {
                    if scope().is_whole() {
                        text::common::EXPORT_WORKSPACE
                    } else {
                        text::settings_page::EXPORT_THIS_PART
                    }
                }}
            </button>
        </div>
        <p class="muted" id="export-contents">
            {move || {
                state
                    .with(|ws| scope_text(&scope(), ws))
                    .map_or_else(
                        || text::settings_page::EXPORT_HOLDS_EVERYTHING.to_owned(),
                        |part| text::settings_page::export_holds_part(&part),
                    )
            }}
            " "
            {move || {
                if include_private.get() && !private_blocked() {
                    text::settings_page::EXPORT_HOLDS_PRIVATE
                } else {
                    text::settings_page::EXPORT_OMITS_PRIVATE
                }
            }}
        </p>
        <div class="field checkbox-field">
            <input
                type="checkbox"
                id="include-private"
                prop:checked=move || include_private.get()
                disabled=private_blocked
                aria-describedby="include-private-hint"
                on:change:target=move |ev| include_private.set(ev.target().checked())
            />
            <label for="include-private">{text::settings_page::INCLUDE_MY_PRIVATE_GOALS}</label>
            <p class="hint" id="include-private-hint">
                {move || match (private_count.get(), scope().is_whole()) {
                    _ if locked() => text::settings_page::PRIVATE_LOCKED.to_owned(),
                    _ if exchange.viewing().with(Option::is_some) => {
                        text::settings_page::PRIVATE_NEEDS_OWN_WORKSPACE.to_owned()
                    }
                    (None, _) => text::settings_page::NO_PRIVATE_GOALS.to_owned(),
                    (Some(_), false) => text::settings_page::PRIVATE_WHOLE_EXPORT_ONLY.to_owned(),
                    (Some(what), true) => text::settings_page::private_included(&what),
                }}
            </p>
        </div>
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = expect_context::<Document>();
    let exchange = expect_context::<Exchange>();
    let export_error = RwSignal::new(None::<String>);
    view! {
        <h1 tabindex="-1">{text::common::SETTINGS}</h1>

        <section class="panel" aria-labelledby="organisation-heading">
            <h2 id="organisation-heading">{text::common::ORGANISATION}</h2>
            <div class="field">
                <label for="organisation-name">{text::common::ORGANISATION_NAME}</label>
                <input
                    id="organisation-name"
                    type="text"
                    maxlength="120"
                    autocomplete="organization"
                    placeholder=text::settings_page::ORGANISATION_NAME_PLACEHOLDER
                    prop:value=move || state.with(|ws| ws.name.clone())
                    on:input:target=move |ev| {
                        let name = ev.target().value();
                        state.edit(|ws| ws.rename_organisation(&name));
                    }
                />
            </div>
            <Me />
        </section>

        <People />
        <Periods />
        <Cadence />
        <Features />
        <AppearancePanel />

        <section class="panel" aria-labelledby="data-heading">
            <h2 id="data-heading">{text::settings_page::DATA}</h2>
            <p>{text::settings_page::DATA_INTRO}</p>
            <ExportPart error=export_error />
            <div class="actions">
                <ImportButton label=text::settings_page::IMPORT_FROM_FILE />
            </div>
            <p class="muted">{text::settings_page::CSV_INTRO}</p>
            <div class="actions">
                {CsvTable::ALL
                    .map(|table| {
                        view! {
                            <button
                                type="button"
                                class="view-action"
                                aria-label=text::settings_page::export_csv(
                                    &text::common::in_sentence(table.label()),
                                )
                                on:click=move |_| export_error.set(exchange.export_csv(table).err())
                            >
                                {text::settings_page::csv_button(&table.label())}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            {move || {
                export_error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-error" role="alert">
                                {text::settings_page::export_failed(&message)}
                            </p>
                        }
                    })
            }}
        </section>

        <section class="panel" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{text::settings_page::STORAGE}</h2>
            <p>{text::settings_page::STORAGE_INTRO}</p>
            <StorageUse />
            <BackupList />
        </section>
    }
}

/// "This is me": a default for authorship, not a login.
#[component]
fn Me() -> impl IntoView {
    let state = expect_context::<Document>();
    let people = Memo::new(move |_| {
        state.with(|ws| {
            ws.people
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="field">
            <label for="me">{text::settings_page::THIS_IS_ME}</label>
            <p class="hint" id="me-hint">
                {text::settings_page::THIS_IS_ME_HINT}
            </p>
            <select
                id="me"
                aria-describedby="me-hint"
                on:change:target=move |ev| {
                    let value = ev.target().value();
                    state
                        .edit(|ws| {
                            ws.settings.me = (!value.is_empty())
                                .then(|| PersonId::from(value.as_str()));
                        });
                }
            >
                <option value="" selected=move || state.with(|ws| ws.settings.me.is_none())>
                    {text::settings_page::NOT_SET}
                </option>
                {move || {
                    people
                        .get()
                        .into_iter()
                        .map(|(id, name)| {
                            let chosen = state.with(|ws| ws.settings.me.as_ref() == Some(&id));
                            view! {
                                <option value=id.to_string() selected=chosen>
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

/// Everyone in the organisation: added, edited, removed.
#[component]
fn People() -> impl IntoView {
    let state = expect_context::<Document>();
    let rows = Memo::new(move |_| {
        state.with(|ws| {
            ws.people
                .iter()
                .map(|p| {
                    let unit = p
                        .unit
                        .as_ref()
                        .and_then(|u| ws.unit(u))
                        .map(|u| u.name.clone());
                    (
                        p.id.clone(),
                        p.name.clone(),
                        p.role.clone().unwrap_or_default(),
                        unit.unwrap_or_default(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let editing = RwSignal::new(expect_context::<Drafts>().waiting_for::<PersonId>("person"));
    let error = RwSignal::new(None::<String>);
    view! {
        <section class="panel" aria-labelledby="people-heading">
            <div class="section-head">
                <h2 id="people-heading">{text::common::PEOPLE}</h2>
                <button type="button" on:click=move |_| editing.set(Some(None))>
                    {text::common::ADD_PERSON}
                </button>
            </div>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=|| view! { <p class="muted">{text::settings_page::NO_PEOPLE_YET}</p> }
            >
                // On phones the rows reflow into blocks (class `list-table`);
                // the explicit roles keep it a table for screen readers that
                // drop table semantics when rows are no longer displayed as rows.
                <table class="table list-table" role="table">
                    <thead>
                        <tr role="row">
                            <th scope="col" role="columnheader">
                                {text::common::NAME}
                            </th>
                            <th scope="col" role="columnheader">
                                {text::settings_page::ROLE}
                            </th>
                            <th scope="col" role="columnheader">
                                {text::common::HOME_UNIT}
                            </th>
                            <th scope="col" role="columnheader">
                                <span class="visually-hidden">{text::settings_page::ACTIONS}</span>
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            rows.get()
                                .into_iter()
                                .map(|(id, name, role, unit)| {
                                    let edit_id = id.clone();
                                    let delete_name = name.clone();
                                    view! {
                                        <tr role="row">
                                            <th scope="row" role="rowheader">
                                                <a href=Route::from(Page::Person(id.clone()))
                                                    .href()>{name.clone()}</a>
                                            </th>
                                            <td role="cell">{role}</td>
                                            <td role="cell">{unit}</td>
                                            <td class="actions" role="cell">
                                                <button
                                                    type="button"
                                                    class="small"
                                                    aria-label=text::settings_page::edit_named(&name)
                                                    on:click=move |_| editing.set(Some(Some(edit_id.clone())))
                                                >
                                                    {text::common::EDIT}
                                                </button>
                                                <button
                                                    type="button"
                                                    class="small"
                                                    aria-label=text::settings_page::delete_named(&name)
                                                    on:click=move |_| {
                                                        let id = id.clone();
                                                        match state.with_untracked(|ws| ws.check_delete_person(&id))
                                                        {
                                                            Err(reason) => error.set(Some(reason)),
                                                            Ok(()) => {
                                                                error.set(None);
                                                                let name = delete_name.clone();
                                                                state
                                                                    .edit_with_undo(move |ws| {
                                                                        ws.delete_person(&id)?;
                                                                        Ok(text::settings_page::person_removed(&name))
                                                                    });
                                                            }
                                                        }
                                                    }
                                                >
                                                    {text::common::DELETE}
                                                </button>
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </Show>
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="field-error" role="alert">
                                {e}
                            </p>
                        }
                    })
            }}
            <Modal
                open=Signal::derive(move || editing.with(Option::is_some))
                on_cancel=Callback::new(move |()| editing.set(None))
                labelled_by="person-form-title"
            >
                {move || {
                    editing
                        .get()
                        .map(|who| {
                            view! {
                                <PersonForm
                                    editing=who
                                    on_done=Callback::new(move |_| editing.set(None))
                                />
                            }
                        })
                }}
            </Modal>
        </section>
    }
}

/// Periods: quarters by default, custom ranges allowed, one marked current.
#[component]
fn Periods() -> impl IntoView {
    let state = expect_context::<Document>();
    let rows = Memo::new(move |_| {
        state.with(|ws| {
            ws.periods_in_order()
                .into_iter()
                .map(|p| {
                    let objectives = ws.objectives.iter().filter(|o| o.period == p.id).count();
                    (
                        p.closed,
                        p.id.clone(),
                        p.name.clone(),
                        format!(
                            "{} – {}",
                            p.start.format("%-d %b %Y"),
                            p.end.format("%-d %b %Y")
                        ),
                        ws.current_period.as_ref() == Some(&p.id),
                        objectives,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let next_missing =
        Memo::new(move |_| state.with(|ws| ws.next_missing_quarter(quarter_of(clock::today()))));
    let error = RwSignal::new(None::<String>);
    let waiting = expect_context::<Drafts>().waiting_for::<PeriodId>("period");
    let custom = RwSignal::new(waiting == Some(None));
    let editing = RwSignal::new(waiting.flatten());
    view! {
        <section class="panel" aria-labelledby="periods-heading">
            <div class="section-head">
                <h2 id="periods-heading">{text::common::PERIODS}</h2>
                <div class="actions">
                    {move || {
                        next_missing
                            .get()
                            .map(|(year, q)| {
                                view! {
                                    <button
                                        type="button"
                                        on:click=move |_| {
                                            state
                                                .edit(|ws| {
                                                    let _ = ws
                                                        .add_quarter(
                                                            PeriodId::from_bits(clock::random_bits()),
                                                            (year, q),
                                                        );
                                                });
                                        }
                                    >
                                        {text::settings_page::add_quarter(&year, &q)}
                                    </button>
                                }
                            })
                    }} <button type="button" on:click=move |_| custom.set(true)>
                        {text::settings_page::ADD_CUSTOM_PERIOD}
                    </button>
                </div>
            </div>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=|| view! { <p class="muted">{text::settings_page::NO_PERIODS_YET}</p> }
            >
                <ul class="period-list">
                    {move || {
                        rows.get()
                            .into_iter()
                            .map(|(closed, id, name, range, current, objectives)| {
                                let close_id = id.clone();
                                let edit_id = id.clone();
                                let current_id = id.clone();
                                let delete_id = id.clone();
                                view! {
                                    <li>
                                        <span>
                                            <strong>{name.clone()}</strong>
                                            <span class="muted">
                                                {format!(
                                                    " {range} · {}",
                                                    text::counts::objectives(objectives),
                                                )}
                                            </span>
                                            {current
                                                .then(|| {
                                                    view! {
                                                        <span class="tag tag-current">
                                                            {text::settings_page::CURRENT}
                                                        </span>
                                                    }
                                                })}
                                            {closed
                                                .then(|| {
                                                    view! {
                                                        <span class="tag">{text::settings_page::CLOSED}</span>
                                                    }
                                                })}
                                        </span>
                                        <span class="actions">
                                            <button
                                                type="button"
                                                class="small"
                                                aria-label=text::settings_page::edit_named(&name)
                                                on:click=move |_| editing.set(Some(edit_id.clone()))
                                            >
                                                {text::common::EDIT}
                                            </button>
                                            <button
                                                type="button"
                                                class="small"
                                                aria-label=text::common::action_on(
                                                    &if closed {
                                                        text::settings_page::REOPEN_PERIOD
                                                    } else {
                                                        text::settings_page::CLOSE_PERIOD
                                                    },
                                                    &name,
                                                )
                                                on:click=move |_| {
                                                    let id = close_id.clone();
                                                    state
                                                        .edit_with_undo(move |ws| {
                                                            ws.set_period_closed(&id, !closed);
                                                            Ok(
                                                                if closed {
                                                                    text::settings_page::PERIOD_REOPENED.to_owned()
                                                                } else {
                                                                    text::settings_page::PERIOD_CLOSED.to_owned()
                                                                },
                                                            )
                                                        });
                                                }
                                            >
                                                {if closed {
                                                    text::settings_page::REOPEN_PERIOD
                                                } else {
                                                    text::settings_page::CLOSE_PERIOD
                                                }}
                                            </button>
                                            {(!current)
                                                .then(|| {
                                                    view! {
                                                        <button
                                                            type="button"
                                                            class="small"
                                                            aria-label=text::settings_page::make_current_named(&name)
                                                            on:click=move |_| {
                                                                state
                                                                    .edit(|ws| ws.current_period = Some(current_id.clone()))
                                                            }
                                                        >
                                                            {text::settings_page::MAKE_CURRENT}
                                                        </button>
                                                    }
                                                })}
                                            <button
                                                type="button"
                                                class="small"
                                                aria-label=text::settings_page::delete_named(&name)
                                                on:click=move |_| {
                                                    let id = delete_id.clone();
                                                    let refusal = state
                                                        .with_untracked(|ws| ws.check_delete_period(&id).err());
                                                    match refusal {
                                                        Some(reason) => error.set(Some(reason)),
                                                        None => {
                                                            error.set(None);
                                                            state
                                                                .edit_with_undo(move |ws| {
                                                                    ws.delete_period(&id)?;
                                                                    Ok(text::settings_page::PERIOD_DELETED.to_owned())
                                                                });
                                                        }
                                                    }
                                                }
                                            >
                                                {text::common::DELETE}
                                            </button>
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="field-error" role="alert">
                                {e}
                            </p>
                        }
                    })
            }}
            <Modal
                open=Signal::derive(move || custom.get() || editing.with(Option::is_some))
                on_cancel=Callback::new(move |()| {
                    custom.set(false);
                    editing.set(None);
                })
                labelled_by="period-form-title"
            >
                {move || {
                    view! {
                        <CustomPeriodForm
                            editing=editing.get_untracked()
                            on_done=Callback::new(move |()| {
                                custom.set(false);
                                editing.set(None);
                            })
                        />
                    }
                }}
            </Modal>
        </section>
    }
}

#[component]
fn CustomPeriodForm(
    /// The period to edit; `None` adds one.
    editing: Option<PeriodId>,
    /// Called when the form closes, saved or not.
    on_done: Callback<()>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let draft = state
        .with_untracked(|ws| editing.as_ref().and_then(|id| PeriodDraft::of(ws, id)))
        .unwrap_or_default();
    let name = RwSignal::new(draft.name);
    let start = RwSignal::new(draft.start);
    let end = RwSignal::new(draft.end);
    let kept = keep_draft(
        "period",
        target_of(editing.as_ref()),
        true,
        vec![
            field("name", name),
            field("start", start),
            field("end", end),
        ],
    );
    let is_editing = editing.is_some();
    let errors = RwSignal::new(FieldErrors::default());
    let error = move |field: &'static str| {
        Signal::derive(move || errors.with(|e| e.get(field).map(str::to_owned)))
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = PeriodDraft {
            name: name.get_untracked(),
            start: start.get_untracked(),
            end: end.get_untracked(),
        };
        match state.with_untracked(|ws| draft.validate(ws, editing.as_ref())) {
            Err(found) => {
                if let Some(first) = found.fields().next() {
                    crate::ui::focus::focus_field(format!("period-{first}"));
                }
                errors.set(found);
            }
            Ok(valid) => {
                let editing = editing.clone();
                state.edit(move |ws| match editing {
                    Some(id) => ws.update_period(&id, valid),
                    None => ws.add_period(PeriodId::from_bits(clock::random_bits()), valid),
                });
                kept.finish();
                on_done.run(());
            }
        }
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="period-form-title">
                {if is_editing {
                    text::settings_page::EDIT_PERIOD
                } else {
                    text::settings_page::CUSTOM_PERIOD
                }}
            </h2>
            <TextField
                id="period-name"
                label=text::common::NAME
                value=name
                error=error("name")
                placeholder=text::settings_page::PERIOD_NAME_PLACEHOLDER
            />
            <div class="field-row">
                <TextField
                    id="period-start"
                    label=text::settings_page::FIRST_DAY
                    value=start
                    error=error("start")
                    kind="date"
                />
                <TextField
                    id="period-end"
                    label=text::settings_page::LAST_DAY
                    value=end
                    error=error("end")
                    kind="date"
                />
            </div>
            <DraftNotice draft=kept />
            <div class="actions">
                <button type="submit" class="primary">
                    {if is_editing {
                        text::settings_page::SAVE_PERIOD
                    } else {
                        text::settings_page::ADD_PERIOD
                    }}
                </button>
                <button
                    type="button"
                    on:click=move |_| {
                        kept.finish();
                        on_done.run(())
                    }
                >
                    {text::common::CANCEL}
                </button>
            </div>
        </form>
    }
}

/// How much of the browser's storage Ladder takes, with a warning while
/// there is still time to act.
#[component]
fn StorageUse() -> impl IntoView {
    let exchange = expect_context::<Exchange>();
    let used = Memo::new(move |_| exchange.storage_use());
    view! {
        {move || match used.get() {
            Err(reason) => {
                view! { <p class="hint">{text::settings_page::space_used_unknown(&reason)}</p> }
                    .into_any()
            }
            Ok((units, quota)) => {
                let share = units as f64 / quota as f64;
                let percent = (share * 100.0).round().clamp(0.0, 100.0);
                view! {
                    <div class="storage-use">
                        <label for="storage-meter">{text::settings_page::SPACE_USED}</label>
                        <meter
                            id="storage-meter"
                            min="0"
                            max="1"
                            low="0.6"
                            high=NEARLY_FULL
                            optimum="0"
                            value=share.min(1.0)
                            aria-describedby="storage-use-text"
                        ></meter>
                        <p id="storage-use-text">
                            {text::settings_page::space_used_of_quota(
                                &megabytes(units),
                                &megabytes(quota),
                                &percent,
                            )}
                        </p>
                        {(share >= NEARLY_FULL)
                            .then(|| {
                                view! {
                                    <p class="warning" role="status">
                                        {text::settings_page::STORAGE_NEARLY_FULL}
                                    </p>
                                }
                            })}
                    </div>
                }
                    .into_any()
            }
        }}
    }
}

/// The share of the quota from which Ladder warns.
const NEARLY_FULL: f64 = 0.8;

/// Code units as megabytes: two bytes each, as browsers store them.
fn megabytes(units: usize) -> String {
    text::settings_page::megabytes(&format!("{:.1}", units as f64 * 2.0 / 1_000_000.0))
}

/// Backups kept in this browser, each downloadable, restorable or deletable.
#[component]
fn BackupList() -> impl IntoView {
    let exchange = expect_context::<Exchange>();
    let error = RwSignal::new(None::<String>);
    view! {
        <h3>{text::settings_page::BACKUPS}</h3>
        <Show
            when=move || exchange.backups().with(|b| !b.is_empty())
            fallback=|| view! { <p class="muted">{text::settings_page::NO_BACKUPS}</p> }
        >
            <ul class="backup-list">
                <For
                    each=move || exchange.backups().get()
                    // The before-import slot keeps its key when refilled: key on content too.
                    key=|backup| format!("{}|{}|{:?}", backup.key, backup.size, backup.kind)
                    children=move |backup| view! { <BackupRow backup error /> }
                />
            </ul>
        </Show>
        {move || {
            error
                .get()
                .map(|message| {
                    view! {
                        <p class="field-error" role="alert">
                            {message}
                        </p>
                    }
                })
        }}
    }
}

#[component]
fn BackupRow(
    /// The backup this row offers actions for.
    backup: Backup,
    /// Where a failed action reports its reason.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let exchange = expect_context::<Exchange>();
    let size = text::settings_page::kilobytes(&(backup.size * 2).div_ceil(1024));
    let when = |at: Option<DateTime<Utc>>| {
        at.map(|at| format!(" ({})", clock::format_date_time(at)))
            .unwrap_or_default()
    };
    let (description, restorable) = match &backup.kind {
        BackupKind::BeforeImport { saved_at } => (
            text::settings_page::before_import_backup(&when(*saved_at)),
            true,
        ),
        BackupKind::Unreadable { found_at } => (
            text::settings_page::unreadable_backup(&when(found_at.parse().ok())),
            false,
        ),
    };
    let download = {
        let backup = backup.clone();
        move |_| error.set(exchange.download_backup(&backup).err())
    };
    let delete = {
        let backup = backup.clone();
        move |_| error.set(exchange.delete_backup(&backup).err())
    };
    view! {
        <li>
            <span>{description}<span class="muted">{format!(" · {size}")}</span></span>
            <span class="actions">
                {restorable
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                on:click=move |_| error.set(exchange.restore_before_import().err())
                            >
                                {text::common::RESTORE}
                            </button>
                        }
                    })} <button type="button" on:click=download>
                    {text::settings_page::DOWNLOAD}
                </button> <button type="button" on:click=delete>
                    {text::common::DELETE}
                </button>
            </span>
        </li>
    }
}

/// How often key results are due for a check-in.
#[component]
fn Cadence() -> impl IntoView {
    let state = expect_context::<Document>();
    let days = Memo::new(move |_| state.with(|ws| ws.settings.check_in_every_days));
    view! {
        <section class="panel" aria-labelledby="cadence-heading">
            <h2 id="cadence-heading">{text::settings_page::CHECK_IN_RHYTHM}</h2>
            <div class="field">
                <label for="cadence">{text::settings_page::CHECK_IN_EVERY}</label>
                <select
                    id="cadence"
                    on:change:target=move |ev| {
                        if let Ok(d) = ev.target().value().parse::<u32>() {
                            state.edit(move |ws| ws.set_check_in_cadence(d));
                        }
                    }
                >
                    {crate::domain::CADENCES
                        .iter()
                        .map(|(d, name)| {
                            let d = *d;
                            view! {
                                <option value=d.to_string() selected=move || days.get() == d>
                                    {*name}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </section>
    }
}

/// This browser's colour scheme.
#[component]
fn AppearancePanel() -> impl IntoView {
    let appearance = expect_context::<RwSignal<Appearance>>();
    view! {
        <section class="panel" aria-labelledby="appearance-heading">
            <h2 id="appearance-heading">{text::settings_page::APPEARANCE}</h2>
            <Choice
                legend=text::settings_page::COLOUR_SCHEME
                name="appearance"
                value=appearance
                options=Appearance::ALL.iter().map(|a| (*a, a.label(), "")).collect()
                hint=Some(Signal::derive(|| text::settings_page::COLOUR_SCHEME_HINT.to_owned()))
            />
        </section>
    }
}

/// Features an organisation opts into: individual goals.
#[component]
fn Features() -> impl IntoView {
    let state = expect_context::<Document>();
    let on = Memo::new(move |_| state.with(|ws| ws.settings.individual_goals));
    let overhead = Memo::new(move |_| state.with(|ws| ws.individual_overhead()));
    let hidden = Memo::new(move |_| state.with(|ws| ws.individual_goals_held(None)));
    view! {
        <section class="panel" aria-labelledby="features-heading">
            <h2 id="features-heading">{text::settings_page::FEATURES}</h2>
            <div class="field checkbox-field">
                <input
                    type="checkbox"
                    id="individual-goals"
                    prop:checked=move || on.get()
                    aria-describedby="individual-goals-hint individual-goals-overhead"
                    on:change:target=move |ev| {
                        let enabled = ev.target().checked();
                        state.edit(move |ws| ws.settings.individual_goals = enabled);
                    }
                />
                <label for="individual-goals">{text::settings_page::INDIVIDUAL_GOALS}</label>
                <p class="hint" id="individual-goals-hint">
                    {text::settings_page::INDIVIDUAL_GOALS_HINT}
                </p>
                <p class="hint" id="individual-goals-overhead">
                    {move || {
                        let o = overhead.get();
                        text::settings_page::individual_goals_overhead(
                            &text::counts::people(o.people),
                            &o.goals_each,
                            &o.per_period(),
                            &o.per_year(),
                        )
                    }}
                </p>
                {move || {
                    (!on.get() && hidden.get() > 0)
                        .then(|| {
                            view! {
                                <p class="hint">
                                    {text::settings_page::hidden_goals_kept(
                                        &text::counts::individual_goals_are(hidden.get()),
                                    )}
                                </p>
                            }
                        })
                }}
            </div>
        </section>
    }
}
