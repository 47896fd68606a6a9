//! The padlock that marks private data, from the one icon set.

use super::{Icon, IconName};
use leptos::prelude::*;

#[component]
pub fn LockIcon() -> impl IntoView {
    view! { <Icon icon=IconName::Lock class="lock-icon" /> }
}
