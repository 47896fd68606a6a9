//! Stacked bars of statuses, one per unit.

use super::{ChartTable, TableToggle, WIDTH};
use crate::domain::StatusCounts;
use crate::text;
use leptos::prelude::*;

/// Stacked bars of key-result statuses, one row per unit.
#[component]
pub fn StatusBars(
    /// `(unit name, counts)`, in the order to show.
    rows: Vec<(String, StatusCounts)>,
) -> impl IntoView {
    const ROW: f64 = 30.0;
    const LABEL: f64 = 170.0;
    const BAR: f64 = WIDTH - LABEL - 40.0;
    let height = ROW * rows.len() as f64 + 4.0;
    let segments = |c: &StatusCounts| {
        [
            ("on-track", c.on_track),
            ("at-risk", c.at_risk),
            ("off-track", c.off_track),
            ("not-checked-in", c.not_checked_in),
        ]
    };
    let desc = rows
        .iter()
        .map(|(name, c)| {
            text::chart::unit_status_counts(
                &name,
                &c.on_track,
                &c.at_risk,
                &c.off_track,
                &c.not_checked_in,
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (name, c))| {
            let y = i as f64 * ROW + 4.0;
            let total = c.total().max(1) as f64;
            let mut x = LABEL;
            let parts = segments(c)
                .into_iter()
                .filter(|(_, n)| *n > 0)
                .map(|(slug, n)| {
                    let w = BAR * n as f64 / total;
                    let at = x;
                    x += w;
                    view! {
                        <rect
                            class=format!("bar bar-{slug}")
                            x=format!("{at:.1}")
                            y=y
                            width=format!("{w:.1}")
                            height=ROW - 8.0
                        />
                        {(w >= 18.0)
                            .then(|| {
                                view! {
                                    <text
                                        class=format!("bar-count bar-count-{slug}")
                                        x=format!("{:.1}", at + w / 2.0)
                                        y=y + ROW / 2.0
                                        text-anchor="middle"
                                    >
                                        {n}
                                    </text>
                                }
                            })}
                    }
                })
                .collect_view();
            let name = if name.chars().count() > 22 {
                format!("{}…", name.chars().take(21).collect::<String>())
            } else {
                name.clone()
            };
            view! {
                <text class="chart-label bar-name" x="0" y=y + ROW / 2.0>
                    {name}
                </text>
                {parts}
                <text class="chart-label" x=WIDTH - 30.0 y=y + ROW / 2.0>
                    {c.total()}
                </text>
            }
        })
        .collect_view();
    let table = ChartTable {
        headers: [
            text::common::UNIT,
            text::common::ON_TRACK,
            text::common::AT_RISK,
            text::common::NEEDS_HELP,
            text::common::NOT_CHECKED_IN,
        ]
        .map(str::to_owned)
        .to_vec(),
        rows: rows
            .iter()
            .map(|(name, c)| {
                vec![
                    name.clone(),
                    c.on_track.to_string(),
                    c.at_risk.to_string(),
                    c.off_track.to_string(),
                    c.not_checked_in.to_string(),
                ]
            })
            .collect(),
    };
    view! {
        <figure class="chart">
            <svg
                class="status-bars"
                viewBox=format!("0 0 {WIDTH} {height}")
                role="img"
                aria-labelledby="status-bars-title status-bars-desc"
            >
                <title id="status-bars-title">{text::chart::STATUS_BARS_TITLE}</title>
                <desc id="status-bars-desc">{desc}</desc>
                {bars}
            </svg>
            <ul class="chart-legend" aria-hidden="true">
                <li>
                    <span class="swatch bar-on-track"></span>
                    {text::chart::LEGEND_ON_TRACK}
                </li>
                <li>
                    <span class="swatch bar-at-risk"></span>
                    {text::chart::LEGEND_AT_RISK}
                </li>
                <li>
                    <span class="swatch bar-off-track"></span>
                    {text::chart::LEGEND_NEEDS_HELP}
                </li>
                <li>
                    <span class="swatch bar-not-checked-in"></span>
                    {text::chart::LEGEND_NOT_CHECKED_IN}
                </li>
            </ul>
            <TableToggle
                id="status-bars".to_owned()
                caption=text::chart::STATUS_BARS_TITLE.to_owned()
                table
            />
        </figure>
    }
}
