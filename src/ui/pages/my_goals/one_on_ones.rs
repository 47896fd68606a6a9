//! 1:1 notes, private to this browser.

use crate::domain::{NoteSubject, OneOnOne, OneOnOneId};
use crate::text;
use crate::ui::components::Modal;
use crate::ui::focus::focus_first;
use crate::ui::format::day;
use crate::ui::forms::OneOnOneForm;
use crate::ui::personal_state::PersonalState;
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::Document;
use leptos::prelude::*;

/// 1:1 notes, the latest conversation first.
#[component]
pub fn OneOnOnes() -> impl IntoView {
    let personal = expect_context::<PersonalState>();
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let editing = RwSignal::new(None::<Option<OneOnOneId>>);
    let notes = Memo::new(move |_| {
        personal.with(|p| {
            p.one_on_ones_newest_first()
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let subject = move |about: &NoteSubject| -> (String, Option<String>) {
        match about {
            NoteSubject::PersonalGoal(id) => (
                personal.with_untracked(|p| {
                    p.goal(id)
                        .map_or(text::my_goals_page::ABOUT_DELETED_GOAL.to_owned(), |g| {
                            text::my_goals_page::about_my_goal(&g.title)
                        })
                }),
                None,
            ),
            NoteSubject::Objective(id) => state.with_own(|ws| match ws.objective(id) {
                Some(o) => (
                    o.title.clone(),
                    Some(router.with_untracked(|r| r.to(Page::Objective(id.clone())).href())),
                ),
                None => (
                    text::my_goals_page::ABOUT_MISSING_OBJECTIVE.to_owned(),
                    None,
                ),
            }),
        }
    };
    view! {
        <section class="panel" aria-labelledby="one-on-ones-heading">
            <div class="section-head">
                <h2 id="one-on-ones-heading">{text::my_goals_page::ONE_ON_ONE_NOTES}</h2>
                <button type="button" on:click=move |_| editing.set(Some(None))>
                    {text::common::NEW_1_1_NOTE}
                </button>
            </div>
            <p class="muted">{text::my_goals_page::ONE_ON_ONES_INTRO}</p>
            <Show
                when=move || notes.with(|n| !n.is_empty())
                fallback=|| view! { <p class="muted">{text::my_goals_page::NO_ONE_ON_ONES_YET}</p> }
            >
                <ul class="note-list">
                    {move || {
                        notes
                            .get()
                            .into_iter()
                            .map(|note| {
                                let heading = format!("note-{}", note.id);
                                let title = match note.with.as_str() {
                                    "" => text::my_goals_page::note_title(&day(note.date)),
                                    with => {
                                        text::my_goals_page::note_title_with(&with, &day(note.date))
                                    }
                                };
                                let about = note.about.as_ref().map(subject);
                                let (edit_id, delete_id) = (note.id.clone(), note.id.clone());
                                let delete_title = title.clone();
                                view! {
                                    <li class="note-card" aria-labelledby=heading.clone()>
                                        <h3 id=heading.clone()>{title.clone()}</h3>
                                        {about
                                            .map(|(text, href)| {
                                                view! {
                                                    <p class="muted">
                                                        {text::my_goals_page::ABOUT}
                                                        {match href {
                                                            Some(href) => view! { <a href=href>{text}</a> }.into_any(),
                                                            None => text.into_any(),
                                                        }}
                                                    </p>
                                                }
                                            })}
                                        <dl class="grow">
                                            {OneOnOne::PROMPTS
                                                .iter()
                                                .zip(note.answers())
                                                .filter(|(_, a)| !a.is_empty())
                                                .map(|((_, heading, _), answer)| {
                                                    view! {
                                                        <dt>{*heading}</dt>
                                                        <dd>{answer.to_owned()}</dd>
                                                    }
                                                })
                                                .collect_view()}
                                        </dl>
                                        <div class="actions">
                                            <button
                                                type="button"
                                                aria-label=text::my_goals_page::edit_note(&title)
                                                on:click=move |_| editing.set(Some(Some(edit_id.clone())))
                                            >
                                                {text::common::EDIT}
                                            </button>
                                            <button
                                                type="button"
                                                class="danger"
                                                aria-label=text::my_goals_page::delete_note(&title)
                                                on:click=move |_| {
                                                    let id = delete_id.clone();
                                                    personal
                                                        .edit_with_undo(
                                                            text::my_goals_page::note_deleted(&delete_title),
                                                            move |p| p.delete_one_on_one(&id),
                                                        );
                                                    focus_first("#one-on-ones-heading");
                                                }
                                            >
                                                {text::common::DELETE}
                                            </button>
                                        </div>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
            <Modal
                open=Signal::derive(move || editing.with(Option::is_some))
                on_cancel=Callback::new(move |()| editing.set(None))
                labelled_by="one-on-one-form-title"
            >
                {move || {
                    editing
                        .get()
                        .map(|which| {
                            view! {
                                <OneOnOneForm
                                    editing=which
                                    on_done=Callback::new(move |_| editing.set(None))
                                />
                            }
                        })
                }}
            </Modal>
        </section>
    }
}
