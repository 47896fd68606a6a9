//! A small line of progress over a period, with its table one click away.

use super::{ChartTable, TableToggle};
use chrono::NaiveDate;
use leptos::prelude::*;

/// A small line of an objective's progress (0–100%) over its period, with
/// its expected pace as a guide.
#[component]
pub fn Sparkline(
    /// Unique on the page; the table's id derives from it.
    id: String,
    /// What the sparkline shows, in one line: its accessible name.
    title: String,
    /// The series in words.
    desc: String,
    points: Vec<(NaiveDate, f64)>,
    from: NaiveDate,
    to: NaiveDate,
    /// Where pace expects progress at the end of the period (0.7 for stretch only).
    pace_end: f64,
    table: ChartTable,
) -> impl IntoView {
    const W: f64 = 160.0;
    const H: f64 = 36.0;
    let days = ((to - from).num_days().max(1)) as f64;
    let x = |d: NaiveDate| ((d - from).num_days() as f64 / days).clamp(0.0, 1.0) * (W - 4.0) + 2.0;
    let y = |v: f64| H - 2.0 - v.clamp(0.0, 1.0) * (H - 4.0);
    let line = points
        .iter()
        .map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v)))
        .collect::<Vec<_>>()
        .join(" ");
    let last = points.last().map(|(d, v)| (x(*d), y(*v)));
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let (labelled_by, described_by) = (title_id.clone(), desc_id.clone());
    view! {
        <figure class="spark-figure">
            <svg
                class="sparkline"
                viewBox=format!("0 0 {W} {H}")
                role="img"
                aria-labelledby=labelled_by
                aria-describedby=described_by
            >
                <title id=title_id>{title.clone()}</title>
                <desc id=desc_id>{desc}</desc>
                <line class="spark-base" x1="2" x2=W - 2.0 y1=H - 2.0 y2=H - 2.0 />
                <line
                    class="chart-guide"
                    x1="2"
                    y1=H - 2.0
                    x2=W - 2.0
                    y2=format!("{:.1}", y(pace_end))
                />
                <polyline class="chart-line" points=line />
                {last
                    .map(|(cx, cy)| {
                        view! {
                            <circle
                                class="chart-dot"
                                cx=format!("{cx:.1}")
                                cy=format!("{cy:.1}")
                                r="3"
                            />
                        }
                    })}
            </svg>
            <TableToggle id caption=title table />
        </figure>
    }
}
