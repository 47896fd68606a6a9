use super::{Naming, Unsaved, error_of, save_naming, show_unsaved, unit_options};
use crate::domain::{FieldErrors, UnitDraft, UnitId, UnitKind};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{Another, FormActions, PersonField, SelectField, TextField};
use crate::ui::drafts::{field, keep_draft};
use crate::ui::focus::focus_field;
use crate::ui::state::Document;
use leptos::prelude::*;

/// What a new unit's unsaved input is kept under: its kind and the parent it
/// starts under, so the page can open the same form again after a reload.
pub fn new_unit_target(kind: UnitKind, parent: Option<&UnitId>) -> String {
    format!(
        "new/{}/{}",
        kind.level(),
        parent.map(UnitId::as_str).unwrap_or_default()
    )
}

/// The kind and parent [`new_unit_target`] wrote.
pub fn read_new_unit_target(target: &str) -> Option<(UnitKind, Option<UnitId>)> {
    let (level, parent) = target.strip_prefix("new/")?.split_once('/')?;
    let kind = [UnitKind::Company, UnitKind::Department, UnitKind::Team]
        .into_iter()
        .find(|k| k.level().to_string() == level)?;
    Some((kind, (!parent.is_empty()).then(|| UnitId::from(parent))))
}

/// Creates a department or team, or renames, moves or re-leads a unit.
#[component]
pub fn UnitForm(
    /// The unit to edit; `None` creates one of `kind`.
    editing: Option<UnitId>,
    /// The kind of a new unit.
    kind: UnitKind,
    /// The parent a new unit starts under.
    #[prop(default = None)]
    parent: Option<UnitId>,
    /// Called when saved (`true`) or cancelled (`false`).
    on_done: Callback<bool>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let target = editing.as_ref().map_or_else(
        || new_unit_target(kind, parent.as_ref()),
        ToString::to_string,
    );
    let draft = state.with_untracked(|ws| {
        editing
            .as_ref()
            .and_then(|id| UnitDraft::of(ws, id))
            .unwrap_or_else(|| UnitDraft {
                name: String::new(),
                kind,
                parent: parent.or_else(|| ws.company().map(|c| c.id.clone())),
                lead: String::new(),
            })
    });
    let kind = draft.kind;
    let name = RwSignal::new(draft.name);
    let parent = RwSignal::new(draft.parent.map(|p| p.to_string()).unwrap_or_default());
    let lead = RwSignal::new(draft.lead);
    let kept = keep_draft(
        "unit",
        target,
        true,
        vec![
            field("name", name),
            field("parent", parent),
            field("lead", lead),
        ],
    );
    let errors = RwSignal::new(FieldErrors::default());
    let parent_choices = Signal::derive(move || {
        state.with(|ws| unit_options(ws, |candidate| kind.allowed_parents().contains(&candidate)))
    });

    let is_editing = editing.is_some();
    let another = Another {
        label: text::unit_form::ADD_AND_START_ANOTHER,
        chosen: StoredValue::new(false),
    };
    // The unit just added while the form stays open for the next, which
    // starts under the same parent.
    let added = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = UnitDraft {
            name: name.get_untracked(),
            kind,
            parent: Some(parent.get_untracked())
                .filter(|p| !p.is_empty())
                .map(|p| p.as_str().into()),
            lead: lead.get_untracked(),
        };
        // A new lead joins the unit: an edited one now; a new one as it is
        // added, since a lead without a unit joins the unit they lead.
        let naming = [Naming::one(draft.lead.clone(), editing.clone())];
        let saved = save_naming(state, &naming, |ws| {
            let valid = draft
                .validate(ws, editing.as_ref())
                .map_err(Unsaved::Fields)?;
            match &editing {
                Some(id) => ws.update_unit(id, valid),
                None => ws.add_unit(UnitId::from_bits(clock::random_bits()), valid),
            }
            Ok(())
        });
        match saved {
            Err(unsaved) => show_unsaved(errors, unsaved, "unit", "name"),
            Ok(()) if another.chosen.get_value() => {
                added.set(Some(draft.name.trim().to_owned()));
                name.set(String::new());
                lead.set(String::new());
                errors.set(FieldErrors::default());
                kept.saved_now();
                focus_field("unit-name".to_owned());
            }
            Ok(()) => {
                kept.finish();
                on_done.run(true);
            }
        }
    };
    let heading = match (is_editing, kind) {
        (true, kind) => text::unit_form::edit_title(&text::common::in_sentence(kind.label())),
        (false, kind) => text::unit_form::new_title(&text::common::in_sentence(kind.label())),
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="unit-form-title">{heading}</h2>
            <p class="muted form-added" role="status">
                {move || {
                    added
                        .get()
                        .map(|name| {
                            text::unit_form::added_next(
                                &name,
                                &text::common::in_sentence(kind.label()),
                            )
                        })
                }}
            </p>
            <TextField
                id="unit-name"
                label=text::common::NAME
                value=name
                error=error_of(errors, "name")
            />
            {(kind != UnitKind::Company)
                .then(|| {
                    view! {
                        <SelectField
                            id="unit-parent"
                            label=text::unit_form::PART_OF
                            value=parent
                            options=parent_choices
                            error=error_of(errors, "parent")
                        />
                    }
                })}
            <PersonField
                id="unit-lead"
                label=text::common::LEAD_OPTIONAL
                value=lead
                error=error_of(errors, "lead")
            />
            <FormActions
                draft=kept
                save=if is_editing { text::common::SAVE } else { text::unit_form::ADD }
                on_cancel=Callback::new(move |()| on_done.run(false))
                another=(!is_editing && kind != UnitKind::Company).then_some(another)
            />
        </form>
    }
}
