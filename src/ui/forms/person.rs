use super::{error_of, show_errors, unit_options};
use crate::domain::{FieldErrors, PersonDraft, PersonId};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{FormActions, SelectField, TextField};
use crate::ui::drafts::{field, keep_draft, target_of};
use crate::ui::state::Document;
use leptos::prelude::*;

/// Adds a person, or edits one.
#[component]
pub fn PersonForm(
    /// The person to edit; `None` adds someone.
    editing: Option<PersonId>,
    /// Called when saved (`true`) or cancelled (`false`).
    on_done: Callback<bool>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let existing =
        state.with_untracked(|ws| editing.as_ref().and_then(|id| ws.person(id).cloned()));
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|p| p.name.clone())
            .unwrap_or_default(),
    );
    let role = RwSignal::new(
        existing
            .as_ref()
            .and_then(|p| p.role.clone())
            .unwrap_or_default(),
    );
    let unit = RwSignal::new(
        existing
            .as_ref()
            .and_then(|p| p.unit.as_ref())
            .map(|u| u.to_string())
            .unwrap_or_default(),
    );
    let kept = keep_draft(
        "person",
        target_of(editing.as_ref()),
        true,
        vec![
            field("name", name),
            field("role", role),
            field("unit", unit),
        ],
    );
    let errors = RwSignal::new(FieldErrors::default());
    let unit_choices = Signal::derive(move || {
        let mut options = vec![(String::new(), text::person_form::NO_UNIT.to_owned())];
        options.extend(state.with(|ws| unit_options(ws, |_| true)));
        options
    });
    let is_editing = editing.is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = PersonDraft {
            name: name.get_untracked(),
            role: role.get_untracked(),
            unit: Some(unit.get_untracked())
                .filter(|u| !u.is_empty())
                .map(|u| u.as_str().into()),
        };
        match state.with_untracked(|ws| draft.validate(ws, editing.as_ref())) {
            Err(found) => show_errors(errors, found, "person"),
            Ok(valid) => {
                let editing = editing.clone();
                state.edit(move |ws| match editing {
                    Some(id) => ws.update_person(&id, valid),
                    None => ws.add_person(PersonId::from_bits(clock::random_bits()), valid),
                });
                kept.finish();
                on_done.run(true);
            }
        }
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="person-form-title">
                {if is_editing {
                    text::person_form::EDIT_PERSON
                } else {
                    text::person_form::ADD_PERSON
                }}
            </h2>
            <TextField
                id="person-name"
                label=text::common::NAME
                value=name
                error=error_of(errors, "name")
            />
            <TextField
                id="person-role"
                label=text::person_form::ROLE_OPTIONAL
                value=role
                error=Signal::derive(|| None::<String>)
            />
            <SelectField
                id="person-unit"
                label=text::common::HOME_UNIT
                value=unit
                options=unit_choices
                error=error_of(errors, "unit")
            />
            <FormActions
                draft=kept
                save=if is_editing { text::common::SAVE } else { text::common::ADD_PERSON }
                on_cancel=Callback::new(move |()| on_done.run(false))
            />
        </form>
    }
}
