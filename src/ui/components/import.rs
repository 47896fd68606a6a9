//! Opening a snapshot file: pick or drop it, see what it holds and what a
//! merge would do, then merge, replace, or just look at it read-only.

use super::Modal;
use crate::domain::{Choices, Conflict, ExportScope, Merged, RecordKind, Side, Workspace};
use crate::ui::clock;
use crate::ui::focus::focus_first;
use crate::ui::format::{capitalise, workspace_contents};
use crate::ui::state::{AppState, PendingImport};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A button that opens a snapshot file; the choice follows in [`ImportDialog`].
#[component]
pub fn ImportButton(
    /// The button's text.
    label: &'static str,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let input = NodeRef::<html::Input>::new();
    let error = RwSignal::new(None::<String>);

    let on_pick = move |_| {
        let Some(file) = take_picked_file(input) else {
            return;
        };
        let name = file.name();
        spawn_local(async move {
            match state.offer_file(file).await {
                Ok(()) => error.set(None),
                Err(reason) => error.set(Some(format!("Could not import “{name}”. {reason}"))),
            }
        });
    };

    view! {
        <button type="button" class="view-action" on:click=move |_| {
            if let Some(input) = input.get() {
                input.click();
            }
        }>{label}</button>
        <input type="file" accept=".json,application/json" hidden node_ref=input on:change=on_pick/>
        {move || error.get().map(|message| view! {
            <p class="field-error" role="alert">{message}</p>
        })}
    }
}

/// The file just picked in `input`, clearing the input so the same file
/// can be picked again (after fixing it, say).
pub fn take_picked_file(input: NodeRef<html::Input>) -> Option<web_sys::File> {
    let input = input.get()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}

/// Describes what part of a workspace a file holds, when it is a part.
pub fn scope_text(scope: &ExportScope, ws: &Workspace) -> Option<String> {
    let unit = scope
        .unit
        .as_ref()
        .map(|u| ws.unit(u).map_or("one unit", |u| u.name.as_str()));
    let period = scope
        .period
        .as_ref()
        .map(|p| ws.period(p).map_or("one period", |p| p.name.as_str()));
    match (unit, period) {
        (None, None) => None,
        (Some(unit), None) => Some(format!("{unit} and the units under it, every period")),
        (None, Some(period)) => Some(format!("every unit, {period}")),
        (Some(unit), Some(period)) => Some(format!("{unit} and the units under it, {period}")),
    }
}

/// The dialog for a checked file, shown over any page.
#[component]
pub fn ImportDialog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let cancel = Callback::new(move |()| state.pending.set(None));
    view! {
        <Modal open=Signal::derive(move || state.pending.with(Option::is_some)) on_cancel=cancel
            labelled_by="import-title">
            // Rebuilt per file, so each starts with no choices made.
            {move || state.pending.get().map(|pending| view! { <ImportChoice pending cancel/> })}
        </Modal>
    }
}

/// What merging would do, with the problems its result would have.
#[derive(Clone, PartialEq)]
struct Preview {
    merged: Merged,
    problems: Vec<String>,
}

/// The dialog's content for one file: what it holds and the ways to take it in.
#[component]
fn ImportChoice(pending: PendingImport, cancel: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let choices = RwSignal::new(Choices::new());
    let error = RwSignal::new(None::<String>);
    let incoming = pending.envelope.workspace.clone();
    let preview = Memo::new(move |_| {
        let merged = choices.with(|c| state.preview_merge(&incoming, c));
        let problems = merged
            .workspace
            .problems()
            .iter()
            .map(ToString::to_string)
            .collect();
        Preview { merged, problems }
    });
    // Untracked: a save from another tab must not rebuild the open dialog.
    let own = state.with_own(|ws| {
        (!ws.is_empty()).then(|| (ws.display_name().to_owned(), workspace_contents(ws)))
    });
    let has_own = own.is_some();
    let finish = move |result: Result<(), String>, focus: &'static str| match result {
        Ok(()) => {
            state.pending.set(None);
            focus_first(focus);
        }
        Err(reason) => error.set(Some(reason)),
    };
    let merge = {
        let pending = pending.clone();
        move |_| {
            finish(
                choices.with_untracked(|c| state.apply_merge(&pending, c)),
                "main h1",
            )
        }
    };
    let replace = {
        let pending = pending.clone();
        move |_| finish(state.apply_import(pending.clone()), "main h1")
    };
    let view_only = {
        let pending = pending.clone();
        move |_| {
            state.open_snapshot(pending.clone());
            // The banner says where the person now is; start there.
            finish(Ok(()), "#viewing-title");
        }
    };
    let blocked =
        move || preview.with(|p| p.merged.report.changes_nothing() || !p.problems.is_empty());
    view! {
        <h2 id="import-title">{format!("Import “{}”?", pending.file_name)}</h2>
        <FileSummary pending=pending.clone()/>
        {has_own.then(|| view! { <MergePreview preview choices/> })}
        {own.map(|(name, contents)| view! {
            <p>
                {format!("Replace workspace instead? It replaces your workspace “{name}” ({contents}). ")}
                "Your current workspace is kept: you can undo right after, \
                 or restore it later from Settings."
            </p>
        })}
        {move || error.get().map(|message| view! {
            <p class="field-error" role="alert">{message}</p>
        })}
        <div class="actions">
            {has_own.then(|| view! {
                <button type="button" class="primary" on:click=merge disabled=blocked>
                    "Merge into my workspace"
                </button>
            })}
            <button type="button" class:primary=!has_own on:click=replace>
                {if has_own { "Replace workspace" } else { "Import" }}
            </button>
            <button type="button" on:click=view_only>"Open read-only"</button>
            // Focus starts on the safe choice: Enter must not change a workspace.
            <button type="button" autofocus on:click=move |_| cancel.run(())>"Cancel"</button>
        </div>
    }
}

/// What the file holds: organisation, contents, export time and part.
#[component]
fn FileSummary(pending: PendingImport) -> impl IntoView {
    let incoming = &pending.envelope.workspace;
    let exported = pending
        .envelope
        .exported_at
        .map(|at| format!(", exported {}", clock::format_date_time(at)))
        .unwrap_or_default();
    let part = scope_text(&pending.envelope.scope, incoming)
        .map(|part| format!(" It is a part of that workspace: {part}."));
    view! {
        <p>
            {format!("The file holds “{}”: {}{exported}.", incoming.display_name(), workspace_contents(incoming))}
            {part}
        </p>
    }
}

/// The table of what a merge would do, and the conflicts to settle.
#[component]
fn MergePreview(preview: Memo<Preview>, choices: RwSignal<Choices>) -> impl IntoView {
    let rows = move || {
        preview.with(|p| {
            RecordKind::ALL
                .iter()
                .map(|&kind| (kind, p.merged.report.counts_of(kind)))
                .filter(|(_, c)| c.in_snapshot() > 0)
                .collect::<Vec<_>>()
        })
    };
    let nothing = move || preview.with(|p| p.merged.report.changes_nothing());
    let conflicts = Memo::new(move |_| preview.with(|p| p.merged.report.conflicts.clone()));
    let problems = Memo::new(move |_| preview.with(|p| p.problems.clone()));
    let choose_all = move |side: Side| {
        conflicts.with_untracked(|list| {
            choices.set(
                list.iter()
                    .map(|c| ((c.kind, c.id.clone()), side))
                    .collect(),
            )
        })
    };
    view! {
        // Focusable, so a keyboard can scroll it where it is wider than a phone.
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="merge-preview-caption">
        <table class="table merge-preview">
            <caption id="merge-preview-caption">"If you merge, records are matched by id and the newer version of each wins"</caption>
            <thead>
                <tr>
                    <th scope="col">"In the file"</th>
                    <th scope="col">"New"</th>
                    <th scope="col">"Newer in the file"</th>
                    <th scope="col">"Unchanged"</th>
                    <th scope="col">"Newer in yours"</th>
                    <th scope="col">"Changed on both sides"</th>
                </tr>
            </thead>
            <tbody>
                {move || rows().into_iter().map(|(kind, c)| view! {
                    <tr>
                        <th scope="row">{kind.plural_label()}</th>
                        <td>{c.added}</td>
                        <td>{c.updated}</td>
                        <td>{c.unchanged}</td>
                        <td>{c.newer_here}</td>
                        <td class:attention={c.conflicts > 0}>{c.conflicts}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
        <p class="muted">
            "A merge never deletes: records only you have stay, and a record you deleted \
             comes back as new if the file still has it. Your organisation name and \
             settings stay yours."
        </p>
        <Show when=nothing>
            <p>"Your workspace already has everything in this file: merging would change nothing."</p>
        </Show>
        <Show when=move || conflicts.with(|c| !c.is_empty())>
            <section class="conflicts" aria-labelledby="conflicts-title">
                <h3 id="conflicts-title">
                    {move || match conflicts.with(Vec::len) {
                        1 => "1 record was changed on both sides".to_owned(),
                        n => format!("{n} records were changed on both sides"),
                    }}
                </h3>
                <p>"Choose which version to keep. Until you choose, yours is kept."</p>
                <div class="actions">
                    <button type="button" on:click=move |_| choose_all(Side::Mine)>"Keep mine for all"</button>
                    <button type="button" on:click=move |_| choose_all(Side::Theirs)>"Take theirs for all"</button>
                </div>
                <For each=move || conflicts.get() key=|c| (c.kind, c.id.clone()) let:conflict>
                    <ConflictChoice conflict choices/>
                </For>
            </section>
        </Show>
        // One stable live region, so changing a choice does not re-announce it.
        <div role="alert">
            {move || problems.with(|problems| (!problems.is_empty()).then(|| view! {
                <div class="field-error">
                    <p>"Merging with these choices would leave the workspace inconsistent, so it is not offered:"</p>
                    <ul>
                        {problems.iter().take(5).map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                    </ul>
                </div>
            }))}
        </div>
    }
}

/// One conflicting record: what differs, and which copy to keep.
#[component]
fn ConflictChoice(conflict: Conflict, choices: RwSignal<Choices>) -> impl IntoView {
    let key = (conflict.kind, conflict.id.clone());
    let name = format!(
        "conflict-{}-{}",
        conflict.kind.noun().replace(' ', "-"),
        conflict.id
    );
    let chosen = {
        let key = key.clone();
        move || choices.with(|c| c.get(&key).copied().unwrap_or_default())
    };
    let changed = |at: Option<chrono::DateTime<chrono::Utc>>| {
        at.map(|at| format!(", changed {}", clock::format_date_time(at)))
            .unwrap_or_default()
    };
    let option = move |side: Side, text: String| {
        let key = key.clone();
        let chosen = chosen.clone();
        view! {
            <label class="choice-option">
                <input type="radio" name=name.clone()
                    prop:checked=move || chosen() == side
                    on:change=move |_| choices.update(|c| { c.insert(key.clone(), side); })/>
                {text}
            </label>
        }
    };
    let names: Vec<&str> = conflict.fields.iter().map(|f| f.name.as_str()).collect();
    let mine = format!("Keep mine{}", changed(conflict.mine_changed_at));
    let theirs = format!("Take theirs{}", changed(conflict.theirs_changed_at));
    view! {
        <fieldset class="choice conflict">
            <legend>{format!("{} “{}”", capitalise(conflict.kind.noun()), conflict.mine)}</legend>
            <p class="muted">{format!("Different: {}", names.join(", "))}</p>
            <ul class="differences">
                {conflict.fields.iter().map(|f| view! {
                    <li>
                        <span class="field-name">{f.name.clone()}</span>
                        {format!(": yours “{}”, theirs “{}”", f.mine, f.theirs)}
                    </li>
                }).collect_view()}
            </ul>
            {option(Side::Mine, mine)}
            {option(Side::Theirs, theirs)}
        </fieldset>
    }
}
