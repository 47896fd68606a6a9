use super::{error_of, show_errors};
use crate::domain::{FieldErrors, KpiDraft, KpiId, KpiReadingDraft, PersonId, RangeKind, UnitId};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{FormActions, SelectField, TextField};
use crate::ui::drafts::{field, keep_draft, target_of};
use crate::ui::format::{editable_number, typed_number};
use crate::ui::state::Document;
use leptos::prelude::*;

/// Adds a KPI to a unit, or edits one.
#[component]
pub fn KpiForm(
    unit: UnitId,
    /// The person a new individual KPI is for; `None` for the unit's own.
    owner: Option<PersonId>,
    /// The KPI to edit; `None` adds one.
    editing: Option<KpiId>,
    /// Called once saved (`true`) or cancelled (`false`).
    on_done: Callback<bool>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let draft = state.with_untracked(|ws| {
        editing
            .as_ref()
            .and_then(|id| ws.kpi(id))
            .map(KpiDraft::of)
            .unwrap_or_default()
    });
    let name = RwSignal::new(draft.name);
    let measure_unit = RwSignal::new(draft.measure_unit);
    let range = RwSignal::new(draft.range.slug().to_owned());
    let min = RwSignal::new(editable_number(&draft.min));
    let max = RwSignal::new(editable_number(&draft.max));
    let margin = RwSignal::new(editable_number(&draft.margin));
    let kept = keep_draft(
        "kpi",
        target_of(editing.as_ref()),
        true,
        vec![
            field("name", name),
            field("measure_unit", measure_unit),
            field("range", range),
            field("min", min),
            field("max", max),
            field("margin", margin),
        ],
    );
    let errors = RwSignal::new(FieldErrors::default());
    let kind = move || RangeKind::from_slug(&range.get()).unwrap_or_default();
    let ranges = Signal::derive(|| {
        [
            ("at-least", text::kpi_form::RANGE_AT_LEAST),
            ("at-most", text::kpi_form::RANGE_AT_MOST),
            ("between", text::kpi_form::RANGE_BETWEEN),
        ]
        .map(|(v, l)| (v.to_owned(), l.to_owned()))
        .to_vec()
    });
    let is_editing = editing.is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = KpiDraft {
            name: name.get_untracked(),
            measure_unit: measure_unit.get_untracked(),
            range: RangeKind::from_slug(&range.get_untracked()).unwrap_or_default(),
            min: typed_number(&min.get_untracked()),
            max: typed_number(&max.get_untracked()),
            margin: typed_number(&margin.get_untracked()),
        };
        match draft.validate() {
            Err(found) => show_errors(errors, found, "kpi"),
            Ok(valid) => {
                let unit = unit.clone();
                let owner = owner.clone();
                let editing = editing.clone();
                state.edit(move |ws| match editing {
                    Some(id) => ws.update_kpi(&id, valid),
                    None => ws.add_kpi(KpiId::from_bits(clock::random_bits()), &unit, owner, valid),
                });
                kept.finish();
                on_done.run(true);
            }
        }
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="kpi-form-title">
                {if is_editing { text::kpi_form::EDIT_KPI } else { text::kpi_form::NEW_KPI }}
            </h2>
            <p class="muted">{text::kpi_form::INTRO}</p>
            <div class="field-row">
                <TextField
                    id="kpi-name"
                    label=text::common::NAME
                    value=name
                    error=error_of(errors, "name")
                />
                <TextField
                    id="kpi-unit"
                    label=text::common::UNIT_OPTIONAL
                    value=measure_unit
                    error=Signal::derive(|| None::<String>)
                    placeholder=text::kpi_form::UNIT_PLACEHOLDER
                />
            </div>
            <SelectField
                id="kpi-range"
                label=text::kpi_form::HEALTHY_WHEN
                value=range
                options=ranges
                error=Signal::derive(|| None::<String>)
            />
            <div class="field-row">
                <Show when=move || kind() != RangeKind::AtMost>
                    <TextField
                        id="kpi-min"
                        label=text::kpi_form::LOWEST_HEALTHY_VALUE
                        value=min
                        error=error_of(errors, "min")
                        inputmode="decimal"
                    />
                </Show>
                <Show when=move || kind() != RangeKind::AtLeast>
                    <TextField
                        id="kpi-max"
                        label=text::kpi_form::HIGHEST_HEALTHY_VALUE
                        value=max
                        error=error_of(errors, "max")
                        inputmode="decimal"
                    />
                </Show>
            </div>
            <TextField
                id="kpi-margin"
                label=text::kpi_form::WARNING_MARGIN
                value=margin
                error=error_of(errors, "margin")
                inputmode="decimal"
                hint=text::kpi_form::WARNING_MARGIN_HINT
            />
            <FormActions
                draft=kept
                save=if is_editing { text::kpi_form::SAVE_KPI } else { text::common::ADD_KPI }
                on_cancel=Callback::new(move |()| on_done.run(false))
            />
        </form>
    }
}

/// Records a new value for a KPI, or corrects one.
#[component]
pub fn KpiReadingForm(
    kpi: KpiId,
    /// The value to correct, by its index in the order of entry; `None` adds one.
    #[prop(default = None)]
    editing: Option<usize>,
    /// Called once saved (`true`) or cancelled (`false`).
    on_done: Callback<bool>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let (name, unit, draft) = state.with_untracked(|ws| {
        let k = ws.kpi(&kpi);
        let draft = editing.and_then(|i| k?.readings.get(i)).map_or_else(
            || KpiReadingDraft {
                date: clock::today().to_string(),
                ..KpiReadingDraft::default()
            },
            KpiReadingDraft::of,
        );
        k.map(|k| (k.name.clone(), k.measure_unit.clone(), draft.clone()))
            .unwrap_or((String::new(), String::new(), draft))
    });
    let value = RwSignal::new(editable_number(&draft.value));
    let date = RwSignal::new(draft.date);
    let note = RwSignal::new(draft.note);
    let target = match editing {
        Some(index) => format!("{kpi}/{index}"),
        None => kpi.to_string(),
    };
    let kept = keep_draft(
        "kpi-reading",
        target,
        true,
        vec![
            field("value", value),
            field("date", date),
            field("note", note),
        ],
    );
    let errors = RwSignal::new(FieldErrors::default());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = KpiReadingDraft {
            value: typed_number(&value.get_untracked()),
            date: date.get_untracked(),
            note: note.get_untracked(),
        };
        match draft.validate(clock::today()) {
            Err(found) => show_errors(errors, found, "kpi-reading"),
            Ok(reading) => {
                let kpi = kpi.clone();
                state.edit(move |ws| match editing {
                    Some(index) => ws.update_kpi_reading(&kpi, index, reading),
                    None => ws.add_kpi_reading(&kpi, reading),
                });
                kept.finish();
                on_done.run(true);
            }
        }
    };
    let label = if unit.is_empty() {
        text::common::VALUE.to_owned()
    } else {
        text::kpi_form::value_label(&unit)
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="kpi-reading-form-title">
                {if editing.is_some() {
                    text::kpi_form::correct_value_title(&name)
                } else {
                    text::kpi_form::update_value_title(&name)
                }}
            </h2>
            <div class="field-row">
                <TextField
                    id="kpi-reading-value"
                    label=label
                    value=value
                    error=error_of(errors, "value")
                    inputmode="decimal"
                />
                <TextField
                    id="kpi-reading-date"
                    label=text::common::DATE
                    value=date
                    error=error_of(errors, "date")
                    kind="date"
                    max=clock::today().to_string()
                />
            </div>
            <TextField
                id="kpi-reading-note"
                label=text::common::NOTE_OPTIONAL
                value=note
                error=Signal::derive(|| None::<String>)
            />
            <FormActions
                draft=kept
                save=text::kpi_form::SAVE_VALUE
                on_cancel=Callback::new(move |()| on_done.run(false))
            />
        </form>
    }
}
