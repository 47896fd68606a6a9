//! An objective in a list: title, owner, lead, progress and status.

use super::{CoachMark, ProgressBar, StatusBadge};
use crate::domain::coach::{Sorted, Subject};
use crate::text;
use crate::ui::summary::ObjectiveSummary;
use leptos::prelude::*;

/// "3 aligned · 2 on track": the children's summary, never mixed into the parent's score.
pub fn children_note((aligned, on_track): (usize, usize)) -> Option<String> {
    (aligned > 0).then(|| text::objective_card::children_note(&aligned, &on_track))
}

#[component]
pub fn ObjectiveCard(
    /// The objective to show.
    summary: ObjectiveSummary,
    /// Whether to say what it ladders up to.
    #[prop(optional)]
    show_alignment: bool,
    /// The page's coach findings, for a mark beside the title when there
    /// is advice on the objective or its key results.
    #[prop(optional)]
    coach: Option<Memo<Sorted>>,
) -> impl IntoView {
    let subject = Subject::Objective(summary.id.clone());
    let label = text::objective_card::progress_label(&summary.title);
    view! {
        <article class="objective-card">
            <div class="card-main">
                <div class="card-title">
                    <h3>
                        <a href=summary.href.clone()>{summary.title.clone()}</a>
                    </h3>
                    {coach.map(|findings| view! { <CoachMark findings subject whole=true /> })}
                </div>
                <p class="card-meta">
                    <span class="unit-badge">{summary.unit_kind}</span>
                    {text::objective_card::unit_and_lead(&summary.unit, &summary.lead)}
                </p>
                {show_alignment
                    .then(|| view! { <p class="card-alignment">{summary.alignment.clone()}</p> })}
            </div>
            <div class="card-progress">
                <ProgressBar progress=summary.progress() expected=summary.pace() label />
                <StatusBadge status=summary.status none_label=summary.no_status() />
                {children_note(summary.children)
                    .map(|note| view! { <span class="children-note">{note}</span> })}
            </div>
        </article>
    }
}
