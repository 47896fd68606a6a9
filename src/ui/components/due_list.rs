//! Key results due for a check-in, each one click from the check-in form;
//! after a check-in, focus stays in the list.

use super::Modal;
use crate::domain::KeyResultId;
use crate::text;
use crate::ui::drafts::Drafts;
use crate::ui::due_rows::DueRow;
use crate::ui::focus::restore_focus;
use crate::ui::format::day;
use crate::ui::forms::CheckInForm;
use leptos::prelude::*;

#[component]
pub fn DueList(
    rows: Memo<Vec<DueRow>>,
    /// The list's heading, where focus goes once nothing is left to check in.
    heading_id: &'static str,
    /// Whether the rows are everyone's (tagging the current person's and
    /// naming each lead) or only the current person's.
    #[prop(optional)]
    everyone: bool,
    /// What shows when nothing is due. The check-in form stays open in the
    /// meantime: the row it came from may have just left the list.
    #[prop(into)]
    empty: ViewFn,
) -> impl IntoView {
    let nothing_due = Memo::new(move |_| rows.with(Vec::is_empty));
    let checking = RwSignal::new(
        expect_context::<Drafts>()
            .waiting("check-in")
            .map(|kr| KeyResultId::from(kr.as_str())),
    );
    // Where the check-in started, so focus can stay in the list once the row
    // it came from is no longer due.
    let checked_row = RwSignal::new(0usize);
    let after_check_in = move |_| {
        checking.set(None);
        let i = checked_row.get_untracked();
        restore_focus(vec![
            format!("#due-check-in-{i}"),
            format!("#due-check-in-{}", i.saturating_sub(1)),
            format!("#{heading_id}"),
        ]);
    };
    view! {
        <Show when=move || !nothing_due.get() fallback=empty>
        <ul class="due-list">
            // Keyed by place and content: the button ids follow the place,
            // which is how focus finds the next row after a check-in.
            <For
                each=move || rows.with(|rows| rows.iter().cloned().enumerate().collect::<Vec<_>>())
                key=|entry| entry.clone()
                let:((index, row))
            >
                {
                    let id = row.id.clone();
                    let title = row.title.clone();
                    let whose = if everyone {
                        text::check_ins_page::unit_and_lead(&row.unit, &row.lead)
                    } else {
                        text::check_ins_page::in_unit(&row.unit)
                    };
                    view! {
                        <li class="due-item">
                            <div>
                                <a class="due-title" href=row.href>
                                    {row.title.clone()}
                                </a>
                                {(everyone && row.mine)
                                    .then(|| {
                                        view! {
                                            <span class="tag">{text::check_ins_page::YOURS}</span>
                                        }
                                    })}
                                <p class="muted">
                                    <a href=row.objective_href>{row.objective}</a>
                                    {whose}
                                </p>
                                <p class="due-when">
                                    {match row.last {
                                        Some(last) => {
                                            text::check_ins_page::last_check_in(&day(last), &row.days)
                                        }
                                        None => {
                                            text::check_ins_page::NO_CHECK_IN_THIS_PERIOD.to_owned()
                                        }
                                    }}
                                </p>
                            </div>
                            <button
                                type="button"
                                class="primary"
                                id=format!("due-check-in-{index}")
                                aria-label=text::check_ins_page::check_in_on(&title)
                                on:click=move |_| {
                                    checking.set(Some(id.clone()));
                                    checked_row.set(index);
                                }
                            >
                                {text::common::CHECK_IN}
                            </button>
                        </li>
                    }
                }
            </For>
        </ul>
        </Show>
        <Modal
            open=Signal::derive(move || checking.with(Option::is_some))
            on_cancel=Callback::new(move |()| checking.set(None))
            labelled_by="checkin-form-title"
        >
            {move || {
                checking
                    .get_untracked()
                    .map(|id| {
                        view! {
                            <CheckInForm
                                key_result=id
                                editing=None
                                on_done=Callback::new(after_check_in)
                            />
                        }
                    })
            }}
        </Modal>
    }
}
