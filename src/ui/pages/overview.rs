//! The overview: the first-run welcome, or the cascade of the period with a
//! status summary and filters.

use crate::domain::{Cascade, Filter, Status, UnitId, Workspace};
use crate::text;
use crate::ui::components::{
    CascadeTree, CoachPanel, CoachScope, ImportButton, LockIcon, Modal, ObjectiveCard, StatusBadge,
    coach_findings,
};
use crate::ui::drafts::{DraftNotice, Drafts, field, keep_draft};
use crate::ui::forms::ObjectiveForm;
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::Document;
use crate::ui::summary::{self, summarize};
use crate::ui::{SelectedPeriod, clock};
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

/// The empty state: what Ladder is, and the ways to start.
#[component]
fn FirstRun() -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let name = RwSignal::new(String::new());
    let kept = keep_draft("setup", "", true, vec![field("name", name)]);
    let error = RwSignal::new(None::<&'static str>);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = name.get_untracked();
        if chosen.trim().is_empty() {
            error.set(Some(text::overview_page::ORGANISATION_NAME_MISSING));
            return;
        }
        state.edit(|ws| {
            ws.set_up(
                UnitId::from_bits(clock::random_bits()),
                crate::domain::PeriodId::from_bits(clock::random_bits()),
                &chosen,
                clock::today(),
            )
        });
        kept.finish();
        router.go(Page::Teams.into());
    };
    view! {
        <section class="first-run" aria-labelledby="welcome">
            <h1 id="welcome" tabindex="-1">
                {text::overview_page::WELCOME_TITLE}
            </h1>
            <p class="lede">{text::overview_page::WELCOME_LEDE}</p>
            <div class="starts">
                <div class="start start-private">
                    <h2>
                        <LockIcon />
                        {text::overview_page::PERSONAL_TITLE}
                    </h2>
                    <p>{text::overview_page::PERSONAL_BODY}</p>
                    <a
                        class="button primary"
                        href=move || router.with(|r| r.to(Page::MyGoals).href())
                    >
                        {text::overview_page::PERSONAL_BUTTON}
                    </a>
                </div>
                <form class="start" on:submit=start novalidate>
                    <h2>{text::overview_page::ORGANISATION_TITLE}</h2>
                    <DraftNotice draft=kept />
                    <p>{text::overview_page::ORGANISATION_BODY}</p>
                    <div class="field" class:invalid=move || error.get().is_some()>
                        <label for="setup-name">{text::common::ORGANISATION_NAME}</label>
                        <input
                            id="setup-name"
                            type="text"
                            autocomplete="organization"
                            aria-invalid=move || error.get().map(|_| "true")
                            aria-describedby=move || error.get().map(|_| "setup-name-error")
                            prop:value=move || name.get()
                            on:input:target=move |ev| {
                                error.set(None);
                                name.set(ev.target().value());
                            }
                        />
                        {move || {
                            error
                                .get()
                                .map(|e| {
                                    view! {
                                        <p class="field-error" id="setup-name-error">
                                            {e}
                                        </p>
                                    }
                                })
                        }}
                    </div>
                    <button type="submit" class="primary">
                        {text::overview_page::START_EMPTY}
                    </button>
                </form>
                <div class="start">
                    <h2>{text::overview_page::EXPLORE_A_SAMPLE_COMPANY}</h2>
                    <p>{text::overview_page::SAMPLE_BODY}</p>
                    <button type="button" class="primary" on:click=move |_| state.load_sample()>
                        {text::overview_page::EXPLORE_A_SAMPLE_COMPANY}
                    </button>
                </div>
                <div class="start">
                    <h2>{text::overview_page::SNAPSHOT_TITLE}</h2>
                    <p>{text::overview_page::SNAPSHOT_BODY}</p>
                    <ImportButton label=text::overview_page::SNAPSHOT_BUTTON />
                </div>
            </div>
        </section>
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
        period.get().and_then(|p| {
            state.with(|ws| {
                ws.period(&p).map(|p| {
                    format!(
                        "{} · {} – {}",
                        p.name,
                        p.start.format("%-d %b %Y"),
                        p.end.format("%-d %b %Y")
                    )
                })
            })
        })
    };
    let filter = Memo::new(move |_| {
        router.with(|r| Filter {
            text: r.text.clone(),
            unit: r.unit.clone(),
            lead: r.lead.clone(),
        })
    });
    let counts = Memo::new(move |_| {
        let Some(p) = period.get() else {
            return [
                (Some(Status::OnTrack), 0),
                (Some(Status::AtRisk), 0),
                (Some(Status::OffTrack), 0),
                (None, 0),
            ];
        };
        state.with(|ws| {
            let total = ws.status_counts(&p).into_iter().fold(
                crate::domain::StatusCounts::default(),
                |mut sum, (_, c)| {
                    sum.on_track += c.on_track;
                    sum.at_risk += c.at_risk;
                    sum.off_track += c.off_track;
                    sum.not_checked_in += c.not_checked_in;
                    sum
                },
            );
            [
                (Some(Status::OnTrack), total.on_track),
                (Some(Status::AtRisk), total.at_risk),
                (Some(Status::OffTrack), total.off_track),
                (None, total.not_checked_in),
            ]
        })
    });
    let matches = Memo::new(move |_| {
        let Some(p) = period.get() else {
            return Vec::new();
        };
        filter.with(|f| {
            if f.is_empty() {
                return Vec::new();
            }
            state.with(|ws| {
                ws.objectives_in(&p)
                    .filter(|o| f.matches(ws, o))
                    .filter_map(|o| summarize(ws, &o.id, today))
                    .collect::<Vec<_>>()
            })
        })
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
    let on_created = Callback::new(move |id: Option<crate::domain::ObjectiveId>| {
        creating.set(false);
        if let Some(id) = id {
            let href = state.with_untracked(|ws| {
                ws.objective(&id)
                    .map(|o| summary::objective_href(&id, &o.period))
            });
            if let Some(href) = href {
                router.go(crate::ui::route::Route::parse(&href));
            }
        }
    });

    view! {
        <div class="page-head">
            <div>
                <h1 tabindex="-1">{text::common::OVERVIEW}</h1>
                <p class="muted">{period_name}</p>
            </div>
            <Show when=move || has_org() && period.with(Option::is_some)>
                <button type="button" class="primary" on:click=move |_| creating.set(true)>
                    {text::common::NEW_OBJECTIVE}
                </button>
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
                    <Show
                        when=move || !cascade.with(Cascade::is_empty)
                        fallback=move || {
                            view! {
                                <section class="empty-state">
                                    <h2>{text::overview_page::NO_OBJECTIVES_YET}</h2>
                                    <p>{text::overview_page::NO_OBJECTIVES_BODY}</p>
                                    <button
                                        type="button"
                                        class="primary"
                                        on:click=move |_| creating.set(true)
                                    >
                                        {text::common::NEW_OBJECTIVE}
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
                                <h2 id="unaligned-heading">
                                    {text::overview_page::UNALIGNED_TITLE}
                                </h2>
                                <p class="muted">{text::overview_page::UNALIGNED_BODY}</p>
                                <CascadeTree
                                    roots=Signal::derive(move || {
                                        cascade
                                            .with(|c| {
                                                c.unaligned
                                                    .iter()
                                                    .map(|(n, _)| n.clone())
                                                    .collect::<Vec<_>>()
                                            })
                                    })
                                    label=text::overview_page::UNALIGNED_TREE_LABEL
                                    id_prefix="unaligned"
                                    show_alignment=true
                                />
                            </section>
                        </Show>
                    </Show>
                </Show>
            </Show>
        </Show>
        <Modal
            open=creating
            on_cancel=Callback::new(move |()| creating.set(false))
            labelled_by="objective-form-title"
        >
            <ObjectiveForm editing=None on_done=on_created />
        </Modal>
    }
}

/// Units exist only once the organisation is set up.
#[component]
fn NoOrganisation() -> impl IntoView {
    let router = expect_context::<Router>();
    view! {
        <section class="empty-state">
            <h2>{text::overview_page::NO_ORGANISATION_TITLE}</h2>
            <p>{text::overview_page::NO_ORGANISATION_BODY}</p>
            <a class="button primary" href=move || router.with(|r| r.to(Page::Teams).href())>
                {text::overview_page::GO_TO_TEAMS}
            </a>
        </section>
    }
}

/// Search, unit and lead filters, kept in the address so a filtered view can be shared.
#[component]
fn FilterBar() -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let units = Memo::new(move |_| {
        state.with(|ws| {
            ws.units
                .iter()
                .filter(|u| !u.archived)
                .map(|u| (u.id.to_string(), u.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let people = Memo::new(move |_| {
        state.with(|ws| {
            ws.people
                .iter()
                .map(|p| (p.id.to_string(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let update = move |change: &dyn Fn(&mut crate::ui::route::Route)| {
        let mut route = router.with_untracked(Clone::clone);
        change(&mut route);
        router.replace(route);
    };
    let active =
        move || router.with(|r| !r.text.is_empty() || r.unit.is_some() || r.lead.is_some());
    view! {
        <form
            class="filter-bar"
            role="search"
            aria-label=text::overview_page::FILTER_OBJECTIVES
            on:submit=|ev| ev.prevent_default()
        >
            <div class="field">
                <label for="filter-text">{text::overview_page::SEARCH}</label>
                <input
                    id="filter-text"
                    type="search"
                    placeholder=text::overview_page::SEARCH_PLACEHOLDER
                    prop:value=move || router.with(|r| r.text.clone())
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        update(&|r| r.text = text.clone())
                    }
                />
            </div>
            <div class="field">
                <label for="filter-unit">{text::common::UNIT}</label>
                <select
                    id="filter-unit"
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        update(&|r| r.unit = (!value.is_empty()).then(|| value.as_str().into()))
                    }
                >
                    <option value="" selected=move || router.with(|r| r.unit.is_none())>
                        {text::common::ALL_UNITS}
                    </option>
                    {move || {
                        units
                            .get()
                            .into_iter()
                            .map(|(id, name)| {
                                let chosen = router
                                    .with(|r| r.unit.as_ref().is_some_and(|u| u.as_str() == id));
                                view! {
                                    <option value=id selected=chosen>
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <div class="field">
                <label for="filter-lead">{text::common::LEAD}</label>
                <select
                    id="filter-lead"
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        update(&|r| r.lead = (!value.is_empty()).then(|| value.as_str().into()))
                    }
                >
                    <option value="" selected=move || router.with(|r| r.lead.is_none())>
                        {text::overview_page::ANY_LEAD}
                    </option>
                    {move || {
                        people
                            .get()
                            .into_iter()
                            .map(|(id, name)| {
                                let chosen = router
                                    .with(|r| r.lead.as_ref().is_some_and(|l| l.as_str() == id));
                                view! {
                                    <option value=id selected=chosen>
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <Show when=active>
                <button
                    type="button"
                    class="link-button view-action"
                    on:click=move |_| update(
                        &|r| {
                            r.text.clear();
                            r.unit = None;
                            r.lead = None;
                        },
                    )
                >
                    {text::overview_page::CLEAR_FILTERS}
                </button>
            </Show>
        </form>
    }
}
