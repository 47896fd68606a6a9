//! Settings → Storage: how much of the browser's storage Ladder takes, and
//! the backups kept in it.

use crate::text;
use crate::ui::format::{day_and_time, size};
use crate::ui::state::{Backup, BackupKind, Exchange};
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// How much of the browser's storage Ladder takes, with a warning while
/// there is still time to act.
#[component]
pub fn StorageUse() -> impl IntoView {
    let exchange = expect_context::<Exchange>();
    let used = Memo::new(move |_| exchange.storage_use());
    view! {
        {move || match used.get() {
            Err(reason) => {
                view! { <p class="hint">{text::settings_page::space_used_unknown(&reason)}</p> }
                    .into_any()
            }
            Ok((units, quota)) => {
                let share = units as f64 / quota as f64;
                let percent = (share * 100.0).round().clamp(0.0, 100.0);
                view! {
                    <div class="storage-use">
                        <label for="storage-meter">{text::settings_page::SPACE_USED}</label>
                        <meter
                            id="storage-meter"
                            min="0"
                            max="1"
                            low="0.6"
                            high=NEARLY_FULL
                            optimum="0"
                            value=share.min(1.0)
                            aria-describedby="storage-use-text"
                        ></meter>
                        <p id="storage-use-text">
                            {text::settings_page::space_used_of_quota(
                                &megabytes(units),
                                &megabytes(quota),
                                &percent,
                            )}
                        </p>
                        {(share >= NEARLY_FULL)
                            .then(|| {
                                view! {
                                    <p class="warning" role="status">
                                        {text::settings_page::STORAGE_NEARLY_FULL}
                                    </p>
                                }
                            })}
                    </div>
                }
                    .into_any()
            }
        }}
    }
}

/// The share of the quota from which Ladder warns.
const NEARLY_FULL: f64 = 0.8;

/// Code units as a size: two bytes each, as browsers store them.
fn megabytes(units: usize) -> String {
    size(units as f64 * 2.0)
}

/// Backups kept in this browser, each downloadable, restorable or deletable.
#[component]
pub fn BackupList() -> impl IntoView {
    let exchange = expect_context::<Exchange>();
    let error = RwSignal::new(None::<String>);
    view! {
        <h3>{text::settings_page::BACKUPS}</h3>
        <Show
            when=move || exchange.backups().with(|b| !b.is_empty())
            fallback=|| view! { <p class="muted">{text::settings_page::NO_BACKUPS}</p> }
        >
            <ul class="backup-list">
                <For
                    each=move || exchange.backups().get()
                    // The before-import slot keeps its key when refilled: key on content too.
                    key=|backup| format!("{}|{}|{:?}", backup.key, backup.size, backup.kind)
                    children=move |backup| view! { <BackupRow backup error /> }
                />
            </ul>
        </Show>
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
    }
}

#[component]
fn BackupRow(
    /// The backup this row offers actions for.
    backup: Backup,
    /// Where a failed action reports its reason.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let exchange = expect_context::<Exchange>();
    let size = size(backup.size as f64 * 2.0);
    let (what, at, restorable): (_, Option<DateTime<Utc>>, _) = match &backup.kind {
        BackupKind::BeforeImport { saved_at } => {
            (text::settings_page::BEFORE_IMPORT_BACKUP, *saved_at, true)
        }
        BackupKind::Unreadable { found_at } => (
            text::settings_page::UNREADABLE_BACKUP,
            found_at.parse().ok(),
            false,
        ),
    };
    let description = at.map_or_else(
        || what.to_owned(),
        |at| text::settings_page::backup_made(&what, &day_and_time(at)),
    );
    let download = {
        let backup = backup.clone();
        move |_| error.set(exchange.download_backup(&backup).err())
    };
    let delete = {
        let backup = backup.clone();
        move |_| error.set(exchange.delete_backup(&backup).err())
    };
    view! {
        <li>
            <span>{description}<span class="muted">{text::common::then(&size)}</span></span>
            <span class="actions">
                {restorable
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                on:click=move |_| error.set(exchange.restore_before_import().err())
                            >
                                {text::common::RESTORE}
                            </button>
                        }
                    })} <button type="button" on:click=download>
                    {text::settings_page::DOWNLOAD}
                </button> <button type="button" on:click=delete>
                    {text::common::DELETE}
                </button>
            </span>
        </li>
    }
}
