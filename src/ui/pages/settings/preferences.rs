//! Settings: the check-in rhythm, optional features and appearance.

use crate::text;
use crate::ui::appearance::Appearance;
use crate::ui::components::Choice;
use crate::ui::state::Document;
use leptos::prelude::*;

/// How often key results are due for a check-in.
#[component]
pub fn Cadence() -> impl IntoView {
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

/// Features an organisation opts into: individual goals.
#[component]
pub fn Features() -> impl IntoView {
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

/// This browser's colour scheme.
#[component]
pub fn AppearancePanel() -> impl IntoView {
    let appearance = expect_context::<RwSignal<Appearance>>();
    view! {
        <section class="panel" aria-labelledby="appearance-heading">
            <h2 id="appearance-heading">{text::settings_page::APPEARANCE}</h2>
            <Choice
                legend=text::settings_page::COLOUR_SCHEME
                name="appearance"
                value=appearance
                options=Appearance::ALL.iter().map(|a| (*a, a.label(), String::new())).collect()
                hint=Some(Signal::derive(|| text::settings_page::COLOUR_SCHEME_HINT.to_owned()))
            />
        </section>
    }
}
