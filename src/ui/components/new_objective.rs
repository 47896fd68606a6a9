//! "New objective", pressed by `n` too: the same button on every page that
//! starts one.

use super::KeyHint;
use crate::text;
use crate::ui::shortcuts;
use leptos::prelude::*;

#[component]
pub fn NewObjectiveButton(
    /// Set when pressed: the page's objective form opens.
    creating: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="primary"
            data-shortcut=shortcuts::NEW_OBJECTIVE
            aria-keyshortcuts=shortcuts::NEW_OBJECTIVE
            title=text::shortcuts::with_key(text::common::NEW_OBJECTIVE, shortcuts::NEW_OBJECTIVE)
            on:click=move |_| creating.set(true)
        >
            {text::common::NEW_OBJECTIVE}
            <KeyHint key=shortcuts::NEW_OBJECTIVE />
        </button>
    }
}
