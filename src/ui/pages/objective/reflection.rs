//! The end-of-period reflection on an objective's page.

use super::model::ObjectivePageView;
use crate::domain::{ObjectiveId, Reflection};
use crate::text;
use crate::ui::state::Document;
use leptos::prelude::*;

/// Four questions about the work, shown once the period has ended (or
/// answered). An answer is saved once typing pauses and when its field is
/// left: one change per pause, not one per keystroke, and nothing typed is
/// lost to a reload.
#[component]
pub fn ReflectionSection(
    objective: ObjectiveId,
    page: Memo<Option<ObjectivePageView>>,
    closed: Memo<bool>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let answers = Memo::new(move |_| page.with(|p| p.as_ref().and_then(|p| p.reflection.clone())));
    view! {
        <Show when=move || answers.with(Option::is_some)>
            <section aria-labelledby="reflection-heading">
                <h2 id="reflection-heading">{text::objective_page::REFLECTION}</h2>
                <p class="muted">{text::objective_page::REFLECTION_HINT}</p>
                {Reflection::QUESTIONS
                    .iter()
                    .enumerate()
                    .map(|(i, (field, name, question))| {
                        let input_id = format!("reflection-{field}");
                        let field = *field;
                        let id = StoredValue::new(objective.clone());
                        let typed_field = format!("reflection-{objective}-{field}");
                        view! {
                            <div class="field">
                                <label for=input_id
                                    .clone()>
                                    {*name}
                                    <span class="muted">{text::common::aside(question)}</span>
                                </label>
                                <textarea
                                    id=input_id
                                    rows="2"
                                    readonly=move || closed.get()
                                    prop:value=move || {
                                        answers
                                            .with(|a| {
                                                a.as_ref().map(|a| a[i].clone()).unwrap_or_default()
                                            })
                                    }
                                    on:input:target=move |ev| {
                                        let (text, id) = (ev.target().value(), id.get_value());
                                        state
                                            .edit_as_typed(
                                                typed_field.clone(),
                                                move |ws| ws.set_reflection(&id, field, &text),
                                            );
                                    }
                                    on:change=move |_| state.commit_typed()
                                ></textarea>
                            </div>
                        }
                    })
                    .collect_view()}
            </section>
        </Show>
    }
}
