//! A refused file as a person reads it: what is wrong, what to do, and,
//! smaller, where exactly, for whoever helps them.

use crate::domain::refusal::Refusal;
use crate::text;
use leptos::prelude::*;

/// The explanation of a refusal, after what was refused.
#[component]
pub fn RefusalNote(
    /// What was refused, said first: "Could not import “x.json”."
    title: String,
    /// Why, and what to do.
    refusal: Refusal,
) -> impl IntoView {
    let Refusal {
        problem,
        remedy,
        detail,
    } = refusal;
    view! {
        <p class="refusal-problem">
            <strong>{title}</strong>
            " "
            {problem}
        </p>
        <p>{remedy}</p>
        {detail
            .map(|detail| {
                view! { <p class="refusal-detail">{text::refusal::details(&detail)}</p> }
            })}
    }
}
