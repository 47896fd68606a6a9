//! A unit's KPIs: health metrics kept in range, shown apart from its OKRs,
//! each with its health as colour, symbol and word, and a small chart.

mod card;

use crate::domain::{Health, HealthyRange, Kpi, KpiId, PersonId, UnitId, Workspace};
use crate::text;
use crate::ui::components::{Icon, IconName, Modal, health_icon};
use crate::ui::drafts::Drafts;
use crate::ui::focus::restore_focus;
use crate::ui::forms::{KpiForm, KpiReadingForm};
use crate::ui::notices::Notices;
use crate::ui::state::Document;
use card::KpiCard;
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
                <Icon icon=health_icon(h) class="status-symbol" />
                {h.label()}
            </span>
        }
        .into_any(),
        None => view! {
            <span class="status status-none">
                <Icon icon=IconName::Open class="status-symbol" />
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
