//! The padlock that marks private data. Drawn, not an emoji, so it looks the
//! same on machines without an emoji font.

use leptos::prelude::*;

#[component]
pub fn LockIcon() -> impl IntoView {
    view! {
        <svg class="lock-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x="3" y="7" width="10" height="8" rx="1.5" />
            <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" />
        </svg>
    }
}
