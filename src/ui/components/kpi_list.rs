//! A unit's KPIs: health metrics kept in range, shown apart from its OKRs,
//! each with its health as colour, symbol and word, and a small chart.

use crate::domain::{Health, HealthyRange, Kpi, KpiId, PersonId, UnitId, Workspace};
use crate::text;
use crate::ui::components::{ChartTable, LineChart, Modal};
use crate::ui::drafts::Drafts;
use crate::ui::focus::restore_focus;
use crate::ui::format::day;
use crate::ui::format::value as show_value;
use crate::ui::forms::{KpiForm, KpiReadingForm};
use crate::ui::notices::Notices;
use crate::ui::state::Document;
use leptos::prelude::*;

#[derive(Clone, PartialEq, Debug)]
struct KpiRow {
    id: KpiId,
    name: String,
    unit: String,
    healthy: HealthyRange,
    latest: Option<(chrono::NaiveDate, f64)>,
    health: Option<Health>,
    history: Vec<HistoryEntry>,
}

/// One value of a KPI's history, oldest first.
#[derive(Clone, PartialEq, Debug)]
struct HistoryEntry {
    /// Its place in the order of entry, which names it for corrections.
    index: usize,
    date: chrono::NaiveDate,
    value: f64,
    note: String,
    health: &'static str,
}

/// A health badge: colour, symbol and word.
#[component]
pub fn HealthBadge(health: Option<Health>) -> impl IntoView {
    match health {
        Some(h) => view! {
            <span class=format!("status health-{}", h.slug())>
                <span aria-hidden="true" class="status-symbol">
                    {h.symbol()}
                </span>
                {h.label()}
            </span>
        }
        .into_any(),
        None => view! {
            <span class="status status-none">
                <span aria-hidden="true" class="status-symbol">
                    "○"
                </span>
                {text::kpi_list::NO_VALUE_YET}
            </span>
        }
        .into_any(),
    }
}

#[component]
pub fn KpiList(
    unit: UnitId,
    /// Whose individual KPIs to list instead of the unit's own.
    #[prop(default = None)]
    owner: Option<PersonId>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let notices = expect_context::<Notices>();
    let listed = {
        let (unit, owner) = (unit.clone(), owner.clone());
        move |ws: &Workspace| -> Vec<Kpi> {
            match &owner {
                Some(owner) => ws.kpis_held_by(owner).into_iter().cloned().collect(),
                None => ws.kpis_of(&unit).into_iter().cloned().collect(),
            }
        }
    };
    let rows = {
        let listed = listed.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                listed(ws)
                    .iter()
                    .filter(|k| !k.archived)
                    .map(|k| KpiRow {
                        id: k.id.clone(),
                        name: k.name.clone(),
                        unit: k.measure_unit.clone(),
                        healthy: k.healthy,
                        latest: k.latest().map(|r| (r.date, r.value)),
                        health: k.health(),
                        history: k
                            .indexed_history()
                            .into_iter()
                            .map(|(index, r)| HistoryEntry {
                                index,
                                date: r.date,
                                value: r.value,
                                note: r.note.clone(),
                                health: k.health_of(r.value).label(),
                            })
                            .collect(),
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let ids = Memo::new(move |_| rows.with(|r| r.iter().map(|k| k.id.clone()).collect::<Vec<_>>()));
    let archived = {
        Memo::new(move |_| {
            state.with(|ws| {
                listed(ws)
                    .iter()
                    .filter(|k| k.archived)
                    .map(|k| (k.id.clone(), k.name.clone()))
                    .collect::<Vec<_>>()
            })
        })
    };
    let individual = owner.is_some();
    // A form left with unsaved input when the page was reloaded opens again.
    let drafts = expect_context::<Drafts>();
    let kpi_draft = drafts.waiting_for::<KpiId>("kpi");
    let adding = RwSignal::new(kpi_draft == Some(None));
    let editing = RwSignal::new(kpi_draft.flatten());
    // A reading's input is kept under its KPI, and a correction's as `<kpi>/<index>`.
    let updating = RwSignal::new(
        drafts
            .waiting("kpi-reading")
            .map(|t| match t.split_once('/') {
                Some((kpi, index)) => (KpiId::from(kpi), index.parse().ok()),
                None => (KpiId::from(t.as_str()), None),
            }),
    );
    view! {
        <section aria-labelledby="unit-kpis">
            <div class="section-head">
                <h2 id="unit-kpis">{if individual { text::kpi_list::INDIVIDUAL_KPIS } else { text::common::KPIS }}</h2>
                <button type="button" on:click=move |_| adding.set(true)>{text::common::ADD_KPI}</button>
            </div>
            <p class="muted">{if individual {
                text::kpi_list::INDIVIDUAL_KPIS_INTRO
            } else {
                text::kpi_list::UNIT_KPIS_INTRO
            }}</p>
            <Show when=move || ids.with(|r| !r.is_empty()) fallback=|| view! { <p class="muted">{text::kpi_list::NO_KPIS_YET}</p> }>
                <div class="kpi-grid">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <KpiCard row=Memo::new(move |_| rows.with(|r| r.iter().find(|k| k.id == id).cloned()))
                            editing updating/>
                    </For>
                </div>
            </Show>
            <Show when=move || archived.with(|a| !a.is_empty())>
                <details class="archived-kpis">
                    <summary>{move || text::kpi_list::archived_kpis(&archived.with(Vec::len))}</summary>
                    <ul>
                        <For each=move || archived.get() key=|(id, _)| id.clone() let:((id, name))>
                            <li>
                                {name.clone()}" "
                                <button type="button" class="small" aria-label=text::kpi_list::restore_kpi(&name)
                                    on:click=move |_| {
                                        let id = id.clone();
                                        state.edit(move |ws| ws.set_kpi_archived(&id, false));
                                        notices.show(text::kpi_list::KPI_RESTORED, None);
                                    }>{text::common::RESTORE}</button>
                            </li>
                        </For>
                    </ul>
                </details>
            </Show>
            <Modal open=Signal::derive(move || adding.get() || editing.with(Option::is_some))
                on_cancel=Callback::new(move |()| { adding.set(false); editing.set(None); })
                labelled_by="kpi-form-title">
                {
                    let (unit, owner) = (unit.clone(), owner.clone());
                    move || view! {
                        <KpiForm unit=unit.clone() owner=owner.clone() editing=editing.get_untracked()
                            on_done=Callback::new(move |_| { adding.set(false); editing.set(None); })/>
                    }
                }
            </Modal>
            <Modal open=Signal::derive(move || updating.with(Option::is_some))
                on_cancel=Callback::new(move |()| updating.set(None)) labelled_by="kpi-reading-form-title">
                {move || updating.get_untracked().map(|(kpi, index)| view! {
                    <KpiReadingForm kpi=kpi.clone() editing=index on_done=Callback::new(move |_| {
                        updating.set(None);
                        // A correction redraws the card; keep focus on it.
                        restore_focus(vec![format!("#kpi-heading-{kpi}")]);
                    })/>
                })}
            </Modal>
        </section>
    }
}

/// One KPI: its health, latest value, chart, history and actions. Keyed by
/// the KPI, so a change to one card leaves the others (and focus in them) alone.
#[component]
fn KpiCard(
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
        let chart = (k.history.len() >= 2).then(|| {
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
            view! {
                <LineChart
                    id=format!("kpi-{}", k.id)
                    title=text::kpi_list::chart_title(&k.name)
                    desc
                    from
                    to
                    points=k.history.iter().map(|h| (h.date, h.value)).collect()
                    band=Some(band)
                    show=show_value
                    unit=unit.clone()
                    table
                />
            }
        });
        let history = k.history.iter().rev().map(|h| {
            let (fix, drop) = ((k.id.clone(), h.index), (k.id.clone(), h.index));
            let when = day(h.date);
            let what = show_value(h.value, &unit);
            let name = k.name.clone();
            view! {
                <li>
                    <span>{text::kpi_list::history_entry(&what, &when, &h.health)}</span>
                    {(!h.note.is_empty())
                        .then(|| view! { <span class="muted">{format!(" — {}", h.note)}</span> })}
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
        }).collect_view();
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
