//! The two ends of dependencies between units' work, as links: used by
//! the unit and objective pages.

use crate::domain::{WorkRef, Workspace};
use crate::ui::summary::objective_href;
use leptos::prelude::*;

/// One end of a dependency, as a link with its unit.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct WorkLink {
    pub title: String,
    pub unit: String,
    pub href: String,
}

/// The link for an objective or key result (a key result links to its objective).
pub fn work_link(ws: &Workspace, item: &WorkRef) -> Option<WorkLink> {
    let objective = ws.objective_of(item)?;
    Some(WorkLink {
        title: ws.work_title(item)?.to_owned(),
        unit: ws
            .unit(&objective.unit)
            .map_or_else(String::new, |u| u.name.clone()),
        href: objective_href(&objective.id, &objective.period),
    })
}

/// Pairs of "this ↔ that" dependency links under a heading; nothing when empty.
#[component]
pub fn DependencyList(
    /// The heading of the list.
    title: &'static str,
    /// (our side, their side) pairs.
    #[prop(into)]
    items: Signal<Vec<(WorkLink, WorkLink)>>,
) -> impl IntoView {
    view! {
        <Show when=move || items.with(|i| !i.is_empty())>
            <h3>{title}</h3>
            <ul class="dependency-list">
                {move || {
                    items
                        .get()
                        .into_iter()
                        .map(|(ours, theirs)| {
                            view! {
                                <li>
                                    <a href=ours.href>{ours.title}</a>
                                    <span class="muted">" ↔ "</span>
                                    <a href=theirs.href>{theirs.title}</a>
                                    <span class="unit-badge">{theirs.unit}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}
