//! A unit's KPIs: health metrics kept in range, shown apart from its OKRs,
//! each with its health as colour, symbol and word, and a small chart.

use crate::domain::format::day;
use crate::domain::{Health, HealthyRange, KpiId, UnitId};
use crate::ui::components::{ChartTable, LineChart, Modal};
use crate::ui::format::value as show_value;
use crate::ui::forms::{KpiForm, KpiReadingForm};
use crate::ui::state::AppState;
use leptos::prelude::*;

#[derive(Clone, PartialEq, Debug)]
struct KpiRow {
    id: KpiId,
    name: String,
    unit: String,
    healthy: HealthyRange,
    latest: Option<(chrono::NaiveDate, f64)>,
    health: Option<Health>,
    history: Vec<(chrono::NaiveDate, f64, String)>,
}

/// A health badge: colour, symbol and word.
#[component]
pub fn HealthBadge(health: Option<Health>) -> impl IntoView {
    match health {
        Some(h) => view! {
            <span class=format!("status health-{}", h.slug())>
                <span aria-hidden="true" class="status-symbol">{h.symbol()}</span>{h.label()}
            </span>
        }
        .into_any(),
        None => view! {
            <span class="status status-none"><span aria-hidden="true" class="status-symbol">"○"</span>"No value yet"</span>
        }
        .into_any(),
    }
}

#[component]
pub fn KpiList(unit: UnitId) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = {
        let unit = unit.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                ws.kpis_of(&unit)
                    .into_iter()
                    .filter(|k| !k.archived)
                    .map(|k| KpiRow {
                        id: k.id.clone(),
                        name: k.name.clone(),
                        unit: k.measure_unit.clone(),
                        healthy: k.healthy,
                        latest: k.latest().map(|r| (r.date, r.value)),
                        health: k.health(),
                        history: k
                            .history()
                            .into_iter()
                            .map(|r| (r.date, r.value, k.health_of(r.value).label().to_owned()))
                            .collect(),
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let adding = RwSignal::new(false);
    let editing = RwSignal::new(None::<KpiId>);
    let updating = RwSignal::new(None::<KpiId>);
    view! {
        <section aria-labelledby="unit-kpis">
            <div class="section-head">
                <h2 id="unit-kpis">"KPIs"</h2>
                <button type="button" on:click=move |_| adding.set(true)>"Add KPI"</button>
            </div>
            <p class="muted">"Health metrics this unit keeps in range. They are not OKRs: they say whether what works still works."</p>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=|| view! { <p class="muted">"No KPIs yet."</p> }>
                <div class="kpi-grid">
                    {move || rows.get().into_iter().map(|k| {
                        let unit = k.unit.clone();
                        let range = {
                            let unit = unit.clone();
                            k.healthy.describe(move |v| show_value(v, &unit))
                        };
                        let (edit_id, update_id, delete_id) = (k.id.clone(), k.id.clone(), k.id.clone());
                        let name = k.name.clone();
                        let chart = (k.history.len() >= 2).then(|| {
                            let (from, to) = (k.history[0].0, k.history[k.history.len() - 1].0);
                            let band = match k.healthy {
                                HealthyRange::AtLeast { min } => (Some(min), None),
                                HealthyRange::AtMost { max } => (None, Some(max)),
                                HealthyRange::Between { min, max } => (Some(min), Some(max)),
                            };
                            let table = ChartTable {
                                headers: ["Date", "Value", "Health"].map(str::to_owned).to_vec(),
                                rows: k.history.iter().rev().map(|(d, v, h)| vec![day(*d), show_value(*v, &unit), h.clone()]).collect(),
                            };
                            let desc = format!("Healthy when {range}. Values: {}.", k.history.iter()
                                .map(|(d, v, h)| format!("{} on {} ({})", show_value(*v, &unit), day(*d), h.to_lowercase()))
                                .collect::<Vec<_>>().join(", "));
                            view! {
                                <LineChart id=format!("kpi-{}", k.id) title=format!("{} over time", k.name) desc
                                    from to points=k.history.iter().map(|(d, v, _)| (*d, *v)).collect()
                                    band=Some(band) show=show_value unit=unit.clone() table/>
                            }
                        });
                        view! {
                            <article class=format!("kpi panel kpi-{}", k.health.map_or("none", Health::slug)) aria-label=format!("KPI {}", k.name)>
                                <div class="section-head">
                                    <h3>{k.name.clone()}</h3>
                                    <HealthBadge health=k.health/>
                                </div>
                                <p class="kpi-value">
                                    {k.latest.map(|(d, v)| format!("{} on {}", show_value(v, &k.unit), day(d)))
                                        .unwrap_or_else(|| "No value recorded yet".to_owned())}
                                </p>
                                <p class="muted">{format!("Healthy when {range}")}</p>
                                <div class="kpi-chart">{chart}</div>
                                <div class="actions">
                                    <button type="button" class="small" aria-label=format!("Update value of “{name}”")
                                        on:click=move |_| updating.set(Some(update_id.clone()))>"Update value"</button>
                                    <button type="button" class="small" aria-label=format!("Edit KPI “{name}”")
                                        on:click=move |_| editing.set(Some(edit_id.clone()))>"Edit"</button>
                                    <button type="button" class="small" aria-label=format!("Delete KPI “{name}”")
                                        on:click=move |_| {
                                            let id = delete_id.clone();
                                            state.edit_with_undo(move |ws| {
                                                ws.delete_kpi(&id);
                                                "KPI deleted.".to_owned()
                                            });
                                        }>"Delete"</button>
                                </div>
                            </article>
                        }
                    }).collect_view()}
                </div>
            </Show>
            <Modal open=Signal::derive(move || adding.get() || editing.with(Option::is_some))
                on_cancel=Callback::new(move |()| { adding.set(false); editing.set(None); })
                labelled_by="kpi-form-title">
                {
                    let unit = unit.clone();
                    move || view! {
                        <KpiForm unit=unit.clone() editing=editing.get_untracked()
                            on_done=Callback::new(move |_| { adding.set(false); editing.set(None); })/>
                    }
                }
            </Modal>
            <Modal open=Signal::derive(move || updating.with(Option::is_some))
                on_cancel=Callback::new(move |()| updating.set(None)) labelled_by="kpi-reading-form-title">
                {move || updating.get_untracked().map(|kpi| view! {
                    <KpiReadingForm kpi on_done=Callback::new(move |_| updating.set(None))/>
                })}
            </Modal>
        </section>
    }
}
