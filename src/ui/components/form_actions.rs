//! The end of every form with a Save button: the notice that unsaved input
//! came back after a reload, then Save (and for a form that adds records one
//! after another, a save that keeps it open) and Cancel.

use crate::text;
use crate::ui::drafts::{DraftNotice, FormDraft};
use leptos::prelude::*;

/// A second submit button, which saves and keeps the form open for the
/// next record: `chosen` says, during the submit, which button sent it.
#[derive(Clone, Copy)]
pub struct Another {
    pub label: &'static str,
    pub chosen: StoredValue<bool>,
}

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
    /// Offers to save and start another record.
    #[prop(default = None)]
    another: Option<Another>,
) -> impl IntoView {
    // Enter in a field submits with the first button: Save. The browser
    // clicks it, so each button's click says which one the submit came from.
    let choose = move |chosen: bool| {
        if let Some(another) = another {
            another.chosen.set_value(chosen);
        }
    };
    view! {
        <DraftNotice draft />
        <div class="actions">
            <button type="submit" class="primary" on:click=move |_| choose(false)>
                {save}
            </button>
            {another
                .map(|another| {
                    view! {
                        <button type="submit" on:click=move |_| choose(true)>
                            {another.label}
                        </button>
                    }
                })}
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
