//! What merging a file would do, and the person's choice for each conflict.

use super::Preview;
use crate::domain::refusal::merge_remedy;
use crate::domain::{Choices, Conflict, RecordKind, Side};
use crate::text;
use crate::ui::format::{Browser, day_and_time};
use leptos::prelude::*;

/// The table of what a merge would do, and the conflicts to settle.
#[component]
pub fn MergePreview(preview: Memo<Preview>, choices: RwSignal<Choices>) -> impl IntoView {
    let rows = move || {
        preview.with(|p| {
            RecordKind::ALL
                .iter()
                .map(|&kind| (kind, p.merged.report.counts_of(kind)))
                .filter(|(_, c)| c.in_snapshot() > 0)
                .collect::<Vec<_>>()
        })
    };
    let nothing = move || preview.with(|p| p.merged.report.changes_nothing());
    let conflicts = Memo::new(move |_| preview.with(|p| p.merged.report.conflicts.clone()));
    let problems = Memo::new(move |_| preview.with(|p| p.problems.clone()));
    let choose_all = move |side: Side| {
        conflicts.with_untracked(|list| {
            choices.set(
                list.iter()
                    .map(|c| ((c.kind, c.id.clone()), side))
                    .collect(),
            )
        })
    };
    view! {
        // Focusable, so a keyboard can scroll it where it is wider than a phone.
        <div
            class="table-scroll"
            tabindex="0"
            role="region"
            aria-labelledby="merge-preview-caption"
        >
            <table class="table merge-preview">
                <caption id="merge-preview-caption">{text::import::MERGE_PREVIEW_CAPTION}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text::import::IN_THE_FILE}</th>
                        <th scope="col">{text::import::NEW}</th>
                        <th scope="col">{text::import::NEWER_IN_THE_FILE}</th>
                        <th scope="col">{text::import::UNCHANGED}</th>
                        <th scope="col">{text::import::NEWER_IN_YOURS}</th>
                        <th scope="col">{text::import::CHANGED_ON_BOTH_SIDES}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows()
                            .into_iter()
                            .map(|(kind, c)| {
                                let conflicting = c.conflicts > 0;
                                // Named above, not inline: leptosfmt 0.1.33 drops the
                                // braces of `class:x={a > b}`, which breaks it.
                                view! {
                                    <tr>
                                        <th scope="row">{kind.plural_label()}</th>
                                        <td>{c.added}</td>
                                        <td>{c.updated}</td>
                                        <td>{c.unchanged}</td>
                                        <td>{c.newer_here}</td>
                                        <td class:attention=conflicting>{c.conflicts}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <p class="muted">{text::import::MERGE_NEVER_DELETES}</p>
        <Show when=nothing>
            <p>{text::import::MERGE_CHANGES_NOTHING}</p>
        </Show>
        <Show when=move || conflicts.with(|c| !c.is_empty())>
            <section class="conflicts" aria-labelledby="conflicts-title">
                <h3 id="conflicts-title">
                    {move || match conflicts.with(Vec::len) {
                        1 => text::import::ONE_CONFLICT_TITLE.to_owned(),
                        n => text::import::conflicts_title(&n),
                    }}
                </h3>
                <p>{text::import::CONFLICTS_INTRO}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| choose_all(Side::Mine)>
                        {text::import::KEEP_MINE_FOR_ALL}
                    </button>
                    <button type="button" on:click=move |_| choose_all(Side::Theirs)>
                        {text::import::TAKE_THEIRS_FOR_ALL}
                    </button>
                </div>
                <For each=move || conflicts.get() key=|c| (c.kind, c.id.clone()) let:conflict>
                    <ConflictChoice conflict choices />
                </For>
            </section>
        </Show>
        // One stable live region, so changing a choice does not re-announce it.
        <div role="alert">
            {move || {
                problems
                    .with(|problems| {
                        (!problems.is_empty())
                            .then(|| {
                                view! {
                                    <div class="refusal">
                                        <p class="refusal-problem">
                                            {text::import::MERGE_PROBLEMS}
                                        </p>
                                        <ul>
                                            {problems
                                                .iter()
                                                .take(5)
                                                .map(|p| {
                                                    view! {
                                                        <li>
                                                            <span class="refusal-problem">{p.message.clone()}</span>
                                                            " "
                                                            <span class="refusal-detail">
                                                                {text::refusal::details(&p.path)}
                                                            </span>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                        <p>{merge_remedy(problems)}</p>
                                    </div>
                                }
                            })
                    })
            }}
        </div>
    }
}

/// One conflicting record: what differs, and which copy to keep.
#[component]
pub fn ConflictChoice(conflict: Conflict, choices: RwSignal<Choices>) -> impl IntoView {
    let key = (conflict.kind, conflict.id.clone());
    let name = format!("conflict-{}-{}", conflict.kind.slug(), conflict.id);
    let chosen = {
        let key = key.clone();
        move || choices.with(|c| c.get(&key).copied().unwrap_or_default())
    };
    let changed = |at: Option<chrono::DateTime<chrono::Utc>>| {
        at.map(|at| text::import::changed_suffix(&day_and_time(at)))
            .unwrap_or_default()
    };
    let option = move |side: Side, text: String| {
        let key = key.clone();
        let chosen = chosen.clone();
        view! {
            <label class="choice-option">
                <input
                    type="radio"
                    name=name.clone()
                    prop:checked=move || chosen() == side
                    on:change=move |_| {
                        choices
                            .update(|c| {
                                c.insert(key.clone(), side);
                            })
                    }
                />
                {text}
            </label>
        }
    };
    let names: Vec<&str> = conflict.fields.iter().map(|f| f.name.as_str()).collect();
    let mine = text::import::keep_mine(&changed(conflict.mine_changed_at));
    let theirs = text::import::take_theirs(&changed(conflict.theirs_changed_at));
    view! {
        <fieldset class="choice conflict">
            <legend>
                {text::import::conflict_legend(
                    &conflict.kind.label(),
                    &conflict.mine.text(&Browser),
                )}
            </legend>
            <p class="muted">{text::import::differing_fields(&names.join(", "))}</p>
            <ul class="differences">
                {conflict
                    .fields
                    .iter()
                    .map(|f| {
                        view! {
                            <li>
                                <span class="field-name">{f.name.clone()}</span>
                                {text::import::field_difference(&f.mine, &f.theirs)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {option(Side::Mine, mine)}
            {option(Side::Theirs, theirs)}
        </fieldset>
    }
}
