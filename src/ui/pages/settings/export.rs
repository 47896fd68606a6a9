//! Settings → Data: what a snapshot export holds.

use crate::domain::{ExportScope, PeriodId, UnitId};
use crate::text;
use crate::ui::components::scope_text;
use crate::ui::personal_state::{Lock, PersonalState};
use crate::ui::state::{Document, Exchange};
use leptos::prelude::*;

/// Chooses what a snapshot export holds, and downloads it.
#[component]
pub fn ExportPart(error: RwSignal<Option<String>>) -> impl IntoView {
    let state = expect_context::<Document>();
    let exchange = expect_context::<Exchange>();
    let personal = expect_context::<PersonalState>();
    let include_private = RwSignal::new(false);
    let private_count =
        Memo::new(move |_| personal.with(|p| (!p.is_empty()).then(|| p.describe())));
    let locked = move || personal.lock.get() == Lock::Locked;
    let unit = RwSignal::new(String::new());
    let period = RwSignal::new(String::new());
    let units = Memo::new(move |_| {
        state.with(|ws| {
            ws.units_in_chart_order()
                .into_iter()
                .filter(|u| !u.archived)
                .map(|u| {
                    let depth = ws.unit_path(&u.id).len().saturating_sub(1);
                    (
                        u.id.to_string(),
                        format!("{}{}", "\u{2003}".repeat(depth), u.name),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let periods = Memo::new(move |_| {
        state.with(|ws| {
            ws.periods_in_order()
                .into_iter()
                .rev()
                .map(|p| (p.id.to_string(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let scope = move || ExportScope {
        unit: unit.with(|u| (!u.is_empty()).then(|| UnitId::from(u.as_str()))),
        period: period.with(|p| (!p.is_empty()).then(|| PeriodId::from(p.as_str()))),
    };
    // Private data goes only into a whole export of this browser's own
    // workspace, opened and present: never into a part or beside a snapshot.
    let private_blocked = move || {
        !scope().is_whole()
            || locked()
            || private_count.with(Option::is_none)
            || exchange.viewing().with(Option::is_some)
    };
    let options = move |list: Memo<Vec<(String, String)>>, chosen: RwSignal<String>| {
        move || {
            list.get()
                .into_iter()
                .map(|(id, name)| {
                    let selected = chosen.with(|c| c == &id);
                    view! {
                        <option value=id selected=selected>
                            {name}
                        </option>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <div class="export-part">
            <div class="field">
                <label for="export-unit">{text::settings_page::UNITS_TO_EXPORT}</label>
                <select id="export-unit" on:change:target=move |ev| unit.set(ev.target().value())>
                    <option value="" selected=move || unit.with(String::is_empty)>
                        {text::common::ALL_UNITS}
                    </option>
                    {options(units, unit)}
                </select>
            </div>
            <div class="field">
                <label for="export-period">{text::settings_page::PERIOD_TO_EXPORT}</label>
                <select
                    id="export-period"
                    on:change:target=move |ev| period.set(ev.target().value())
                >
                    <option value="" selected=move || period.with(String::is_empty)>
                        {text::settings_page::ALL_PERIODS}
                    </option>
                    {options(periods, period)}
                </select>
            </div>
            <button
                type="button"
                class="view-action"
                on:click=move |_| {
                    let with_private = include_private.get_untracked() && !private_blocked();
                    let result = if with_private {
                        personal.with_untracked(|p| exchange.export_with_personal(p))
                    } else {
                        exchange.export_part(&scope())
                    };
                    error.set(result.err());
                }
            >
                {move || {
                    if scope().is_whole() {
                        text::common::EXPORT_WORKSPACE
                    } else {
                        text::settings_page::EXPORT_THIS_PART
                    }
                }}
            </button>
        </div>
        <p class="muted" id="export-contents">
            {move || {
                state
                    .with(|ws| scope_text(&scope(), ws))
                    .map_or_else(
                        || text::settings_page::EXPORT_HOLDS_EVERYTHING.to_owned(),
                        |part| text::settings_page::export_holds_part(&part),
                    )
            }}
            " "
            {move || {
                if include_private.get() && !private_blocked() {
                    text::settings_page::EXPORT_HOLDS_PRIVATE
                } else {
                    text::settings_page::EXPORT_OMITS_PRIVATE
                }
            }}
        </p>
        <div class="field checkbox-field">
            <input
                type="checkbox"
                id="include-private"
                prop:checked=move || include_private.get()
                disabled=private_blocked
                aria-describedby="include-private-hint"
                on:change:target=move |ev| include_private.set(ev.target().checked())
            />
            <label for="include-private">{text::settings_page::INCLUDE_MY_PRIVATE_GOALS}</label>
            <p class="hint" id="include-private-hint">
                {move || match (private_count.get(), scope().is_whole()) {
                    _ if locked() => text::settings_page::PRIVATE_LOCKED.to_owned(),
                    _ if exchange.viewing().with(Option::is_some) => {
                        text::settings_page::PRIVATE_NEEDS_OWN_WORKSPACE.to_owned()
                    }
                    (None, _) => text::settings_page::NO_PRIVATE_GOALS.to_owned(),
                    (Some(_), false) => text::settings_page::PRIVATE_WHOLE_EXPORT_ONLY.to_owned(),
                    (Some(what), true) => text::settings_page::private_included(&what),
                }}
            </p>
        </div>
    }
}
