//! Charts drawn as SVG by Ladder itself: a line of values over a period, a
//! progress sparkline, and stacked status bars. Each has a text alternative:
//! a title and description for screen readers, and a table one click away.
//!
//! The line chart lives here; the sparkline, the status bars and the table every chart offers have files of their own.

mod sparkline;
mod status_bars;
mod table;

use crate::domain::axis::{Axis, nice_axis};
use crate::text;
use crate::ui::format::day;
use chrono::NaiveDate;
use leptos::prelude::*;
pub use sparkline::Sparkline;
pub use status_bars::StatusBars;
pub use table::{ChartTable, TableToggle};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
const RIGHT: f64 = 16.0;
/// Room above the plot for the target's label when the target is the top tick.
const TOP: f64 = 28.0;
/// Room below the plot for the dates.
const BOTTOM: f64 = 40.0;
/// The largest the labels are drawn, in the chart's units, when the chart
/// is shown narrow (`.line-chart .chart-label` in style/main.css): the
/// margin for the value axis is sized for it.
const LARGEST_LABEL: f64 = 28.0;

/// Maps dates and values to the plot area, and holds the value axis.
struct Scale {
    from: NaiveDate,
    days: f64,
    axis: Axis,
    /// The left edge of the plot: room for the widest tick label.
    left: f64,
}

impl Scale {
    fn new(from: NaiveDate, to: NaiveDate, axis: Axis, labels: &[String]) -> Scale {
        // A label's characters average at most 0.72 of the font's size in
        // width, even in a wide font (DejaVu Sans: digits 0.64, "m" 0.97;
        // 0.6 clipped "€1m" at a phone's width).
        let widest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(1);
        let left = (widest as f64 * LARGEST_LABEL * 0.72 + 12.0).clamp(36.0, 240.0);
        Scale {
            from,
            days: ((to - from).num_days().max(1)) as f64,
            axis,
            left,
        }
    }

    fn x(&self, date: NaiveDate) -> f64 {
        let share = ((date - self.from).num_days() as f64 / self.days).clamp(0.0, 1.0);
        self.left + share * (WIDTH - self.left - RIGHT)
    }

    fn y(&self, value: f64) -> f64 {
        let (low, high) = (self.axis.low, self.axis.high);
        let share = if high > low {
            ((value - low) / (high - low)).clamp(0.0, 1.0)
        } else {
            0.5
        };
        HEIGHT - BOTTOM - share * (HEIGHT - TOP - BOTTOM)
    }
}

/// A straight guide from one point to another: the ideal pace.
#[derive(Clone, PartialEq, Debug)]
pub struct Guide {
    pub from: (NaiveDate, f64),
    pub to: (NaiveDate, f64),
}

/// A line of values over a date range, with an optional ideal-pace guide,
/// target line and healthy band.
#[component]
pub fn LineChart(
    /// Unique on the page; ids of the title, description and table derive from it.
    id: String,
    /// What the chart shows, in one line.
    title: String,
    /// The chart in words, for screen readers.
    desc: String,
    from: NaiveDate,
    to: NaiveDate,
    points: Vec<(NaiveDate, f64)>,
    #[prop(default = None)] guide: Option<Guide>,
    #[prop(default = None)] target: Option<f64>,
    /// A healthy range, shaded; open ends are drawn to the edge of the plot.
    #[prop(default = None)]
    band: Option<(Option<f64>, Option<f64>)>,
    #[prop(default = None)] today: Option<NaiveDate>,
    /// Formats axis values with their unit.
    show: fn(f64, &str) -> String,
    /// The values to mark on the axis when round numbers would mean
    /// nothing: a milestone's not done (0) and done (1).
    #[prop(default = None)]
    ticks: Option<Vec<f64>>,
    unit: String,
    table: ChartTable,
) -> impl IntoView {
    let values = points
        .iter()
        .map(|(_, v)| *v)
        .chain(guide.iter().flat_map(|g| [g.from.1, g.to.1]))
        .chain(target)
        .chain(
            band.iter()
                .flat_map(|(lo, hi)| lo.iter().chain(hi.iter()).copied()),
        )
        .collect::<Vec<_>>();
    let axis = match ticks {
        Some(ticks) => Axis {
            low: ticks.iter().copied().fold(f64::INFINITY, f64::min),
            high: ticks.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            ticks,
        },
        None => nice_axis(values, unit.trim() == "%"),
    };
    let labels: Vec<String> = axis.ticks.iter().map(|t| show(*t, &unit)).collect();
    let scale = Scale::new(from, to, axis, &labels);
    let has_guide = guide.is_some();
    let line: String = points
        .iter()
        .map(|(d, v)| format!("{:.1},{:.1}", scale.x(*d), scale.y(*v)))
        .collect::<Vec<_>>()
        .join(" ");
    let band_rect = band.map(|(lo, hi)| {
        let top = hi.map_or(TOP, |h| scale.y(h));
        let bottom = lo.map_or(HEIGHT - BOTTOM, |l| scale.y(l));
        view! {
            <rect
                class="chart-band"
                x=scale.left
                y=format!("{top:.1}")
                width=WIDTH - scale.left - RIGHT
                height=format!("{:.1}", (bottom - top).max(0.0))
            />
        }
    });
    let guide_line = guide.map(|g| {
        view! {
            <line
                class="chart-guide"
                x1=format!("{:.1}", scale.x(g.from.0))
                y1=format!("{:.1}", scale.y(g.from.1))
                x2=format!("{:.1}", scale.x(g.to.0))
                y2=format!("{:.1}", scale.y(g.to.1))
            />
        }
    });
    let target_line = target.map(|t| target_marker(&scale, t));
    let today_line = today
        .filter(|t| (from..=to).contains(t))
        .map(|t| today_marker(&scale, t));
    let dots = points
        .iter()
        .map(|(d, v)| {
            view! {
                <circle
                    class="chart-dot"
                    cx=format!("{:.1}", scale.x(*d))
                    cy=format!("{:.1}", scale.y(*v))
                    r="4"
                />
            }
        })
        .collect_view();
    let value_axis = value_axis(&scale, labels);
    let left = scale.left;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let (labelled_by, described_by) = (title_id.clone(), desc_id.clone());
    view! {
        <figure class="chart">
            <svg
                class="line-chart"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby=labelled_by
                aria-describedby=described_by
                preserveAspectRatio="xMidYMid meet"
            >
                <title id=title_id>{title.clone()}</title>
                <desc id=desc_id>{desc}</desc>
                {band_rect}
                {value_axis}
                <line
                    class="chart-axis"
                    x1=left
                    x2=WIDTH - RIGHT
                    y1=HEIGHT - BOTTOM
                    y2=HEIGHT - BOTTOM
                />
                <text class="chart-label" x=left y=HEIGHT - 12.0>
                    {day(from)}
                </text>
                <text class="chart-label" x=WIDTH - RIGHT y=HEIGHT - 12.0 text-anchor="end">
                    {day(to)}
                </text>
                {guide_line}
                {target_line}
                {today_line}
                <polyline class="chart-line" points=line />
                {dots}
            </svg>
            <ChartLegend guide=has_guide target=target.is_some() band=band.is_some() />
            <TableToggle id=id caption=title table />
        </figure>
    }
}

#[component]
fn ChartLegend(guide: bool, target: bool, band: bool) -> impl IntoView {
    view! {
        <ul class="chart-legend" aria-hidden="true">
            <li>
                <span class="swatch swatch-line"></span>
                {text::chart::VALUES}
            </li>
            {guide
                .then(|| {
                    view! {
                        <li>
                            <span class="swatch swatch-guide"></span>
                            {text::common::IDEAL_PACE}
                        </li>
                    }
                })}
            {target
                .then(|| {
                    view! {
                        <li>
                            <span class="swatch swatch-target"></span>
                            {text::chart::TARGET}
                        </li>
                    }
                })}
            {band
                .then(|| {
                    view! {
                        <li>
                            <span class="swatch swatch-band"></span>
                            {text::chart::HEALTHY_RANGE}
                        </li>
                    }
                })}
        </ul>
    }
}

/// The value axis: its line, and each tick's label beside a faint line
/// across the plot.
fn value_axis(scale: &Scale, labels: Vec<String>) -> impl IntoView + use<> {
    let left = scale.left;
    let ticks = scale
        .axis
        .ticks
        .iter()
        .zip(labels)
        .map(|(tick, label)| {
            let y = format!("{:.1}", scale.y(*tick));
            view! {
                <line class="chart-grid" x1=left x2=WIDTH - RIGHT y1=y.clone() y2=y.clone() />
                <text
                    class="chart-label"
                    x=left - 6.0
                    y=y
                    text-anchor="end"
                    dominant-baseline="middle"
                >
                    {label}
                </text>
            }
        })
        .collect_view();
    view! {
        {ticks}
        <line class="chart-axis" x1=left x2=left y1=TOP y2=HEIGHT - BOTTOM />
    }
}

/// The target as a line across the plot, labelled.
fn target_marker(scale: &Scale, target: f64) -> impl IntoView + use<> {
    let y = scale.y(target);
    view! {
        <line
            class="chart-target"
            x1=scale.left
            x2=WIDTH - RIGHT
            y1=format!("{y:.1}")
            y2=format!("{y:.1}")
        />
        <text
            class="chart-label"
            x=WIDTH - RIGHT - 4.0
            y=format!("{:.1}", y - 5.0)
            text-anchor="end"
        >
            {text::chart::TARGET}
        </text>
    }
}

/// Today as a line down the plot, labelled.
fn today_marker(scale: &Scale, today: NaiveDate) -> impl IntoView + use<> {
    let x = scale.x(today);
    view! {
        <line
            class="chart-today"
            x1=format!("{x:.1}")
            x2=format!("{x:.1}")
            y1=TOP
            y2=HEIGHT - BOTTOM
        />
        <text class="chart-label" x=format!("{:.1}", x + 4.0) y=TOP + 20.0>
            {text::chart::TODAY}
        </text>
    }
}
