//! Check-ins: what is due this week, the current person's first, each one
//! click from the form; and the period dashboard of statuses per unit.

mod model;

use crate::domain::StatusCounts;
use crate::text;
use crate::ui::SelectedPeriod;
use crate::ui::clock;
use crate::ui::components::{DueList, Icon, IconName, StatusBars};
use crate::ui::due_rows;
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::Document;
use leptos::prelude::*;

#[component]
pub fn CheckInsPage() -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let today = clock::today();
    let heading = Memo::new(move |_| {
        let period = period.get();
        state.with(|ws| model::heading(ws, period.as_ref()))
    });
    let under_way = Memo::new(move |_| {
        period
            .get()
            .is_some_and(|p| state.with(|ws| due_rows::under_way(ws, &p, today)))
    });
    let due = Memo::new(move |_| {
        period
            .get()
            .map(|p| state.with(|ws| due_rows::due(ws, &p, today)))
            .unwrap_or_default()
    });
    let dashboard = Memo::new(move |_| {
        period
            .get()
            .map(|p| state.with(|ws| model::dashboard(ws, &p, clock::today())))
            .unwrap_or_default()
    });
    let settings = move || router.with(|r| r.to(Page::Settings).href());

    view! {
        <div class="page-head">
            <div>
                <h1 tabindex="-1">{text::common::CHECK_INS}</h1>
                <p class="muted">
                    {heading} " · " <a href=settings>{text::check_ins_page::CHANGE_RHYTHM}</a>
                </p>
            </div>
        </div>
        <section aria-labelledby="due-heading">
            <h2 id="due-heading" tabindex="-1">
                {move || text::check_ins_page::due_for_check_in(&due.with(Vec::len))}
            </h2>
            {move || {
                if !under_way.get() {
                    view! { <p class="muted">{text::check_ins_page::PERIOD_NOT_UNDER_WAY}</p> }
                        .into_any()
                } else {
                    view! {
                        <DueList
                            rows=due
                            heading_id="due-heading"
                            everyone=true
                            empty=|| {
                                view! {
                                    <p class="empty-note">
                                        <Icon icon=IconName::Check />
                                        " "
                                        {text::check_ins_page::NOTHING_DUE}
                                    </p>
                                }
                            }
                        />
                    }
                        .into_any()
                }
            }}
        </section>
        <Dashboard dashboard />
    }
}

/// Key results per unit by the status of their latest check-in.
#[component]
fn Dashboard(dashboard: Memo<Vec<(String, StatusCounts)>>) -> impl IntoView {
    view! {
        <section aria-labelledby="dashboard-heading">
            <h2 id="dashboard-heading">{text::check_ins_page::DASHBOARD}</h2>
            <p class="muted">
                {move || {
                    let total: usize = dashboard
                        .with(|rows| rows.iter().map(|(_, c)| c.total()).sum());
                    text::check_ins_page::dashboard_intro(&text::counts::key_results(total))
                }}
            </p>
            {move || {
                if dashboard.with(Vec::is_empty) {
                    view! { <p class="muted">{text::check_ins_page::NO_KEY_RESULTS_YET}</p> }
                        .into_any()
                } else {
                    view! { <StatusBars rows=dashboard.get() /> }.into_any()
                }
            }}
        </section>
    }
}
