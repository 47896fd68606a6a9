//! A modal dialog on the native `<dialog>` element, which gives focus
//! trapping, Escape to close and the backdrop for free.

use leptos::html;
use leptos::prelude::*;

#[component]
pub fn Modal(
    /// Whether the dialog is showing. Its content is only built while it is,
    /// so every opening starts from a fresh form.
    #[prop(into)]
    open: Signal<bool>,
    /// Called when the person dismisses the dialog with Escape.
    on_cancel: Callback<()>,
    /// The id of the heading that names the dialog.
    labelled_by: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    // Opening a modal dialog is imperative in the DOM API; this effect syncs it to `open`.
    Effect::new(move |_| {
        let Some(element) = dialog.get() else {
            return;
        };
        match (open.get(), element.open()) {
            (true, false) => {
                let _ = element.show_modal();
            }
            (false, true) => element.close(),
            _ => {}
        }
    });
    view! {
        <dialog
            node_ref=dialog
            class="modal"
            aria-labelledby=labelled_by
            on:cancel=move |ev: leptos::ev::Event| {
                ev.prevent_default();
                on_cancel.run(());
            }
        >
            <Show when=move || open.get()>{children()}</Show>
        </dialog>
    }
}
