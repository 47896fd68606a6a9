//! The one-page sheet of a unit's or the whole organisation's OKRs for a
//! period: what people pin to a wall or attach to a review. The screen shows
//! it as it will print; the print stylesheet drops the app around it.

use crate::domain::format::count;
use crate::domain::{KeyResult, Status, Workspace};
use crate::ui::SelectedPeriod;
use crate::ui::clock;
use crate::ui::format::day;
use crate::ui::format::{describe_measure, percent};
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::AppState;
use crate::ui::summary::summarize;
use leptos::prelude::*;

/// One key result line of the sheet.
#[derive(Clone, PartialEq)]
struct Line {
    title: String,
    values: String,
    progress: String,
    status: String,
    commitment: &'static str,
}

/// One objective with its key results.
#[derive(Clone, PartialEq)]
struct Block {
    title: String,
    meta: String,
    lines: Vec<Line>,
}

/// A unit's objectives.
#[derive(Clone, PartialEq)]
struct Section {
    unit: String,
    blocks: Vec<Block>,
}

fn status_text(status: Option<Status>) -> String {
    status.map_or_else(
        || "Not checked in".to_owned(),
        |s| format!("{} {}", s.symbol(), s.label()),
    )
}

fn line(ws: &Workspace, kr: &KeyResult) -> Line {
    let today = clock::today();
    Line {
        title: kr.title.clone(),
        values: describe_measure(&kr.measure).1,
        progress: kr
            .measure
            .progress()
            .map_or_else(|| "–".to_owned(), percent),
        status: status_text(ws.key_result_status(kr, today)),
        commitment: kr.commitment.label(),
    }
}

#[component]
pub fn PrintPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let router = expect_context::<Router>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let unit = Memo::new(move |_| router.with(|r| r.unit.clone()));

    let sheet = Memo::new(move |_| {
        let period = period.get()?;
        let unit = unit.get();
        state.with(|ws| {
            let today = clock::today();
            let p = ws.period(&period)?;
            let scope_name = unit
                .as_ref()
                .and_then(|u| ws.unit(u))
                .map_or_else(|| ws.display_name().to_owned(), |u| u.name.clone());
            let sections: Vec<Section> = ws
                .units_in_chart_order()
                .into_iter()
                .filter(|u| unit.as_ref().is_none_or(|root| ws.is_within(&u.id, root)))
                .filter_map(|u| {
                    let blocks: Vec<Block> = ws
                        .objectives_in(&period)
                        .filter(|o| o.unit == u.id)
                        .filter_map(|o| {
                            let summary = summarize(ws, &o.id, today)?;
                            let progress = summary.progress().map_or_else(
                                || "no measurable key results".to_owned(),
                                |p| format!("{} done", percent(p)),
                            );
                            Some(Block {
                                title: o.title.clone(),
                                meta: format!(
                                    "Lead: {} · {} · {progress} · {}",
                                    summary.lead,
                                    summary.alignment,
                                    status_text(summary.status)
                                ),
                                lines: ws
                                    .key_results_of(&o.id)
                                    .into_iter()
                                    .map(|kr| line(ws, kr))
                                    .collect(),
                            })
                        })
                        .collect();
                    (!blocks.is_empty()).then(|| Section {
                        unit: u.name.clone(),
                        blocks,
                    })
                })
                .collect();
            let objectives: usize = sections.iter().map(|s| s.blocks.len()).sum();
            Some((
                format!("{scope_name} · OKRs {}", p.name),
                format!(
                    "{} to {} · {} · as of {}",
                    day(p.start),
                    day(p.end),
                    count(objectives, "objective", "objectives"),
                    day(today)
                ),
                sections,
            ))
        })
    });
    let back = move || {
        router.with(|r| match r.unit.clone() {
            Some(unit) => r.to(Page::Unit(unit)).href(),
            None => r.to(Page::Overview).href(),
        })
    };
    let print = move |_| {
        if let Err(error) = window().print() {
            leptos::logging::warn!("printing failed: {error:?}");
        }
    };

    view! {
        <article class="print-sheet">
            <div class="actions no-print">
                <button type="button" class="primary view-action" on:click=print>"Print…"</button>
                <a class="button" href=back>"Back"</a>
            </div>
            {move || match sheet.get() {
                None => view! {
                    <h1 tabindex="-1">"Nothing to print"</h1>
                    <p>"Create a period and objectives first; this page then shows them as a one-page sheet."</p>
                }.into_any(),
                Some((title, subtitle, sections)) => view! {
                    <h1 tabindex="-1">{title}</h1>
                    <p class="muted">{subtitle}</p>
                    {sections.is_empty().then(|| view! { <p>"No objectives in this period."</p> })}
                    {sections.into_iter().map(|section| view! {
                        <section class="print-unit">
                            <h2>{section.unit}</h2>
                            {section.blocks.into_iter().map(|block| view! {
                                <div class="print-objective">
                                    <h3>{block.title}</h3>
                                    <p class="muted">{block.meta}</p>
                                    {(!block.lines.is_empty()).then(|| view! {
                                        <table class="table print-krs">
                                            <thead>
                                                <tr>
                                                    <th scope="col">"Key result"</th>
                                                    <th scope="col">"Where it stands"</th>
                                                    <th scope="col">"Progress"</th>
                                                    <th scope="col">"Status"</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {block.lines.into_iter().map(|l| view! {
                                                    <tr>
                                                        <td>{l.title}<span class="muted">{format!(" · {}", l.commitment)}</span></td>
                                                        <td>{l.values}</td>
                                                        <td>{l.progress}</td>
                                                        <td>{l.status}</td>
                                                    </tr>
                                                }).collect_view()}
                                            </tbody>
                                        </table>
                                    })}
                                </div>
                            }).collect_view()}
                        </section>
                    }).collect_view()}
                }.into_any(),
            }}
        </article>
    }
}
