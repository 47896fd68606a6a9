//! A field that names people: a lead, contributors, who checked in. A name
//! nobody has yet is offered as a new person on the spot, so no form sends
//! its user to Settings first.

use super::TextField;
use crate::domain::{PersonDraft, PersonId, UnitId, new_names};
use crate::text;
use crate::ui::focus::focus_field;
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
    /// The unit a person added here belongs to, if the form knows one.
    #[prop(optional, into)]
    unit: Option<Signal<Option<UnitId>>>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let new = Memo::new(move |_| value.with(|typed| state.with(|ws| new_names(ws, typed, many))));
    let added = RwSignal::new(None::<String>);
    // A confirmation belongs to the name just added; typing on makes it stale.
    Effect::watch(move || value.track(), move |_, _, _| added.set(None), false);
    let add = move |name: String| {
        let draft = PersonDraft {
            name: name.clone(),
            role: String::new(),
            unit: unit.and_then(|u| u.get_untracked()),
        };
        // A unit chosen in the form but since deleted is dropped rather than
        // refusing the person: the unit is optional, the name is not.
        let valid = state.with_untracked(|ws| {
            draft.validate(ws, None).or_else(|_| {
                PersonDraft {
                    unit: None,
                    ..draft.clone()
                }
                .validate(ws, None)
            })
        });
        if let Ok(valid) = valid {
            state.edit(|ws| ws.add_person(PersonId::from_bits(clock::random_bits()), valid));
            added.set(Some(name));
        }
        // The button that held focus is gone with the offer: back to the field.
        focus_field(id.to_owned());
    };
    view! {
        {match hint {
            Some(hint) => {
                view! { <TextField id label value error hint list=PEOPLE_LIST /> }.into_any()
            }
            None => view! { <TextField id label value error list=PEOPLE_LIST /> }.into_any(),
        }}
        <div class="person-offer" aria-live="polite">
            <For each=move || new.get() key=Clone::clone let:name>
                <p>
                    <span>{text::person_field::not_yet(&name)}</span>
                    " "
                    <button
                        type="button"
                        class="small"
                        on:click={
                            let name = name.clone();
                            move |_| add(name.clone())
                        }
                    >
                        {text::person_field::add(&name)}
                    </button>
                </p>
            </For>
            {move || {
                added
                    .get()
                    .map(|name| view! { <p class="muted">{text::person_field::added(&name)}</p> })
            }}
        </div>
    }
}
