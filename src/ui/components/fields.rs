//! Labelled form fields whose error message sits right under the input and
//! is tied to it (`aria-invalid`, `aria-describedby`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the input with this id, after the next frame (errors render first).
pub fn focus_field(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id)
            && let Ok(element) = element.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = element.focus();
        }
    });
}

fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, part)| format!("{id}-{part}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The label, hint and error around an input.
#[component]
fn FieldShell(
    /// The input's id.
    id: &'static str,
    /// The visible label.
    label: String,
    /// Extra guidance shown under the label.
    hint: Option<&'static str>,
    /// The message for a wrong value.
    error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=format!("{id}-hint")>{hint}</p> })}
            {children()}
            {move || error.get().map(|message| view! {
                <p class="field-error" id=format!("{id}-error")>{message}</p>
            })}
        </div>
    }
}

/// A one-line text input.
#[component]
pub fn TextField(
    /// The input's id, unique on the page.
    id: &'static str,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// The text, updated as the person types.
    value: RwSignal<String>,
    /// The message for a wrong value.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Extra guidance shown under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The id of a `<datalist>` with suggestions.
    #[prop(optional)]
    list: Option<&'static str>,
    /// `decimal` for numbers: a numeric keyboard on phones, while the text
    /// stays ours to check (a `type="number"` input hides what was typed).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// An example value.
    #[prop(optional)]
    placeholder: Option<&'static str>,
    /// The input type, `text` by default.
    #[prop(optional)]
    kind: Option<&'static str>,
    /// Bounds for a date input.
    #[prop(optional, into)]
    min: Option<String>,
    #[prop(optional, into)] max: Option<String>,
) -> impl IntoView {
    view! {
        <FieldShell id label hint error>
            <input
                id=id
                type=kind.unwrap_or("text")
                min=min
                max=max
                list=list
                inputmode=inputmode
                placeholder=placeholder
                autocomplete="off"
                prop:value=move || value.get()
                on:input:target=move |ev| value.set(ev.target().value())
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || described_by(id, hint.is_some(), error.with(Option::is_some))
            />
        </FieldShell>
    }
}

/// A multi-line text input.
#[component]
pub fn TextAreaField(
    /// The input's id, unique on the page.
    id: &'static str,
    /// The visible label.
    label: &'static str,
    /// The text, updated as the person types.
    value: RwSignal<String>,
    /// Extra guidance shown under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let error = Signal::derive(|| None::<String>);
    view! {
        <FieldShell id label=label.to_owned() hint error>
            <textarea
                id=id
                rows="3"
                prop:value=move || value.get()
                on:input:target=move |ev| value.set(ev.target().value())
                aria-describedby=described_by(id, hint.is_some(), false)
            ></textarea>
        </FieldShell>
    }
}

/// A choice from a list. Options are `(value, label)`; an empty value stands for "none".
#[component]
pub fn SelectField(
    /// The select's id, unique on the page.
    id: &'static str,
    /// The visible label.
    label: &'static str,
    /// The chosen option's value.
    value: RwSignal<String>,
    /// The options, in order.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The message for a wrong choice.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Extra guidance shown under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    view! {
        <FieldShell id label=label.to_owned() hint error>
            <select
                id=id
                on:change:target=move |ev| value.set(ev.target().value())
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || described_by(id, hint.is_some(), error.with(Option::is_some))
            >
                {move || options.get().into_iter().map(|(option, text)| {
                    // `selected` per option: a select's value set before its options exist is lost.
                    let selected = value.with(|v| v == &option);
                    view! { <option value=option selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </FieldShell>
    }
}

/// A group of radio buttons with a legend.
#[component]
pub fn Choice<T: Copy + PartialEq + Send + Sync + 'static>(
    /// The question the choices answer.
    legend: &'static str,
    /// The form control name shared by the radios.
    name: &'static str,
    /// The chosen value.
    value: RwSignal<T>,
    /// The values with their labels and a short explanation.
    options: Vec<(T, &'static str, &'static str)>,
) -> impl IntoView {
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            {options.into_iter().map(|(option, label, note)| view! {
                <label class="choice-option">
                    <input type="radio" name=name
                        prop:checked=move || value.get() == option
                        on:change=move |_| value.set(option)/>
                    <span>{label}<span class="muted">{format!(" — {note}")}</span></span>
                </label>
            }).collect_view()}
        </fieldset>
    }
}
