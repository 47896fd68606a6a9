//! The table behind every chart, one click away.

use crate::text;
use leptos::prelude::*;

/// A table of the chart's data: column headers, then rows of cells.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct ChartTable {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// "Show as table": the chart's data as a real table, for reading exact values.
#[component]
pub fn TableToggle(id: String, caption: String, table: ChartTable) -> impl IntoView {
    let open = RwSignal::new(false);
    let table_id = format!("{id}-table");
    view! {
        <button
            type="button"
            class="small table-toggle view-action"
            aria-expanded=move || open.get().to_string()
            aria-label={
                let caption = caption.clone();
                move || {
                    format!(
                        "{}: {caption}",
                        if open.get() {
                            text::chart::HIDE_TABLE
                        } else {
                            text::chart::SHOW_AS_TABLE
                        },
                    )
                }
            }
            aria-controls=table_id.clone()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || if open.get() { text::chart::HIDE_TABLE } else { text::chart::SHOW_AS_TABLE }}
        </button>
        <div id=table_id hidden=move || !open.get()>
            <table class="data-table">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        {table
                            .headers
                            .iter()
                            .map(|h| view! { <th scope="col">{h.clone()}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table
                        .rows
                        .iter()
                        .map(|row| {
                            view! {
                                <tr>
                                    {row
                                        .iter()
                                        .enumerate()
                                        .map(|(i, cell)| {
                                            if i == 0 {
                                                view! { <th scope="row">{cell.clone()}</th> }.into_any()
                                            } else {
                                                view! { <td>{cell.clone()}</td> }.into_any()
                                            }
                                        })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
