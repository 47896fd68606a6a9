//! A page's main action with a single-key shortcut: "New objective" (`n`),
//! "Check in" (`c`). The key presses this very button (`ui::shortcuts`
//! finds it by `data-shortcut`), and the button shows its key.

use super::KeyHint;
use crate::text;
use crate::ui::shortcuts;
use leptos::prelude::*;

#[component]
pub fn ShortcutButton(
    /// The key, as `shortcuts` names it.
    key: &'static str,
    /// The visible label, also the accessible name.
    label: &'static str,
    /// Set when pressed: the page opens its dialog.
    opens: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="primary"
            data-shortcut=key
            aria-keyshortcuts=key
            title=text::shortcuts::with_key(label, key)
            on:click=move |_| opens.set(true)
        >
            {label}
            <KeyHint key />
        </button>
    }
}

/// "New objective", pressed by `n` too: the same button on every page that
/// starts one.
#[component]
pub fn NewObjectiveButton(
    /// Set when pressed: the page's objective form opens.
    creating: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <ShortcutButton
            key=shortcuts::NEW_OBJECTIVE
            label=text::common::NEW_OBJECTIVE
            opens=creating
        />
    }
}
