//! "My work": the home of the person marked "This is me". What is due from
//! them (one click to check in), what they lead and contribute to, and what
//! others reported on it since their last visit.

mod model;

use crate::domain::PersonId;
use crate::text;
use crate::ui::components::{
    DueList, Icon, IconName, Involvement, MeField, NewObjectiveButton, StatusBadge,
};
use crate::ui::drafts::Drafts;
use crate::ui::format::{day, measure_sentence};
use crate::ui::forms::NewObjectiveDialog;
use crate::ui::state::Document;
use crate::ui::visits::LastVisit;
use crate::ui::{SelectedPeriod, clock, due_rows};
use leptos::prelude::*;

#[component]
pub fn MyWorkPage() -> impl IntoView {
    let state = expect_context::<Document>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let me = Memo::new(move |_| state.with(|ws| ws.me().map(|p| p.id.clone())));
    let subtitle = move || {
        state.with(|ws| {
            let period = period
                .get()
                .and_then(|p| ws.period(&p).map(|p| p.name.clone()))
                .unwrap_or_default();
            match me.get() {
                Some(id) => text::my_work::who_and_when(&ws.person_name(&id), &period),
                None => period,
            }
        })
    };
    let creating = RwSignal::new(expect_context::<Drafts>().waiting("objective").is_some());
    view! {
        <div class="page-head">
            <div>
                <h1 tabindex="-1">{text::common::MY_WORK}</h1>
                <p class="muted">{subtitle}</p>
            </div>
            <Show when=move || me.with(Option::is_some) && period.with(Option::is_some)>
                <NewObjectiveButton creating />
            </Show>
        </div>
        <div class="my-work">
            {move || match me.get() {
                None => view! { <WhoAreYou /> }.into_any(),
                Some(id) => {
                    view! {
                        <MyDue />
                        <Involvement person=id.clone() words=text::my_work::YOUR_WORK />
                        <News me=id />
                    }
                        .into_any()
                }
            }}
        </div>
        <NewObjectiveDialog creating />
    }
}

/// Before "This is me" is set: choose yourself, right here.
#[component]
fn WhoAreYou() -> impl IntoView {
    let state = expect_context::<Document>();
    let nobody = move || state.with(|ws| ws.people.is_empty());
    view! {
        <section class="empty-state" aria-labelledby="who-heading">
            <h2 id="who-heading">{text::my_work::WHO_ARE_YOU}</h2>
            <Show
                when=nobody
                fallback=|| {
                    view! {
                        <p>{text::my_work::WHO_ARE_YOU_BODY}</p>
                        <MeField />
                    }
                }
            >
                <p>{text::my_work::NOBODY_YET}</p>
            </Show>
        </section>
    }
}

/// The key results I lead that are due, each one click from its check-in.
#[component]
fn MyDue() -> impl IntoView {
    let state = expect_context::<Document>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let today = clock::today();
    let under_way = Memo::new(move |_| {
        period
            .get()
            .is_some_and(|p| state.with(|ws| due_rows::under_way(ws, &p, today)))
    });
    let rows = Memo::new(move |_| {
        period
            .get()
            .map(|p| state.with(|ws| model::my_due(ws, &p, today)))
            .unwrap_or_default()
    });
    view! {
        <section aria-labelledby="my-due-heading">
            <h2 id="my-due-heading" tabindex="-1">
                {move || text::check_ins_page::due_for_check_in(&rows.with(Vec::len))}
            </h2>
            {move || {
                if under_way.get() {
                    view! {
                        <DueList
                            rows
                            heading_id="my-due-heading"
                            empty=|| {
                                view! {
                                    <p class="empty-note">
                                        <Icon icon=IconName::Check />
                                        " "
                                        {text::my_work::NOTHING_OF_YOURS_DUE}
                                    </p>
                                }
                            }
                        />
                    }
                        .into_any()
                } else {
                    view! { <p class="muted">{text::check_ins_page::PERIOD_NOT_UNDER_WAY}</p> }
                        .into_any()
                }
            }}
        </section>
    }
}

/// Check-ins others made on my work since my last visit; nothing on a
/// first visit, when there is no "since".
#[component]
fn News(me: PersonId) -> impl IntoView {
    let state = expect_context::<Document>();
    let LastVisit(last) = expect_context::<LastVisit>();
    let Some(since) = last else {
        return ().into_any();
    };
    let news = Memo::new(move |_| state.with(|ws| model::news(ws, &me, since)));
    view! {
        <section class="panel" aria-labelledby="news-heading">
            <h2 id="news-heading">{text::my_work::since_last_visit(&day(since))}</h2>
            <p class="muted">{text::my_work::SINCE_LAST_VISIT_INTRO}</p>
            {move || {
                let (rows, more) = news.get();
                if rows.is_empty() {
                    return view! { <p class="empty-note">{text::my_work::NOTHING_NEW}</p> }
                        .into_any();
                }
                view! {
                    <ul class="news-list">
                        {rows
                            .into_iter()
                            .map(|row| {
                                let who = row
                                    .who
                                    .unwrap_or_else(|| text::my_work::SOMEONE.to_owned());
                                view! {
                                    <li class="news-item">
                                        <p>
                                            {text::my_work::checked_in(&who)} " "
                                            <a href=row.href>{row.key_result}</a>
                                        </p>
                                        <p class="news-detail">
                                            <strong>{measure_sentence(&row.measure)}</strong>
                                            <StatusBadge status=Some(row.status) />
                                            <span class="muted">{day(row.date)}</span>
                                        </p>
                                        {(!row.note.is_empty())
                                            .then(|| view! { <p class="history-note">{row.note}</p> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    {(more > 0)
                        .then(|| view! { <p class="muted">{text::my_work::more_news(&more)}</p> })}
                }
                    .into_any()
            }}
        </section>
    }
        .into_any()
}
