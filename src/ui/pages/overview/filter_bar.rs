//! The overview's filters.

use crate::text;
use crate::ui::route::Route;
use crate::ui::router::Router;
use crate::ui::state::Document;
use leptos::prelude::*;

/// Search, unit and lead filters, kept in the address so a filtered view can be shared.
#[component]
pub fn FilterBar() -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let units = Memo::new(move |_| {
        state.with(|ws| {
            ws.units
                .iter()
                .filter(|u| !u.archived)
                .map(|u| (u.id.to_string(), u.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let people = Memo::new(move |_| {
        state.with(|ws| {
            ws.people
                .iter()
                .map(|p| (p.id.to_string(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let update = move |change: &dyn Fn(&mut Route)| {
        let mut route = router.with_untracked(Clone::clone);
        change(&mut route);
        router.replace(route);
    };
    let active =
        move || router.with(|r| !r.text.is_empty() || r.unit.is_some() || r.lead.is_some());
    view! {
        <form
            class="filter-bar"
            role="search"
            aria-label=text::overview_page::FILTER_OBJECTIVES
            on:submit=|ev| ev.prevent_default()
        >
            <div class="field">
                <label for="filter-text">{text::overview_page::SEARCH}</label>
                <input
                    id="filter-text"
                    type="search"
                    placeholder=text::overview_page::SEARCH_PLACEHOLDER
                    prop:value=move || router.with(|r| r.text.clone())
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        update(&|r| r.text = text.clone())
                    }
                />
            </div>
            <FilterSelect
                id="filter-unit"
                label=text::common::UNIT
                any=text::common::ALL_UNITS
                options=units
                get=|r| r.unit.as_ref().map(ToString::to_string)
                set=|r, value| r.unit = value.map(|v| v.as_str().into())
            />
            <FilterSelect
                id="filter-lead"
                label=text::common::LEAD
                any=text::overview_page::ANY_LEAD
                options=people
                get=|r| r.lead.as_ref().map(ToString::to_string)
                set=|r, value| r.lead = value.map(|v| v.as_str().into())
            />
            <Show when=active>
                <button
                    type="button"
                    class="link-button view-action"
                    on:click=move |_| update(
                        &|r| {
                            r.text.clear();
                            r.unit = None;
                            r.lead = None;
                        },
                    )
                >
                    {text::overview_page::CLEAR_FILTERS}
                </button>
            </Show>
        </form>
    }
}

/// A filter chosen from a list, kept in the address like the others.
#[component]
fn FilterSelect(
    id: &'static str,
    label: &'static str,
    /// The choice that filters nothing.
    any: &'static str,
    /// (value, name) of each choice.
    options: Memo<Vec<(String, String)>>,
    /// This filter's value in the route.
    get: fn(&Route) -> Option<String>,
    set: fn(&mut Route, Option<String>),
) -> impl IntoView {
    let router = expect_context::<Router>();
    let choose = move |value: String| {
        let mut route = router.with_untracked(Clone::clone);
        set(&mut route, (!value.is_empty()).then_some(value));
        router.replace(route);
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change:target=move |ev| choose(ev.target().value())>
                <option value="" selected=move || router.with(|r| get(r).is_none())>
                    {any}
                </option>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(value, name)| {
                            let chosen = router.with(|r| get(r).as_deref() == Some(value.as_str()));
                            view! {
                                <option value=value selected=chosen>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
