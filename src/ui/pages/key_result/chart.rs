//! The key result's chart: checked-in values against pace and target.

use super::model::KeyResultPageView;
use crate::domain::Measure;
use crate::domain::format::round_estimate;
use crate::text;
use crate::ui::clock;
use crate::ui::components::{ChartTable, Guide, LineChart};
use crate::ui::format::value as show_value;
use crate::ui::format::{axis_value, day};
use crate::ui::forms::reading_text;
use leptos::prelude::*;

/// The line of checked-in values against the ideal pace and the target.
#[component]
pub fn KeyResultChart(page: Signal<Option<KeyResultPageView>>) -> impl IntoView {
    let today = clock::today();
    move || {
        let p = page.get()?;
        if p.series.is_empty() {
            return Some(
                view! {
                    <section aria-labelledby="chart-heading">
                        <h2 id="chart-heading">{text::key_result_page::PROGRESS_OVER_TIME}</h2>
                        <p class="muted">{text::key_result_page::NO_CHART_YET}</p>
                    </section>
                }
                .into_any(),
            );
        }
        let unit = p.kr.measure.unit().to_owned();
        let check_ins = p
            .history
            .iter()
            .rev()
            .map(|h| text::common::value_on(&reading_text(h.reading, &unit), &day(h.date)))
            .collect::<Vec<_>>()
            .join(", ");
        // Where the pace says the value should be, as people write an estimate.
        let (begin, end) = match p.kr.measure {
            Measure::Metric { start, target, .. } | Measure::Percentage { start, target, .. } => {
                (start, target)
            }
            Measure::Milestone { .. } => (0.0, 1.0),
        };
        let show_pace = |v: f64| show_value(round_estimate(v, begin, end), &unit);
        let (start, target, guide, desc, show): (f64, f64, _, _, fn(f64, &str) -> String) =
            match p.kr.measure {
                Measure::Metric { start, target, .. }
                | Measure::Percentage { start, target, .. } => (
                    start,
                    target,
                    p.pace_end.map(|end| Guide {
                        from: (p.period.start, start),
                        to: (p.period.end, end),
                    }),
                    {
                        let (start, from) = (show_value(start, &unit), day(p.period.start));
                        let (target, by) = (show_value(target, &unit), day(p.period.end));
                        match p.pace_end {
                            Some(pace_end) => text::key_result_page::metric_chart_desc_with_pace(
                                &start,
                                &from,
                                &target,
                                &by,
                                &show_pace(pace_end),
                                &check_ins,
                            ),
                            None => text::key_result_page::metric_chart_desc(
                                &start, &from, &target, &by, &check_ins,
                            ),
                        }
                    },
                    axis_value,
                ),
                Measure::Milestone { .. } => (
                    0.0,
                    1.0,
                    None,
                    text::key_result_page::milestone_chart_desc(&p.period.name, &check_ins),
                    |v, _| {
                        if v >= 0.5 {
                            text::common::DONE.to_owned()
                        } else {
                            text::common::NOT_DONE.to_owned()
                        }
                    },
                ),
            };
        let mut points = p.series.clone();
        points.insert(0, (p.period.start, start));
        let table = ChartTable {
            headers: [
                text::common::DATE,
                text::common::VALUE,
                text::common::IDEAL_PACE,
                text::common::STATUS,
            ]
            .map(str::to_owned)
            .to_vec(),
            rows: p
                .history
                .iter()
                .rev()
                .map(|h| {
                    vec![
                        day(h.date),
                        reading_text(h.reading, &unit),
                        h.pace.map(show_pace).unwrap_or_else(|| "—".to_owned()),
                        h.status.label().to_owned(),
                    ]
                })
                .collect(),
        };
        Some(
            view! {
                <section aria-labelledby="chart-heading">
                    <h2 id="chart-heading">{text::key_result_page::PROGRESS_OVER_TIME}</h2>
                    <LineChart
                        id="kr-chart".to_owned()
                        title=text::key_result_page::chart_title(&p.kr.title, &p.period.name)
                        desc
                        from=p.period.start
                        to=p.period.end
                        points
                        guide
                        target=Some(target)
                        today=Some(today)
                        show
                        ticks=matches!(p.kr.measure, Measure::Milestone { .. })
                            .then(|| vec![0.0, 1.0])
                        unit
                        table
                    />
                </section>
            }
            .into_any(),
        )
    }
}
