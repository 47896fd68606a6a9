//! The list of keyboard shortcuts, opened with `?` or from the footer.

use super::Modal;
use crate::text;
use leptos::prelude::*;

#[component]
pub fn ShortcutHelp(
    /// Whether the list is showing.
    open: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <Modal
            open
            on_cancel=Callback::new(move |()| open.set(false))
            labelled_by="shortcuts-title"
        >
            <h2 id="shortcuts-title">{text::shortcuts::TITLE}</h2>
            <table class="shortcut-list">
                <caption class="muted">{text::shortcuts::INTRO}</caption>
                <tbody>
                    {text::shortcuts::LIST
                        .iter()
                        .map(|(keys, what)| {
                            view! {
                                <tr>
                                    <th scope="row">
                                        {keys
                                            .iter()
                                            .map(|key| view! { <kbd>{*key}</kbd> })
                                            .collect_view()}
                                    </th>
                                    <td>{*what}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| open.set(false)>
                    {text::common::CLOSE}
                </button>
            </div>
        </Modal>
    }
}

/// The key that presses a button, shown in it for those who look; screen
/// readers hear it from the button's `aria-keyshortcuts`.
#[component]
pub fn KeyHint(key: &'static str) -> impl IntoView {
    view! {
        <kbd class="key-hint" aria-hidden="true">
            {key}
        </kbd>
    }
}
