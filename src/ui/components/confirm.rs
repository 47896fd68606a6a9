//! Asking before something destructive that takes other records with it.

use super::Modal;
use crate::text;
use leptos::prelude::*;

#[component]
pub fn ConfirmDialog(
    /// Whether the question is showing.
    #[prop(into)]
    open: Signal<bool>,
    /// The question, e.g. "Delete “Grow revenue”?".
    #[prop(into)]
    title: Signal<String>,
    /// What will happen, in a sentence or two.
    #[prop(into)]
    body: Signal<String>,
    /// The button that goes ahead, e.g. "Delete objective".
    confirm_label: &'static str,
    /// Runs when the person goes ahead.
    on_confirm: Callback<()>,
    /// Runs when the person backs out (button or Escape).
    on_cancel: Callback<()>,
) -> impl IntoView {
    view! {
        <Modal open on_cancel labelled_by="confirm-title">
            <h2 id="confirm-title">{move || title.get()}</h2>
            <p>{move || body.get()}</p>
            <div class="actions">
                <button type="button" class="danger" on:click=move |_| on_confirm.run(())>
                    {confirm_label}
                </button>
                <button type="button" autofocus on:click=move |_| on_cancel.run(())>
                    {text::common::CANCEL}
                </button>
            </div>
        </Modal>
    }
}
