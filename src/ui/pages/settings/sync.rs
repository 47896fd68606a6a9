//! Settings → Sync: connect to a CouchDB database, see where sync is, sign
//! in again, choose how a database that already holds an organisation
//! meets this browser's, stop, and the documents that were not taken.

use crate::domain::RecordKind;
use crate::domain::{Choices, Side};
use crate::text;
use crate::ui::components::{ConflictChoice, sync_words};
use crate::ui::format::number;
use crate::ui::state::{Joining, Sync, SyncStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn SyncPanel() -> impl IntoView {
    let sync = expect_context::<Sync>();
    view! {
        <section class="panel sync-panel" aria-labelledby="sync-heading">
            <h2 id="sync-heading">{text::sync::HEADING}</h2>
            <p>{text::sync::WHAT_IS_SHARED}</p>
            {move || match sync.settings().get() {
                None => view! { <ConnectForm /> }.into_any(),
                Some((url, user)) => view! { <Connected url user /> }.into_any(),
            }}
            <HeldConflicts />
            <RefusedList />
        </section>
    }
}

/// The database's address and, for a server that asks, a CouchDB user.
#[component]
fn ConnectForm() -> impl IntoView {
    let sync = expect_context::<Sync>();
    let url = RwSignal::new(String::new());
    let user = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let name = user.get_untracked().trim().to_owned();
        let name = (!name.is_empty()).then_some(name);
        let secret = password.get_untracked();
        spawn_local(async move {
            let outcome = sync.connect(url.get_untracked(), name, secret).await;
            // The password is used once and kept nowhere, not even in the field.
            let _ = password.try_set(String::new());
            let _ = busy.try_set(false);
            let _ = error.try_set(outcome.err());
        });
    };
    view! {
        <form class="sync-connect" on:submit=submit>
            <div class="field">
                <label for="sync-url">{text::sync::DATABASE_ADDRESS}</label>
                <input
                    id="sync-url"
                    type="url"
                    required
                    inputmode="url"
                    autocomplete="url"
                    placeholder=text::sync::DATABASE_PLACEHOLDER
                    aria-describedby="sync-url-hint"
                    prop:value=url
                    on:input:target=move |ev| url.set(ev.target().value())
                />
                <p class="hint" id="sync-url-hint">
                    {text::sync::DATABASE_HINT}
                </p>
            </div>
            <div class="field">
                <label for="sync-user">{text::sync::USER_NAME}</label>
                <input
                    id="sync-user"
                    type="text"
                    autocomplete="username"
                    aria-describedby="sync-user-hint"
                    prop:value=user
                    on:input:target=move |ev| user.set(ev.target().value())
                />
                <p class="hint" id="sync-user-hint">
                    {text::sync::USER_HINT}
                </p>
            </div>
            <div class="field">
                <label for="sync-password">{text::sync::PASSWORD}</label>
                <input
                    id="sync-password"
                    type="password"
                    autocomplete="current-password"
                    prop:value=password
                    on:input:target=move |ev| password.set(ev.target().value())
                />
            </div>
            <Failure error />
            <div class="actions">
                <button type="submit" class="primary" disabled=busy>
                    {move || {
                        if busy.get() { text::sync::CONNECTING } else { text::sync::START }
                    }}
                </button>
            </div>
        </form>
    }
}

/// Sync is on: where it is, and what can be done.
#[component]
fn Connected(url: String, user: Option<String>) -> impl IntoView {
    let sync = expect_context::<Sync>();
    let error = RwSignal::new(None::<String>);
    let stop = move |_| error.set(sync.stop().err());
    view! {
        <p class="sync-with">
            {match &user {
                Some(user) => text::sync::syncing_with_as(&url, user),
                None => text::sync::syncing_with(&url),
            }}
        </p>
        <p class="sync-status" role="status">
            {move || match sync.status().get() {
                SyncStatus::NeedsChoice => text::sync::WAITS_BELOW.to_owned(),
                _ => sync_words(&sync).unwrap_or_default(),
            }}
        </p>
        {move || match sync.status().get() {
            SyncStatus::SignedOut => view! { <SignInAgain /> }.into_any(),
            SyncStatus::NeedsChoice => {
                sync.joining().get().map(|joining| view! { <JoinChoice joining /> }).into_any()
            }
            _ => ().into_any(),
        }}
        <Failure error />
        <div class="actions">
            <Show when=move || sync.joining().with(Option::is_none)>
                <button type="button" on:click=move |_| sync.sync_now()>
                    {text::sync::SYNC_NOW}
                </button>
            </Show>
            <button type="button" class="view-action" on:click=stop>
                {text::sync::STOP}
            </button>
        </div>
        <p class="hint">{text::sync::STOP_HINT}</p>
    }
}

/// The session ended or the password was refused.
#[component]
fn SignInAgain() -> impl IntoView {
    let sync = expect_context::<Sync>();
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let secret = password.get_untracked();
        spawn_local(async move {
            let outcome = sync.sign_in_again(secret).await;
            let _ = password.try_set(String::new());
            let _ = error.try_set(outcome.err());
        });
    };
    view! {
        <form class="sync-sign-in" on:submit=submit>
            <div class="field">
                <label for="sync-password-again">{text::sync::PASSWORD_AGAIN}</label>
                <input
                    id="sync-password-again"
                    type="password"
                    autocomplete="current-password"
                    required
                    prop:value=password
                    on:input:target=move |ev| password.set(ev.target().value())
                />
            </div>
            <Failure error />
            <div class="actions">
                <button type="submit" class="primary">
                    {text::sync::SIGN_IN}
                </button>
            </div>
        </form>
    }
}

/// The database already holds an organisation, and so does this browser.
#[component]
fn JoinChoice(joining: Joining) -> impl IntoView {
    let sync = expect_context::<Sync>();
    let cannot_merge = joining.cannot_merge.clone();
    let can_merge = cannot_merge.is_none();
    let error = RwSignal::new(None::<String>);
    let rows = RecordKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let counts = joining.report.counts_of(kind);
            (counts.in_snapshot() > 0).then(|| {
                view! {
                    <tr>
                        <th scope="row">{kind.plural_label()}</th>
                        <td>{number(counts.added as f64)}</td>
                        <td>{number(counts.updated as f64)}</td>
                        <td>{number(counts.conflicts as f64)}</td>
                    </tr>
                }
            })
        })
        .collect_view();
    view! {
        <div class="sync-join" role="group" aria-labelledby="sync-join-heading">
            <h3 id="sync-join-heading">{text::sync::join_heading(&joining.name)}</h3>
            <p>{text::sync::JOIN_INTRO}</p>
            // Focusable, so a keyboard can scroll it where it is wider than a phone.
            <div
                class="table-scroll"
                tabindex="0"
                role="region"
                aria-labelledby="sync-join-caption"
            >
                <table class="table merge-preview">
                    <caption id="sync-join-caption">{text::sync::JOIN_CAPTION}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{text::sync::RECORDS}</th>
                            <th scope="col">{text::sync::NEW_HERE}</th>
                            <th scope="col">{text::sync::NEWER_THERE}</th>
                            <th scope="col">{text::sync::CHANGED_ON_BOTH}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <Failure error />
            {cannot_merge
                .clone()
                .map(|problem| {
                    view! {
                        <div class="refusal">
                            <p class="refusal-problem">{problem}</p>
                            <p>{text::sync::CANNOT_MERGE}</p>
                        </div>
                    }
                })}
            <div class="actions">
                <Show when=move || can_merge>
                    <button
                        type="button"
                        class="primary"
                        on:click=move |_| error.set(sync.join_by_merging().err())
                    >
                        {text::sync::MERGE}
                    </button>
                </Show>
                <button type="button" on:click=move |_| error.set(sync.join_by_replacing().err())>
                    {text::sync::REPLACE}
                </button>
                <button
                    type="button"
                    class="view-action"
                    on:click=move |_| error.set(sync.stop().err())
                >
                    {text::sync::CANCEL_JOIN}
                </button>
            </div>
        </div>
    }
}

/// Records changed here and in the database: the person settles each.
#[component]
fn HeldConflicts() -> impl IntoView {
    let sync = expect_context::<Sync>();
    let conflicts = Memo::new(move |_| sync.conflicts().get());
    let choices = RwSignal::new(Choices::new());
    let choose_all = move |side: Side| {
        conflicts.with_untracked(|list| {
            choices.set(
                list.iter()
                    .map(|c| ((c.kind, c.id.clone()), side))
                    .collect(),
            )
        })
    };
    view! {
        <Show when=move || conflicts.with(|c| !c.is_empty())>
            <section class="conflicts" aria-labelledby="sync-conflicts-title">
                <h3 id="sync-conflicts-title">
                    {move || {
                        let count = conflicts.with(Vec::len);
                        text::sync::conflicts_title(count, &number(count as f64))
                    }}
                </h3>
                <p>{text::sync::CONFLICTS_INTRO}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| choose_all(Side::Mine)>
                        {text::import::KEEP_MINE_FOR_ALL}
                    </button>
                    <button type="button" on:click=move |_| choose_all(Side::Theirs)>
                        {text::import::TAKE_THEIRS_FOR_ALL}
                    </button>
                </div>
                <For each=move || conflicts.get() key=|c| (c.kind, c.id.clone()) let:conflict>
                    <ConflictChoice conflict choices />
                </For>
                <div class="actions">
                    <button
                        type="button"
                        class="primary"
                        on:click=move |_| {
                            sync.settle(&choices.get_untracked());
                            choices.set(Choices::new());
                        }
                    >
                        {text::sync::SETTLE}
                    </button>
                </div>
            </section>
        </Show>
    }
}

/// Documents the database holds that Ladder would not take, or that the
/// database would not take from Ladder, each with the reason.
#[component]
fn RefusedList() -> impl IntoView {
    let sync = expect_context::<Sync>();
    view! {
        <Show when=move || sync.refused().with(|r| !r.is_empty())>
            <h3>{text::sync::REFUSED_HEADING}</h3>
            <p class="hint">{text::sync::REFUSED_INTRO}</p>
            <ul class="sync-refused">
                {move || {
                    sync.refused()
                        .get()
                        .into_iter()
                        .map(|doc| {
                            view! {
                                <li>
                                    <code>{doc.doc_id}</code>
                                    ": "
                                    {doc.reason}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}

/// What went wrong where the person acted, announced as it appears.
#[component]
fn Failure(error: RwSignal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p class="field-error" role="alert">
                    {message}
                </p>
            }
        })
    }
}
