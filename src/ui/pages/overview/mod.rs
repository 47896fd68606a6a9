//! The overview: the first-run welcome (`first_run.rs`), or the cascade of
//! the period with a status summary and filters (`filter_bar.rs`); what
//! they show comes from the pure functions of `model.rs`.

mod filter_bar;
mod first_run;
mod model;

use crate::domain::{Cascade, Filter, Status, Workspace};
use crate::text;
use crate::ui::components::NewObjectiveButton;
use crate::ui::components::{
    CascadeTree, CoachPanel, CoachScope, ObjectiveCard, StatusBadge, coach_findings,
};
use crate::ui::drafts::Drafts;
use crate::ui::format::Browser;
use crate::ui::lazy_pages::{self, DialogOnUse};
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::Document;
use crate::ui::{SelectedPeriod, clock};
use filter_bar::FilterBar;
use first_run::{FirstRun, NoOrganisation};
use leptos::prelude::*;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let state = expect_context::<Document>();
    let empty = move || state.with(Workspace::is_empty);
    view! {
        <Show when=move || !empty() fallback=FirstRun>
            <Cascade />
        </Show>
    }
}

/// Counts of the period's objectives by status, as a summary strip.
#[component]
fn StatusStrip(
    /// Key results by the status chosen at their latest check-in.
    counts: Signal<[(Option<Status>, usize); 4]>,
) -> impl IntoView {
    let router = expect_context::<Router>();
    view! {
        <div class="status-strip">
            <span class="muted strip-label">{text::common::KEY_RESULTS_HEADING}</span>
            <ul aria-label=text::overview_page::KEY_RESULTS_BY_STATUS>
                {move || {
                    counts
                        .get()
                        .into_iter()
                        .map(|(status, n)| {
                            view! {
                                <li>
                                    <StatusBadge status none_label=text::common::NOT_CHECKED_IN />
                                    <span class="count">{n}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <span class="strip-links">
                <a href=move || {
                    router.with(|r| r.to(Page::CheckIns).href())
                }>{text::common::CHECK_INS}</a>
                " · "
                <a href=move || {
                    router.with(|r| r.to_unit(Page::Summary, None).href())
                }>{text::common::PERIOD_SUMMARY}</a>
                " · "
                <a href=move || {
                    router.with(|r| r.to_unit(Page::Print, None).href())
                }>{text::common::PRINT_VIEW}</a>
            </span>
        </div>
    }
}

/// Late in a period whose successor is still empty: an offer to plan it,
/// which creates the next quarter if needed and shows it.
#[component]
fn PlanNext() -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let today = clock::today();
    let offer = Memo::new(move |_| {
        let current = period.get()?;
        state.with(|ws| model::plan_next(ws, &current, today))
    });
    let plan = move |_| {
        let Some(current) = period.get_untracked() else {
            return;
        };
        let id = crate::domain::PeriodId::from_bits(clock::random_bits());
        if let Ok(next) = state.try_edit(|ws| ws.open_next_period(&current, id)) {
            router.go(router.with_untracked(|r| r.to(Page::Overview).with_period(next)));
        }
    };
    move || {
        offer.get().map(|(sentence, button)| {
            view! {
                <p class="hint-box next-step" role="note">
                    <span>{sentence}</span>
                    <button type="button" class="primary" on:click=plan>
                        {button}
                    </button>
                </p>
            }
        })
    }
}

/// The cascade of the selected period.
#[component]
fn Cascade() -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let coach = coach_findings(Signal::derive(move || period.get().map(CoachScope::Period)));
    let today = clock::today();
    let cascade = Memo::new(move |_| match period.get() {
        Some(p) => state.with(|ws| ws.cascade(&p)),
        None => Cascade::default(),
    });
    let period_name = move || {
        period
            .get()
            .and_then(|p| state.with(|ws| model::period_line(ws, &p, &Browser)))
    };
    let filter = Memo::new(move |_| {
        router.with(|r| Filter {
            text: r.text.clone(),
            unit: r.unit.clone(),
            lead: r.lead.clone(),
        })
    });
    let counts = Memo::new(move |_| {
        let totals = period
            .get()
            .map(|p| state.with(|ws| model::status_totals(ws, &p, today)))
            .unwrap_or_default();
        model::strip(totals)
    });
    let matches = Memo::new(move |_| {
        let Some(p) = period.get() else {
            return Vec::new();
        };
        filter.with(|f| state.with(|ws| model::matches(ws, &p, f, today)))
    });
    let creating = RwSignal::new(expect_context::<Drafts>().waiting("objective").is_some());
    let has_org = move || state.with(|ws| ws.company().is_some());
    let add_quarter = move |_| {
        state.edit(|ws| {
            if let Ok(id) = ws.add_quarter(
                crate::domain::PeriodId::from_bits(clock::random_bits()),
                crate::domain::quarter_of(clock::today()),
            ) {
                ws.current_period = Some(id);
            }
        });
    };

    view! {
        <div class="page-head">
            <div>
                <h1 tabindex="-1">{text::common::OVERVIEW}</h1>
                <p class="muted">{period_name}</p>
            </div>
            <Show when=move || has_org() && period.with(Option::is_some)>
                <NewObjectiveButton creating />
            </Show>
        </div>
        <Show when=has_org fallback=|| view! { <NoOrganisation /> }>
            <Show
                when=move || period.with(Option::is_some)
                fallback=move || {
                    view! {
                        <section class="empty-state">
                            <h2>{text::overview_page::NO_PERIODS_YET}</h2>
                            <p>{text::overview_page::NO_PERIODS_BODY}</p>
                            <button type="button" class="primary" on:click=add_quarter>
                                {text::overview_page::ADD_THIS_QUARTER}
                            </button>
                        </section>
                    }
                }
            >
                <PlanNext />
                <StatusStrip counts=Signal::from(counts) />
                <CoachPanel findings=coach heading_id="period-coach-heading" folded=true />
                <FilterBar />
                <Show
                    when=move || filter.with(Filter::is_empty)
                    fallback=move || {
                        view! {
                            <p class="results-count" role="status">
                                {move || match matches.with(Vec::len) {
                                    0 => text::overview_page::NO_OBJECTIVES_MATCH.to_owned(),
                                    1 => text::overview_page::ONE_OBJECTIVE_MATCHES.to_owned(),
                                    n => text::overview_page::objectives_match(&n),
                                }}
                            </p>
                            <div class="card-list">
                                <For each=move || matches.get() key=|s| s.clone() let:summary>
                                    <ObjectiveCard summary show_alignment=true />
                                </For>
                            </div>
                        }
                    }
                >
                    <PeriodCascade cascade creating />
                </Show>
            </Show>
        </Show>
        <DialogOnUse
            open=creating
            close=Callback::new(move |()| creating.set(false))
            load=move || lazy_pages::new_objective_dialog(creating)
        />
    }
}

/// The period's objectives as trees: those that ladder up to the company's,
/// then those that do not; or where to begin when there are none.
#[component]
fn PeriodCascade(cascade: Memo<Cascade>, creating: RwSignal<bool>) -> impl IntoView {
    view! {
        <Show
            when=move || !cascade.with(Cascade::is_empty)
            fallback=move || {
                view! {
                    <section class="empty-state">
                        <h2>{text::overview_page::NO_OBJECTIVES_YET}</h2>
                        <p>{text::overview_page::NO_OBJECTIVES_BODY}</p>
                        <button type="button" class="primary" on:click=move |_| creating.set(true)>
                            {text::common::FIRST_COMPANY_OBJECTIVE}
                        </button>
                    </section>
                }
            }
        >
            <Show when=move || !cascade.with(|c| c.aligned.is_empty())>
                <CascadeTree
                    roots=Signal::derive(move || cascade.with(|c| c.aligned.clone()))
                    label=text::overview_page::ALIGNED_TREE_LABEL
                    id_prefix="aligned"
                />
            </Show>
            <Show when=move || !cascade.with(|c| c.unaligned.is_empty())>
                <section class="unaligned" aria-labelledby="unaligned-heading">
                    <h2 id="unaligned-heading">{text::overview_page::UNALIGNED_TITLE}</h2>
                    <p class="muted">{text::overview_page::UNALIGNED_BODY}</p>
                    <CascadeTree
                        roots=Signal::derive(move || {
                            cascade
                                .with(|c| {
                                    c.unaligned.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()
                                })
                        })
                        label=text::overview_page::UNALIGNED_TREE_LABEL
                        id_prefix="unaligned"
                        show_alignment=true
                    />
                </section>
            </Show>
        </Show>
    }
}
