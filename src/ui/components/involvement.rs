//! What a person leads and contributes to in the selected period: on their
//! page and, for the reader, on "My work".

use super::{ObjectiveCard, StatusBadge};
use crate::domain::{ObjectiveId, PersonId, Status};
use crate::text::{self, WorkWords};
use crate::ui::route::{Page, Route};
use crate::ui::state::Document;
use crate::ui::summary::{ObjectiveSummary, summarize};
use crate::ui::{SelectedPeriod, clock};
use leptos::prelude::*;

/// A person's part in the period, as the list shows it.
#[derive(Clone, PartialEq, Debug)]
struct Work {
    leads: Vec<ObjectiveSummary>,
    /// Title, link and status of each key result they lead.
    key_results: Vec<(String, String, Option<Status>)>,
    contributes: Vec<ObjectiveSummary>,
}

#[component]
pub fn Involvement(person: PersonId, words: WorkWords) -> impl IntoView {
    let state = expect_context::<Document>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let work = Memo::new(move |_| {
        let period = period.get()?;
        let today = clock::today();
        state.with(|ws| {
            let found = ws.involvement(&person, &period);
            let cards = |ids: &[ObjectiveId]| {
                ids.iter()
                    .filter_map(|o| summarize(ws, o, today))
                    .collect::<Vec<_>>()
            };
            let key_results = found
                .key_results
                .iter()
                .filter_map(|k| {
                    let kr = ws.key_result(k)?;
                    let href = Route::from(Page::KeyResult(k.clone())).href();
                    Some((kr.title.clone(), href, ws.key_result_status(kr, today)))
                })
                .collect();
            Some(Work {
                leads: cards(&found.leads),
                key_results,
                contributes: cards(&found.contributes),
            })
        })
    });
    let cards = |summaries: Vec<ObjectiveSummary>| {
        view! {
            <ul class="card-list">
                {summaries
                    .into_iter()
                    .map(|summary| {
                        view! {
                            <li>
                                <ObjectiveCard summary show_alignment=true />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    };
    view! {
        <section class="panel" aria-labelledby="work-heading">
            <h2 id="work-heading">{words.heading}</h2>
            {move || {
                let Some(work) = work.get() else {
                    return view! { <p class="muted">{words.no_period}</p> }.into_any();
                };
                if work.leads.is_empty() && work.key_results.is_empty()
                    && work.contributes.is_empty()
                {
                    return view! { <p class="muted">{words.nothing}</p> }.into_any();
                }
                view! {
                    {(!work.leads.is_empty())
                        .then(|| {
                            view! {
                                <h3>{words.leads}</h3>
                                {cards(work.leads)}
                            }
                        })}
                    {(!work.key_results.is_empty())
                        .then(|| {
                            view! {
                                <h3>{words.key_results}</h3>
                                <ul class="plain-list">
                                    {work
                                        .key_results
                                        .into_iter()
                                        .map(|(title, href, status)| {
                                            view! {
                                                <li>
                                                    <a href=href>{title}</a>
                                                    " "
                                                    <StatusBadge
                                                        status
                                                        none_label=text::common::NOT_CHECKED_IN
                                                    />
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                        })}
                    {(!work.contributes.is_empty())
                        .then(|| {
                            view! {
                                <h3>{words.contributes}</h3>
                                {cards(work.contributes)}
                            }
                        })}
                }
                    .into_any()
            }}
        </section>
    }
}
