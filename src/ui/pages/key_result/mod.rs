//! A key result's page: progress against pace, its chart, the check-in
//! history, initiatives, and at the end of the period its grade and rollover.
//!
//! [`model::build`] works out what the page shows; `chart.rs`,
//! `history.rs`, `initiatives.rs` and `grade.rs` render its parts.

mod chart;
mod grade;
mod history;
mod initiatives;
mod model;

use crate::domain::{CheckInId, KeyResultId};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{CommitmentTag, Editable, Modal, NotFound, ProgressBar, StatusBadge};
use crate::ui::components::{Icon, IconName, ShortcutButton};
use crate::ui::drafts::Drafts;
use crate::ui::format::day;
use crate::ui::format::measure_sentence;
use crate::ui::forms::{CheckInForm, KeyResultForm};
use crate::ui::shortcuts;
use crate::ui::state::Document;
use crate::ui::timing;
use chart::KeyResultChart;
use grade::GradeSection;
use history::CheckInHistory;
use initiatives::Initiatives;
use leptos::prelude::*;
use model::KeyResultPageView;

#[component]
pub fn KeyResultPage(id: KeyResultId) -> impl IntoView {
    let state = expect_context::<Document>();
    let exists = {
        let id = id.clone();
        move || state.with(|ws| ws.key_result(&id).is_some())
    };
    view! {
        <Show when=exists fallback=|| view! { <NotFound /> }>
            <KeyResultView id=id.clone() />
        </Show>
    }
}

#[component]
fn KeyResultView(id: KeyResultId) -> impl IntoView {
    let state = expect_context::<Document>();
    let today = clock::today();
    let page = {
        let id = id.clone();
        Memo::new(move |_| state.with(|ws| model::build(ws, &id, today)))
    };
    // A form left with unsaved input when the page was reloaded opens again:
    // a new check-in is kept under the key result, an edit under the check-in.
    let drafts = expect_context::<Drafts>();
    let check_in_draft = drafts.waiting("check-in");
    let checking_in = RwSignal::new(check_in_draft.as_deref() == Some(id.as_str()));
    let editing_check_in = RwSignal::new(
        check_in_draft
            .filter(|t| t != id.as_str())
            .map(|t| CheckInId::from(t.as_str())),
    );
    let editing_kr = RwSignal::new(drafts.waiting("key-result").is_some());
    let closed = move || page.with(|p| p.as_ref().is_some_and(|p| p.closed));
    // The chart takes the longest to draw again: after a check-in it
    // follows once the dialog's closing and the new value are painted.
    let chart = timing::deferred(page);
    let kr_id = id.clone();
    let form_kr = id.clone();
    let objective_of = move || page.with_untracked(|p| p.as_ref().map(|p| p.kr.objective.clone()));

    view! {
        <KeyResultHead page checking_in editing_kr />
        <ProgressSummary page />

        <KeyResultChart page=chart />

        <CheckInHistory page editing_check_in />

        <Initiatives key_result=kr_id.clone() closed=Signal::derive(closed) />
        <Editable>
            <GradeSection key_result=kr_id.clone() />
        </Editable>

        <Modal
            open=Signal::derive(move || checking_in.get() || editing_check_in.with(Option::is_some))
            on_cancel=Callback::new(move |()| {
                checking_in.set(false);
                editing_check_in.set(None);
            })
            labelled_by="checkin-form-title"
        >
            {
                let id = id.clone();
                move || {
                    view! {
                        <CheckInForm
                            key_result=id.clone()
                            editing=editing_check_in.get_untracked()
                            on_done=Callback::new(move |_| {
                                checking_in.set(false);
                                editing_check_in.set(None);
                            })
                        />
                    }
                }
            }
        </Modal>
        <Modal
            open=editing_kr
            on_cancel=Callback::new(move |()| editing_kr.set(false))
            labelled_by="kr-form-title"
        >
            {
                let form_kr = form_kr.clone();
                move || {
                    objective_of()
                        .map(|objective| {
                            view! {
                                <KeyResultForm
                                    objective
                                    editing=Some(form_kr.clone())
                                    on_done=Callback::new(move |_| editing_kr.set(false))
                                />
                            }
                        })
                }
            }
        </Modal>
    }
}

/// Where the key result sits, what it is, and Check in / Edit; a note when
/// its period is closed or it was rolled over.
#[component]
fn KeyResultHead(
    page: Memo<Option<KeyResultPageView>>,
    checking_in: RwSignal<bool>,
    editing_kr: RwSignal<bool>,
) -> impl IntoView {
    let closed = move || page.with(|p| p.as_ref().is_some_and(|p| p.closed));
    view! {
        <nav class="breadcrumb" aria-label=text::common::BREADCRUMB>
            {move || {
                page.with(|p| {
                    p.as_ref()
                        .map(|p| {
                            view! {
                                <span>{p.unit.clone()}</span>
                                <span aria-hidden="true">" › "</span>
                                <a href=p.objective_href.clone()>{p.objective_title.clone()}</a>
                            }
                        })
                })
            }}
        </nav>
        <div class="page-head">
            <div>
                <h1 tabindex="-1">
                    {move || page.with(|p| p.as_ref().map(|p| p.kr.title.clone()))}
                </h1>
                <p class="muted">
                    {move || {
                        page.with(|p| {
                            p.as_ref()
                                .map(|p| text::key_result_page::subtitle(
                                    &p.unit,
                                    &p.period.name,
                                    &p.lead,
                                ))
                        })
                    }} " "
                    {move || {
                        page.with(|p| {
                            p.as_ref()
                                .map(|p| view! { <CommitmentTag commitment=p.kr.commitment /> })
                        })
                    }}
                </p>
            </div>
            <Show when=move || !closed()>
                <div class="actions">
                    <ShortcutButton
                        key=shortcuts::CHECK_IN
                        label=text::common::CHECK_IN
                        opens=checking_in
                    />
                    <button type="button" on:click=move |_| editing_kr.set(true)>
                        {text::common::EDIT}
                    </button>
                </div>
            </Show>
        </div>
        <Show when=closed>
            <p class="hint-box" role="note">
                {move || {
                    page.with(|p| {
                        p.as_ref().map(|p| text::key_result_page::period_closed(&p.period.name))
                    })
                }}
            </p>
        </Show>
        {move || {
            page.with(|p| p.as_ref().and_then(|p| p.rolled_from.clone()))
                .map(|(title, href)| {
                    view! {
                        <p class="rolled-note">
                            {text::common::ROLLED_OVER_FROM} <a href=href>{title}</a>
                        </p>
                    }
                })
        }}
        {move || {
            page.with(|p| p.as_ref().map(|p| p.rolled_to.clone()))
                .unwrap_or_default()
                .into_iter()
                .map(|(title, href)| {
                    view! {
                        <p class="rolled-note">
                            {text::key_result_page::ROLLED_OVER_INTO} <a href=href>{title}</a>
                        </p>
                    }
                })
                .collect_view()
        }}
    }
}

/// Progress against pace, the status and why, and whether a check-in is due.
#[component]
fn ProgressSummary(page: Memo<Option<KeyResultPageView>>) -> impl IntoView {
    view! {
        <section class="objective-summary" aria-label=text::common::PROGRESS>
            {move || {
                page.get()
                    .map(|p| {
                        let label = text::key_result_page::progress_of(&p.kr.title);
                        view! {
                            <p class="kr-values">{measure_sentence(&p.kr.measure)}</p>
                            <ProgressBar progress=p.progress expected=p.expected label />
                            <StatusBadge status=p.status none_label=text::common::NOT_CHECKED_IN />
                            <span class="muted status-note">
                                {match p.status_chosen_on {
                                    Some(on) => text::key_result_page::status_chosen(&day(on)),
                                    None => text::key_result_page::STATUS_SUGGESTED.to_owned(),
                                }}
                            </span>
                            {p
                                .due
                                .clone()
                                .map(|d| {
                                    view! {
                                        <p class="due-note">
                                            <Icon icon=IconName::Clock />
                                            " "
                                            {d}
                                        </p>
                                    }
                                })}
                        }
                    })
            }}
        </section>
    }
}
