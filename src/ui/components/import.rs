//! Import from a file: pick, check, confirm, replace, with undo.

use super::Modal;
use crate::ui::clock;
use crate::ui::focus::focus_main_heading;
use crate::ui::format::workspace_contents;
use crate::ui::state::{AppState, PendingImport};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A button that imports a snapshot file after the person confirms.
#[component]
pub fn ImportButton(
    /// The button's text.
    label: &'static str,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let input = NodeRef::<html::Input>::new();
    let error = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<PendingImport>);

    let on_pick = move |_| {
        let Some(input) = input.get() else {
            return;
        };
        let file = input.files().and_then(|files| files.get(0));
        // Clearing lets the same file be picked again after fixing it.
        input.set_value("");
        let Some(file) = file else {
            return;
        };
        let name = file.name();
        spawn_local(async move {
            match AppState::read_import(file).await {
                Ok(checked) => {
                    error.set(None);
                    pending.set(Some(checked));
                }
                Err(reason) => error.set(Some(format!("Could not import “{name}”. {reason}"))),
            }
        });
    };

    let confirm = move |_| {
        if let Some(checked) = pending.get_untracked() {
            pending.set(None);
            match state.apply_import(checked) {
                Ok(()) => {
                    error.set(None);
                    focus_main_heading();
                }
                Err(reason) => error.set(Some(reason)),
            }
        }
    };
    let cancel = Callback::new(move |()| pending.set(None));

    view! {
        <button type="button" on:click=move |_| {
            if let Some(input) = input.get() {
                input.click();
            }
        }>{label}</button>
        <input type="file" accept=".json,application/json" hidden node_ref=input on:change=on_pick/>
        {move || error.get().map(|message| view! {
            <p class="field-error" role="alert">{message}</p>
        })}
        <Modal open=Signal::derive(move || pending.with(Option::is_some)) on_cancel=cancel
            labelled_by="import-title">
            {move || pending.with(|checked| checked.as_ref().map(|checked| {
                let incoming = &checked.envelope.workspace;
                let exported = checked.envelope.exported_at
                    .map(|at| format!(", exported {}", clock::format_date_time(at)))
                    .unwrap_or_default();
                // Untracked: a save from another tab must not rebuild the open dialog.
                let current = state.with_untracked(|ws| {
                    (!ws.is_empty()).then(|| format!(
                        "It replaces your workspace “{}” ({}). ",
                        ws.display_name(), workspace_contents(ws)))
                });
                let confirm_label = if current.is_some() { "Replace workspace" } else { "Import" };
                view! {
                    <h2 id="import-title">{format!("Import “{}”?", checked.file_name)}</h2>
                    <p>
                        {format!("The file holds “{}”: {}{exported}.",
                            incoming.display_name(), workspace_contents(incoming))}
                    </p>
                    {current.map(|current| view! {
                        <p>
                            {current}
                            "Your current workspace is kept: you can undo right after, \
                             or restore it later from Settings."
                        </p>
                    })}
                    <div class="actions">
                        <button type="button" class="primary" on:click=confirm>{confirm_label}</button>
                        // Focus starts on the safe choice: Enter must not replace a workspace.
                        <button type="button" autofocus on:click=move |_| cancel.run(())>"Cancel"</button>
                    </div>
                }
            }))}
        </Modal>
    }
}
