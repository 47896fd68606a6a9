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
            <div class="field">
                <label for="filter-unit">{text::common::UNIT}</label>
                <select
                    id="filter-unit"
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        update(&|r| r.unit = (!value.is_empty()).then(|| value.as_str().into()))
                    }
                >
                    <option value="" selected=move || router.with(|r| r.unit.is_none())>
                        {text::common::ALL_UNITS}
                    </option>
                    {move || {
                        units
                            .get()
                            .into_iter()
                            .map(|(id, name)| {
                                let chosen = router
                                    .with(|r| r.unit.as_ref().is_some_and(|u| u.as_str() == id));
                                view! {
                                    <option value=id selected=chosen>
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <div class="field">
                <label for="filter-lead">{text::common::LEAD}</label>
                <select
                    id="filter-lead"
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        update(&|r| r.lead = (!value.is_empty()).then(|| value.as_str().into()))
                    }
                >
                    <option value="" selected=move || router.with(|r| r.lead.is_none())>
                        {text::overview_page::ANY_LEAD}
                    </option>
                    {move || {
                        people
                            .get()
                            .into_iter()
                            .map(|(id, name)| {
                                let chosen = router
                                    .with(|r| r.lead.as_ref().is_some_and(|l| l.as_str() == id));
                                view! {
                                    <option value=id selected=chosen>
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
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
