//! Settings → Periods: quarters and custom periods, the current one, closing.

use crate::domain::{FieldErrors, PeriodDraft, PeriodId, quarter_of};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{Modal, TextField};
use crate::ui::drafts::{DraftNotice, Drafts, field, keep_draft, target_of};
use crate::ui::format::days;
use crate::ui::state::Document;
use leptos::prelude::*;

/// A period as its row in the list shows it.
#[derive(Clone, PartialEq)]
struct PeriodRow {
    id: PeriodId,
    name: String,
    /// "1 Oct – 31 Dec 2026"
    range: String,
    closed: bool,
    current: bool,
    /// How many objectives it holds.
    objectives: usize,
}

/// Periods: quarters by default, custom ranges allowed, one marked current.
#[component]
pub fn Periods() -> impl IntoView {
    let state = expect_context::<Document>();
    let rows = Memo::new(move |_| {
        state.with(|ws| {
            ws.periods_in_order()
                .into_iter()
                .map(|p| PeriodRow {
                    closed: p.closed,
                    id: p.id.clone(),
                    name: p.name.clone(),
                    range: days(p.start, p.end),
                    current: ws.current_period.as_ref() == Some(&p.id),
                    objectives: ws.objectives.iter().filter(|o| o.period == p.id).count(),
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
                            .map(|row| view! { <PeriodItem row editing error /> })
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

/// One period with Edit, Close or Reopen, Make current and Delete.
#[component]
fn PeriodItem(
    row: PeriodRow,
    editing: RwSignal<Option<PeriodId>>,
    /// Where a refused delete says why.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let PeriodRow {
        id,
        name,
        range,
        closed,
        current,
        objectives,
    } = row;
    let close_id = id.clone();
    let edit_id = id.clone();
    let current_id = id.clone();
    let delete_id = id.clone();
    view! {
        <li>
            <span>
                <strong>{name.clone()}</strong>
                <span class="muted">
                    {text::settings_page::period_range_and_count(
                        &range,
                        &text::counts::objectives(objectives),
                    )}
                </span>
                {current
                    .then(|| {
                        view! {
                            <span class="tag tag-current">{text::settings_page::CURRENT}</span>
                        }
                    })}
                {closed
                    .then(|| {
                        view! { <span class="tag">{text::settings_page::CLOSED}</span> }
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
                                    state.edit(|ws| ws.current_period = Some(current_id.clone()))
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
                        let refusal = state.with_untracked(|ws| ws.check_delete_period(&id).err());
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
