use super::{Naming, Unsaved, error_of, save_naming, show_unsaved, unit_options};
use crate::domain::{
    FieldErrors, ObjectiveDraft, ObjectiveId, PeriodId, PersonId, UnitId, Workspace,
};
use crate::text;
use crate::ui::components::{
    FormActions, Modal, PersonField, SelectField, TextAreaField, TextField,
};
use crate::ui::drafts::{field, keep_draft};
use crate::ui::notices::Notices;
use crate::ui::route::Route;
use crate::ui::router::Router;
use crate::ui::state::Document;
use crate::ui::summary::objective_href;
use crate::ui::{SelectedPeriod, clock};
use leptos::prelude::*;

fn id_text<T: ToString>(id: Option<T>) -> String {
    id.map(|id| id.to_string()).unwrap_or_default()
}

/// Creates or edits an objective.
#[component]
pub fn ObjectiveForm(
    /// The objective to edit; `None` creates a new one.
    editing: Option<ObjectiveId>,
    /// The unit a new objective starts in.
    #[prop(default = None)]
    unit: Option<UnitId>,
    /// The person a new individual objective is for; `None` for a unit's objective.
    #[prop(default = None)]
    owner: Option<PersonId>,
    /// The objective a new one ladders up to; it also suggests the unit.
    #[prop(default = None)]
    parent: Option<ObjectiveId>,
    /// Called with the saved objective's id, or `None` when cancelled.
    on_done: Callback<Option<ObjectiveId>>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let notices = expect_context::<Notices>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let draft = state.with_untracked(|ws| {
        editing
            .as_ref()
            .and_then(|id| ObjectiveDraft::of(ws, id))
            .unwrap_or_else(|| {
                let starts = Starts {
                    unit,
                    owner,
                    parent,
                    period: period.get_untracked(),
                };
                new_draft(ws, starts)
            })
    });
    let owner = draft.owner.clone();
    let individual = owner.is_some();
    let title = RwSignal::new(draft.title);
    let description = RwSignal::new(draft.description);
    let unit = RwSignal::new(id_text(draft.unit));
    let period = RwSignal::new(id_text(draft.period));
    let lead = RwSignal::new(draft.lead);
    let contributors = RwSignal::new(draft.contributors);
    let parent = RwSignal::new(id_text(draft.parent));
    let kept = keep_draft(
        "objective",
        id_text(editing.clone()),
        true,
        vec![
            field("title", title),
            field("description", description),
            field("unit", unit),
            field("period", period),
            field("lead", lead),
            field("contributors", contributors),
            field("parent", parent),
        ],
    );
    let errors = RwSignal::new(FieldErrors::default());

    let editing_id = editing.clone();
    let is_editing = editing.is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text_id = |s: RwSignal<String>| Some(s.get_untracked()).filter(|s| !s.is_empty());
        let draft = ObjectiveDraft {
            title: title.get_untracked(),
            description: description.get_untracked(),
            unit: text_id(unit).map(|s| s.as_str().into()),
            period: text_id(period).map(|s| s.as_str().into()),
            lead: lead.get_untracked(),
            contributors: contributors.get_untracked(),
            parent: text_id(parent).map(|s| s.as_str().into()),
            owner: owner.clone(),
        };
        // People typed in as lead or contributors join the unit chosen.
        let naming = [
            Naming::one(draft.lead.clone(), draft.unit.clone()),
            Naming::many(draft.contributors.clone(), draft.unit.clone()),
        ];
        let id = editing
            .clone()
            .unwrap_or_else(|| ObjectiveId::from_bits(clock::random_bits()));
        let saved = id.clone();
        let outcome = save_naming(state, &naming, |ws| {
            let valid = draft
                .validate(ws, editing.as_ref())
                .map_err(Unsaved::Fields)?;
            if editing.is_none() {
                ws.add_objective(id, valid).map_err(Unsaved::Refused)?;
                return Ok(String::new());
            }
            let update = ws.update_objective(&id, valid).map_err(Unsaved::Refused)?;
            let titles: Vec<&str> = update
                .unaligned
                .iter()
                .filter_map(|c| ws.objective(c))
                .map(|c| c.title.as_str())
                .collect();
            Ok(text::common::quoted_titles(&titles))
        });
        let orphaned = match outcome {
            Ok(orphaned) => orphaned,
            Err(unsaved) => return show_unsaved(errors, unsaved, "objective", "period"),
        };
        // Moving an objective to another unit or period can leave the
        // objectives aligned to it pointing at something they no longer
        // ladder up to: say so rather than orphan them silently.
        if !orphaned.is_empty() {
            notices.show(text::objective_form::children_unaligned(&orphaned), None);
        }
        kept.finish();
        on_done.run(Some(saved));
    };
    let heading = match (is_editing, individual) {
        (true, false) => text::objective_form::EDIT_OBJECTIVE,
        (false, false) => text::common::NEW_OBJECTIVE,
        (true, true) => text::objective_form::EDIT_INDIVIDUAL_OBJECTIVE,
        (false, true) => text::common::NEW_INDIVIDUAL_OBJECTIVE,
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="objective-form-title">{heading}</h2>
            <ObjectiveFields
                fields=Fields {
                    title,
                    description,
                    unit,
                    period,
                    lead,
                    contributors,
                    parent,
                }
                errors
                editing=editing_id
                individual
            />
            <FormActions
                draft=kept
                save=if is_editing {
                    text::objective_form::SAVE_OBJECTIVE
                } else {
                    text::objective_form::ADD_OBJECTIVE
                }
                on_cancel=Callback::new(move |()| on_done.run(None))
            />
        </form>
    }
}

/// The `on_done` of a new-objective dialog: closes it and, once an
/// objective was added, shows its page.
pub fn show_when_created(open: RwSignal<bool>) -> Callback<Option<ObjectiveId>> {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    Callback::new(move |created: Option<ObjectiveId>| {
        open.set(false);
        let href = created.and_then(|id| {
            state.with_untracked(|ws| ws.objective(&id).map(|o| objective_href(&id, &o.period)))
        });
        if let Some(href) = href {
            router.go(Route::parse(&href));
        }
    })
}

/// The dialog "New objective" opens: once saved, the new objective's page
/// shows. The page holds `creating`, which its button sets.
#[component]
pub fn NewObjectiveDialog(
    creating: RwSignal<bool>,
    /// The unit the objective starts in, on a unit's page.
    #[prop(optional)]
    unit: Option<UnitId>,
) -> impl IntoView {
    let on_created = show_when_created(creating);
    view! {
        <Modal
            open=creating
            on_cancel=Callback::new(move |()| creating.set(false))
            labelled_by="objective-form-title"
        >
            <ObjectiveForm editing=None unit=unit.clone() on_done=on_created />
        </Modal>
    }
}

/// Where a new objective starts: the form's props and the period on screen.
struct Starts {
    unit: Option<UnitId>,
    owner: Option<PersonId>,
    parent: Option<ObjectiveId>,
    period: Option<PeriodId>,
}

/// A new objective's draft: in the unit and period it was started from (an
/// objective to align to suggests both), led by "This is me".
fn new_draft(ws: &Workspace, starts: Starts) -> ObjectiveDraft {
    let Starts {
        unit,
        owner,
        parent,
        period,
    } = starts;
    ObjectiveDraft {
        unit: unit
            .or_else(|| parent.as_ref().and_then(|p| ws.unit_for_aligned(p)))
            .or_else(|| ws.company().map(|c| c.id.clone())),
        period: parent
            .as_ref()
            .and_then(|p| ws.objective(p))
            .map(|p| p.period.clone())
            .or(period),
        lead: ws
            .settings
            .me
            .as_ref()
            .map(|me| ws.person_name(me).to_owned())
            .unwrap_or_default(),
        owner,
        parent,
        ..ObjectiveDraft::default()
    }
}

/// What a new or edited objective may ladder up to: nothing, or an objective
/// of the period its unit (or, for an individual goal, its owner) can align to.
fn parent_options(
    ws: &Workspace,
    unit: &UnitId,
    period: &PeriodId,
    editing: Option<&ObjectiveId>,
    individual: bool,
) -> Vec<(String, String)> {
    let mut options = vec![(String::new(), text::objective_form::NO_PARENT.to_owned())];
    let candidates = if individual {
        ws.individual_parent_candidates(period, editing)
    } else {
        ws.parent_candidates(unit, period, editing)
    };
    options.extend(candidates.into_iter().map(|o| {
        let owner = ws.unit(&o.unit).map_or("", |u| u.name.as_str());
        (
            o.id.to_string(),
            text::objective_page::target_objective(&owner, &o.title),
        )
    }));
    options
}

/// The objective's inputs, kept as the person types.
#[derive(Clone, Copy)]
struct Fields {
    title: RwSignal<String>,
    description: RwSignal<String>,
    unit: RwSignal<String>,
    period: RwSignal<String>,
    lead: RwSignal<String>,
    contributors: RwSignal<String>,
    parent: RwSignal<String>,
}

/// The form's fields: what, whose, when, who, and what it ladders up to
/// (the choices follow the unit and period picked).
#[component]
fn ObjectiveFields(
    fields: Fields,
    errors: RwSignal<FieldErrors>,
    editing: Option<ObjectiveId>,
    individual: bool,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let Fields {
        title,
        description,
        unit,
        period,
        lead,
        contributors,
        parent,
    } = fields;
    let editing_id = editing;
    let unit_choices = Signal::derive(move || state.with(|ws| unit_options(ws, |_| true)));
    let period_choices = Signal::derive(move || {
        state.with(|ws| {
            ws.periods_in_order()
                .into_iter()
                .map(|p| (p.id.to_string(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let parent_choices = Signal::derive(move || {
        let (unit, period) = (
            UnitId::from(unit.get().as_str()),
            PeriodId::from(period.get().as_str()),
        );
        state.with(|ws| parent_options(ws, &unit, &period, editing_id.as_ref(), individual))
    });

    view! {
        <TextField
            id="objective-title"
            label=text::common::TITLE
            value=title
            error=error_of(errors, "title")
            hint=text::objective_form::TITLE_HINT
            placeholder=text::objective_form::TITLE_PLACEHOLDER
        />
        <TextAreaField
            id="objective-description"
            label=text::objective_form::DESCRIPTION_OPTIONAL
            value=description
        />
        <div class="field-row">
            {(!individual)
                .then(|| {
                    view! {
                        <SelectField
                            id="objective-unit"
                            label=text::objective_form::OWNED_BY
                            value=unit
                            options=unit_choices
                            error=error_of(errors, "unit")
                        />
                    }
                })}
            <SelectField
                id="objective-period"
                label=text::common::PERIOD
                value=period
                options=period_choices
                error=error_of(errors, "period")
            />
        </div>
        {(!individual)
            .then(|| {
                view! {
                    <PersonField
                        id="objective-lead"
                        label=text::common::LEAD
                        value=lead
                        error=error_of(errors, "lead")
                        hint=text::objective_form::LEAD_HINT
                    />
                }
            })}
        <PersonField
            id="objective-contributors"
            label=text::objective_form::CONTRIBUTORS_OPTIONAL
            value=contributors
            error=error_of(errors, "contributors")
            hint=text::objective_form::CONTRIBUTORS_HINT
            many=true
        />
        <SelectField
            id="objective-parent"
            label=text::objective_form::LADDERS_UP_TO
            value=parent
            options=parent_choices
            error=error_of(errors, "parent")
            hint=if individual {
                text::objective_form::INDIVIDUAL_PARENT_HINT
            } else {
                text::objective_form::PARENT_HINT
            }
        />
    }
}
