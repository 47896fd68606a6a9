//! Settings: the people of the organisation.

use crate::domain::PersonId;
use crate::text;
use crate::ui::components::Modal;
use crate::ui::drafts::Drafts;
use crate::ui::forms::PersonForm;
use crate::ui::route::{Page, Route};
use crate::ui::state::Document;
use leptos::prelude::*;

/// Everyone in the organisation: added, edited, removed.
#[component]
pub fn People() -> impl IntoView {
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
