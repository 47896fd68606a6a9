//! Import from a file: pick, check, confirm, replace, with undo.

use super::Modal;
use crate::ui::clock;
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
            error.set(state.apply_import(checked).err());
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
            {move || pending.get().map(|checked| {
                let incoming = &checked.envelope.workspace;
                let exported = checked.envelope.exported_at
                    .map(|at| format!(", exported {}", clock::format_date_time(at)))
                    .unwrap_or_default();
                let replaces_something = !state.with(|ws| ws.is_empty());
                view! {
                    <h2 id="import-title">{format!("Import “{}”?", checked.file_name)}</h2>
                    <p>
                        {format!("The file holds “{}”: {}{exported}.",
                            incoming.display_name(), workspace_contents(incoming))}
                    </p>
                    <Show when=move || replaces_something>
                        <p>
                            {move || state.with(|ws| format!(
                                "It replaces your workspace “{}” ({}). ",
                                ws.display_name(), workspace_contents(ws)))}
                            "Your current workspace is kept: you can undo right after, \
                             or restore it later from Settings."
                        </p>
                    </Show>
                    <div class="actions">
                        <button type="button" class="primary" on:click=confirm>
                            {if replaces_something { "Replace workspace" } else { "Import" }}
                        </button>
                        <button type="button" on:click=move |_| cancel.run(())>"Cancel"</button>
                    </div>
                }
            })}
        </Modal>
    }
}
