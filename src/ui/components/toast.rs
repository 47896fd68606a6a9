//! The toast: a short confirmation, with an undo when the action can be
//! undone. It goes away by itself after a few seconds, unless the pointer
//! or focus is on it, and with the page it was about.

use super::{Icon, IconName};
use crate::text;
use crate::ui::focus::restore_focus;
use crate::ui::notices::Notices;
use crate::ui::router::Router;
use leptos::prelude::*;
use std::time::Duration;

/// Long enough to read a sentence and reach Undo; Undo stays in the header.
const SHOWN_FOR: Duration = Duration::from_secs(8);
/// What is left once the pointer or focus leaves: a moment to come back.
const AFTER_LEAVING: Duration = Duration::from_secs(4);

#[component]
pub fn ToastHost() -> impl IntoView {
    let notices = expect_context::<Notices>();
    let router = expect_context::<Router>();
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let disarm = move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
    };
    let arm = move |after: Duration| {
        disarm();
        timer.set_value(set_timeout_with_handle(move || notices.dismiss(), after).ok());
    };
    // A toast raised by the click that also changed the page ("Deleted …",
    // then the list) belongs to the new page; any later move away ends it.
    // It counts as fresh until the click's own work is done.
    let fresh = StoredValue::new(false);
    // A new toast starts its own time.
    Effect::new(move |_| {
        if notices.toast().with(Option::is_some) {
            arm(SHOWN_FOR);
            fresh.set_value(true);
            set_timeout(move || fresh.set_value(false), Duration::ZERO);
        } else {
            disarm();
        }
    });
    Effect::watch(
        move || router.with(|r| (r.page.clone(), r.period.clone())),
        move |_, _, _| {
            if !fresh.get_value() {
                notices.dismiss();
            }
        },
        false,
    );
    let hold = disarm;
    let release = move || {
        if notices.toast().with_untracked(Option::is_some) {
            arm(AFTER_LEAVING);
        }
    };
    view! {
        <div class="toast-host" role="status" aria-live="polite" aria-label=text::toast::MESSAGES>
            {move || {
                notices
                    .toast()
                    .get()
                    .map(|toast| {
                        view! {
                            <div
                                class="toast"
                                on:mouseenter=move |_| hold()
                                on:mouseleave=move |_| release()
                                on:focusin=move |_| hold()
                                on:focusout=move |_| release()
                            >
                                <span>{toast.message}</span>
                                {toast
                                    .undo
                                    .map(|undo| {
                                        view! {
                                            <button
                                                type="button"
                                                id="toast-undo"
                                                class="link-button"
                                                on:click=move |_| {
                                                    notices.dismiss();
                                                    undo();
                                                    restore_focus(vec!["main h1".to_owned()]);
                                                }
                                            >
                                                {text::common::UNDO}
                                            </button>
                                        }
                                    })}
                                <button
                                    type="button"
                                    class="icon-button"
                                    aria-label=text::common::DISMISS
                                    on:click=move |_| notices.dismiss()
                                >
                                    <Icon icon=IconName::Close />
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
