//! Settings: the organisation and who you are, people, periods, data exchange
//! and what is stored in this browser. One panel per file.

mod export;
mod people;
mod periods;
mod preferences;
mod storage;
mod sync;

use crate::domain::CsvTable;
use crate::text;
use crate::ui::components::{Editable, ImportButton, MeField};
use crate::ui::state::{Document, Exchange};
use export::ExportPart;
use leptos::prelude::*;
use people::People;
use periods::Periods;
use preferences::{AppearancePanel, Cadence, Features};
use storage::{BackupList, StorageUse};
use sync::SyncPanel;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = expect_context::<Document>();
    let exchange = expect_context::<Exchange>();
    let export_error = RwSignal::new(None::<String>);
    view! {
        <h1 tabindex="-1">{text::common::SETTINGS}</h1>

        <Editable>
            <section class="panel" aria-labelledby="organisation-heading">
                <h2 id="organisation-heading">{text::common::ORGANISATION}</h2>
                <div class="field">
                    <label for="organisation-name">{text::common::ORGANISATION_NAME}</label>
                    <input
                        id="organisation-name"
                        type="text"
                        maxlength="120"
                        autocomplete="organization"
                        placeholder=text::settings_page::ORGANISATION_NAME_PLACEHOLDER
                        prop:value=move || state.with(|ws| ws.name.clone())
                        on:input:target=move |ev| {
                            let name = ev.target().value();
                            state.edit(|ws| ws.rename_organisation(&name));
                        }
                    />
                </div>
                <MeField />
            </section>

            <People />
            <Periods />
            <Cadence />
            <Features />
        </Editable>
        <AppearancePanel />
        <SyncPanel />

        <section class="panel" aria-labelledby="data-heading">
            <h2 id="data-heading">{text::settings_page::DATA}</h2>
            <p>{text::settings_page::DATA_INTRO}</p>
            <ExportPart error=export_error />
            <div class="actions">
                <ImportButton label=text::settings_page::IMPORT_FROM_FILE />
            </div>
            <p class="muted">{text::settings_page::CSV_INTRO}</p>
            <div class="actions">
                {CsvTable::ALL
                    .map(|table| {
                        view! {
                            <button
                                type="button"
                                class="view-action"
                                aria-label=text::settings_page::export_csv(
                                    &text::common::in_sentence(table.label()),
                                )
                                on:click=move |_| export_error.set(exchange.export_csv(table).err())
                            >
                                {text::settings_page::csv_button(&table.label())}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            {move || {
                export_error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-error" role="alert">
                                {text::settings_page::export_failed(&message)}
                            </p>
                        }
                    })
            }}
        </section>

        <section class="panel" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{text::settings_page::STORAGE}</h2>
            <p>{text::settings_page::STORAGE_INTRO}</p>
            <StorageUse />
            <BackupList />
        </section>
    }
}
