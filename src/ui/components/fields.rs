//! Labelled form fields whose error message sits right under the input and
//! is tied to it (`aria-invalid`, `aria-describedby`).

use super::{Icon, IconName};
use crate::text;
use leptos::prelude::*;

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
            {hint
                .map(|hint| {
                    view! {
                        <p class="hint" id=format!("{id}-hint")>
                            {hint}
                        </p>
                    }
                })}
            {children()}
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-error" id=format!("{id}-error")>
                                {message}
                            </p>
                        }
                    })
            }}
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
    /// What the browser may fill in (`name`, `organization`); off by
    /// default, since most fields are about OKRs, not the person typing.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
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
                autocomplete=autocomplete.unwrap_or("off")
                prop:value=move || value.get()
                on:input:target=move |ev| value.set(ev.target().value())
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || described_by(
                    id,
                    hint.is_some(),
                    error.with(Option::is_some),
                )
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
    /// The message for what was typed, if it is wrong.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let error = error.unwrap_or_else(|| Signal::derive(|| None::<String>));
    view! {
        <FieldShell id label=label.to_owned() hint error>
            <textarea
                id=id
                rows="3"
                prop:value=move || value.get()
                on:input:target=move |ev| value.set(ev.target().value())
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || described_by(
                    id,
                    hint.is_some(),
                    error.with(Option::is_some),
                )
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
                aria-describedby=move || described_by(
                    id,
                    hint.is_some(),
                    error.with(Option::is_some),
                )
            >
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(option, text)| {
                            let selected = value.with(|v| v == &option);
                            // `selected` per option: a select's value set before its options exist is lost.
                            view! {
                                <option value=option selected=selected>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </FieldShell>
    }
}

/// A choice's icon and the slug that colours it: `(Check, "on-track")`;
/// `None` for a choice without one.
pub type IconOf<T> = fn(T) -> Option<(IconName, &'static str)>;

/// A group of radio buttons with a legend, and like the other fields an
/// optional hint and an error tied to the group.
#[component]
pub fn Choice<T: Copy + PartialEq + Send + Sync + 'static>(
    /// The question the choices answer.
    legend: &'static str,
    /// The form control name shared by the radios; the first radio's id, and
    /// the ids of the hint and error, derive from it.
    name: &'static str,
    /// The chosen value.
    value: RwSignal<T>,
    /// The values with their labels and a short explanation (may be empty;
    /// owned, since some are written with the reader's numbers).
    options: Vec<(T, &'static str, String)>,
    #[prop(default = None)] hint: Option<Signal<String>>,
    #[prop(default = None)] error: Option<Signal<Option<String>>>,
    /// An icon shown before each label, with the slug that colours it, so a
    /// choice such as a status is not told apart by words alone.
    #[prop(default = None)]
    icon: Option<IconOf<T>>,
    /// Extra classes for the fieldset.
    #[prop(default = "")]
    class: &'static str,
) -> impl IntoView {
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    let has_hint = hint.is_some();
    view! {
        <fieldset
            class=format!("choice {class}")
            class:invalid=move || error.with(Option::is_some)
            aria-describedby=move || described_by(name, has_hint, error.with(Option::is_some))
        >
            <legend>{legend}</legend>
            {hint
                .map(|hint| {
                    view! {
                        <p class="hint" id=format!("{name}-hint")>
                            {move || hint.get()}
                        </p>
                    }
                })}
            {options
                .into_iter()
                .enumerate()
                .map(|(i, (option, label, note))| {
                    let mark = icon.and_then(|icon_of| icon_of(option));
                    view! {
                        <label class=format!(
                            "choice-option {}",
                            mark
                                .map_or(
                                    String::new(),
                                    |(_, slug)| format!("symbol-option symbol-option-{slug}"),
                                ),
                        )>
                            <input
                                type="radio"
                                name=name
                                id=(i == 0).then_some(name)
                                aria-invalid=move || error.with(Option::is_some).then_some("true")
                                prop:checked=move || value.get() == option
                                on:change=move |_| value.set(option)
                            />
                            {mark
                                .map(|(icon, _)| {
                                    view! { <Icon icon class="status-symbol" /> }
                                })}
                            <span>
                                {label}
                                {(!note.is_empty())
                                    .then(|| {
                                        view! {
                                            <span class="muted">{text::common::aside(&note)}</span>
                                        }
                                    })}
                            </span>
                        </label>
                    }
                })
                .collect_view()}
            {move || {
                error
                    .get()
                    .map(|m| {
                        view! {
                            <p class="field-error" id=format!("{name}-error")>
                                {m}
                            </p>
                        }
                    })
            }}
        </fieldset>
    }
}
