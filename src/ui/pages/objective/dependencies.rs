//! The dependencies of an objective's page: what it waits on (removable
//! here) and the form that records a new one.

use crate::domain::{ObjectiveId, WorkRef, Workspace};
use crate::text;
use crate::ui::components::WorkLink;
use crate::ui::state::Document;
use leptos::prelude::*;

/// What this objective waits on, each removable.
#[component]
pub fn WaitsOn(
    /// (from, to, from link, to link) for each link that starts here.
    #[prop(into)]
    items: Signal<Vec<(WorkRef, WorkRef, WorkLink, WorkLink)>>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    view! {
        <Show when=move || items.with(|i| !i.is_empty())>
            <h3>{text::objective_page::WAITS_ON}</h3>
            <ul class="dependency-list">
                {move || {
                    items
                        .get()
                        .into_iter()
                        .map(|(from, to, ours, theirs)| {
                            view! {
                                <li>
                                    <a href=ours.href>{ours.title.clone()}</a>
                                    <span class="muted">
                                        {text::objective_page::WAITS_ON_INLINE}
                                    </span>
                                    <a href=theirs.href>{theirs.title.clone()}</a>
                                    <span class="unit-badge">{theirs.unit}</span>
                                    <button
                                        type="button"
                                        class="small"
                                        aria-label=text::objective_page::remove_dependency_on(
                                            &theirs.title,
                                        )
                                        on:click=move |_| {
                                            let (from, to) = (from.clone(), to.clone());
                                            state
                                                .edit_with_undo(move |ws| {
                                                    ws.remove_dependency(&from, &to)?;
                                                    Ok(text::objective_page::DEPENDENCY_REMOVED.to_owned())
                                                });
                                        }
                                    >
                                        {text::objective_page::REMOVE_DEPENDENCY}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}

/// A choice in the dependency form: (the encoded `WorkRef`, its label).
type Choice = (String, String);

fn encode(item: &WorkRef) -> String {
    match item {
        WorkRef::Objective(id) => format!("o:{id}"),
        WorkRef::KeyResult(id) => format!("k:{id}"),
    }
}

fn decode(text: &str) -> Option<WorkRef> {
    match text.split_once(':') {
        Some(("o", id)) => Some(WorkRef::Objective(id.into())),
        Some(("k", id)) => Some(WorkRef::KeyResult(id.into())),
        _ => None,
    }
}

/// What here may wait: the objective, or one of its key results.
fn sources(ws: &Workspace, objective: &ObjectiveId) -> Vec<Choice> {
    let mut choices = vec![(
        encode(&WorkRef::Objective(objective.clone())),
        text::objective_page::THIS_OBJECTIVE.to_owned(),
    )];
    choices.extend(ws.key_results_of(objective).into_iter().map(|kr| {
        (
            encode(&WorkRef::KeyResult(kr.id.clone())),
            text::objective_page::key_result_option(&kr.title),
        )
    }));
    choices
}

/// What it may wait on: other units' objectives and key results in the
/// same period.
fn targets(ws: &Workspace, objective: &ObjectiveId) -> Vec<Choice> {
    let Some(own) = ws.objective(objective) else {
        return Vec::new();
    };
    let mut choices = Vec::new();
    for o in ws.objectives_in(&own.period).filter(|o| o.unit != own.unit) {
        let unit = ws.unit(&o.unit).map_or("", |u| u.name.as_str());
        choices.push((
            encode(&WorkRef::Objective(o.id.clone())),
            text::objective_page::target_objective(&unit, &o.title),
        ));
        for kr in ws.key_results_of(&o.id) {
            choices.push((
                encode(&WorkRef::KeyResult(kr.id.clone())),
                text::objective_page::target_key_result(&unit, &o.title, &kr.title),
            ));
        }
    }
    choices
}

/// Records that this objective, or one of its key results, waits on another unit's work.
#[component]
pub fn AddDependency(
    /// The objective whose page this is.
    objective: ObjectiveId,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let sources = {
        let objective = objective.clone();
        Memo::new(move |_| state.with(|ws| sources(ws, &objective)))
    };
    let targets = Memo::new(move |_| state.with(|ws| targets(ws, &objective)));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let source = from.get_untracked();
        let source = if source.is_empty() {
            sources
                .with_untracked(|s| s.first().map(|(v, _)| v.clone()))
                .unwrap_or_default()
        } else {
            source
        };
        let (Some(source), Some(target)) = (decode(&source), decode(&to.get_untracked())) else {
            error.set(Some(text::objective_page::WAITS_ON_REQUIRED.to_owned()));
            return;
        };
        match state.try_edit(|ws| ws.add_dependency(&source, target)) {
            Ok(()) => {
                error.set(None);
                to.set(String::new());
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let invalid = move || error.with(Option::is_some);
    view! {
        <Show
            when=move || targets.with(|t| !t.is_empty())
            fallback=|| view! { <p class="muted">{text::objective_page::NO_DEPENDENCY_TARGETS}</p> }
        >
            <form class="dependency-form" on:submit=add novalidate>
                <h3>{text::objective_page::ADD_DEPENDENCY_HEADING}</h3>
                <div class="field-row">
                    <div class="field">
                        <label for="dependency-from">
                            {text::objective_page::WHAT_WAITS_LABEL}
                        </label>
                        <select
                            id="dependency-from"
                            on:change:target=move |ev| from.set(ev.target().value())
                        >
                            {move || options(sources.get(), from)}
                        </select>
                    </div>
                    <div class="field" class:invalid=invalid>
                        <label for="dependency-to">{text::objective_page::WAITS_ON_LABEL}</label>
                        <select
                            id="dependency-to"
                            aria-invalid=move || invalid().then_some("true")
                            aria-describedby=move || invalid().then_some("dependency-to-error")
                            on:change:target=move |ev| {
                                error.set(None);
                                to.set(ev.target().value())
                            }
                        >
                            <option value="" selected=move || to.with(String::is_empty)>
                                {text::objective_page::CHOOSE_PLACEHOLDER}
                            </option>
                            {move || options(targets.get(), to)}
                        </select>
                        {move || {
                            error
                                .get()
                                .map(|e| {
                                    view! {
                                        <p class="field-error" id="dependency-to-error">
                                            {e}
                                        </p>
                                    }
                                })
                        }}
                    </div>
                </div>
                <button type="submit">{text::objective_page::ADD_DEPENDENCY}</button>
            </form>
        </Show>
    }
}

/// The `<option>`s of `choices`, with the one `chosen` names selected.
fn options(choices: Vec<Choice>, chosen: RwSignal<String>) -> impl IntoView {
    choices
        .into_iter()
        .map(|(value, label)| {
            let selected = chosen.with(|c| c == &value);
            view! {
                <option value=value selected=selected>
                    {label}
                </option>
            }
        })
        .collect_view()
}
