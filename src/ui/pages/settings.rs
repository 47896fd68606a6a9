//! Settings: the organisation and who you are, people, periods, data exchange
//! and what is stored in this browser.

use crate::domain::format::count;
use crate::domain::{
    CsvTable, ExportScope, FieldErrors, PeriodDraft, PeriodId, PersonId, UnitId, quarter_of,
};
use crate::storage::local::{self, Backup, BackupKind};
use crate::ui::appearance::Appearance;
use crate::ui::clock;
use crate::ui::components::{Choice, ImportButton, Modal, TextField, scope_text};
use crate::ui::forms::PersonForm;
use crate::ui::personal_state::{Lock, PersonalState};
use crate::ui::route::{Page, Route};
use crate::ui::state::AppState;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// Chooses what a snapshot export holds, and downloads it.
#[component]
fn ExportPart(error: RwSignal<Option<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
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
            || state.viewing.with(Option::is_some)
    };
    let options = move |list: Memo<Vec<(String, String)>>, chosen: RwSignal<String>| {
        move || {
            list.get()
                .into_iter()
                .map(|(id, name)| {
                    let selected = chosen.with(|c| c == &id);
                    view! { <option value=id selected=selected>{name}</option> }
                })
                .collect_view()
        }
    };
    view! {
        <div class="export-part">
            <div class="field">
                <label for="export-unit">"Units to export"</label>
                <select id="export-unit" on:change:target=move |ev| unit.set(ev.target().value())>
                    <option value="" selected=move || unit.with(String::is_empty)>"All units"</option>
                    {options(units, unit)}
                </select>
            </div>
            <div class="field">
                <label for="export-period">"Period to export"</label>
                <select id="export-period" on:change:target=move |ev| period.set(ev.target().value())>
                    <option value="" selected=move || period.with(String::is_empty)>"All periods"</option>
                    {options(periods, period)}
                </select>
            </div>
            <button type="button" class="view-action" on:click=move |_| {
                let with_private = include_private.get_untracked() && !private_blocked();
                let result = if with_private {
                    personal.with_untracked(|p| state.export_with_personal(p))
                } else {
                    state.export_part(&scope())
                };
                error.set(result.err());
            }>
                {move || if scope().is_whole() { "Export workspace" } else { "Export this part" }}
            </button>
        </div>
        <p class="muted" id="export-contents">
            {move || state.with(|ws| scope_text(&scope(), ws)).map_or_else(
                || "The file holds everything in this organisation's workspace.".to_owned(),
                |part| format!("The file holds {part}, with the records they refer to \
                                (the objectives they ladder up to, their leads).")
            )}
            " "
            {move || if include_private.get() && !private_blocked() {
                "It also holds your private goals and 1:1 notes: keep it to yourself."
            } else {
                "It does not hold your private goals or 1:1 notes."
            }}
        </p>
        <div class="field checkbox-field">
            <input type="checkbox" id="include-private"
                prop:checked=move || include_private.get()
                disabled=private_blocked
                aria-describedby="include-private-hint"
                on:change:target=move |ev| include_private.set(ev.target().checked())/>
            <label for="include-private">"Include my private goals"</label>
            <p class="hint" id="include-private-hint">{move || match (private_count.get(), scope().is_whole()) {
                _ if locked() => "Your private goals are locked: unlock them in My goals to include them.".to_owned(),
                _ if state.viewing.with(Option::is_some) => "Close the snapshot you are viewing to include your private goals with your own workspace.".to_owned(),
                (None, _) => "You have no private goals or 1:1 notes to include.".to_owned(),
                (Some(_), false) => "Private goals go only into a whole-workspace export.".to_owned(),
                (Some(what), true) => format!("Adds your {what} to the file, unencrypted, for your own backup or another browser of yours. Off by default."),
            }}</p>
        </div>
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let export_error = RwSignal::new(None::<String>);
    view! {
        <h1 tabindex="-1">"Settings"</h1>

        <section class="panel" aria-labelledby="organisation-heading">
            <h2 id="organisation-heading">"Organisation"</h2>
            <div class="field">
                <label for="organisation-name">"Organisation name"</label>
                <input
                    id="organisation-name"
                    type="text"
                    maxlength="120"
                    autocomplete="organization"
                    placeholder="e.g. Acme Inc."
                    prop:value=move || state.with(|ws| ws.name.clone())
                    on:input:target=move |ev| {
                        let name = ev.target().value();
                        state.edit(|ws| ws.rename_organisation(&name));
                    }
                />
            </div>
            <Me/>
        </section>

        <People/>
        <Periods/>
        <Cadence/>
        <Features/>
        <AppearancePanel/>

        <section class="panel" aria-labelledby="data-heading">
            <h2 id="data-heading">"Data"</h2>
            <p>
                "Export downloads a snapshot file to keep or share: the whole workspace, one \
                 unit with the units under it, or one period. Importing a file shows what it \
                 holds first; you can merge it into this workspace, replace this workspace, \
                 or open it read-only. A merge or a replacement can be undone."
            </p>
            <ExportPart error=export_error/>
            <div class="actions">
                <ImportButton label="Import from file…"/>
            </div>
            <p class="muted">"For spreadsheets, one CSV file per table, covering every period:"</p>
            <div class="actions">
                {CsvTable::ALL.map(|table| view! {
                    <button type="button" class="view-action" aria-label=format!("Export {} as CSV", table.label().to_lowercase())
                        on:click=move |_| export_error.set(state.export_csv(table).err())>
                        {format!("{} (CSV)", table.label())}
                    </button>
                }).collect_view()}
            </div>
            {move || export_error.get().map(|message| view! {
                <p class="field-error" role="alert">{format!("Could not export: {message}.")}</p>
            })}
        </section>

        <section class="panel" aria-labelledby="storage-heading">
            <h2 id="storage-heading">"Storage"</h2>
            <p>
                "Ladder keeps your workspace in this browser's local storage, on this device \
                 only. Clearing the browser's site data deletes it, so export from time to time."
            </p>
            <StorageUse/>
            <BackupList/>
        </section>
    }
}

/// "This is me": a default for authorship, not a login.
#[component]
fn Me() -> impl IntoView {
    let state = expect_context::<AppState>();
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
            <label for="me">"This is me"</label>
            <p class="hint" id="me-hint">"Used as the default lead for what you create. Not a login: anyone using this browser can change it."</p>
            <select id="me" aria-describedby="me-hint" on:change:target=move |ev| {
                let value = ev.target().value();
                state.edit(|ws| ws.settings.me = (!value.is_empty()).then(|| PersonId::from(value.as_str())));
            }>
                <option value="" selected=move || state.with(|ws| ws.settings.me.is_none())>"Not set"</option>
                {move || people.get().into_iter().map(|(id, name)| {
                    let chosen = state.with(|ws| ws.settings.me.as_ref() == Some(&id));
                    view! { <option value=id.to_string() selected=chosen>{name}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// Everyone in the organisation: added, edited, removed.
#[component]
fn People() -> impl IntoView {
    let state = expect_context::<AppState>();
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
    let editing = RwSignal::new(None::<Option<PersonId>>);
    let error = RwSignal::new(None::<String>);
    view! {
        <section class="panel" aria-labelledby="people-heading">
            <div class="section-head">
                <h2 id="people-heading">"People"</h2>
                <button type="button" on:click=move |_| editing.set(Some(None))>"Add person"</button>
            </div>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=|| view! {
                <p class="muted">"No one yet. Add the people who lead objectives and key results."</p>
            }>
                // On phones the rows reflow into blocks (class `list-table`);
                // the explicit roles keep it a table for screen readers that
                // drop table semantics when rows are no longer displayed as rows.
                <table class="table list-table" role="table">
                    <thead><tr role="row"><th scope="col" role="columnheader">"Name"</th><th scope="col" role="columnheader">"Role"</th><th scope="col" role="columnheader">"Home unit"</th><th scope="col" role="columnheader"><span class="visually-hidden">"Actions"</span></th></tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|(id, name, role, unit)| {
                            let edit_id = id.clone();
                            let delete_name = name.clone();
                            view! {
                                <tr role="row">
                                    <th scope="row" role="rowheader"><a href=Route::from(Page::Person(id.clone())).href()>{name.clone()}</a></th>
                                    <td role="cell">{role}</td>
                                    <td role="cell">{unit}</td>
                                    <td class="actions" role="cell">
                                        <button type="button" class="small" aria-label=format!("Edit {name}")
                                            on:click=move |_| editing.set(Some(Some(edit_id.clone())))>"Edit"</button>
                                        <button type="button" class="small" aria-label=format!("Delete {name}")
                                            on:click=move |_| {
                                                let id = id.clone();
                                                match state.with_untracked(|ws| ws.check_delete_person(&id)) {
                                                    Err(reason) => error.set(Some(reason)),
                                                    Ok(()) => {
                                                        error.set(None);
                                                        let name = delete_name.clone();
                                                        state.edit_with_undo(move |ws| {
                                                            ws.delete_person(&id)?;
                                                            Ok(format!("Removed {name}."))
                                                        });
                                                    }
                                                }
                                            }>"Delete"</button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </Show>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <Modal open=Signal::derive(move || editing.with(Option::is_some))
                on_cancel=Callback::new(move |()| editing.set(None)) labelled_by="person-form-title">
                {move || editing.get().map(|who| view! {
                    <PersonForm editing=who on_done=Callback::new(move |_| editing.set(None))/>
                })}
            </Modal>
        </section>
    }
}

/// Periods: quarters by default, custom ranges allowed, one marked current.
#[component]
fn Periods() -> impl IntoView {
    let state = expect_context::<AppState>();
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
    let custom = RwSignal::new(false);
    let editing = RwSignal::new(None::<PeriodId>);
    view! {
        <section class="panel" aria-labelledby="periods-heading">
            <div class="section-head">
                <h2 id="periods-heading">"Periods"</h2>
                <div class="actions">
                    {move || next_missing.get().map(|(year, q)| view! {
                        <button type="button" on:click=move |_| {
                            state.edit(|ws| { let _ = ws.add_quarter(PeriodId::from_bits(clock::random_bits()), (year, q)); });
                        }>{format!("Add {year} Q{q}")}</button>
                    })}
                    <button type="button" on:click=move |_| custom.set(true)>"Add custom period"</button>
                </div>
            </div>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=|| view! { <p class="muted">"No periods yet."</p> }>
                <ul class="period-list">
                    {move || rows.get().into_iter().map(|(closed, id, name, range, current, objectives)| {
                        let close_id = id.clone();
                        let edit_id = id.clone();
                        let current_id = id.clone();
                        let delete_id = id.clone();
                        view! {
                            <li>
                                <span>
                                    <strong>{name.clone()}</strong>
                                    <span class="muted">{format!(" {range} · {}", count(objectives, "objective", "objectives"))}</span>
                                    {current.then(|| view! { <span class="tag tag-current">"Current"</span> })}
                                    {closed.then(|| view! { <span class="tag">"Closed"</span> })}
                                </span>
                                <span class="actions">
                                    <button type="button" class="small" aria-label=format!("Edit {name}")
                                        on:click=move |_| editing.set(Some(edit_id.clone()))>"Edit"</button>
                                    <button type="button" class="small"
                                        aria-label=format!("{} {name}", if closed { "Reopen" } else { "Close" })
                                        on:click=move |_| {
                                            let id = close_id.clone();
                                            state.edit_with_undo(move |ws| {
                                                ws.set_period_closed(&id, !closed);
                                                Ok(if closed { "Period reopened.".to_owned() } else { "Period closed: its OKRs are read-only.".to_owned() })
                                            });
                                        }>{if closed { "Reopen" } else { "Close" }}</button>
                                    {(!current).then(|| view! {
                                        <button type="button" class="small" aria-label=format!("Make current: {name}")
                                            on:click=move |_| state.edit(|ws| ws.current_period = Some(current_id.clone()))>"Make current"</button>
                                    })}
                                    <button type="button" class="small" aria-label=format!("Delete {name}")
                                        on:click=move |_| {
                                            let id = delete_id.clone();
                                            let refusal = state.with_untracked(|ws| ws.check_delete_period(&id).err());
                                            match refusal {
                                                Some(reason) => error.set(Some(reason)),
                                                None => {
                                                    error.set(None);
                                                    state.edit_with_undo(move |ws| {
                                                        ws.delete_period(&id)?;
                                                        Ok("Period deleted.".to_owned())
                                                    });
                                                }
                                            }
                                        }>"Delete"</button>
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <Modal open=Signal::derive(move || custom.get() || editing.with(Option::is_some))
                on_cancel=Callback::new(move |()| { custom.set(false); editing.set(None); })
                labelled_by="period-form-title">
                {move || view! {
                    <CustomPeriodForm editing=editing.get_untracked()
                        on_done=Callback::new(move |()| { custom.set(false); editing.set(None); })/>
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
    let state = expect_context::<AppState>();
    let draft = state
        .with_untracked(|ws| editing.as_ref().and_then(|id| PeriodDraft::of(ws, id)))
        .unwrap_or_default();
    let name = RwSignal::new(draft.name);
    let start = RwSignal::new(draft.start);
    let end = RwSignal::new(draft.end);
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
                    crate::ui::components::focus_field(format!("period-{first}"));
                }
                errors.set(found);
            }
            Ok(valid) => {
                let editing = editing.clone();
                state.edit(move |ws| match editing {
                    Some(id) => ws.update_period(&id, valid),
                    None => ws.add_period(PeriodId::from_bits(clock::random_bits()), valid),
                });
                on_done.run(());
            }
        }
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="period-form-title">{if is_editing { "Edit period" } else { "Custom period" }}</h2>
            <TextField id="period-name" label="Name" value=name error=error("name") placeholder="e.g. 2027 H1"/>
            <div class="field-row">
                <TextField id="period-start" label="First day" value=start error=error("start") kind="date"/>
                <TextField id="period-end" label="Last day" value=end error=error("end") kind="date"/>
            </div>
            <div class="actions">
                <button type="submit" class="primary">{if is_editing { "Save period" } else { "Add period" }}</button>
                <button type="button" on:click=move |_| on_done.run(())>"Cancel"</button>
            </div>
        </form>
    }
}

/// How much of the browser's storage Ladder takes, with a warning while
/// there is still time to act.
#[component]
fn StorageUse() -> impl IntoView {
    let state = expect_context::<AppState>();
    let used = Memo::new(move |_| {
        // Saves and backups change what is stored.
        state.stored_size.track();
        state.backups.track();
        local::used()
    });
    view! {
        {move || match used.get() {
            Err(reason) => view! {
                <p class="hint">{format!("Ladder cannot tell how much storage it uses: {reason}.")}</p>
            }.into_any(),
            Ok(units) => {
                let share = units as f64 / local::QUOTA_UNITS as f64;
                let percent = (share * 100.0).round().clamp(0.0, 100.0);
                view! {
                    <div class="storage-use">
                        <label for="storage-meter">"Space used in this browser"</label>
                        <meter id="storage-meter" min="0" max="1" low="0.6" high=NEARLY_FULL optimum="0" value=share.min(1.0)
                            aria-describedby="storage-use-text"></meter>
                        <p id="storage-use-text">
                            {format!(
                                "Ladder uses {} of the {} or so this browser allows ({percent}%).",
                                megabytes(units),
                                megabytes(local::QUOTA_UNITS),
                            )}
                        </p>
                        {(share >= NEARLY_FULL).then(|| view! {
                            <p class="warning" role="status">
                                "Storage is nearly full. Export a snapshot now, and delete backups you no \
                                 longer need: when it is full, new changes stay in this tab only."
                            </p>
                        })}
                    </div>
                }.into_any()
            }
        }}
    }
}

/// The share of the quota from which Ladder warns.
const NEARLY_FULL: f64 = 0.8;

/// Code units as megabytes: two bytes each, as browsers store them.
fn megabytes(units: usize) -> String {
    format!("{:.1} MB", units as f64 * 2.0 / 1_000_000.0)
}

/// Backups kept in this browser, each downloadable, restorable or deletable.
#[component]
fn BackupList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<String>);
    view! {
        <h3>"Backups"</h3>
        <Show
            when=move || state.backups.with(|b| !b.is_empty())
            fallback=|| view! { <p class="muted">"No backups. One is kept automatically before each import."</p> }
        >
            <ul class="backup-list">
                <For
                    each=move || state.backups.get()
                    // The before-import slot keeps its key when refilled: key on content too.
                    key=|backup| format!("{}|{}|{:?}", backup.key, backup.size, backup.kind)
                    children=move |backup| view! { <BackupRow backup error/> }
                />
            </ul>
        </Show>
        {move || error.get().map(|message| view! {
            <p class="field-error" role="alert">{message}</p>
        })}
    }
}

#[component]
fn BackupRow(
    /// The backup this row offers actions for.
    backup: Backup,
    /// Where a failed action reports its reason.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let size = format!("{} KB", (backup.size * 2).div_ceil(1024));
    let when = |at: Option<DateTime<Utc>>| {
        at.map(|at| format!(" ({})", clock::format_date_time(at)))
            .unwrap_or_default()
    };
    let (description, restorable) = match &backup.kind {
        BackupKind::BeforeImport { saved_at } => (
            format!(
                "Workspace from before the last import or restore{}",
                when(*saved_at)
            ),
            true,
        ),
        BackupKind::Unreadable { found_at } => (
            format!(
                "Data Ladder could not read, set aside{}",
                when(found_at.parse().ok())
            ),
            false,
        ),
    };
    let download = {
        let backup = backup.clone();
        move |_| error.set(state.download_backup(&backup).err())
    };
    let delete = {
        let backup = backup.clone();
        move |_| error.set(state.delete_backup(&backup).err())
    };
    view! {
        <li>
            <span>{description}<span class="muted">{format!(" · {size}")}</span></span>
            <span class="actions">
                {restorable.then(|| view! {
                    <button type="button" on:click=move |_| error.set(state.restore_before_import().err())>
                        "Restore"
                    </button>
                })}
                <button type="button" on:click=download>"Download"</button>
                <button type="button" on:click=delete>"Delete"</button>
            </span>
        </li>
    }
}

/// How often key results are due for a check-in.
#[component]
fn Cadence() -> impl IntoView {
    let state = expect_context::<AppState>();
    let days = Memo::new(move |_| state.with(|ws| ws.settings.check_in_every_days));
    view! {
        <section class="panel" aria-labelledby="cadence-heading">
            <h2 id="cadence-heading">"Check-in rhythm"</h2>
            <div class="field">
                <label for="cadence">"Key results are due for a check-in"</label>
                <select id="cadence" on:change:target=move |ev| {
                    if let Ok(d) = ev.target().value().parse::<u32>() {
                        state.edit(move |ws| ws.set_check_in_cadence(d));
                    }
                }>
                    {crate::domain::CADENCES.iter().map(|(d, name)| {
                        let d = *d;
                        view! { <option value=d.to_string() selected=move || days.get() == d>{*name}</option> }
                    }).collect_view()}
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
            <h2 id="appearance-heading">"Appearance"</h2>
            <Choice
                legend="Colour scheme"
                name="appearance"
                value=appearance
                options=Appearance::ALL.iter().map(|a| (*a, a.label(), "")).collect()
                hint=Some(Signal::derive(|| "Applies in this browser only, for every workspace you open in it.".to_owned()))
            />
        </section>
    }
}

/// Features an organisation opts into: individual goals.
#[component]
fn Features() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on = Memo::new(move |_| state.with(|ws| ws.settings.individual_goals));
    let overhead = Memo::new(move |_| state.with(|ws| ws.individual_overhead()));
    let hidden = Memo::new(move |_| state.with(|ws| ws.individual_goals_held(None)));
    view! {
        <section class="panel" aria-labelledby="features-heading">
            <h2 id="features-heading">"Features"</h2>
            <div class="field checkbox-field">
                <input type="checkbox" id="individual-goals"
                    prop:checked=move || on.get()
                    aria-describedby="individual-goals-hint individual-goals-overhead"
                    on:change:target=move |ev| {
                        let enabled = ev.target().checked();
                        state.edit(move |ws| ws.settings.individual_goals = enabled);
                    }/>
                <label for="individual-goals">"Individual goals"</label>
                <p class="hint" id="individual-goals-hint">
                    "Lets a person hold individual OKRs or KPIs (a sales quota, say) on their page. \
                     Use them sparingly: they add overhead, can make people compete instead of \
                     collaborate, and are often tasks in disguise. Turning this off hides them and \
                     deletes nothing."
                </p>
                <p class="hint" id="individual-goals-overhead">{move || {
                    let o = overhead.get();
                    format!(
                        "Overhead here: {} × {} goals = {} individual goals a period, about {} a year to write, track and update.",
                        count(o.people, "person", "people"),
                        o.goals_each,
                        o.per_period(),
                        o.per_year(),
                    )
                }}</p>
                {move || (!on.get() && hidden.get() > 0).then(|| view! {
                    <p class="hint">{format!("{} kept, hidden while this is off.", count(hidden.get(), "individual goal is", "individual goals are"))}</p>
                })}
            </div>
        </section>
    }
}
