//! One KPI's card: its health, latest value, chart and every value recorded.

use super::{HealthBadge, KpiRow};
use crate::domain::{Health, HealthyRange, KpiId};
use crate::text;
use crate::ui::components::{ChartTable, LineChart};
use crate::ui::format::value as show_value;
use crate::ui::format::{axis_value, day};
use crate::ui::state::Document;
use leptos::prelude::*;

/// One KPI: its health, latest value, chart, history and actions. Keyed by
/// the KPI, so a change to one card leaves the others (and focus in them) alone.
#[component]
pub fn KpiCard(
    row: Memo<Option<KpiRow>>,
    editing: RwSignal<Option<KpiId>>,
    updating: RwSignal<Option<(KpiId, Option<usize>)>>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    move || {
        let k = row.get()?;
        let unit = k.unit.clone();
        let range = {
            let unit = unit.clone();
            k.healthy.describe(move |v| show_value(v, &unit))
        };
        let name = k.name.clone();
        let chart = kpi_chart(&k, &range);
        let history = k
            .history
            .iter()
            .rev()
            .map(|h| {
                let (fix, drop) = ((k.id.clone(), h.index), (k.id.clone(), h.index));
                let when = day(h.date);
                let what = show_value(h.value, &unit);
                let name = k.name.clone();
                view! {
                    <li>
                        <span>{text::kpi_list::history_entry(&what, &when, &h.health)}</span>
                        {(!h.note.is_empty())
                            .then(|| {
                                view! { <span class="muted">{text::common::aside(&h.note)}</span> }
                            })}
                        <span class="actions">
                            <button
                                type="button"
                                class="small"
                                aria-label=text::kpi_list::correct_value_label(&what, &name, &when)
                                on:click=move |_| updating.set(Some((fix.0.clone(), Some(fix.1))))
                            >
                                {text::kpi_list::CORRECT}
                            </button>
                            <button
                                type="button"
                                class="small"
                                aria-label=text::kpi_list::delete_value_label(&what, &name, &when)
                                on:click=move |_| {
                                    let (id, index) = drop.clone();
                                    state
                                        .edit_with_undo(move |ws| {
                                            ws.delete_kpi_reading(&id, index);
                                            Ok(text::kpi_list::VALUE_DELETED.to_owned())
                                        });
                                }
                            >
                                {text::common::DELETE}
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        let (edit_id, update_id, archive_id, delete_id) =
            (k.id.clone(), k.id.clone(), k.id.clone(), k.id.clone());
        let values = k.history.len();
        Some(view! {
            <article
                class=format!("kpi panel kpi-{}", k.health.map_or("none", Health::slug))
                aria-label=text::kpi_list::panel_label(&k.name)
            >
                <div class="section-head">
                    <h3 id=format!("kpi-heading-{}", k.id) tabindex="-1">
                        {k.name.clone()}
                    </h3>
                    <HealthBadge health=k.health />
                </div>
                <p class="kpi-value">
                    {k
                        .latest
                        .map(|(d, v)| text::common::value_on(&show_value(v, &k.unit), &day(d)))
                        .unwrap_or_else(|| text::kpi_list::NO_VALUE_RECORDED_YET.to_owned())}
                </p>
                <p class="muted">{text::kpi_list::healthy_when(&range)}</p>
                <div class="kpi-chart">{chart}</div>
                {(values > 0)
                    .then(|| {
                        view! {
                            <details class="kpi-history">
                                <summary>{text::kpi_list::all_values(&values)}</summary>
                                <ul>{history}</ul>
                            </details>
                        }
                    })}
                <div class="actions">
                    <button
                        type="button"
                        class="small"
                        aria-label=text::kpi_list::update_value_label(&name)
                        on:click=move |_| updating.set(Some((update_id.clone(), None)))
                    >
                        {text::kpi_list::UPDATE_VALUE}
                    </button>
                    <button
                        type="button"
                        class="small"
                        aria-label=text::kpi_list::edit_kpi(&name)
                        on:click=move |_| editing.set(Some(edit_id.clone()))
                    >
                        {text::common::EDIT}
                    </button>
                    <button
                        type="button"
                        class="small"
                        aria-label=text::kpi_list::archive_kpi(&name)
                        on:click=move |_| {
                            let id = archive_id.clone();
                            state
                                .edit_with_undo(move |ws| {
                                    ws.set_kpi_archived(&id, true);
                                    Ok(text::kpi_list::KPI_ARCHIVED.to_owned())
                                });
                        }
                    >
                        {text::common::ARCHIVE}
                    </button>
                    <button
                        type="button"
                        class="small"
                        aria-label=text::kpi_list::delete_kpi(&name)
                        on:click=move |_| {
                            let id = delete_id.clone();
                            state
                                .edit_with_undo(move |ws| {
                                    ws.delete_kpi(&id);
                                    Ok(text::kpi_list::KPI_DELETED.to_owned())
                                });
                        }
                    >
                        {text::common::DELETE}
                    </button>
                </div>
            </article>
        })
    }
}

/// The KPI's values over time against its healthy range, with a
/// description and a table; nothing until there are two values to draw.
fn kpi_chart(k: &KpiRow, range: &str) -> Option<AnyView> {
    if k.history.len() < 2 {
        return None;
    }
    let unit = k.unit.clone();

    let (from, to) = (k.history[0].date, k.history[k.history.len() - 1].date);
    let band = match k.healthy {
        HealthyRange::AtLeast { min } => (Some(min), None),
        HealthyRange::AtMost { max } => (None, Some(max)),
        HealthyRange::Between { min, max } => (Some(min), Some(max)),
    };
    let table = ChartTable {
        headers: [
            text::common::DATE,
            text::common::VALUE,
            text::kpi_list::HEALTH_COLUMN,
        ]
        .map(str::to_owned)
        .to_vec(),
        rows: k
            .history
            .iter()
            .rev()
            .map(|h| vec![day(h.date), show_value(h.value, &unit), h.health.to_owned()])
            .collect(),
    };
    let desc = text::kpi_list::chart_description(
        &range,
        &k.history
            .iter()
            .map(|h| {
                text::kpi_list::chart_point(
                    &show_value(h.value, &unit),
                    &day(h.date),
                    &text::common::in_sentence(h.health),
                )
            })
            .collect::<Vec<_>>()
            .join(", "),
    );
    let chart = view! {
        <LineChart
            id=format!("kpi-{}", k.id)
            title=text::kpi_list::chart_title(&k.name)
            desc
            from
            to
            points=k.history.iter().map(|h| (h.date, h.value)).collect()
            band=Some(band)
            show=axis_value
            unit=unit.clone()
            table
        />
    };
    Some(chart.into_any())
}
