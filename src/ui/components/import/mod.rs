//! Opening a snapshot file: pick or drop it, see what it holds and what a
//! merge would do, then merge, replace, or just look at it read-only.
//!
//! The button and the dialog live here; the preview of a merge has a file of its own.

mod merge_preview;
mod refusal;

use super::Modal;
use crate::domain::refusal::Refusal;
use crate::domain::{Choices, ExportScope, Merged, Problem, Workspace};
use crate::text;
use crate::ui::focus::focus_first;
use crate::ui::format::{day_and_time, workspace_contents};
use crate::ui::state::{Document, Exchange, PendingImport};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
pub use merge_preview::ConflictChoice;
use merge_preview::MergePreview;
pub use refusal::RefusalNote;

/// A button that opens a snapshot file; the choice follows in [`ImportDialog`].
#[component]
pub fn ImportButton(
    /// The button's text.
    label: &'static str,
) -> impl IntoView {
    let exchange = expect_context::<Exchange>();
    let input = NodeRef::<html::Input>::new();
    let error = RwSignal::new(None::<(String, Refusal)>);

    let on_pick = move |_| {
        let Some(file) = take_picked_file(input) else {
            return;
        };
        let name = file.name();
        spawn_local(async move {
            match exchange.offer_file(file).await {
                Ok(()) => error.set(None),
                Err(refusal) => error.set(Some((name, refusal))),
            }
        });
    };

    view! {
        <button
            type="button"
            class="view-action"
            on:click=move |_| {
                if let Some(input) = input.get() {
                    input.click();
                }
            }
        >
            {label}
        </button>
        <input
            type="file"
            accept=".json,application/json"
            hidden
            node_ref=input
            on:change=on_pick
        />
        {move || {
            error
                .get()
                .map(|(name, refusal)| {
                    view! {
                        <div class="refusal" role="alert">
                            <RefusalNote title=text::refusal::could_not_import(&name) refusal />
                        </div>
                    }
                })
        }}
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
    let unit = scope.unit.as_ref().map(|u| {
        ws.unit(u)
            .map_or(text::import::UNKNOWN_UNIT, |u| u.name.as_str())
    });
    let period = scope.period.as_ref().map(|p| {
        ws.period(p)
            .map_or(text::import::UNKNOWN_PERIOD, |p| p.name.as_str())
    });
    match (unit, period) {
        (None, None) => None,
        (Some(unit), None) => Some(text::import::scope_unit(&unit)),
        (None, Some(period)) => Some(text::import::scope_period(&period)),
        (Some(unit), Some(period)) => Some(text::import::scope_unit_and_period(&unit, &period)),
    }
}

/// The dialog for a checked file, shown over any page.
#[component]
pub fn ImportDialog() -> impl IntoView {
    let exchange = expect_context::<Exchange>();
    let cancel = Callback::new(move |()| exchange.close_import());
    view! {
        <Modal
            open=Signal::derive(move || exchange.pending_import().with(Option::is_some))
            on_cancel=cancel
            labelled_by="import-title"
        >
            // Rebuilt per file, so each starts with no choices made.
            {move || {
                exchange
                    .pending_import()
                    .get()
                    .map(|pending| view! { <ImportChoice pending cancel /> })
            }}
        </Modal>
    }
}

/// What merging would do, with the problems its result would have.
#[derive(Clone, PartialEq)]
struct Preview {
    merged: Merged,
    problems: Vec<Problem>,
}

/// The dialog's content for one file: what it holds and the ways to take it in.
#[component]
fn ImportChoice(pending: PendingImport, cancel: Callback<()>) -> impl IntoView {
    let state = expect_context::<Document>();
    let exchange = expect_context::<Exchange>();
    let choices = RwSignal::new(Choices::new());
    let error = RwSignal::new(None::<String>);
    let incoming = pending.envelope.workspace.clone();
    let preview = Memo::new(move |_| {
        let merged = choices.with(|c| exchange.preview_merge(&incoming, c));
        let problems = merged.workspace.problems();
        Preview { merged, problems }
    });
    // Untracked: a save from another tab must not rebuild the open dialog.
    let own = state.with_own(|ws| {
        (!ws.is_empty()).then(|| (ws.display_name().to_owned(), workspace_contents(ws)))
    });
    let has_own = own.is_some();
    let finish = move |result: Result<(), String>, focus: &'static str| match result {
        Ok(()) => {
            exchange.close_import();
            focus_first(focus);
        }
        Err(reason) => error.set(Some(reason)),
    };
    let merge = {
        let pending = pending.clone();
        move |_| {
            finish(
                choices.with_untracked(|c| exchange.apply_merge(&pending, c)),
                "main h1",
            )
        }
    };
    let replace = {
        let pending = pending.clone();
        move |_| finish(exchange.apply_import(pending.clone()), "main h1")
    };
    let view_only = {
        let pending = pending.clone();
        move |_| {
            exchange.open_snapshot(pending.clone());
            // The banner says where the person now is; start there.
            finish(Ok(()), "#viewing-title");
        }
    };
    let blocked =
        move || preview.with(|p| p.merged.report.changes_nothing() || !p.problems.is_empty());
    view! {
        <h2 id="import-title">{text::import::dialog_title(&pending.file_name)}</h2>
        <FileSummary pending=pending.clone() />
        {has_own.then(|| view! { <MergePreview preview choices /> })}
        {own
            .map(|(name, contents)| {
                view! {
                    <p>
                        {text::import::replace_instead(&name, &contents)}
                        {text::import::CURRENT_WORKSPACE_KEPT}
                    </p>
                }
            })}
        {move || {
            error
                .get()
                .map(|message| {
                    view! {
                        <p class="field-error" role="alert">
                            {message}
                        </p>
                    }
                })
        }}
        <div class="actions">
            {has_own
                .then(|| {
                    view! {
                        <button type="button" class="primary" on:click=merge disabled=blocked>
                            {text::import::MERGE_INTO_MY_WORKSPACE}
                        </button>
                    }
                })} <button type="button" class:primary=!has_own on:click=replace>
                {if has_own { text::import::REPLACE_WORKSPACE } else { text::import::IMPORT }}
            </button> <button type="button" on:click=view_only>
                {text::import::OPEN_READ_ONLY}
            // Focus starts on the safe choice: Enter must not change a workspace.
            </button> <button type="button" autofocus on:click=move |_| cancel.run(())>
                {text::common::CANCEL}
            </button>
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
        .map(|at| text::import::exported_suffix(&day_and_time(at)))
        .unwrap_or_default();
    let part =
        scope_text(&pending.envelope.scope, incoming).map(|part| text::import::file_part(&part));
    view! {
        <p>
            {text::import::file_holds(
                &incoming.display_name(),
                &workspace_contents(incoming),
                &exported,
            )} {part}
        </p>
    }
}
