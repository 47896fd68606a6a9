//! A field that names people: a lead, contributors, who checked in. A name
//! nobody has yet is accepted: the field says the person will be added, and
//! the form's save adds them (`forms::save_naming`), so no form sends its
//! user to Settings first.

use super::TextField;
use crate::domain::{PersonDraft, PersonId, UnitId, Workspace, new_names};
use crate::text;
use crate::ui::state::Document;
use crate::ui::{PEOPLE_LIST, clock};
use leptos::prelude::*;

#[component]
pub fn PersonField(
    /// The input's id, unique on the page.
    id: &'static str,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// The name or names, as typed.
    value: RwSignal<String>,
    /// The message for a wrong value.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Extra guidance shown under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Whether the field holds several names separated by commas.
    #[prop(optional)]
    many: bool,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let new = Memo::new(move |_| value.with(|typed| state.with(|ws| new_names(ws, typed, many))));
    view! {
        {match hint {
            Some(hint) => {
                view! { <TextField id label value error hint list=PEOPLE_LIST /> }.into_any()
            }
            None => view! { <TextField id label value error list=PEOPLE_LIST /> }.into_any(),
        }}
        <div class="person-offer" aria-live="polite">
            <For each=move || new.get() key=Clone::clone let:name>
                <p class="muted">{text::person_field::added_on_save(&name)}</p>
            </For>
        </div>
    }
}

/// Adds a person called `name` to `ws`, in `unit` if it still exists: the
/// unit is optional, the name is not. A name that cannot be a person's is
/// skipped: the form's own check then says why.
pub fn add_person_named(ws: &mut Workspace, name: &str, unit: Option<UnitId>) {
    let draft = PersonDraft {
        name: name.to_owned(),
        role: String::new(),
        unit,
    };
    let valid = draft.validate(ws, None).or_else(|_| {
        PersonDraft {
            unit: None,
            ..draft.clone()
        }
        .validate(ws, None)
    });
    if let Ok(valid) = valid {
        ws.add_person(PersonId::from_bits(clock::random_bits()), valid);
    }
}
