//! Persistent notices about the safety of the data: they stay until resolved.

use crate::text;
use crate::ui::app_update::AppUpdate;
use crate::ui::components::ConfirmDialog;
use crate::ui::state::{Document, Exchange, SaveStatus, Saver};
use leptos::prelude::*;

#[component]
pub fn Banners() -> impl IntoView {
    // Where an action of a banner reports why it failed.
    let error = RwSignal::new(None::<String>);
    view! {
        <div class="banners">
            <UpdateOffer />
            <SampleNote />
            <Unreadable error />
            <SaveProblem error />
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="banner banner-error" role="alert">
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// A newly deployed version, offered until taken or put off.
#[component]
fn UpdateOffer() -> impl IntoView {
    let saver = expect_context::<Saver>();
    let update = expect_context::<AppUpdate>();
    let later = RwSignal::new(None::<String>);
    view! {
        // Always present, so screen readers announce the offer when it appears.
        <div role="status" aria-label=text::banners::UPDATES>
            <Show when=move || {
                update.ready.with(|ready| ready.is_some() && *ready != later.get())
            }>
                <section class="banner banner-info" aria-labelledby="update-title">
                    <h2 id="update-title">{text::banners::UPDATE_READY_TITLE}</h2>
                    <p>{text::banners::UPDATE_READY_BODY}</p>
                    <div class="actions">
                        <button type="button" on:click=move |_| update.apply(saver)>
                            {text::banners::RELOAD_NOW}
                        </button>
                        // Hides this version's offer; a newer one is offered again.
                        <button
                            type="button"
                            on:click=move |_| later.set(update.ready.get_untracked())
                        >
                            {text::banners::LATER}
                        </button>
                    </div>
                </section>
            </Show>
        </div>
    }
}

/// The sample company is on show: say so, and offer to remove it.
#[component]
fn SampleNote() -> impl IntoView {
    let state = expect_context::<Document>();
    let exchange = expect_context::<Exchange>();
    let sample = move || state.with(|ws| ws.sample);
    let confirming = RwSignal::new(false);
    view! {
        <Show when=move || sample() && exchange.viewing().with(Option::is_none)>
            <section class="banner banner-info sample-note" aria-label=text::banners::SAMPLE_LABEL>
                <p>
                    <strong>{text::banners::SAMPLE_NOTE_TITLE}</strong>
                    {text::banners::SAMPLE_NOTE_BODY}
                </p>
                <button
                    type="button"
                    on:click=move |_| {
                        if state.sample_has_additions() {
                            confirming.set(true)
                        } else {
                            state.remove_sample()
                        }
                    }
                >
                    {text::banners::REMOVE_SAMPLE_DATA}
                </button>
            </section>
            <ConfirmDialog
                open=confirming
                title=text::banners::REMOVE_SAMPLE_TITLE.to_owned()
                body=text::banners::REMOVE_SAMPLE_BODY.to_owned()
                confirm_label=text::banners::REMOVE_SAMPLE_DATA
                on_confirm=Callback::new(move |()| {
                    confirming.set(false);
                    state.remove_sample();
                })
                on_cancel=Callback::new(move |()| confirming.set(false))
            />
        </Show>
    }
}

/// Stored data that could not be read at start-up: where it is kept, and
/// how to download it.
#[component]
fn Unreadable(error: RwSignal<Option<String>>) -> impl IntoView {
    let saver = expect_context::<Saver>();
    let report = move |result: Result<(), String>| error.set(result.err());
    move || {
        saver.recovery().get().map(|recovery| {
            let body = if recovery.moved_aside {
                text::banners::UNREADABLE_SET_ASIDE
            } else {
                text::banners::UNREADABLE_STILL_STORED
            };
            view! {
                <section
                    class="banner banner-warning"
                    role="alert"
                    aria-labelledby="recovery-title"
                >
                    <h2 id="recovery-title">{text::banners::UNREADABLE_TITLE}</h2>
                    <p>{recovery.reason}</p>
                    <p>{body}</p>
                    <div class="actions">
                        <button type="button" on:click=move |_| report(saver.download_unreadable())>
                            {text::banners::DOWNLOAD_UNREADABLE}
                        </button>
                        {if recovery.moved_aside {
                            view! {
                                <button type="button" on:click=move |_| saver.dismiss_recovery()>
                                    {text::common::DISMISS}
                                </button>
                            }
                                .into_any()
                        } else {
                            view! {
                                <button type="button" on:click=move |_| saver.discard_unreadable()>
                                    {text::banners::START_FRESH}
                                </button>
                            }
                                .into_any()
                        }}
                    </div>
                </section>
            }
        })
    }
}

/// Saving failed, was overtaken by another tab, or is paused.
#[component]
fn SaveProblem(error: RwSignal<Option<String>>) -> impl IntoView {
    let saver = expect_context::<Saver>();
    let exchange = expect_context::<Exchange>();
    let export = move |_| error.set(exchange.export().err());
    move || match saver.save_status().get() {
        SaveStatus::Failed { reason } => Some(
            view! {
                <section
                    class="banner banner-error"
                    role="alert"
                    aria-labelledby="save-failed-title"
                >
                    <h2 id="save-failed-title">{text::banners::SAVE_FAILED_TITLE}</h2>
                    <p>
                        {text::banners::save_failed_body(&reason)}
                        {text::banners::CHANGES_KEPT_IN_TAB}
                    </p>
                    <div class="actions">
                        <button type="button" on:click=export>
                            {text::common::EXPORT_WORKSPACE}
                        </button>
                        <button type="button" on:click=move |_| saver.retry()>
                            {text::banners::TRY_AGAIN}
                        </button>
                    </div>
                </section>
            }
            .into_any(),
        ),
        SaveStatus::Conflict => Some(
            view! {
                <section
                    class="banner banner-warning"
                    role="alert"
                    aria-labelledby="conflict-title"
                >
                    <h2 id="conflict-title">{text::common::CHANGED_IN_ANOTHER_TAB}</h2>
                    <p>{text::banners::CONFLICT_BODY}</p>
                    <div class="actions">
                        <button type="button" on:click=move |_| saver.keep_mine()>
                            {text::banners::KEEP_MY_VERSION}
                        </button>
                        <button type="button" on:click=move |_| saver.take_theirs()>
                            {text::banners::USE_OTHER_TABS_VERSION}
                        </button>
                        <button type="button" on:click=export>
                            {text::banners::EXPORT_MY_VERSION}
                        </button>
                    </div>
                </section>
            }
            .into_any(),
        ),
        SaveStatus::Paused { reason } if saver.recovery().with(Option::is_none) => Some(
            view! {
                <section class="banner banner-warning" role="alert" aria-labelledby="paused-title">
                    <h2 id="paused-title">{text::banners::PAUSED_TITLE}</h2>
                    <p>{text::banners::paused_body(&reason)}</p>
                    <div class="actions">
                        <button type="button" on:click=export>
                            {text::common::EXPORT_WORKSPACE}
                        </button>
                    </div>
                </section>
            }
            .into_any(),
        ),
        _ => None,
    }
}
