//! The dependencies of an objective's page: what it waits on (removable
//! here) and the dialog that records a new one, found by typing.

use crate::domain::{ObjectiveId, WorkRef, Workspace};
use crate::text;
use crate::ui::components::{Modal, WorkLink};
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

/// How many matches the picker lists at once: a large organisation has
/// thousands; the search narrows them.
const SHOWN: usize = 30;

/// The choices whose label holds every word of `query`, ignoring case.
fn matching(choices: &[Choice], query: &str) -> Vec<Choice> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    choices
        .iter()
        .filter(|(_, label)| {
            let label = label.to_lowercase();
            words.iter().all(|w| label.contains(w.as_str()))
        })
        .cloned()
        .collect()
}

/// "Add a dependency": one button, and a dialog to find the other unit's
/// work by typing part of its title.
#[component]
pub fn AddDependency(
    /// The objective whose page this is.
    objective: ObjectiveId,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let open = RwSignal::new(false);
    // Whether another unit has work this period, without writing every label.
    let has_targets = {
        let objective = objective.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                ws.objective(&objective)
                    .is_some_and(|own| ws.objectives_in(&own.period).any(|o| o.unit != own.unit))
            })
        })
    };
    view! {
        <Show
            when=move || has_targets.get()
            fallback=|| view! { <p class="muted">{text::objective_page::NO_DEPENDENCY_TARGETS}</p> }
        >
            <button type="button" class="dependency-add" on:click=move |_| open.set(true)>
                {text::objective_page::ADD_DEPENDENCY_HEADING}
            </button>
        </Show>
        <Modal
            open
            on_cancel=Callback::new(move |()| open.set(false))
            labelled_by="dependency-form-title"
        >
            {
                let objective = objective.clone();
                move || {
                    view! {
                        <DependencyForm
                            objective=objective.clone()
                            on_done=Callback::new(move |()| open.set(false))
                        />
                    }
                }
            }
        </Modal>
    }
}

/// The dialog's form: what waits, and a searchable list of what it may wait on.
#[component]
fn DependencyForm(objective: ObjectiveId, on_done: Callback<()>) -> impl IntoView {
    let state = expect_context::<Document>();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let query = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let sources = {
        let objective = objective.clone();
        Memo::new(move |_| state.with(|ws| sources(ws, &objective)))
    };
    let targets = Memo::new(move |_| state.with(|ws| targets(ws, &objective)));
    let found = Memo::new(move |_| targets.with(|t| query.with(|q| matching(t, q))));
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
            Ok(()) => on_done.run(()),
            Err(message) => error.set(Some(message)),
        }
    };
    let invalid = move || error.with(Option::is_some);
    view! {
        <form class="dependency-form" on:submit=add novalidate>
            <h2 id="dependency-form-title">{text::objective_page::ADD_DEPENDENCY_HEADING}</h2>
            <div class="field">
                <label for="dependency-from">{text::objective_page::WHAT_WAITS_LABEL}</label>
                <select
                    id="dependency-from"
                    on:change:target=move |ev| from.set(ev.target().value())
                >
                    {move || options(sources.get(), from)}
                </select>
            </div>
            <div class="field">
                <label for="dependency-search">{text::objective_page::FIND_WORK_LABEL}</label>
                <p class="hint" id="dependency-search-hint">
                    {text::objective_page::FIND_WORK_HINT}
                </p>
                <input
                    type="search"
                    id="dependency-search"
                    autocomplete="off"
                    aria-describedby="dependency-search-hint"
                    prop:value=move || query.get()
                    on:input:target=move |ev| {
                        to.set(String::new());
                        query.set(ev.target().value())
                    }
                />
            </div>
            <fieldset
                class="choice dependency-targets"
                class:invalid=invalid
                aria-describedby=move || invalid().then_some("dependency-to-error")
            >
                <legend>{text::objective_page::WAITS_ON_LABEL}</legend>
                {move || {
                    let found = found.get();
                    if found.is_empty() {
                        return view! {
                            <p class="muted">
                                {text::objective_page::no_work_matches(&query.get())}
                            </p>
                        }
                            .into_any();
                    }
                    let more = found.len().saturating_sub(SHOWN);
                    view! {
                        {found
                            .into_iter()
                            .take(SHOWN)
                            .map(|(value, label)| {
                                let chosen = value.clone();
                                let checked = value.clone();
                                view! {
                                    <label class="choice-option">
                                        <input
                                            type="radio"
                                            name="dependency-to"
                                            prop:checked=move || to.with(|t| t == &checked)
                                            on:change=move |_| {
                                                error.set(None);
                                                to.set(chosen.clone())
                                            }
                                        />
                                        <span>{label}</span>
                                    </label>
                                }
                            })
                            .collect_view()}
                        {(more > 0)
                            .then(|| {
                                view! {
                                    <p class="muted">
                                        {text::objective_page::more_work_matches(&more)}
                                    </p>
                                }
                            })}
                    }
                        .into_any()
                }}
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
            </fieldset>
            <div class="actions">
                <button type="submit" class="primary">
                    {text::objective_page::ADD_DEPENDENCY}
                </button>
                <button type="button" on:click=move |_| on_done.run(())>
                    {text::common::CANCEL}
                </button>
            </div>
        </form>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_typed_must_match_in_any_case() {
        let choices = vec![
            (
                "o:1".to_owned(),
                "Marketing: Generate 1,000 qualified leads".to_owned(),
            ),
            (
                "o:2".to_owned(),
                "Sales: Close €5M in new business".to_owned(),
            ),
        ];
        assert_eq!(matching(&choices, "").len(), 2);
        assert_eq!(matching(&choices, "LEADS market")[0].0, "o:1");
        assert!(matching(&choices, "leads sales").is_empty());
    }
}
