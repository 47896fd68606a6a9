//! Opening a snapshot file: pick or drop it, see what it holds and what a
//! merge would do, then merge, replace, or just look at it read-only.

use super::Modal;
use crate::domain::{Choices, Conflict, ExportScope, Merged, RecordKind, Side, Workspace};
use crate::text;
use crate::ui::clock;
use crate::ui::focus::focus_first;
use crate::ui::format::workspace_contents;
use crate::ui::state::{Document, Exchange, PendingImport};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A button that opens a snapshot file; the choice follows in [`ImportDialog`].
#[component]
pub fn ImportButton(
    /// The button's text.
    label: &'static str,
) -> impl IntoView {
    let exchange = expect_context::<Exchange>();
    let input = NodeRef::<html::Input>::new();
    let error = RwSignal::new(None::<String>);

    let on_pick = move |_| {
        let Some(file) = take_picked_file(input) else {
            return;
        };
        let name = file.name();
        spawn_local(async move {
            match exchange.offer_file(file).await {
                Ok(()) => error.set(None),
                Err(reason) => error.set(Some(text::import::import_failed(&name, &reason))),
            }
        });
    };

    view! {
        <button
            type="button"
            class="view-action"
            on:click=move |_| {
                if let Some(input) = input.get() {
                    input.click();
                }
            }
        >
            {label}
        </button>
        <input
            type="file"
            accept=".json,application/json"
            hidden
            node_ref=input
            on:change=on_pick
        />
        {move || {
            error
                .get()
                .map(|message| {
                    view! {
                        <p class="field-error" role="alert">
                            {message}
                        </p>
                    }
                })
        }}
    }
}

/// The file just picked in `input`, clearing the input so the same file
/// can be picked again (after fixing it, say).
pub fn take_picked_file(input: NodeRef<html::Input>) -> Option<web_sys::File> {
    let input = input.get()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}

/// Describes what part of a workspace a file holds, when it is a part.
pub fn scope_text(scope: &ExportScope, ws: &Workspace) -> Option<String> {
    let unit = scope.unit.as_ref().map(|u| {
        ws.unit(u)
            .map_or(text::import::UNKNOWN_UNIT, |u| u.name.as_str())
    });
    let period = scope.period.as_ref().map(|p| {
        ws.period(p)
            .map_or(text::import::UNKNOWN_PERIOD, |p| p.name.as_str())
    });
    match (unit, period) {
        (None, None) => None,
        (Some(unit), None) => Some(text::import::scope_unit(&unit)),
        (None, Some(period)) => Some(text::import::scope_period(&period)),
        (Some(unit), Some(period)) => Some(text::import::scope_unit_and_period(&unit, &period)),
    }
}

/// The dialog for a checked file, shown over any page.
#[component]
pub fn ImportDialog() -> impl IntoView {
    let exchange = expect_context::<Exchange>();
    let cancel = Callback::new(move |()| exchange.close_import());
    view! {
        <Modal
            open=Signal::derive(move || exchange.pending_import().with(Option::is_some))
            on_cancel=cancel
            labelled_by="import-title"
        >
            // Rebuilt per file, so each starts with no choices made.
            {move || {
                exchange
                    .pending_import()
                    .get()
                    .map(|pending| view! { <ImportChoice pending cancel /> })
            }}
        </Modal>
    }
}

/// What merging would do, with the problems its result would have.
#[derive(Clone, PartialEq)]
struct Preview {
    merged: Merged,
    problems: Vec<String>,
}

/// The dialog's content for one file: what it holds and the ways to take it in.
#[component]
fn ImportChoice(pending: PendingImport, cancel: Callback<()>) -> impl IntoView {
    let state = expect_context::<Document>();
    let exchange = expect_context::<Exchange>();
    let choices = RwSignal::new(Choices::new());
    let error = RwSignal::new(None::<String>);
    let incoming = pending.envelope.workspace.clone();
    let preview = Memo::new(move |_| {
        let merged = choices.with(|c| exchange.preview_merge(&incoming, c));
        let problems = merged
            .workspace
            .problems()
            .iter()
            .map(ToString::to_string)
            .collect();
        Preview { merged, problems }
    });
    // Untracked: a save from another tab must not rebuild the open dialog.
    let own = state.with_own(|ws| {
        (!ws.is_empty()).then(|| (ws.display_name().to_owned(), workspace_contents(ws)))
    });
    let has_own = own.is_some();
    let finish = move |result: Result<(), String>, focus: &'static str| match result {
        Ok(()) => {
            exchange.close_import();
            focus_first(focus);
        }
        Err(reason) => error.set(Some(reason)),
    };
    let merge = {
        let pending = pending.clone();
        move |_| {
            finish(
                choices.with_untracked(|c| exchange.apply_merge(&pending, c)),
                "main h1",
            )
        }
    };
    let replace = {
        let pending = pending.clone();
        move |_| finish(exchange.apply_import(pending.clone()), "main h1")
    };
    let view_only = {
        let pending = pending.clone();
        move |_| {
            exchange.open_snapshot(pending.clone());
            // The banner says where the person now is; start there.
            finish(Ok(()), "#viewing-title");
        }
    };
    let blocked =
        move || preview.with(|p| p.merged.report.changes_nothing() || !p.problems.is_empty());
    view! {
        <h2 id="import-title">{text::import::dialog_title(&pending.file_name)}</h2>
        <FileSummary pending=pending.clone() />
        {has_own.then(|| view! { <MergePreview preview choices /> })}
        {own
            .map(|(name, contents)| {
                view! {
                    <p>
                        {text::import::replace_instead(&name, &contents)}
                        {text::import::CURRENT_WORKSPACE_KEPT}
                    </p>
                }
            })}
        {move || {
            error
                .get()
                .map(|message| {
                    view! {
                        <p class="field-error" role="alert">
                            {message}
                        </p>
                    }
                })
        }}
        <div class="actions">
            {has_own
                .then(|| {
                    view! {
                        <button type="button" class="primary" on:click=merge disabled=blocked>
                            {text::import::MERGE_INTO_MY_WORKSPACE}
                        </button>
                    }
                })} <button type="button" class:primary=!has_own on:click=replace>
                {if has_own { text::import::REPLACE_WORKSPACE } else { text::import::IMPORT }}
            </button> <button type="button" on:click=view_only>
                {text::import::OPEN_READ_ONLY}
            // Focus starts on the safe choice: Enter must not change a workspace.
            </button> <button type="button" autofocus on:click=move |_| cancel.run(())>
                {text::common::CANCEL}
            </button>
        </div>
    }
}

/// What the file holds: organisation, contents, export time and part.
#[component]
fn FileSummary(pending: PendingImport) -> impl IntoView {
    let incoming = &pending.envelope.workspace;
    let exported = pending
        .envelope
        .exported_at
        .map(|at| text::import::exported_suffix(&clock::format_date_time(at)))
        .unwrap_or_default();
    let part =
        scope_text(&pending.envelope.scope, incoming).map(|part| text::import::file_part(&part));
    view! {
        <p>
            {text::import::file_holds(
                &incoming.display_name(),
                &workspace_contents(incoming),
                &exported,
            )} {part}
        </p>
    }
}

/// The table of what a merge would do, and the conflicts to settle.
#[component]
fn MergePreview(preview: Memo<Preview>, choices: RwSignal<Choices>) -> impl IntoView {
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
                                    <div class="field-error">
                                        <p>{text::import::MERGE_PROBLEMS}</p>
                                        <ul>
                                            {problems
                                                .iter()
                                                .take(5)
                                                .map(|p| view! { <li>{p.clone()}</li> })
                                                .collect_view()}
                                        </ul>
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
fn ConflictChoice(conflict: Conflict, choices: RwSignal<Choices>) -> impl IntoView {
    let key = (conflict.kind, conflict.id.clone());
    let name = format!("conflict-{}-{}", conflict.kind.slug(), conflict.id);
    let chosen = {
        let key = key.clone();
        move || choices.with(|c| c.get(&key).copied().unwrap_or_default())
    };
    let changed = |at: Option<chrono::DateTime<chrono::Utc>>| {
        at.map(|at| text::import::changed_suffix(&clock::format_date_time(at)))
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
            <legend>{text::import::conflict_legend(&conflict.kind.label(), &conflict.mine)}</legend>
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
