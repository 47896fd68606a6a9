use super::{error_of, show_errors};
use crate::domain::{
    FieldErrors, PersonalCheckInDraft, PersonalGoalDraft, PersonalGoalId, PlanKind, Theme,
};
use crate::ui::clock;
use crate::ui::components::{Choice, LockIcon, SelectField, TextAreaField, TextField};
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
    let title = RwSignal::new(draft.title);
    let why = RwSignal::new(draft.why);
    let theme = RwSignal::new(draft.theme.slug().to_owned());
    let target_date = RwSignal::new(draft.target_date);
    let plan = RwSignal::new(draft.plan);
    let start = RwSignal::new(draft.start);
    let target = RwSignal::new(draft.target);
    let unit = RwSignal::new(draft.unit);
    let steps = RwSignal::new(draft.steps);
    let errors = RwSignal::new(FieldErrors::default());
    let themes = Signal::derive(|| {
        Theme::ALL
            .map(|t| (t.slug().to_owned(), t.label().to_owned()))
            .to_vec()
    });
    let is_editing = existing.is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = PersonalGoalDraft {
            title: title.get_untracked(),
            why: why.get_untracked(),
            theme: Theme::from_slug(&theme.get_untracked()).unwrap_or_default(),
            target_date: target_date.get_untracked(),
            plan: plan.get_untracked(),
            start: start.get_untracked(),
            target: target.get_untracked(),
            unit: unit.get_untracked(),
            steps: steps.get_untracked(),
        };
        match draft.validate(existing.as_ref()) {
            Err(found) => show_errors(errors, found, "goal"),
            Ok(mut goal) => {
                if existing.is_none() {
                    goal.id = PersonalGoalId::from_bits(clock::random_bits());
                }
                personal.edit(move |p| p.save_goal(goal));
                on_done.run(true);
            }
        }
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="goal-form-title">{if is_editing { "Edit personal goal" } else { "New personal goal" }}</h2>
            <p class="muted private-note">
                <LockIcon/>" "
                "Private: kept in this browser only, never in a shared snapshot."
            </p>
            <TextField id="goal-title" label="Goal" value=title error=error_of(errors, "title")
                placeholder="e.g. Hold a conversation in German"/>
            <TextAreaField id="goal-why" label="Why it matters (optional)" value=why
                hint="What will keep this goal alive when it gets hard."/>
            <div class="field-row">
                <SelectField id="goal-theme" label="Theme" value=theme options=themes error=Signal::derive(|| None::<String>)/>
                <TextField id="goal-target_date" label="Target date (optional)" kind="date" value=target_date
                    error=error_of(errors, "target_date")/>
            </div>
            <Choice legend="How will you see progress?" name="goal-plan" value=plan options=vec![
                (PlanKind::Target, "A number to move", "from where you are to where you want to be"),
                (PlanKind::Steps, "Steps to tick off", "a short action plan"),
            ]/>
            <Show when=move || plan.get() == PlanKind::Target>
                <div class="field-row">
                    <TextField id="goal-start" label="From" value=start error=error_of(errors, "start") inputmode="decimal"/>
                    <TextField id="goal-target" label="To" value=target error=error_of(errors, "target") inputmode="decimal"/>
                    <TextField id="goal-unit" label="Unit (optional)" value=unit error=Signal::derive(|| None::<String>)
                        placeholder="km, books, hours"/>
                </div>
            </Show>
            <Show when=move || plan.get() == PlanKind::Steps>
                <TextAreaField id="goal-steps" label="Steps" value=steps hint="One step per line."
                    error=error_of(errors, "steps")/>
            </Show>
            <div class="actions">
                <button type="submit" class="primary">{if is_editing { "Save goal" } else { "Add goal" }}</button>
                <button type="button" on:click=move |_| on_done.run(false)>"Cancel"</button>
            </div>
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
        return view! { <p>"This goal no longer exists."</p> }.into_any();
    };
    let today = clock::today();
    let date = RwSignal::new(today.to_string());
    let value = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::default());
    let measured = matches!(found.plan, crate::domain::GoalPlan::Target { .. });
    let latest = found.progress_text();
    let title = found.title.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = PersonalCheckInDraft {
            date: date.get_untracked(),
            value: value.get_untracked(),
            note: note.get_untracked(),
        };
        match draft.validate(&found, today) {
            Err(found) => show_errors(errors, found, "personal-check-in"),
            Ok(check_in) => {
                let id = goal.clone();
                personal.edit(move |p| p.add_check_in(&id, check_in));
                on_done.run(true);
            }
        }
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="personal-check-in-title">{format!("Check in: {title}")}</h2>
            <p class="muted">{format!("Now: {latest}")}</p>
            <div class="field-row">
                <TextField id="personal-check-in-date" label="Date" kind="date" value=date
                    max=today.to_string() error=error_of(errors, "date")/>
                {measured.then(|| view! {
                    <TextField id="personal-check-in-value" label="Where you are now" value=value
                        error=error_of(errors, "value") inputmode="decimal"/>
                })}
            </div>
            <TextAreaField id="personal-check-in-note"
                label=if measured { "Note (optional)" } else { "How is it going?" }
                value=note error=error_of(errors, "note")/>
            <div class="actions">
                <button type="submit" class="primary">"Save check-in"</button>
                <button type="button" on:click=move |_| on_done.run(false)>"Cancel"</button>
            </div>
        </form>
    }
    .into_any()
}
