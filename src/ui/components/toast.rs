//! The toast: a short confirmation, with an undo when the action can be undone.

use crate::text;
use crate::ui::focus::restore_focus;
use crate::ui::notices::Notices;
use leptos::prelude::*;

#[component]
pub fn ToastHost() -> impl IntoView {
    let notices = expect_context::<Notices>();
    view! {
        <div class="toast-host" role="status" aria-live="polite" aria-label=text::toast::MESSAGES>
            {move || {
                notices
                    .toast()
                    .get()
                    .map(|toast| {
                        view! {
                            <div class="toast">
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
                                    "×"
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
