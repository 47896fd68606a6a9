//! The check-ins of a key result, newest first, each correctable.

use super::model::KeyResultPageView;
use crate::domain::CheckInId;
use crate::text;
use crate::ui::components::StatusBadge;
use crate::ui::format::day;
use crate::ui::forms::reading_text;
use crate::ui::state::Document;
use leptos::prelude::*;

#[component]
pub fn CheckInHistory(
    page: Memo<Option<KeyResultPageView>>,
    /// The check-in whose edit form is open.
    editing_check_in: RwSignal<Option<CheckInId>>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    view! {
        <section aria-labelledby="history-heading">
            <div class="section-head">
                <h2 id="history-heading">
                    {move || text::key_result_page::check_ins_heading(
                        &page.with(|p| p.as_ref().map_or(0, |p| p.history.len())),
                    )}
                </h2>
            </div>
            <Show
                when=move || page.with(|p| p.as_ref().is_some_and(|p| !p.history.is_empty()))
                fallback=|| view! { <p class="muted">{text::key_result_page::NO_CHECK_INS_YET}</p> }
            >
                <ol class="history">
                    <For
                        each=move || {
                            page.with(|p| {
                                p.as_ref()
                                    .map(|p| {
                                        p.history.iter().map(|h| h.id.clone()).collect::<Vec<_>>()
                                    })
                                    .unwrap_or_default()
                            })
                        }
                        key=|id| id.clone()
                        let:check_in
                    >
                        {
                            let entry = Memo::new(move |_| {
                                page.with(|p| {
                                    let p = p.as_ref()?;
                                    let i = p.history.iter().position(|h| h.id == check_in)?;
                                    Some((
                                        p.kr.measure.unit().to_owned(),
                                        p.closed,
                                        i == 0,
                                        p.history[i].clone(),
                                    ))
                                })
                            });
                            move || {
                                entry
                                    .get()
                                    .map(|(unit, closed, latest, row)| {
                                        let edit_id = row.id.clone();
                                        let delete_id = row.id.clone();
                                        // One memo per row, so a new check-in re-renders only
                                        // its own row and the one that stops being the latest.
                                        view! {
                                            <li class="history-item">
                                                <div class="history-head">
                                                    <strong>{reading_text(row.reading, &unit)}</strong>
                                                    <StatusBadge status=Some(row.status) />
                                                    <span class="muted">
                                                        {day(row.date)}
                                                        {row.author.clone().map(|a| text::common::then(&a))}
                                                    </span>
                                                </div>
                                                {(!row.note.is_empty())
                                                    .then(|| {
                                                        view! { <p class="history-note">{row.note.clone()}</p> }
                                                    })}
                                                // Every check-in stays correctable: a late entry with a
                                                // wrong past date is never the latest one.
                                                {(!closed)
                                                    .then(|| {
                                                        let which = if latest {
                                                            text::key_result_page::LATEST_CHECK_IN.to_owned()
                                                        } else {
                                                            text::key_result_page::check_in_of(&day(row.date))
                                                        };
                                                        view! {
                                                            <div class="actions">
                                                                <button
                                                                    type="button"
                                                                    class="small"
                                                                    aria-label=text::key_result_page::edit_check_in(&which)
                                                                    on:click=move |_| {
                                                                        editing_check_in.set(Some(edit_id.clone()))
                                                                    }
                                                                >
                                                                    {text::common::EDIT}
                                                                </button>
                                                                <button
                                                                    type="button"
                                                                    class="small"
                                                                    aria-label=text::key_result_page::delete_check_in(&which)
                                                                    on:click=move |_| {
                                                                        let id = delete_id.clone();
                                                                        state
                                                                            .edit_with_undo(move |ws| {
                                                                                ws.delete_check_in(&id)?;
                                                                                Ok(text::key_result_page::CHECK_IN_DELETED.to_owned())
                                                                            });
                                                                    }
                                                                >
                                                                    {text::common::DELETE}
                                                                </button>
                                                            </div>
                                                        }
                                                    })}
                                            </li>
                                        }
                                    })
                            }
                        }
                    </For>
                </ol>
            </Show>
        </section>
    }
}
