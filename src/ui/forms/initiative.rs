use super::{Naming, Unsaved, error_of, save_naming, show_unsaved};
use crate::domain::{FieldErrors, InitiativeDraft, InitiativeId, InitiativeStatus, KeyResultId};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{FormActions, PersonField, SelectField, TextField};
use crate::ui::drafts::{field, keep_draft, target_of};
use crate::ui::state::Document;
use leptos::prelude::*;

/// Adds an initiative to a key result, or edits one.
#[component]
pub fn InitiativeForm(
    key_result: KeyResultId,
    /// The initiative to edit; `None` adds one.
    editing: Option<InitiativeId>,
    /// Called once saved (`true`) or cancelled (`false`).
    on_done: Callback<bool>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let draft = state.with_untracked(|ws| {
        editing
            .as_ref()
            .and_then(|id| ws.initiatives.by_key(id))
            .map(|i| InitiativeDraft::of(ws, i))
            .unwrap_or_default()
    });
    let title = RwSignal::new(draft.title);
    let lead = RwSignal::new(draft.lead);
    let status = RwSignal::new(draft.status.slug().to_owned());
    let link = RwSignal::new(draft.link);
    let kept = keep_draft(
        "initiative",
        target_of(editing.as_ref()),
        true,
        vec![
            field("title", title),
            field("lead", lead),
            field("status", status),
            field("link", link),
        ],
    );
    let errors = RwSignal::new(FieldErrors::default());
    let options = Signal::derive(|| {
        InitiativeStatus::ALL
            .iter()
            .map(|s| (s.slug().to_owned(), s.label().to_owned()))
            .collect::<Vec<_>>()
    });
    let is_editing = editing.is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = InitiativeDraft {
            title: title.get_untracked(),
            lead: lead.get_untracked(),
            status: InitiativeStatus::from_slug(&status.get_untracked()).unwrap_or_default(),
            link: link.get_untracked(),
        };
        // Someone typed in as the lead joins the key result's unit.
        let unit = state.with_untracked(|ws| {
            ws.key_result(&key_result)
                .and_then(|kr| ws.objective(&kr.objective))
                .map(|o| o.unit.clone())
        });
        let naming = [Naming::one(draft.lead.clone(), unit)];
        let saved = save_naming(state, &naming, |ws| {
            let valid = draft.validate(ws).map_err(Unsaved::Fields)?;
            match &editing {
                Some(id) => ws.update_initiative(id, valid),
                None => ws.add_initiative(
                    InitiativeId::from_bits(clock::random_bits()),
                    &key_result,
                    valid,
                ),
            }
            .map_err(Unsaved::Refused)
        });
        match saved {
            Ok(()) => {
                kept.finish();
                on_done.run(true)
            }
            Err(unsaved) => show_unsaved(errors, unsaved, "initiative", "title"),
        }
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="initiative-form-title">
                {if is_editing {
                    text::initiative_form::EDIT_INITIATIVE
                } else {
                    text::initiative_form::NEW_INITIATIVE
                }}
            </h2>
            <p class="muted">{text::initiative_form::INTRO}</p>
            <TextField
                id="initiative-title"
                label=text::common::TITLE
                value=title
                error=error_of(errors, "title")
            />
            <div class="field-row">
                <PersonField
                    id="initiative-lead"
                    label=text::common::LEAD_OPTIONAL
                    value=lead
                    error=error_of(errors, "lead")
                />
                <SelectField
                    id="initiative-status"
                    label=text::common::STATUS
                    value=status
                    options
                    error=Signal::derive(|| None::<String>)
                />
            </div>
            <TextField
                id="initiative-link"
                label=text::initiative_form::LINK_OPTIONAL
                value=link
                error=error_of(errors, "link")
                placeholder="https://…"
                kind="url"
            />
            <FormActions
                draft=kept
                save=if is_editing {
                    text::initiative_form::SAVE_INITIATIVE
                } else {
                    text::common::ADD_INITIATIVE
                }
                on_cancel=Callback::new(move |()| on_done.run(false))
            />
        </form>
    }
}
