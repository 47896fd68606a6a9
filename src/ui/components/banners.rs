//! Persistent notices about the safety of the data: they stay until resolved.

use crate::ui::app_update::AppUpdate;
use crate::ui::components::ConfirmDialog;
use crate::ui::state::{AppState, SaveStatus};
use leptos::prelude::*;

#[component]
pub fn Banners() -> impl IntoView {
    let state = expect_context::<AppState>();
    let update = expect_context::<AppUpdate>();
    let later = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let report = move |result: Result<(), String>| error.set(result.err());
    let export = move |_| report(state.export());

    let sample = move || state.with(|ws| ws.sample);
    let confirming = RwSignal::new(false);
    view! {
        <div class="banners">
            // Always present, so screen readers announce the offer when it appears.
            <div role="status" aria-label="Updates">
                <Show when=move || update.ready.with(|ready| ready.is_some() && *ready != later.get())>
                    <section class="banner banner-info" aria-labelledby="update-title">
                        <h2 id="update-title">"A new version of Ladder is ready"</h2>
                        <p>"Reload to use it. Your work is saved first; nothing changes until you reload."</p>
                        <div class="actions">
                            <button type="button" on:click=move |_| update.apply(state)>"Reload now"</button>
                            // Hides this version's offer; a newer one is offered again.
                            <button type="button" on:click=move |_| later.set(update.ready.get_untracked())>"Later"</button>
                        </div>
                    </section>
                </Show>
            </div>
            <Show when=move || sample() && state.viewing.with(Option::is_none)>
                <section class="banner banner-info sample-note" aria-label="Sample data">
                    <p>
                        <strong>"Sample company. "</strong>
                        "You are exploring made-up data: the people, teams and numbers are fictional."
                    </p>
                    <button type="button" on:click=move |_| {
                        if state.sample_has_additions() { confirming.set(true) } else { state.remove_sample() }
                    }>"Remove sample data"</button>
                </section>
                <ConfirmDialog
                    open=confirming
                    title="Remove the sample company?".to_owned()
                    body="You have added your own records to the sample. Removing it empties the whole workspace, including them. You can undo right after; export first to keep a copy.".to_owned()
                    confirm_label="Remove sample data"
                    on_confirm=Callback::new(move |()| { confirming.set(false); state.remove_sample(); })
                    on_cancel=Callback::new(move |()| confirming.set(false))
                />
            </Show>
            {move || state.recovery.get().map(|recovery| {
                let body = if recovery.moved_aside {
                    "It has been set aside unchanged, and Ladder started with an empty workspace. \
                     You can download it to inspect or repair it."
                } else {
                    "It is still stored, unchanged, and saving is paused so it is not overwritten. \
                     Download it first; then you can start fresh."
                };
                view! {
                    <section class="banner banner-warning" role="alert" aria-labelledby="recovery-title">
                        <h2 id="recovery-title">"Ladder could not read the data saved in this browser"</h2>
                        <p>{recovery.reason}</p>
                        <p>{body}</p>
                        <div class="actions">
                            <button type="button" on:click=move |_| report(state.download_unreadable())>
                                "Download the unreadable data"
                            </button>
                            {if recovery.moved_aside {
                                view! {
                                    <button type="button" on:click=move |_| state.recovery.set(None)>
                                        "Dismiss"
                                    </button>
                                }.into_any()
                            } else {
                                view! {
                                    <button type="button" on:click=move |_| state.discard_unreadable()>
                                        "Start fresh (overwrite it)"
                                    </button>
                                }.into_any()
                            }}
                        </div>
                    </section>
                }
            })}
            {move || match state.save_status.get() {
                SaveStatus::Failed { reason } => Some(view! {
                    <section class="banner banner-error" role="alert" aria-labelledby="save-failed-title">
                        <h2 id="save-failed-title">"Your changes are not saved"</h2>
                        <p>{format!("Ladder could not save in this browser: {reason}. ")}
                            "Your changes are kept in this tab only. Export them to keep a copy."</p>
                        <div class="actions">
                            <button type="button" on:click=export>"Export workspace"</button>
                            <button type="button" on:click=move |_| state.retry()>"Try again"</button>
                        </div>
                    </section>
                }.into_any()),
                SaveStatus::Conflict => Some(view! {
                    <section class="banner banner-warning" role="alert" aria-labelledby="conflict-title">
                        <h2 id="conflict-title">"Changed in another tab"</h2>
                        <p>"This workspace was saved in another tab while you had unsaved changes here. \
                            Choose which version to keep; export yours first if you are unsure."</p>
                        <div class="actions">
                            <button type="button" on:click=move |_| state.keep_mine()>"Keep my version"</button>
                            <button type="button" on:click=move |_| state.take_theirs()>
                                "Use the other tab's version"
                            </button>
                            <button type="button" on:click=export>"Export my version"</button>
                        </div>
                    </section>
                }.into_any()),
                SaveStatus::Paused { reason } if state.recovery.with(Option::is_none) => Some(view! {
                    <section class="banner banner-warning" role="alert" aria-labelledby="paused-title">
                        <h2 id="paused-title">"Saving is paused"</h2>
                        <p>{format!("Saving is paused because {reason}. Your changes are kept in this tab.")}</p>
                        <div class="actions">
                            <button type="button" on:click=export>"Export workspace"</button>
                        </div>
                    </section>
                }.into_any()),
                _ => None,
            }}
            {move || error.get().map(|message| view! {
                <p class="banner banner-error" role="alert">{message}</p>
            })}
        </div>
    }
}
