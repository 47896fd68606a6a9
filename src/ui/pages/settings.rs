//! Settings: the organisation, data exchange and what is stored in this browser.

use crate::storage::local::{Backup, BackupKind};
use crate::ui::clock;
use crate::ui::components::ImportButton;
use crate::ui::state::AppState;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let export_error = RwSignal::new(None::<String>);
    view! {
        <h1 tabindex="-1">"Settings"</h1>

        <section class="panel" aria-labelledby="organisation-heading">
            <h2 id="organisation-heading">"Organisation"</h2>
            <div class="field">
                <label for="organisation-name">"Organisation name"</label>
                <input
                    id="organisation-name"
                    type="text"
                    maxlength="120"
                    autocomplete="organization"
                    placeholder="e.g. Acme Inc."
                    prop:value=move || state.with(|ws| ws.name.clone())
                    on:input:target=move |ev| {
                        let name = ev.target().value();
                        state.edit(|ws| ws.name = name);
                    }
                />
            </div>
        </section>

        <section class="panel" aria-labelledby="data-heading">
            <h2 id="data-heading">"Data"</h2>
            <p>
                "Export downloads the whole workspace as a file you can keep or share. \
                 Import replaces this workspace with a file's contents; you can undo it."
            </p>
            <div class="actions">
                <button type="button" on:click=move |_| export_error.set(state.export().err())>
                    "Export workspace"
                </button>
                <ImportButton label="Import from file…"/>
            </div>
            {move || export_error.get().map(|message| view! {
                <p class="field-error" role="alert">{format!("Could not export: {message}.")}</p>
            })}
        </section>

        <section class="panel" aria-labelledby="storage-heading">
            <h2 id="storage-heading">"Storage"</h2>
            <p>
                "Ladder keeps your workspace in this browser's local storage, on this device \
                 only. Clearing the browser's site data deletes it, so export from time to time."
            </p>
            <BackupList/>
        </section>
    }
}

/// Backups kept in this browser, each downloadable, restorable or deletable.
#[component]
fn BackupList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<String>);
    view! {
        <h3>"Backups"</h3>
        <Show
            when=move || state.backups.with(|b| !b.is_empty())
            fallback=|| view! { <p class="muted">"No backups. One is kept automatically before each import."</p> }
        >
            <ul class="backup-list">
                <For
                    each=move || state.backups.get()
                    // The before-import slot keeps its key when refilled: key on content too.
                    key=|backup| format!("{}|{}|{:?}", backup.key, backup.size, backup.kind)
                    children=move |backup| view! { <BackupRow backup error/> }
                />
            </ul>
        </Show>
        {move || error.get().map(|message| view! {
            <p class="field-error" role="alert">{message}</p>
        })}
    }
}

#[component]
fn BackupRow(
    /// The backup this row offers actions for.
    backup: Backup,
    /// Where a failed action reports its reason.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let size = format!("{} KB", (backup.size * 2).div_ceil(1024));
    let when = |at: Option<DateTime<Utc>>| {
        at.map(|at| format!(" ({})", clock::format_date_time(at)))
            .unwrap_or_default()
    };
    let (description, restorable) = match &backup.kind {
        BackupKind::BeforeImport { saved_at } => (
            format!(
                "Workspace from before the last import or restore{}",
                when(*saved_at)
            ),
            true,
        ),
        BackupKind::Unreadable { found_at } => (
            format!(
                "Data Ladder could not read, set aside{}",
                when(found_at.parse().ok())
            ),
            false,
        ),
    };
    let download = {
        let backup = backup.clone();
        move |_| error.set(state.download_backup(&backup).err())
    };
    let delete = {
        let backup = backup.clone();
        move |_| error.set(state.delete_backup(&backup).err())
    };
    view! {
        <li>
            <span>{description}<span class="muted">{format!(" · {size}")}</span></span>
            <span class="actions">
                {restorable.then(|| view! {
                    <button type="button" on:click=move |_| error.set(state.restore_before_import().err())>
                        "Restore"
                    </button>
                })}
                <button type="button" on:click=download>"Download"</button>
                <button type="button" on:click=delete>"Delete"</button>
            </span>
        </li>
    }
}
