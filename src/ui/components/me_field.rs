//! "This is me": which person uses this browser. A default for authorship
//! and the subject of "My work", not a login; in Settings and on "My work"
//! until it is set.

use crate::domain::PersonId;
use crate::text;
use crate::ui::state::Document;
use leptos::prelude::*;

/// "This is me": a default for authorship, not a login.
#[component]
pub fn MeField() -> impl IntoView {
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
