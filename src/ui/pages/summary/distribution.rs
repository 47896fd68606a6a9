//! Key results per score band, commit and stretch apart.

use crate::domain::{Band, Distribution};
use crate::text;
use crate::ui::format::{Browser, scale};
use leptos::prelude::*;

/// Key results per score band, commit and stretch in rows of their own.
#[component]
pub fn DistributionTable(d: Distribution) -> impl IntoView {
    let cells = |counts: [usize; 3]| {
        counts
            .into_iter()
            .map(|n| view! { <td>{n}</td> })
            .collect_view()
    };
    view! {
        <section aria-labelledby="distribution-heading">
            <h2 id="distribution-heading">{text::summary_page::SCORES_BY_BAND}</h2>
            <table class="data-table distribution">
                <caption class="visually-hidden">{text::summary_page::BAND_TABLE_CAPTION}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text::common::KEY_RESULTS_HEADING}</th>
                        {Band::ALL
                            .iter()
                            .map(|b| {
                                view! {
                                    <th scope="col" class=format!("band-{}", b.slug())>
                                        {b.label(&Browser)}
                                    </th>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">{text::common::commit_explained(&scale().full)}</th>
                        {cells(d.commit)}
                    </tr>
                    <tr>
                        <th scope="row">{text::common::stretch_explained(&scale().success)}</th>
                        {cells(d.stretch)}
                    </tr>
                </tbody>
            </table>
            {d.suggested_note().map(|note| view! { <p class="muted suggested-note">{note}</p> })}
        </section>
    }
}
