//! The one-page sheet of a unit's or the whole organisation's OKRs for a
//! period: what people pin to a wall or attach to a review. The screen shows
//! it as it will print; the print stylesheet drops the app around it.

use crate::domain::{KeyResult, PeriodId, Status, UnitId, Workspace};
use crate::text;
use crate::ui::SelectedPeriod;
use crate::ui::clock;
use crate::ui::format::{day, days, measure_sentence, percent};
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::Document;
use crate::ui::summary::summarize;
use chrono::NaiveDate;
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
        || text::common::NOT_CHECKED_IN.to_owned(),
        |s| format!("{} {}", s.symbol(), s.label()),
    )
}

fn line(ws: &Workspace, kr: &KeyResult) -> Line {
    let today = clock::today();
    Line {
        title: kr.title.clone(),
        values: measure_sentence(&kr.measure),
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
    let state = expect_context::<Document>();
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
            let sections = sections(ws, &period, unit.as_ref(), today);
            let objectives: usize = sections.iter().map(|s| s.blocks.len()).sum();
            Some((
                text::print_page::sheet_title(&scope_name, &p.name),
                text::print_page::sheet_subtitle(
                    &days(p.start, p.end),
                    &text::counts::objectives(objectives),
                    &day(today),
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
                <button type="button" class="primary view-action" on:click=print>
                    {text::print_page::PRINT}
                </button>
                <a class="button" href=back>
                    {text::print_page::BACK}
                </a>
            </div>
            {move || match sheet.get() {
                None => {
                    view! {
                        <h1 tabindex="-1">{text::print_page::NOTHING_TO_PRINT}</h1>
                        <p>{text::print_page::NOTHING_TO_PRINT_BODY}</p>
                    }
                        .into_any()
                }
                Some((title, subtitle, sections)) => {
                    view! {
                        <h1 tabindex="-1">{title}</h1>
                        <p class="muted">{subtitle}</p>
                        {sections
                            .is_empty()
                            .then(|| view! { <p>{text::common::NO_OBJECTIVES_IN_PERIOD}</p> })}
                        {sections
                            .into_iter()
                            .map(|section| {
                                view! {
                                    <section class="print-unit">
                                        <h2>{section.unit}</h2>
                                        {section
                                            .blocks
                                            .into_iter()
                                            .map(|block| view! { <PrintBlock block /> })
                                            .collect_view()}
                                    </section>
                                }
                            })
                            .collect_view()}
                    }
                        .into_any()
                }
            }}
        </article>
    }
}

/// The sections of the sheet: one per unit (within `unit`, if given) that
/// has objectives in `period`.
fn sections(
    ws: &Workspace,
    period: &PeriodId,
    unit: Option<&UnitId>,
    today: NaiveDate,
) -> Vec<Section> {
    ws.units_in_chart_order()
        .into_iter()
        .filter(|u| unit.is_none_or(|root| ws.is_within(&u.id, root)))
        .filter_map(|u| {
            let blocks: Vec<Block> = ws
                .objectives_in(period)
                .filter(|o| o.unit == u.id)
                .filter_map(|o| {
                    let summary = summarize(ws, &o.id, today)?;
                    let progress = summary.progress().map_or_else(
                        || text::print_page::NO_MEASURABLE_KEY_RESULTS.to_owned(),
                        |p| text::print_page::done(&percent(p)),
                    );
                    Some(Block {
                        title: o.title.clone(),
                        meta: text::print_page::objective_meta(
                            &summary.lead,
                            &summary.alignment,
                            &progress,
                            &status_text(summary.status),
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
        .collect()
}

/// One objective on the sheet, with its key results as a table.
#[component]
fn PrintBlock(block: Block) -> impl IntoView {
    view! {
        <div class="print-objective">
            <h3>{block.title}</h3>
            <p class="muted">{block.meta}</p>
            {(!block.lines.is_empty())
                .then(|| {
                    view! {
                        <table class="table print-krs">
                            <thead>
                                <tr>
                                    <th scope="col">{text::common::KEY_RESULT}</th>
                                    <th scope="col">{text::print_page::WHERE_IT_STANDS}</th>
                                    <th scope="col">{text::common::PROGRESS}</th>
                                    <th scope="col">{text::common::STATUS}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {block
                                    .lines
                                    .into_iter()
                                    .map(|l| {
                                        view! {
                                            <tr>
                                                <td>
                                                    {l.title}
                                                    <span class="muted">
                                                        {text::common::then(&l.commitment)}
                                                    </span>
                                                </td>
                                                <td>{l.values}</td>
                                                <td>{l.progress}</td>
                                                <td>{l.status}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                })}
        </div>
    }
}
