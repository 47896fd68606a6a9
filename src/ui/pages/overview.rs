//! The overview: the first-run welcome, or the cascade of the period with a
//! status summary and filters.

use crate::domain::{Cascade, Filter, Status, UnitId, Workspace};
use crate::ui::components::{
    CascadeTree, ImportButton, LockIcon, Modal, ObjectiveCard, StatusBadge,
};
use crate::ui::forms::ObjectiveForm;
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::AppState;
use crate::ui::summary::{self, summarize};
use crate::ui::{SelectedPeriod, clock};
use leptos::prelude::*;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let empty = move || state.with(Workspace::is_empty);
    view! {
        <Show when=move || !empty() fallback=FirstRun>
            <Cascade/>
        </Show>
    }
}

/// The empty state: what Ladder is, and the ways to start.
#[component]
fn FirstRun() -> impl IntoView {
    let state = expect_context::<AppState>();
    let router = expect_context::<Router>();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = name.get_untracked();
        if chosen.trim().is_empty() {
            error.set(Some("Enter your organisation's name."));
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
        router.go(Page::Teams.into());
    };
    view! {
        <section class="first-run" aria-labelledby="welcome">
            <h1 id="welcome" tabindex="-1">"Welcome to Ladder"</h1>
            <p class="lede">
                "Set objectives, measure key results and see how every team's work ladders up \
                 to the company's goals. Everything stays in this browser: no account, no server."
            </p>
            <div class="starts">
                <div class="start start-private">
                    <h2><LockIcon/>" Track my own goals"</h2>
                    <p>"Personal goals and 1:1 notes, private to you. No organisation needed."</p>
                    <a class="button primary" href=move || router.with(|r| r.to(Page::MyGoals).href())>
                        "Track my own goals"
                    </a>
                </div>
                <form class="start" on:submit=start novalidate>
                    <h2>"Set up your organisation"</h2>
                    <p>"Start empty: name it, then add departments and teams."</p>
                    <div class="field" class:invalid=move || error.get().is_some()>
                        <label for="setup-name">"Organisation name"</label>
                        <input id="setup-name" type="text" autocomplete="organization"
                            aria-invalid=move || error.get().map(|_| "true")
                            aria-describedby=move || error.get().map(|_| "setup-name-error")
                            prop:value=move || name.get()
                            on:input:target=move |ev| {
                                error.set(None);
                                name.set(ev.target().value());
                            }/>
                        {move || error.get().map(|e| view! { <p class="field-error" id="setup-name-error">{e}</p> })}
                    </div>
                    <button type="submit" class="primary">"Start empty"</button>
                </form>
                <div class="start">
                    <h2>"Explore a sample company"</h2>
                    <p>"A small company with departments, teams and OKRs that ladder up. Remove it in one click."</p>
                    <button type="button" class="primary" on:click=move |_| state.load_sample()>
                        "Explore a sample company"
                    </button>
                </div>
                <div class="start">
                    <h2>"Open a snapshot"</h2>
                    <p>"Someone sent you a Ladder file? Import it here."</p>
                    <ImportButton label="Open a snapshot file"/>
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
            <span class="muted strip-label">"Key results"</span>
            <ul aria-label="Key results by status">
                {move || counts.get().into_iter().map(|(status, n)| view! {
                    <li><StatusBadge status none_label="Not checked in"/><span class="count">{n}</span></li>
                }).collect_view()}
            </ul>
            <span class="strip-links">
                <a href=move || router.with(|r| r.to(Page::CheckIns).href())>"Check-ins"</a>
                " · "
                <a href=move || router.with(|r| r.to_unit(Page::Summary, None).href())>"Period summary"</a>
                " · "
                <a href=move || router.with(|r| r.to_unit(Page::Print, None).href())>"Print view"</a>
            </span>
        </div>
    }
}

/// The cascade of the selected period.
#[component]
fn Cascade() -> impl IntoView {
    let state = expect_context::<AppState>();
    let router = expect_context::<Router>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
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
    let creating = RwSignal::new(false);
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
                <h1 tabindex="-1">"Overview"</h1>
                <p class="muted">{period_name}</p>
            </div>
            <Show when=move || has_org() && period.with(Option::is_some)>
                <button type="button" class="primary" on:click=move |_| creating.set(true)>"New objective"</button>
            </Show>
        </div>
        <Show when=has_org fallback=|| view! { <NoOrganisation/> }>
            <Show when=move || period.with(Option::is_some) fallback=move || view! {
                <section class="empty-state">
                    <h2>"No periods yet"</h2>
                    <p>"OKRs belong to a period, usually a quarter."</p>
                    <button type="button" class="primary" on:click=add_quarter>"Add this quarter"</button>
                </section>
            }>
                <StatusStrip counts=Signal::from(counts)/>
                <FilterBar/>
                <Show
                    when=move || filter.with(Filter::is_empty)
                    fallback=move || view! {
                        <p class="results-count" role="status">{move || match matches.with(Vec::len) {
                            0 => "No objectives match.".to_owned(),
                            1 => "1 objective matches.".to_owned(),
                            n => format!("{n} objectives match."),
                        }}</p>
                        <div class="card-list">
                            <For each=move || matches.get() key=|s| s.clone() let:summary>
                                <ObjectiveCard summary show_alignment=true/>
                            </For>
                        </div>
                    }
                >
                    <Show when=move || !cascade.with(Cascade::is_empty) fallback=move || view! {
                        <section class="empty-state">
                            <h2>"No objectives in this period yet"</h2>
                            <p>"Start with the company's objectives; departments and teams then ladder up to them."</p>
                            <button type="button" class="primary" on:click=move |_| creating.set(true)>"New objective"</button>
                        </section>
                    }>
                        <Show when=move || !cascade.with(|c| c.aligned.is_empty())>
                            <CascadeTree
                                roots=Signal::derive(move || cascade.with(|c| c.aligned.clone()))
                                label="Company objectives and the objectives aligned to them"
                                id_prefix="aligned"
                            />
                        </Show>
                        <Show when=move || !cascade.with(|c| c.unaligned.is_empty())>
                            <section class="unaligned" aria-labelledby="unaligned-heading">
                                <h2 id="unaligned-heading">"Not aligned"</h2>
                                <p class="muted">
                                    "These objectives ladder up to no company objective. Aligning them shows \
                                     how the work contributes; some may be fine on their own."
                                </p>
                                <CascadeTree
                                    roots=Signal::derive(move || cascade.with(|c| c.unaligned.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()))
                                    label="Objectives not aligned to a company objective"
                                    id_prefix="unaligned"
                                    show_alignment=true
                                />
                            </section>
                        </Show>
                    </Show>
                </Show>
            </Show>
        </Show>
        <Modal open=creating on_cancel=Callback::new(move |()| creating.set(false)) labelled_by="objective-form-title">
            <ObjectiveForm editing=None on_done=on_created/>
        </Modal>
    }
}

/// Units exist only once the organisation is set up.
#[component]
fn NoOrganisation() -> impl IntoView {
    let router = expect_context::<Router>();
    view! {
        <section class="empty-state">
            <h2>"Set up the organisation first"</h2>
            <p>"Objectives belong to the company, a department or a team. Create the company and its units to start."</p>
            <a class="button primary" href=move || router.with(|r| r.to(Page::Teams).href())>"Go to Teams"</a>
        </section>
    }
}

/// Search, unit and lead filters, kept in the address so a filtered view can be shared.
#[component]
fn FilterBar() -> impl IntoView {
    let state = expect_context::<AppState>();
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
        <form class="filter-bar" role="search" aria-label="Filter objectives" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="filter-text">"Search"</label>
                <input id="filter-text" type="search" placeholder="Objectives and key results"
                    prop:value=move || router.with(|r| r.text.clone())
                    on:input:target=move |ev| { let text = ev.target().value(); update(&|r| r.text = text.clone()) }/>
            </div>
            <div class="field">
                <label for="filter-unit">"Unit"</label>
                <select id="filter-unit" on:change:target=move |ev| {
                    let value = ev.target().value();
                    update(&|r| r.unit = (!value.is_empty()).then(|| value.as_str().into()))
                }>
                    <option value="" selected=move || router.with(|r| r.unit.is_none())>"All units"</option>
                    {move || units.get().into_iter().map(|(id, name)| {
                        let chosen = router.with(|r| r.unit.as_ref().is_some_and(|u| u.as_str() == id));
                        view! { <option value=id selected=chosen>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-lead">"Lead"</label>
                <select id="filter-lead" on:change:target=move |ev| {
                    let value = ev.target().value();
                    update(&|r| r.lead = (!value.is_empty()).then(|| value.as_str().into()))
                }>
                    <option value="" selected=move || router.with(|r| r.lead.is_none())>"Anyone"</option>
                    {move || people.get().into_iter().map(|(id, name)| {
                        let chosen = router.with(|r| r.lead.as_ref().is_some_and(|l| l.as_str() == id));
                        view! { <option value=id selected=chosen>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <Show when=active>
                <button type="button" class="link-button view-action" on:click=move |_| update(&|r| {
                    r.text.clear();
                    r.unit = None;
                    r.lead = None;
                })>"Clear filters"</button>
            </Show>
        </form>
    }
}
