//! My goals: personal goals and 1:1 notes, private to this browser. Works
//! with no organisation at all.
//!
//! One file per part: a goal's card (`goal_card.rs`), 1:1 notes (`one_on_ones.rs`), and locking, exporting and deleting the private data (`private_data.rs`).

mod goal_card;
mod one_on_ones;
mod private_data;

use crate::domain::PersonalGoalId;
use crate::text;
use crate::ui::components::{LockIcon, Modal};
use crate::ui::forms::{PersonalCheckInForm, PersonalGoalForm};
use crate::ui::personal_state::{Lock, PersonalState};
use goal_card::GoalCard;
use leptos::prelude::*;
use one_on_ones::OneOnOnes;
use private_data::{LockPanel, PrivateData, StartOver, Unlock};

#[component]
pub fn MyGoalsPage() -> impl IntoView {
    let personal = expect_context::<PersonalState>();
    let goal_ids = Memo::new(move |_| {
        personal.with(|p| p.goals.iter().map(|g| g.id.clone()).collect::<Vec<_>>())
    });
    let editing_goal = RwSignal::new(None::<Option<PersonalGoalId>>);
    let checking_in = RwSignal::new(None::<PersonalGoalId>);
    view! {
        <div class="private-area">
            <h1 tabindex="-1">
                <LockIcon />
                {text::my_goals_page::MY_GOALS}
            </h1>
            <p class="private-banner">{text::my_goals_page::PRIVATE_BANNER}</p>
            {move || {
                personal
                    .problem
                    .get()
                    .map(|message| {
                        view! {
                            <section
                                class="banner banner-warning"
                                role="alert"
                                aria-labelledby="personal-problem-title"
                            >
                                <h2 id="personal-problem-title">
                                    {text::my_goals_page::PROBLEM_HEADING}
                                </h2>
                                <p>{message}</p>
                                <Show when=move || personal.is_unreadable()>
                                    <StartOver />
                                </Show>
                            </section>
                        }
                    })
            }}

            <Show when=move || personal.lock.get() != Lock::Locked fallback=|| view! { <Unlock /> }>
                <section class="panel" aria-labelledby="personal-goals-heading">
                    <div class="section-head">
                        <h2 id="personal-goals-heading">{text::my_goals_page::PERSONAL_GOALS}</h2>
                        <button
                            type="button"
                            class="primary"
                            on:click=move |_| editing_goal.set(Some(None))
                        >
                            {text::my_goals_page::NEW_GOAL}
                        </button>
                    </div>
                    <Show
                        when=move || goal_ids.with(|g| !g.is_empty())
                        fallback=|| {
                            view! {
                                <div class="empty-state">
                                    <p>{text::my_goals_page::NO_GOALS_YET}</p>
                                    <p class="muted">{text::my_goals_page::NO_GOALS_YET_HINT}</p>
                                </div>
                            }
                        }
                    >
                        <ul class="goal-list">
                            <For each=move || goal_ids.get() key=|id| id.clone() let:id>
                                <GoalCard id editing_goal checking_in />
                            </For>
                        </ul>
                    </Show>
                </section>

                <OneOnOnes />
                <PrivateData />
                <LockPanel />

                <Modal
                    open=Signal::derive(move || editing_goal.with(Option::is_some))
                    on_cancel=Callback::new(move |()| editing_goal.set(None))
                    labelled_by="goal-form-title"
                >
                    {move || {
                        editing_goal
                            .get()
                            .map(|editing| {
                                view! {
                                    <PersonalGoalForm
                                        editing
                                        on_done=Callback::new(move |_| editing_goal.set(None))
                                    />
                                }
                            })
                    }}
                </Modal>
                <Modal
                    open=Signal::derive(move || checking_in.with(Option::is_some))
                    on_cancel=Callback::new(move |()| checking_in.set(None))
                    labelled_by="personal-check-in-title"
                >
                    {move || {
                        checking_in
                            .get()
                            .map(|goal| {
                                view! {
                                    <PersonalCheckInForm
                                        goal
                                        on_done=Callback::new(move |_| checking_in.set(None))
                                    />
                                }
                            })
                    }}
                </Modal>
            </Show>
        </div>
    }
}
