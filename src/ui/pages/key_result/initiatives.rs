//! The initiatives of a key result: the work that should move it.

use crate::domain::{InitiativeId, InitiativeStatus, KeyResultId, Workspace};
use crate::text;
use crate::ui::components::Modal;
use crate::ui::drafts::Drafts;
use crate::ui::forms::InitiativeForm;
use crate::ui::state::Document;
use leptos::prelude::*;

/// Initiatives: the work moving this key result.
#[component]
pub fn Initiatives(key_result: KeyResultId, #[prop(into)] closed: Signal<bool>) -> impl IntoView {
    let state = expect_context::<Document>();
    let list = {
        let id = key_result.clone();
        Memo::new(move |_| state.with(|ws| rows(ws, &id)))
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
                                                        view! {
                                                            <span class="muted">{text::common::then(&l)}</span>
                                                        }
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

/// Each initiative as its row shows it: id, title, status, its lead's
/// name, and its link if that is a web address.
fn rows(ws: &Workspace, key_result: &KeyResultId) -> Vec<InitiativeRow> {
    ws.initiatives_of(key_result)
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
        .collect()
}

type InitiativeRow = (
    InitiativeId,
    String,
    InitiativeStatus,
    Option<String>,
    Option<String>,
);
