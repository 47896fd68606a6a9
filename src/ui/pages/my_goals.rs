//! My goals: personal goals and 1:1 notes, private to this browser. Works
//! with no organisation at all.

use crate::domain::{
    FieldErrors, GoalPlan, NoteSubject, OneOnOne, OneOnOneId, PersonalGoal, PersonalGoalId,
    check_new_passphrase,
};
use crate::text;
use crate::ui::components::{
    ConfirmDialog, LockIcon, Modal, ProgressBar, TextField, take_picked_file,
};
use crate::ui::focus::{focus_field, focus_first};
use crate::ui::format::day;
use crate::ui::forms::{OneOnOneForm, PersonalCheckInForm, PersonalGoalForm};
use crate::ui::personal_state::{Lock, PersonalState};
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::Document;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

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

/// One goal: its progress, plan, check-ins and actions. Keyed by id, so
/// ticking a step leaves focus where it is.
#[component]
fn GoalCard(
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
                        GoalPlan::Steps(steps) => {
                            Some(
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
                                },
                            )
                        }
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
                    {(!history.is_empty())
                        .then(|| {
                            view! {
                                <details class="goal-history">
                                    <summary>
                                        {text::my_goals_page::check_ins(&history.len())}
                                    </summary>
                                    <ul>
                                        {history
                                            .into_iter()
                                            .map(|(date, value, note)| {
                                                let value = value
                                                    .map(|v| {
                                                        format!("{} {unit}", crate::domain::format::plain_number(v))
                                                            .trim()
                                                            .to_owned()
                                                    });
                                                view! {
                                                    <li>
                                                        <strong>{day(date)}</strong>
                                                        {value.map(|v| format!(" · {v}"))}
                                                        {(!note.is_empty()).then(|| format!(" — {note}"))}
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                </details>
                            }
                        })}
                </li>
            }
        })
    }
}

/// 1:1 notes, the latest conversation first.
#[component]
fn OneOnOnes() -> impl IntoView {
    let personal = expect_context::<PersonalState>();
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let editing = RwSignal::new(None::<Option<OneOnOneId>>);
    let notes = Memo::new(move |_| {
        personal.with(|p| {
            p.one_on_ones_newest_first()
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let subject = move |about: &NoteSubject| -> (String, Option<String>) {
        match about {
            NoteSubject::PersonalGoal(id) => (
                personal.with_untracked(|p| {
                    p.goal(id)
                        .map_or(text::my_goals_page::ABOUT_DELETED_GOAL.to_owned(), |g| {
                            text::my_goals_page::about_my_goal(&g.title)
                        })
                }),
                None,
            ),
            NoteSubject::Objective(id) => state.with_own(|ws| match ws.objective(id) {
                Some(o) => (
                    o.title.clone(),
                    Some(router.with_untracked(|r| r.to(Page::Objective(id.clone())).href())),
                ),
                None => (
                    text::my_goals_page::ABOUT_MISSING_OBJECTIVE.to_owned(),
                    None,
                ),
            }),
        }
    };
    view! {
        <section class="panel" aria-labelledby="one-on-ones-heading">
            <div class="section-head">
                <h2 id="one-on-ones-heading">{text::my_goals_page::ONE_ON_ONE_NOTES}</h2>
                <button type="button" on:click=move |_| editing.set(Some(None))>
                    {text::common::NEW_1_1_NOTE}
                </button>
            </div>
            <p class="muted">{text::my_goals_page::ONE_ON_ONES_INTRO}</p>
            <Show
                when=move || notes.with(|n| !n.is_empty())
                fallback=|| view! { <p class="muted">{text::my_goals_page::NO_ONE_ON_ONES_YET}</p> }
            >
                <ul class="note-list">
                    {move || {
                        notes
                            .get()
                            .into_iter()
                            .map(|note| {
                                let heading = format!("note-{}", note.id);
                                let title = match note.with.as_str() {
                                    "" => text::my_goals_page::note_title(&day(note.date)),
                                    with => {
                                        text::my_goals_page::note_title_with(&with, &day(note.date))
                                    }
                                };
                                let about = note.about.as_ref().map(subject);
                                let (edit_id, delete_id) = (note.id.clone(), note.id.clone());
                                let delete_title = title.clone();
                                view! {
                                    <li class="note-card" aria-labelledby=heading.clone()>
                                        <h3 id=heading.clone()>{title.clone()}</h3>
                                        {about
                                            .map(|(text, href)| {
                                                view! {
                                                    <p class="muted">
                                                        {text::my_goals_page::ABOUT}
                                                        {match href {
                                                            Some(href) => view! { <a href=href>{text}</a> }.into_any(),
                                                            None => text.into_any(),
                                                        }}
                                                    </p>
                                                }
                                            })}
                                        <dl class="grow">
                                            {OneOnOne::PROMPTS
                                                .iter()
                                                .zip(note.answers())
                                                .filter(|(_, a)| !a.is_empty())
                                                .map(|((_, heading, _), answer)| {
                                                    view! {
                                                        <dt>{*heading}</dt>
                                                        <dd>{answer.to_owned()}</dd>
                                                    }
                                                })
                                                .collect_view()}
                                        </dl>
                                        <div class="actions">
                                            <button
                                                type="button"
                                                aria-label=text::my_goals_page::edit_note(&title)
                                                on:click=move |_| editing.set(Some(Some(edit_id.clone())))
                                            >
                                                {text::common::EDIT}
                                            </button>
                                            <button
                                                type="button"
                                                class="danger"
                                                aria-label=text::my_goals_page::delete_note(&title)
                                                on:click=move |_| {
                                                    let id = delete_id.clone();
                                                    personal
                                                        .edit_with_undo(
                                                            text::my_goals_page::note_deleted(&delete_title),
                                                            move |p| p.delete_one_on_one(&id),
                                                        );
                                                    focus_first("#one-on-ones-heading");
                                                }
                                            >
                                                {text::common::DELETE}
                                            </button>
                                        </div>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
            <Modal
                open=Signal::derive(move || editing.with(Option::is_some))
                on_cancel=Callback::new(move |()| editing.set(None))
                labelled_by="one-on-one-form-title"
            >
                {move || {
                    editing
                        .get()
                        .map(|which| {
                            view! {
                                <OneOnOneForm
                                    editing=which
                                    on_done=Callback::new(move |_| editing.set(None))
                                />
                            }
                        })
                }}
            </Modal>
        </section>
    }
}

/// Keeping a copy, and moving private data to another browser.
#[component]
fn PrivateData() -> impl IntoView {
    let personal = expect_context::<PersonalState>();
    let input = NodeRef::<html::Input>::new();
    let message = RwSignal::new(None::<Result<String, String>>);
    let on_pick = move |_| {
        let Some(file) = take_picked_file(input) else {
            return;
        };
        let name = file.name();
        spawn_local(async move {
            let result = personal.restore(&file).await;
            message.set(Some(
                result
                    .map(|()| text::my_goals_page::restored_from(&name))
                    .map_err(|reason| text::my_goals_page::could_not_restore(&name, &reason)),
            ));
        });
    };
    view! {
        <section class="panel" aria-labelledby="private-data-heading">
            <h2 id="private-data-heading">{text::my_goals_page::KEEP_A_COPY}</h2>
            <p class="muted">{text::my_goals_page::KEEP_A_COPY_HINT}</p>
            <div class="actions">
                <button
                    type="button"
                    on:click=move |_| message.set(personal.download().err().map(Err))
                >
                    {text::my_goals_page::DOWNLOAD_MY_GOALS}
                </button>
                <button
                    type="button"
                    on:click=move |_| {
                        if let Some(input) = input.get() {
                            input.click();
                        }
                    }
                >
                    {text::my_goals_page::RESTORE_FROM_FILE}
                </button>
                <input
                    type="file"
                    accept=".json,application/json"
                    hidden
                    node_ref=input
                    on:change=on_pick
                />
            </div>
            {move || {
                message
                    .get()
                    .map(|m| match m {
                        Ok(text) => view! { <p role="status">{text}</p> }.into_any(),
                        Err(text) => {
                            view! {
                                <p class="field-error" role="alert">
                                    {text}
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
        </section>
    }
}

/// The explicit way out when stored private data cannot be read.
#[component]
fn StartOver() -> impl IntoView {
    let personal = expect_context::<PersonalState>();
    let asking = RwSignal::new(false);
    view! {
        <button type="button" class="danger" on:click=move |_| asking.set(true)>
            {text::my_goals_page::START_OVER}
        </button>
        <ConfirmDialog
            open=Signal::derive(move || asking.get())
            title=Signal::derive(|| text::my_goals_page::START_OVER_TITLE.to_owned())
            body=Signal::derive(|| text::my_goals_page::START_OVER_BODY.to_owned())
            confirm_label=text::my_goals_page::DELETE_FOR_GOOD
            on_confirm=Callback::new(move |()| {
                asking.set(false);
                if let Err(reason) = personal.start_over() {
                    personal.problem.set(Some(text::my_goals_page::could_not_delete(&reason)));
                }
            })
            on_cancel=Callback::new(move |()| asking.set(false))
        />
    }
}

/// What a locked area shows: the passphrase field, and the one way out for
/// a forgotten passphrase.
#[component]
fn Unlock() -> impl IntoView {
    let personal = expect_context::<PersonalState>();
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let forgetting = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        let typed = passphrase.get_untracked();
        spawn_local(async move {
            let result = personal.unlock(typed).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    passphrase.set(String::new());
                    focus_first("#personal-goals-heading");
                }
                Err(reason) => {
                    error.set(Some(reason));
                    focus_first("#unlock-passphrase");
                }
            }
        });
    };
    view! {
        <section class="panel" aria-labelledby="unlock-heading">
            <h2 id="unlock-heading">{text::my_goals_page::LOCKED_HEADING}</h2>
            <p>{text::my_goals_page::LOCKED_HINT}</p>
            <form class="unlock" on:submit=submit novalidate>
                <div class="field" class:invalid=move || error.with(Option::is_some)>
                    <label for="unlock-passphrase">{text::my_goals_page::PASSPHRASE}</label>
                    <input
                        id="unlock-passphrase"
                        type="password"
                        autocomplete="current-password"
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby=move || {
                            error.with(Option::is_some).then_some("unlock-passphrase-error")
                        }
                        prop:value=move || passphrase.get()
                        on:input:target=move |ev| passphrase.set(ev.target().value())
                    />
                    {move || {
                        error
                            .get()
                            .map(|m| {
                                view! {
                                    <p
                                        class="field-error"
                                        id="unlock-passphrase-error"
                                        role="alert"
                                    >
                                        {m}
                                    </p>
                                }
                            })
                    }}
                </div>
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || {
                        if busy.get() {
                            text::my_goals_page::UNLOCKING
                        } else {
                            text::my_goals_page::UNLOCK
                        }
                    }}
                </button>
            </form>
            <details class="forgot">
                <summary>{text::my_goals_page::FORGOT_PASSPHRASE}</summary>
                <p>{text::my_goals_page::FORGOT_PASSPHRASE_BODY}</p>
                <button type="button" class="danger" on:click=move |_| forgetting.set(true)>
                    {text::my_goals_page::DELETE_LOCKED}
                </button>
            </details>
            <ConfirmDialog
                open=Signal::derive(move || forgetting.get())
                title=Signal::derive(|| text::my_goals_page::DELETE_LOCKED_TITLE.to_owned())
                body=Signal::derive(|| text::my_goals_page::DELETE_LOCKED_BODY.to_owned())
                confirm_label=text::my_goals_page::DELETE_FOR_GOOD
                on_confirm=Callback::new(move |()| {
                    forgetting.set(false);
                    match personal.forget_locked() {
                        Ok(()) => focus_first("#personal-goals-heading"),
                        Err(reason) => {
                            error.set(Some(text::my_goals_page::could_not_delete(&reason)))
                        }
                    }
                })
                on_cancel=Callback::new(move |()| forgetting.set(false))
            />
        </section>
    }
}

/// Locking with a passphrase, changing it, locking now, removing the lock.
#[component]
fn LockPanel() -> impl IntoView {
    let personal = expect_context::<PersonalState>();
    let unavailable = personal.lock_unavailable();
    let passphrase = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::default());
    let message = RwSignal::new(None::<Result<String, String>>);
    let busy = RwSignal::new(false);
    let changing = RwSignal::new(false);
    let unlocked = move || personal.lock.get() == Lock::Unlocked;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (typed, again) = (passphrase.get_untracked(), repeat.get_untracked());
        let found = check_new_passphrase(&typed, &again);
        if !found.is_empty() {
            if let Some(first) = found.fields().next() {
                focus_field(format!("lock-{first}"));
            }
            errors.set(found);
            return;
        }
        errors.set(FieldErrors::default());
        let was_locked = personal.lock.get_untracked() == Lock::Unlocked;
        busy.set(true);
        spawn_local(async move {
            let result = personal.set_passphrase(typed).await;
            busy.set(false);
            passphrase.set(String::new());
            repeat.set(String::new());
            changing.set(false);
            message.set(Some(result.map(|()| {
                if was_locked {
                    text::my_goals_page::PASSPHRASE_CHANGED.to_owned()
                } else {
                    text::my_goals_page::LOCK_ADDED.to_owned()
                }
            })));
        });
    };
    let field_error = move |field: &'static str| {
        Signal::derive(move || errors.with(|e| e.get(field).map(str::to_owned)))
    };
    let form = move || {
        view! {
            <form class="lock-form" on:submit=submit novalidate>
                <TextField
                    id="lock-passphrase"
                    kind="password"
                    label=text::my_goals_page::PASSPHRASE
                    value=passphrase
                    error=field_error("passphrase")
                    hint=text::my_goals_page::PASSPHRASE_HINT
                />
                <TextField
                    id="lock-repeat"
                    kind="password"
                    label=text::my_goals_page::REPEAT_PASSPHRASE
                    value=repeat
                    error=field_error("repeat")
                />
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || match (busy.get(), unlocked()) {
                        (true, _) => text::my_goals_page::ENCRYPTING,
                        (false, true) => text::my_goals_page::CHANGE_PASSPHRASE,
                        (false, false) => text::my_goals_page::LOCK_MY_PRIVATE_GOALS,
                    }}
                </button>
            </form>
        }
    };
    view! {
        <section class="panel" aria-labelledby="lock-heading">
            <h2 id="lock-heading">{text::my_goals_page::PASSPHRASE_LOCK}</h2>
            {match unavailable {
                Some(reason) => view! { <p class="hint-box">{reason}</p> }.into_any(),
                None => {
                    view! {
                        <Show
                            when=unlocked
                            fallback=move || {
                                view! {
                                    <p class="muted">{text::my_goals_page::LOCK_INTRO}</p>
                                    {form()}
                                }
                            }
                        >
                            <p>{text::my_goals_page::LOCK_ON_STATUS}</p>
                            <div class="actions">
                                <button
                                    type="button"
                                    on:click=move |_| {
                                        spawn_local(async move {
                                            if let Err(reason) = personal.lock_now().await {
                                                message.set(Some(Err(reason)));
                                            } else {
                                                focus_first("#unlock-passphrase");
                                            }
                                        });
                                    }
                                >
                                    {text::my_goals_page::LOCK_NOW}
                                </button>
                                <button
                                    type="button"
                                    on:click=move |_| changing.update(|c| *c = !*c)
                                    aria-expanded=move || changing.get().to_string()
                                >
                                    {text::my_goals_page::SHOW_CHANGE_PASSPHRASE}
                                </button>
                                <button
                                    type="button"
                                    on:click=move |_| {
                                        message
                                            .set(
                                                Some(
                                                    personal
                                                        .remove_lock()
                                                        .map(|()| text::my_goals_page::LOCK_REMOVED.to_owned()),
                                                ),
                                            );
                                    }
                                >
                                    {text::my_goals_page::REMOVE_LOCK}
                                </button>
                            </div>
                            <Show when=move || changing.get()>{form()}</Show>
                        </Show>
                    }
                        .into_any()
                }
            }}
            {move || {
                message
                    .get()
                    .map(|m| match m {
                        Ok(text) => view! { <p role="status">{text}</p> }.into_any(),
                        Err(text) => {
                            view! {
                                <p class="field-error" role="alert">
                                    {text::my_goals_page::could_not_change_lock(&text)}
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
        </section>
    }
}
