//! The header: brand, organisation, period switcher, navigation and where the data is.

use crate::domain::PeriodId;
use crate::text;
use crate::ui::SelectedPeriod;
use crate::ui::components::{Icon, IconName};
use crate::ui::format::{number, time};
use crate::ui::personal_state::PersonalState;
use crate::ui::route::{Page, Route};
use crate::ui::router::Router;
use crate::ui::state::{Document, Exchange, SaveStatus, Saver, Sync, SyncStatus};
use crate::ui::undo;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let SelectedPeriod(selected) = expect_context::<SelectedPeriod>();
    let organisation = Memo::new(move |_| state.with(|ws| ws.name.trim().to_owned()));
    // Home is where the bare address opens: My work once "This is me" is set.
    let home = move || {
        let page = if state.with(|ws| ws.me().is_some()) {
            Page::MyWork
        } else {
            Page::Overview
        };
        router.with(|r| place(r, page, selected.get()).href())
    };
    view! {
        <header class="app-header">
            <a class="brand" href=home>
                <svg class="brand-mark" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M4 1v14M12 1v14M4 4h8M4 8h8M4 12h8" />
                </svg>
                <span class="brand-word">{text::header::APP_NAME}</span>
            </a>
            <Show when=move || organisation.with(|name| !name.is_empty())>
                // Long names end in an ellipsis; the tooltip has all of it.
                <span class="org-name" title=organisation>
                    {organisation}
                </span>
            </Show>
            <PeriodSwitcher />
            <nav aria-label=text::header::MAIN_NAV>
                // Once there are people, one of them may be "me".
                <Show when=move || state.with(|ws| !ws.people.is_empty())>
                    <NavLink page=Page::MyWork label=text::common::MY_WORK icon=IconName::Person />
                </Show>
                <NavLink page=Page::Overview label=text::common::OVERVIEW icon=IconName::Cascade />
                <NavLink page=Page::Teams label=text::common::TEAMS icon=IconName::People />
                <NavLink
                    page=Page::CheckIns
                    label=text::common::CHECK_INS
                    icon=IconName::CheckCircle
                />
                <NavLink
                    page=Page::MyGoals
                    label=text::common::MY_GOALS
                    icon=IconName::Lock
                    private=true
                />
                <NavLink page=Page::Settings label=text::common::SETTINGS icon=IconName::Sliders />
            </nav>
            <HistoryButtons />
            <SaveIndicator />
        </header>
    }
}

/// One of the header's places, seen from route `r`: on the period shown,
/// which on an objective's or key result's page is their own.
fn place(r: &Route, page: Page, selected: Option<PeriodId>) -> Route {
    match (&r.page, selected) {
        (Page::Objective(_) | Page::KeyResult(_), Some(period)) => r.to(page).with_period(period),
        _ => r.to(page),
    }
}

#[component]
fn NavLink(
    /// Where the link goes; the period stays as it is.
    page: Page,
    /// The visible text.
    label: &'static str,
    /// Beside the text on phones, where the places form a tab bar.
    icon: IconName,
    /// The place of private data: its padlock shows on every screen.
    #[prop(optional)]
    private: bool,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let SelectedPeriod(selected) = expect_context::<SelectedPeriod>();
    let target = page.clone();
    let href = move || router.with(|r| place(r, target.clone(), selected.get()).href());
    let is_current = move || {
        router.with(|r| match (&page, &r.page) {
            (Page::Teams, Page::Unit(_)) => true,
            (
                Page::Overview,
                Page::Objective(_) | Page::KeyResult(_) | Page::Summary | Page::Print,
            ) => true,
            (wanted, shown) => wanted == shown,
        })
    };
    view! {
        <a href=href aria-current=move || is_current().then_some("page")>
            <Icon icon class=if private { "nav-icon-private" } else { "nav-icon" } />
            <span class="nav-label">{label}</span>
        </a>
    }
}

/// One click to the previous or next period, or any period from the list.
#[component]
fn PeriodSwitcher() -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let SelectedPeriod(selected) = expect_context::<SelectedPeriod>();
    let periods = Memo::new(move |_| {
        state.with(|ws| {
            ws.periods_in_order()
                .into_iter()
                .map(|p| {
                    let current = ws.current_period.as_ref() == Some(&p.id);
                    (p.id.clone(), p.name.clone(), current)
                })
                .collect::<Vec<_>>()
        })
    });
    let switch_to = move |id: PeriodId| {
        let route = router.with_untracked(|r| match r.page {
            // An objective lives in its own period: show the other period's overview.
            Page::Objective(_) | Page::KeyResult(_) => r.to(Page::Overview).with_period(id),
            _ => r.with_period(id),
        });
        router.go(route);
    };
    let neighbour = move |step: isize| {
        let here = selected.get()?;
        periods.with(|list| {
            let at = list.iter().position(|(id, _, _)| id == &here)? as isize + step;
            list.get(usize::try_from(at).ok()?)
                .map(|(id, name, _)| (id.clone(), name.clone()))
        })
    };
    let step_button = move |step: isize, icon: IconName| {
        view! {
            <button
                type="button"
                class="icon-button period-step"
                disabled=move || neighbour(step).is_none()
                aria-label=move || match (neighbour(step), step < 0) {
                    (Some((_, name)), true) => text::header::previous_period(&name),
                    (Some((_, name)), false) => text::header::next_period(&name),
                    (None, true) => text::header::NO_PREVIOUS_PERIOD.to_owned(),
                    (None, false) => text::header::NO_NEXT_PERIOD.to_owned(),
                }
                on:click=move |_| {
                    if let Some((id, _)) = neighbour(step) {
                        switch_to(id);
                    }
                }
            >
                <Icon icon />
            </button>
        }
    };
    view! {
        <Show when=move || periods.with(|p| !p.is_empty())>
            <div class="period-switcher" role="group" aria-label=text::header::PERIOD_SWITCHER>
                {step_button(-1, IconName::Previous)}
                <select
                    aria-label=text::common::PERIOD
                    on:change:target=move |ev| switch_to(ev.target().value().as_str().into())
                >
                    {move || {
                        periods
                            .get()
                            .into_iter()
                            .map(|(id, name, current)| {
                                let chosen = selected.with(|s| s.as_ref() == Some(&id));
                                let text = if current {
                                    text::header::current_period(&name)
                                } else {
                                    name
                                };
                                view! {
                                    <option value=id.to_string() selected=chosen>
                                        {text}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
                {step_button(1, IconName::Next)}
            </div>
        </Show>
    }
}

/// Undo and redo, named after the change they take back or make again.
#[component]
fn HistoryButtons() -> impl IntoView {
    let state = expect_context::<Document>();
    let personal = expect_context::<PersonalState>();
    let offered = undo::offer(state, personal);
    let button = move |redo: bool| {
        let offer = move || offered.with(|h| if redo { h.redo.clone() } else { h.undo.clone() });
        let (icon, nothing, keys) = if redo {
            (
                IconName::Redo,
                text::header::NOTHING_TO_REDO,
                "Control+Shift+Z Meta+Shift+Z Control+Y",
            )
        } else {
            (
                IconName::Undo,
                text::header::NOTHING_TO_UNDO,
                "Control+Z Meta+Z",
            )
        };
        view! {
            <button
                type="button"
                class="icon-button"
                aria-keyshortcuts=keys
                aria-disabled=move || offer().is_none().then_some("true")
                aria-label=move || offer().unwrap_or_else(|| nothing.to_owned())
                title=move || offer().unwrap_or_else(|| nothing.to_owned())
                on:click=move |_| {
                    if redo { undo::redo(state, personal) } else { undo::undo(state, personal) }
                }
            >
                <Icon icon />
            </button>
        }
    };
    view! {
        <div class="history-buttons" role="group" aria-label=text::header::UNDO_AND_REDO>
            {button(false)}
            {button(true)}
        </div>
    }
}

/// "Saved in this browser", or a warning when the data is not safe; while
/// live sync is on and saving is fine, where sync is ("Synced 10:42",
/// "Offline: 3 changes waiting"). Not a live region: it would announce
/// every pause in typing; problems are announced by the banners, which are
/// alerts.
#[component]
fn SaveIndicator() -> impl IntoView {
    let saver = expect_context::<Saver>();
    let exchange = expect_context::<Exchange>();
    let sync = expect_context::<Sync>();
    let viewing = move || exchange.viewing().with(Option::is_some);
    let saving_fine = move || {
        matches!(
            saver.save_status().get(),
            SaveStatus::Saved { .. } | SaveStatus::Pending
        )
    };
    let text = move || match saver.save_status().get() {
        _ if viewing() => text::header::READ_ONLY_SNAPSHOT.to_owned(),
        SaveStatus::Saved { .. } | SaveStatus::Pending if sync_words(&sync).is_some() => {
            sync_words(&sync).unwrap_or_default()
        }
        SaveStatus::Saved { at: Some(at) } => text::header::saved_at(&time(at)),
        SaveStatus::Saved { at: None } => text::header::SAVED_IN_THIS_BROWSER.to_owned(),
        SaveStatus::Pending => text::header::SAVING.to_owned(),
        SaveStatus::Failed { .. } => text::header::NOT_SAVED.to_owned(),
        SaveStatus::Conflict => text::common::CHANGED_IN_ANOTHER_TAB.to_owned(),
        SaveStatus::Paused { .. } => text::header::SAVING_PAUSED.to_owned(),
    };
    let warning = move || {
        !saving_fine()
            || matches!(
                sync.status().get(),
                SyncStatus::Offline { .. }
                    | SyncStatus::SignedOut
                    | SyncStatus::NeedsChoice
                    | SyncStatus::Error { .. }
            )
    };
    view! {
        // On phones only the symbol shows (the words stay for screen
        // readers and in the tooltip); a failed save also has its banner.
        <p class="save-indicator" class:warning=warning title=text>
            <span class="save-icon">
                {move || {
                    let icon = if warning() { IconName::Alert } else { IconName::Check };
                    view! { <Icon icon /> }
                }}
            </span>
            <span class="save-text">{text}</span>
        </p>
    }
}

/// Where live sync is, in words; `None` while it is off.
pub fn sync_words(sync: &Sync) -> Option<String> {
    Some(match sync.status().get() {
        SyncStatus::Off => return None,
        SyncStatus::Connecting => text::header::SYNC_CONNECTING.to_owned(),
        SyncStatus::Working { count } => {
            text::header::syncing(count.map(|n| number(n as f64)).as_deref())
        }
        SyncStatus::Synced { at } => text::header::synced_at(&time(at)),
        SyncStatus::Offline { waiting } => {
            let written = waiting.map(|n| number(n as f64));
            text::header::sync_offline(waiting.zip(written.as_deref()))
        }
        SyncStatus::SignedOut => text::header::SYNC_SIGNED_OUT.to_owned(),
        SyncStatus::NeedsChoice => text::header::SYNC_NEEDS_CHOICE.to_owned(),
        SyncStatus::OtherTab => text::header::SYNC_IN_OTHER_TAB.to_owned(),
        SyncStatus::Error { message, .. } => text::header::sync_error(&message),
    })
}
