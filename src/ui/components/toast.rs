//! The toast: a short confirmation, with an undo when the action can be undone.

use crate::text;
use crate::ui::focus::restore_focus;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn ToastHost() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="toast-host" role="status" aria-live="polite" aria-label=text::toast::MESSAGES>
            {move || {
                state
                    .toast
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
                                                    state.toast.set(None);
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
                                    on:click=move |_| state.toast.set(None)
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
