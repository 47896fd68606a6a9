//! The private data's lock, passphrase and "start over".

use crate::domain::{FieldErrors, check_new_passphrase};
use crate::text;
use crate::ui::components::{ConfirmDialog, TextField, take_picked_file};
use crate::ui::focus::{focus_field, focus_first};
use crate::ui::personal_state::{Lock, PersonalState};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Keeping a copy, and moving private data to another browser.
#[component]
pub fn PrivateData() -> impl IntoView {
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
pub fn StartOver() -> impl IntoView {
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
pub fn Unlock() -> impl IntoView {
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
pub fn LockPanel() -> impl IntoView {
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
