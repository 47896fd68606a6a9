//! How far along something is: bars with a pace marker, status badges and
//! commit/stretch tags. Status is always colour, symbol and word together.

use super::{Icon, IconName, status_icon};
use crate::domain::{Commitment, Status};
use crate::text;
use crate::ui::format::{Browser, percent};
use leptos::prelude::*;

/// A progress bar with the value beside it and a thin marker where linear
/// pace says it should be today.
#[component]
pub fn ProgressBar(
    /// True progress; over 1 is over-achieved, `None` means nothing to measure yet.
    progress: Option<f64>,
    /// The share of the period that has passed, if the period is under way.
    #[prop(default = None)]
    expected: Option<f64>,
    /// What is measured, for assistive technology ("Progress of …").
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let Some(progress) = progress else {
        return view! { <span class="progress-none">{text::progress::NO_MEASURABLE_KEY_RESULTS_YET}</span> }
            .into_any();
    };
    let shown = crate::domain::bar(progress);
    let text = percent(progress);
    let value_text = match expected {
        Some(pace) => text::progress::progress_with_pace(&text, &percent(pace)),
        None => text.clone(),
    };
    view! {
        <span class="progress">
            <span
                class="progress-track"
                role="progressbar"
                aria-label=label
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=format!("{}", (shown * 100.0).round())
                aria-valuetext=value_text
            >
                <span
                    class="progress-fill"
                    style=("width", format!("{:.1}%", shown * 100.0))
                ></span>
                {expected
                    .map(|pace| {
                        view! {
                            <span
                                class="progress-pace"
                                style=("left", format!("{:.1}%", pace * 100.0))
                                title=text::progress::pace_marker(&percent(pace))
                            ></span>
                        }
                    })}
            </span>
            <span class="progress-value">{text}</span>
        </span>
    }
    .into_any()
}

/// A status as colour, symbol and word.
#[component]
pub fn StatusBadge(
    /// The status to show; `None` shows `none_label`.
    status: Option<Status>,
    /// What a missing status means here.
    #[prop(default = text::progress::NOT_MEASURED)]
    none_label: &'static str,
) -> impl IntoView {
    match status {
        Some(status) => view! {
            <span class=format!("status status-{}", status.slug())>
                <Icon icon=status_icon(status) class="status-symbol" />
                {status.label()}
            </span>
        }
        .into_any(),
        None => view! {
            <span class="status status-none">
                <Icon icon=IconName::Open class="status-symbol" />
                {none_label}
            </span>
        }
        .into_any(),
    }
}

/// "Commit" or "Stretch", with what counts as success.
#[component]
pub fn CommitmentTag(
    /// Which kind of key result this is.
    commitment: Commitment,
) -> impl IntoView {
    let class = match commitment {
        Commitment::Commit => "tag tag-commit",
        Commitment::Stretch => "tag tag-stretch",
    };
    let expectation = commitment.expectation(&Browser);
    view! {
        <span class=class title=expectation.clone()>
            {commitment.label()}
            <span class="tag-note">{text::common::then(&expectation)}</span>
        </span>
    }
}
