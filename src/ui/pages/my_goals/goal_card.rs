//! A personal goal's card: progress, check-ins and editing.

use crate::domain::format::plain_number;
use crate::domain::{GoalPlan, PersonalGoal, PersonalGoalId, Step};
use crate::text;
use crate::ui::components::ProgressBar;
use crate::ui::focus::{focus_field, focus_first};
use crate::ui::format::day;
use crate::ui::personal_state::PersonalState;
use chrono::NaiveDate;
use leptos::prelude::*;

/// One goal: its progress, plan, check-ins and actions. Keyed by id, so
/// ticking a step leaves focus where it is.
#[component]
pub fn GoalCard(
    id: PersonalGoalId,
    editing_goal: RwSignal<Option<Option<PersonalGoalId>>>,
    checking_in: RwSignal<Option<PersonalGoalId>>,
) -> impl IntoView {
    let personal = expect_context::<PersonalState>();
    let goal = {
        let id = id.clone();
        Memo::new(move |_| personal.with(|p| p.goal(&id).cloned()))
    };
    move || {
        goal.get().map(|g| {
            let heading = format!("goal-{}", g.id);
            let PersonalGoal {
                id,
                title,
                why,
                theme,
                target_date,
                plan,
                ..
            } = g.clone();
            let progress = g.progress();
            let progress_text = g.progress_text();
            let history: Vec<_> = g
                .history()
                .into_iter()
                .rev()
                .map(|c| (c.date, c.value, c.note.clone()))
                .collect();
            let unit = match &plan {
                GoalPlan::Target { unit, .. } => unit.clone(),
                GoalPlan::Steps(_) => String::new(),
            };
            let (edit_id, check_id, delete_id) = (id.clone(), id.clone(), id.clone());
            let delete_title = title.clone();
            view! {
                <li class="goal-card" aria-labelledby=heading.clone()>
                    <div class="goal-head">
                        <h3 id=heading.clone()>{title.clone()}</h3>
                        <span class=format!("tag theme-{}", theme.slug())>{theme.label()}</span>
                    </div>
                    {(!why.is_empty()).then(|| view! { <p class="goal-why">{why}</p> })}
                    {target_date
                        .map(|d| {
                            view! {
                                <p class="muted">{text::my_goals_page::target_date(&day(d))}</p>
                            }
                        })}
                    <ProgressBar
                        progress
                        expected=None
                        label=text::my_goals_page::progress_of(&title)
                    />
                    <p class="goal-progress">{progress_text}</p>
                    {match plan {
                        GoalPlan::Steps(steps) => Some(view! { <GoalSteps id=id.clone() steps /> }),
                        GoalPlan::Target { .. } => None,
                    }}
                    <div class="actions">
                        <button
                            type="button"
                            on:click=move |_| checking_in.set(Some(check_id.clone()))
                            aria-label=text::my_goals_page::check_in_on(&title)
                        >
                            {text::common::CHECK_IN}
                        </button>
                        <button
                            type="button"
                            on:click=move |_| editing_goal.set(Some(Some(edit_id.clone())))
                            aria-label=text::my_goals_page::edit_goal(&title)
                        >
                            {text::common::EDIT}
                        </button>
                        <button
                            type="button"
                            class="danger"
                            aria-label=text::my_goals_page::delete_goal(&title)
                            on:click=move |_| {
                                let id = delete_id.clone();
                                personal
                                    .edit_with_undo(
                                        text::my_goals_page::goal_deleted(&delete_title),
                                        move |p| p.delete_goal(&id),
                                    );
                                focus_first("#personal-goals-heading");
                            }
                        >
                            {text::common::DELETE}
                        </button>
                    </div>
                    <GoalHistory history unit />
                </li>
            }
        })
    }
}

/// A goal's steps, each ticked off where it stands.
#[component]
fn GoalSteps(id: PersonalGoalId, steps: Vec<Step>) -> impl IntoView {
    let personal = expect_context::<PersonalState>();
    view! {
        <fieldset class="steps">
            <legend>{text::common::STEPS}</legend>
            {steps
                .into_iter()
                .enumerate()
                .map(|(i, step)| {
                    let id = id.clone();
                    let input_id = format!("step-{id}-{i}");
                    // A tick redraws the card: focus goes back to the box.
                    view! {
                        <div class="step">
                            <input
                                type="checkbox"
                                id=input_id.clone()
                                prop:checked=step.done
                                on:change:target={
                                    let input_id = input_id.clone();
                                    move |ev| {
                                        let done = ev.target().checked();
                                        let id = id.clone();
                                        personal.edit(move |p| p.set_step_done(&id, i, done));
                                        focus_field(input_id.clone());
                                    }
                                }
                            />
                            <label for=input_id class:done=step.done>
                                {step.text}
                            </label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A goal's check-ins, newest first, folded away.
#[component]
fn GoalHistory(
    /// (date, value, note) of each check-in, newest first.
    history: Vec<(NaiveDate, Option<f64>, String)>,
    unit: String,
) -> impl IntoView {
    (!history.is_empty()).then(|| {
        view! {
            <details class="goal-history">
                <summary>{text::my_goals_page::check_ins(&history.len())}</summary>
                <ul>
                    {history
                        .into_iter()
                        .map(|(date, value, note)| {
                            let value = value
                                .map(|v| text::my_goals_page::value_in_unit(
                                    &plain_number(v),
                                    &unit,
                                ));
                            view! {
                                <li>
                                    <strong>{day(date)}</strong>
                                    {value.map(|v| text::common::then(&v))}
                                    {(!note.is_empty()).then(|| text::common::aside(&note))}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        }
    })
}
