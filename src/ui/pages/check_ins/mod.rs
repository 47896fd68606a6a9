//! Check-ins: what is due this week, the current person's first, each one
//! click from the form; and the period dashboard of statuses per unit.

mod model;

use crate::domain::{KeyResultId, StatusCounts};
use crate::text;
use crate::ui::SelectedPeriod;
use crate::ui::clock;
use crate::ui::components::{Modal, StatusBars};
use crate::ui::drafts::Drafts;
use crate::ui::focus::restore_focus;
use crate::ui::format::day;
use crate::ui::forms::CheckInForm;
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
            .is_some_and(|p| state.with(|ws| model::under_way(ws, &p, today)))
    });
    let due = Memo::new(move |_| {
        period
            .get()
            .map(|p| state.with(|ws| model::due(ws, &p, today)))
            .unwrap_or_default()
    });
    let dashboard = Memo::new(move |_| {
        period
            .get()
            .map(|p| state.with(|ws| model::dashboard(ws, &p, clock::today())))
            .unwrap_or_default()
    });
    // Read apart from the list, so the keyed list below is not rebuilt whole
    // each time a row changes.
    let nothing_due = Memo::new(move |_| due.with(Vec::is_empty));
    let checking = RwSignal::new(
        expect_context::<Drafts>()
            .waiting("check-in")
            .map(|kr| KeyResultId::from(kr.as_str())),
    );
    // Where the check-in started, so focus can stay in the list once the row
    // it came from is no longer due.
    let checked_row = RwSignal::new(0usize);
    let after_check_in = move |_| {
        checking.set(None);
        let i = checked_row.get_untracked();
        restore_focus(vec![
            format!("#due-check-in-{i}"),
            format!("#due-check-in-{}", i.saturating_sub(1)),
            "#due-heading".to_owned(),
        ]);
    };
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
                } else if nothing_due.get() {
                    view! {
                        <p class="empty-note">
                            <span aria-hidden="true">"✓ "</span>
                            {text::check_ins_page::NOTHING_DUE}
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <ul class="due-list">
                        // Keyed by place and content: the button ids follow the place,
                        // which is how focus finds the next row after a check-in.
                        <For each=move || due.with(|rows| rows.iter().cloned().enumerate().collect::<Vec<_>>())
                            key=|entry| entry.clone() let:((index, row))>
                        {
                            let id = row.id.clone();
                            let title = row.title.clone();
                            view! {
                                <li class="due-item">
                                    <div>
                                        <a class="due-title" href=row.href>{row.title.clone()}</a>
                                        {row.mine.then(|| view! { <span class="tag">{text::check_ins_page::YOURS}</span> })}
                                        <p class="muted">
                                            <a href=row.objective_href>{row.objective}</a>
                                            {text::check_ins_page::unit_and_lead(&row.unit, &row.lead)}
                                        </p>
                                        <p class="due-when">{match row.last {
                                            Some(last) => text::check_ins_page::last_check_in(&day(last), &row.days),
                                            None => text::check_ins_page::NO_CHECK_IN_THIS_PERIOD.to_owned(),
                                        }}</p>
                                    </div>
                                    <button type="button" class="primary" id=format!("due-check-in-{index}")
                                        aria-label=text::check_ins_page::check_in_on(&title)
                                        on:click=move |_| {
                                            checking.set(Some(id.clone()));
                                            checked_row.set(index);
                                        }>{text::common::CHECK_IN}</button>
                                </li>
                            }
                        }
                        </For>
                    </ul>
                    }
                        .into_any()
                }
            }}
        </section>
        <Dashboard dashboard />
        <Modal
            open=Signal::derive(move || checking.with(Option::is_some))
            on_cancel=Callback::new(move |()| checking.set(None))
            labelled_by="checkin-form-title"
        >
            {move || {
                checking
                    .get_untracked()
                    .map(|id| {
                        view! {
                            <CheckInForm
                                key_result=id
                                editing=None
                                on_done=Callback::new(after_check_in)
                            />
                        }
                    })
            }}
        </Modal>
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
