//! The end of every form with a Save button: the notice that unsaved input
//! came back after a reload, then Save and Cancel.

use crate::text;
use crate::ui::drafts::{DraftNotice, FormDraft};
use leptos::prelude::*;

/// The draft notice, Save (the form's submit) and Cancel, which forgets the
/// form's kept input before `on_cancel` closes it.
#[component]
pub fn FormActions(
    /// The form's kept input, from `keep_draft`.
    draft: FormDraft,
    /// The Save button's label.
    save: &'static str,
    /// Closes the form; runs after the kept input is forgotten.
    on_cancel: Callback<()>,
) -> impl IntoView {
    view! {
        <DraftNotice draft />
        <div class="actions">
            <button type="submit" class="primary">
                {save}
            </button>
            <button
                type="button"
                on:click=move |_| {
                    draft.finish();
                    on_cancel.run(())
                }
            >
                {text::common::CANCEL}
            </button>
        </div>
    }
}
