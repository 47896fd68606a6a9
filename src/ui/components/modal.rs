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
    let open = Memo::new(move |_| open.get());
    // Opening and closing a modal dialog are imperative in the DOM API.
    // The order matters both ways: shown once its content is in place, so
    // the content's autofocus field takes the focus; closed before its
    // content goes, so focus goes straight back to where it was before the
    // dialog opened, and the browser does not lay the page out once for
    // the focus that left with the content and again for the close.
    let content = move || {
        if open.get() {
            // After this closure, the content is built and in the dialog.
            queue_microtask(move || {
                // Closed again, or gone with its page, in the meantime.
                if open.try_get_untracked() == Some(true)
                    && let Some(element) = dialog.try_get_untracked().flatten()
                    && !element.open()
                {
                    let _ = element.show_modal();
                }
            });
            // Only `open` decides whether the content is rebuilt; what it
            // reads is tracked by its own parts.
            Some(untrack(|| children()))
        } else {
            if let Some(element) = dialog.get_untracked()
                && element.open()
            {
                element.close();
            }
            None
        }
    };
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
            {content}
        </dialog>
    }
}
