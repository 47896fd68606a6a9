use super::{error_of, show_errors};
use crate::domain::{
    FieldErrors, PersonalCheckInDraft, PersonalGoalDraft, PersonalGoalId, PlanKind, Theme,
};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{Choice, FormActions, LockIcon, SelectField, TextAreaField, TextField};
use crate::ui::drafts::{Field, field, keep_draft, target_of};
use crate::ui::format::{editable_number, typed_number};
use crate::ui::personal_state::PersonalState;
use leptos::prelude::*;

/// Creates or edits a personal goal.
#[component]
pub fn PersonalGoalForm(
    /// The goal to edit; `None` creates one.
    editing: Option<PersonalGoalId>,
    /// Called once saved (`true`) or cancelled (`false`).
    on_done: Callback<bool>,
) -> impl IntoView {
    let personal = expect_context::<PersonalState>();
    let existing = personal.with_untracked(|p| editing.as_ref().and_then(|id| p.goal(id)).cloned());
    let draft = existing
        .as_ref()
        .map(PersonalGoalDraft::of)
        .unwrap_or_default();
    let fields = Fields::new(draft);
    let kept = keep_draft(
        "personal-goal",
        target_of(editing.as_ref()),
        // Private: asked about before the page is left, never copied
        // anywhere (a copy would outlive a passphrase set meanwhile).
        false,
        fields.kept(),
    );
    let Fields {
        title,
        why,
        theme,
        target_date,
        ..
    } = fields;
    let errors = RwSignal::new(FieldErrors::default());
    let themes = Signal::derive(|| {
        Theme::ALL
            .map(|t| (t.slug().to_owned(), t.label().to_owned()))
            .to_vec()
    });
    let is_editing = existing.is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = fields.draft();
        match draft.validate(existing.as_ref()) {
            Err(found) => show_errors(errors, found, "goal"),
            Ok(mut goal) => {
                if existing.is_none() {
                    goal.id = PersonalGoalId::from_bits(clock::random_bits());
                }
                personal.edit(move |p| p.save_goal(goal));
                kept.finish();
                on_done.run(true);
            }
        }
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="goal-form-title">
                {if is_editing {
                    text::personal_goal_form::EDIT_PERSONAL_GOAL
                } else {
                    text::personal_goal_form::NEW_PERSONAL_GOAL
                }}
            </h2>
            <p class="muted private-note">
                <LockIcon />
                " "
                {text::personal_goal_form::PRIVATE_NOTE}
            </p>
            <TextField
                id="goal-title"
                label=text::common::GOAL
                value=title
                error=error_of(errors, "title")
                placeholder=text::personal_goal_form::TITLE_PLACEHOLDER
            />
            <TextAreaField
                id="goal-why"
                label=text::personal_goal_form::WHY_LABEL
                value=why
                hint=text::personal_goal_form::WHY_HINT
            />
            <div class="field-row">
                <SelectField
                    id="goal-theme"
                    label=text::personal_goal_form::THEME
                    value=theme
                    options=themes
                    error=Signal::derive(|| None::<String>)
                />
                <TextField
                    id="goal-target_date"
                    label=text::personal_goal_form::TARGET_DATE_OPTIONAL
                    kind="date"
                    value=target_date
                    error=error_of(errors, "target_date")
                />
            </div>
            <PlanFields fields errors />
            <FormActions
                draft=kept
                save=if is_editing {
                    text::personal_goal_form::SAVE_GOAL
                } else {
                    text::personal_goal_form::ADD_GOAL
                }
                on_cancel=Callback::new(move |()| on_done.run(false))
            />
        </form>
    }
}

/// A private check-in on a personal goal.
#[component]
pub fn PersonalCheckInForm(
    goal: PersonalGoalId,
    /// Called once saved (`true`) or cancelled (`false`).
    on_done: Callback<bool>,
) -> impl IntoView {
    let personal = expect_context::<PersonalState>();
    let Some(found) = personal.with_untracked(|p| p.goal(&goal).cloned()) else {
        return view! { <p>{text::personal_goal_form::GOAL_NO_LONGER_EXISTS}</p> }.into_any();
    };
    let today = clock::today();
    let date = RwSignal::new(today.to_string());
    let value = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let kept = keep_draft(
        "personal-check-in",
        goal.to_string(),
        // Private: asked about before the page is left, never copied
        // anywhere (a copy would outlive a passphrase set meanwhile).
        false,
        vec![
            field("date", date),
            field("value", value),
            field("note", note),
        ],
    );
    let errors = RwSignal::new(FieldErrors::default());
    let measured = matches!(found.plan, crate::domain::GoalPlan::Target { .. });
    let latest = found.progress_text();
    let title = found.title.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = PersonalCheckInDraft {
            date: date.get_untracked(),
            value: typed_number(&value.get_untracked()),
            note: note.get_untracked(),
        };
        match draft.validate(&found, today) {
            Err(found) => show_errors(errors, found, "personal-check-in"),
            Ok(check_in) => {
                let id = goal.clone();
                personal.edit(move |p| p.add_check_in(&id, check_in));
                kept.finish();
                on_done.run(true);
            }
        }
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="personal-check-in-title">{text::personal_goal_form::check_in_title(&title)}</h2>
            <p class="muted">{text::personal_goal_form::current_value(&latest)}</p>
            <div class="field-row">
                <TextField
                    id="personal-check-in-date"
                    label=text::common::DATE
                    kind="date"
                    value=date
                    max=today.to_string()
                    error=error_of(errors, "date")
                />
                {measured
                    .then(|| {
                        view! {
                            <TextField
                                id="personal-check-in-value"
                                label=text::personal_goal_form::VALUE_LABEL
                                value=value
                                error=error_of(errors, "value")
                                inputmode="decimal"
                            />
                        }
                    })}
            </div>
            <TextAreaField
                id="personal-check-in-note"
                label=if measured {
                    text::common::NOTE_OPTIONAL
                } else {
                    text::personal_goal_form::NOTE_LABEL
                }
                value=note
                error=error_of(errors, "note")
            />
            <FormActions
                draft=kept
                save=text::common::SAVE_CHECK_IN
                on_cancel=Callback::new(move |()| on_done.run(false))
            />
        </form>
    }
    .into_any()
}

/// The goal's inputs, kept as the person types.
#[derive(Clone, Copy)]
struct Fields {
    title: RwSignal<String>,
    why: RwSignal<String>,
    theme: RwSignal<String>,
    target_date: RwSignal<String>,
    plan: RwSignal<PlanKind>,
    start: RwSignal<String>,
    target: RwSignal<String>,
    unit: RwSignal<String>,
    steps: RwSignal<String>,
}

impl Fields {
    fn new(draft: PersonalGoalDraft) -> Fields {
        Fields {
            title: RwSignal::new(draft.title),
            why: RwSignal::new(draft.why),
            theme: RwSignal::new(draft.theme.slug().to_owned()),
            target_date: RwSignal::new(draft.target_date),
            plan: RwSignal::new(draft.plan),
            start: RwSignal::new(editable_number(&draft.start)),
            target: RwSignal::new(editable_number(&draft.target)),
            unit: RwSignal::new(draft.unit),
            steps: RwSignal::new(draft.steps),
        }
    }

    fn kept(self) -> Vec<Field> {
        vec![
            field("title", self.title),
            field("why", self.why),
            field("theme", self.theme),
            field("target_date", self.target_date),
            field("plan", self.plan),
            field("start", self.start),
            field("target", self.target),
            field("unit", self.unit),
            field("steps", self.steps),
        ]
    }

    /// What was typed, for the domain to check.
    fn draft(self) -> PersonalGoalDraft {
        PersonalGoalDraft {
            title: self.title.get_untracked(),
            why: self.why.get_untracked(),
            theme: Theme::from_slug(&self.theme.get_untracked()).unwrap_or_default(),
            target_date: self.target_date.get_untracked(),
            plan: self.plan.get_untracked(),
            start: typed_number(&self.start.get_untracked()),
            target: typed_number(&self.target.get_untracked()),
            unit: self.unit.get_untracked(),
            steps: self.steps.get_untracked(),
        }
    }
}

/// The plan: a number to move from start to target, or steps to tick off.
#[component]
fn PlanFields(fields: Fields, errors: RwSignal<FieldErrors>) -> impl IntoView {
    let Fields {
        plan,
        start,
        target,
        unit,
        steps,
        ..
    } = fields;
    view! {
        <Choice
            legend=text::personal_goal_form::PLAN_LEGEND
            name="goal-plan"
            value=plan
            options=vec![
                (
                    PlanKind::Target,
                    text::personal_goal_form::PLAN_NUMBER,
                    text::personal_goal_form::PLAN_NUMBER_HINT.to_owned(),
                ),
                (
                    PlanKind::Steps,
                    text::personal_goal_form::PLAN_STEPS,
                    text::personal_goal_form::PLAN_STEPS_HINT.to_owned(),
                ),
            ]
        />
        <Show when=move || plan.get() == PlanKind::Target>
            <div class="field-row">
                <TextField
                    id="goal-start"
                    label=text::personal_goal_form::START_LABEL
                    value=start
                    error=error_of(errors, "start")
                    inputmode="decimal"
                />
                <TextField
                    id="goal-target"
                    label=text::personal_goal_form::TARGET_LABEL
                    value=target
                    error=error_of(errors, "target")
                    inputmode="decimal"
                />
                <TextField
                    id="goal-unit"
                    label=text::common::UNIT_OPTIONAL
                    value=unit
                    error=Signal::derive(|| None::<String>)
                    placeholder=text::personal_goal_form::UNIT_PLACEHOLDER
                />
            </div>
        </Show>
        <Show when=move || plan.get() == PlanKind::Steps>
            <TextAreaField
                id="goal-steps"
                label=text::common::STEPS
                value=steps
                hint=text::personal_goal_form::STEPS_HINT
                error=error_of(errors, "steps")
            />
        </Show>
    }
}
