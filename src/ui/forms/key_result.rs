use super::{Naming, Unsaved, error_of, save_naming, show_unsaved};
use crate::domain::{
    Commitment, FieldErrors, KeyResultDraft, KeyResultId, MeasureKind, ObjectiveId, Workspace,
};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{Another, Choice, FormActions, PersonField, TextField};
use crate::ui::drafts::{Field, field, keep_draft, target_of};
use crate::ui::focus::focus_field;
use crate::ui::format::{editable_number, scale, typed_number};
use crate::ui::state::Document;
use leptos::prelude::*;

/// Creates or edits a key result of an objective.
#[component]
pub fn KeyResultForm(
    /// The objective the key result measures.
    objective: ObjectiveId,
    /// The key result to edit; `None` creates one.
    editing: Option<KeyResultId>,
    /// Called once saved (`true`) or cancelled (`false`).
    on_done: Callback<bool>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let fresh = state.with_untracked(|ws| new_draft(ws, &objective));
    let draft = editing
        .as_ref()
        .and_then(|id| state.with_untracked(|ws| KeyResultDraft::of(ws, id)))
        .unwrap_or_else(|| fresh.clone());
    // What "Add and start another" empties the form to.
    let fresh = StoredValue::new(fresh);
    let fields = Fields::new(draft);
    let kept = keep_draft(
        "key-result",
        target_of(editing.as_ref()),
        true,
        fields.kept(),
    );
    let errors = RwSignal::new(FieldErrors::default());
    let checked_in = state.with_untracked(|ws| {
        editing
            .as_ref()
            .is_some_and(|id| ws.latest_check_in(id).is_some())
    });

    let is_editing = editing.is_some();
    let another = Another {
        label: text::key_result_form::ADD_AND_START_ANOTHER,
        chosen: StoredValue::new(false),
    };
    // The key result just added while the form stays open for the next.
    let added = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = fields.draft();
        // Someone typed in as lead joins the objective's unit.
        let unit = state.with_untracked(|ws| ws.objective(&objective).map(|o| o.unit.clone()));
        let naming = [Naming::one(draft.lead.clone(), unit)];
        let saved = save_naming(state, &naming, |ws| {
            let valid = draft.validate(ws).map_err(Unsaved::Fields)?;
            match &editing {
                Some(id) => ws.update_key_result(id, valid),
                None => ws.add_key_result(
                    KeyResultId::from_bits(clock::random_bits()),
                    objective.clone(),
                    valid,
                    clock::today(),
                ),
            }
            .map_err(Unsaved::Refused)
        });
        match saved {
            Ok(()) if another.chosen.get_value() => {
                added.set(Some(draft.title.trim().to_owned()));
                fields.reset(fresh.get_value());
                errors.set(FieldErrors::default());
                kept.saved_now();
                focus_field("kr-title".to_owned());
            }
            Ok(()) => {
                kept.finish();
                on_done.run(true)
            }
            Err(unsaved) => show_unsaved(errors, unsaved, "kr", "title"),
        }
    };
    let Fields {
        title,
        lead,
        commitment,
        weight,
        ..
    } = fields;
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="kr-form-title">
                {if is_editing {
                    text::key_result_form::EDIT_KEY_RESULT
                } else {
                    text::key_result_form::NEW_KEY_RESULT
                }}
            </h2>
            <p class="muted form-added" role="status">
                {move || added.get().map(|title| text::key_result_form::added_next(&title))}
            </p>
            <TextField
                id="kr-title"
                label=text::common::TITLE
                value=title
                error=error_of(errors, "title")
                hint=text::key_result_form::TITLE_HINT
            />
            <PersonField
                id="kr-lead"
                label=text::common::LEAD
                value=lead
                error=error_of(errors, "lead")
            />
            <MeasureFields fields errors checked_in />
            <Choice
                legend=text::key_result_form::COMMITMENT
                name="kr-commitment"
                value=commitment
                options=vec![
                    (
                        Commitment::Commit,
                        text::common::COMMIT,
                        text::key_result_form::commit_hint(&scale().full),
                    ),
                    (
                        Commitment::Stretch,
                        text::common::STRETCH,
                        text::key_result_form::stretch_hint(&scale().success),
                    ),
                ]
            />
            <TextField
                id="kr-weight"
                label=text::key_result_form::WEIGHT
                value=weight
                error=error_of(errors, "weight")
                inputmode="decimal"
                hint=text::key_result_form::WEIGHT_HINT
            />
            <FormActions
                draft=kept
                save=if is_editing {
                    text::key_result_form::SAVE_KEY_RESULT
                } else {
                    text::common::ADD_KEY_RESULT
                }
                on_cancel=Callback::new(move |()| on_done.run(false))
                another=(!is_editing).then_some(another)
            />
        </form>
    }
}

/// A new key result of `objective`: led by the objective's lead, counting up
/// from 0 (most do; a baseline is typed over it).
fn new_draft(ws: &Workspace, objective: &ObjectiveId) -> KeyResultDraft {
    KeyResultDraft {
        lead: ws
            .objective(objective)
            .and_then(|o| o.lead.as_ref())
            .map(|l| ws.person_name(l).to_owned())
            .unwrap_or_default(),
        start: "0".to_owned(),
        ..KeyResultDraft::default()
    }
}

/// The form's inputs, kept as the person types.
#[derive(Clone, Copy)]
struct Fields {
    title: RwSignal<String>,
    lead: RwSignal<String>,
    kind: RwSignal<MeasureKind>,
    start: RwSignal<String>,
    target: RwSignal<String>,
    current: RwSignal<String>,
    unit: RwSignal<String>,
    done: RwSignal<bool>,
    commitment: RwSignal<Commitment>,
    weight: RwSignal<String>,
}

impl Fields {
    fn new(draft: KeyResultDraft) -> Fields {
        Fields {
            title: RwSignal::new(draft.title),
            lead: RwSignal::new(draft.lead),
            kind: RwSignal::new(draft.kind),
            start: RwSignal::new(editable_number(&draft.start)),
            target: RwSignal::new(editable_number(&draft.target)),
            current: RwSignal::new(editable_number(&draft.current)),
            unit: RwSignal::new(draft.unit),
            done: RwSignal::new(draft.done),
            commitment: RwSignal::new(draft.commitment),
            weight: RwSignal::new(editable_number(&draft.weight)),
        }
    }

    /// Puts `draft` back in every field, for the next key result.
    fn reset(self, draft: KeyResultDraft) {
        self.title.set(draft.title);
        self.lead.set(draft.lead);
        self.kind.set(draft.kind);
        self.start.set(editable_number(&draft.start));
        self.target.set(editable_number(&draft.target));
        self.current.set(editable_number(&draft.current));
        self.unit.set(draft.unit);
        self.done.set(draft.done);
        self.commitment.set(draft.commitment);
        self.weight.set(editable_number(&draft.weight));
    }

    /// The fields a draft of unsaved input keeps.
    fn kept(self) -> Vec<Field> {
        vec![
            field("title", self.title),
            field("lead", self.lead),
            field("kind", self.kind),
            field("start", self.start),
            field("target", self.target),
            field("current", self.current),
            field("unit", self.unit),
            field("done", self.done),
            field("commitment", self.commitment),
            field("weight", self.weight),
        ]
    }

    /// What was typed, for the domain to check.
    fn draft(self) -> KeyResultDraft {
        KeyResultDraft {
            title: self.title.get_untracked(),
            lead: self.lead.get_untracked(),
            kind: self.kind.get_untracked(),
            start: typed_number(&self.start.get_untracked()),
            target: typed_number(&self.target.get_untracked()),
            current: typed_number(&self.current.get_untracked()),
            unit: self.unit.get_untracked(),
            done: self.done.get_untracked(),
            commitment: self.commitment.get_untracked(),
            weight: typed_number(&self.weight.get_untracked()),
        }
    }
}

/// How the key result is measured, and its values: start, target and
/// current for a number, done or not for a milestone. Once it has
/// check-ins, its kind and current value come from them.
#[component]
fn MeasureFields(fields: Fields, errors: RwSignal<FieldErrors>, checked_in: bool) -> impl IntoView {
    let Fields {
        kind,
        start,
        target,
        current,
        unit,
        done,
        ..
    } = fields;
    let numeric = move || kind.get() != MeasureKind::Milestone;
    view! {
        {if checked_in {
            view! {
                <p class="muted field-note">
                    {text::key_result_form::kind_fixed(&kind.get_untracked().with_article())}
                </p>
            }
                .into_any()
        } else {
            view! {
                <Choice
                    legend=text::key_result_form::MEASURED_AS
                    name="kr-kind"
                    value=kind
                    options=vec![
                        (
                            MeasureKind::Metric,
                            text::common::METRIC,
                            text::key_result_form::METRIC_HINT.to_owned(),
                        ),
                        (
                            MeasureKind::Percentage,
                            text::common::PERCENTAGE,
                            text::key_result_form::PERCENTAGE_HINT.to_owned(),
                        ),
                        (
                            MeasureKind::Milestone,
                            text::common::MILESTONE,
                            text::key_result_form::MILESTONE_HINT.to_owned(),
                        ),
                    ]
                />
            }
                .into_any()
        }}
        <Show
            when=numeric
            fallback=move || {
                view! {
                    <label class="checkbox">
                        <input
                            type="checkbox"
                            prop:checked=move || done.get()
                            on:change:target=move |ev| done.set(ev.target().checked())
                        />
                        {text::common::DONE}
                    </label>
                }
            }
        >
            <div class="field-row">
                <TextField
                    id="kr-start"
                    label=text::key_result_form::START_VALUE
                    value=start
                    error=error_of(errors, "start")
                    inputmode="decimal"
                    hint=text::key_result_form::START_VALUE_HINT
                />
                <TextField
                    id="kr-target"
                    label=text::key_result_form::TARGET_VALUE
                    value=target
                    error=error_of(errors, "target")
                    inputmode="decimal"
                    hint=text::key_result_form::TARGET_VALUE_HINT
                />
            </div>
            <div class="field-row">
                {if checked_in {
                    view! {
                        <p class="muted field-note">
                            {text::key_result_form::CURRENT_FROM_CHECK_INS}
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <TextField
                            id="kr-current"
                            label=text::key_result_form::CURRENT_VALUE
                            value=current
                            error=error_of(errors, "current")
                            inputmode="decimal"
                            hint=text::key_result_form::CURRENT_VALUE_HINT
                        />
                    }
                        .into_any()
                }} <Show when=move || kind.get() == MeasureKind::Metric>
                    <TextField
                        id="kr-unit"
                        label=text::common::UNIT_OPTIONAL
                        value=unit
                        error=Signal::derive(|| None::<String>)
                        placeholder=text::key_result_form::UNIT_PLACEHOLDER
                    />
                </Show>
            </div>
        </Show>
    }
}
