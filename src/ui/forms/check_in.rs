use super::{Naming, Unsaved, error_of, save_naming, show_unsaved};
use crate::domain::{
    CheckIn, CheckInDraft, CheckInId, FieldErrors, KeyResult, KeyResultId, Measure, Period,
    Reading, Status, Workspace, bar, parse_number,
};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{
    Choice, FormActions, PersonField, StatusBadge, TextField, status_icon,
};
use crate::ui::drafts::{Drafts, field, keep_draft};
use crate::ui::format::{Browser, day};
use crate::ui::format::{editable_number, percent, typed_number, value as show_value};
use crate::ui::notices::Notices;
use crate::ui::state::Document;
use chrono::NaiveDate;
use leptos::prelude::*;

/// A reading in words: "€1,250,000" or "Done".
pub fn reading_text(reading: Reading, unit: &str) -> String {
    match reading {
        Reading::Value(v) => show_value(v, unit),
        Reading::Done(true) => text::common::DONE.to_owned(),
        Reading::Done(false) => text::common::NOT_DONE.to_owned(),
    }
}

/// Records a check-in on a key result, or edits the latest one. The previous
/// check-in sits beside the form, so a weekly update takes seconds.
#[component]
pub fn CheckInForm(
    key_result: KeyResultId,
    /// The check-in to edit; `None` adds one.
    editing: Option<CheckInId>,
    /// Called once saved (`true`) or cancelled (`false`).
    on_done: Callback<bool>,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let notices = expect_context::<Notices>();
    let today = clock::today();
    // A new check-in's unsaved input is kept under its key result, an
    // edit's under the check-in.
    let target = editing
        .as_ref()
        .map_or_else(|| key_result.to_string(), ToString::to_string);
    let Some(Opened {
        kr,
        draft,
        previous,
        period,
    }) = state.with_untracked(|ws| open(ws, &key_result, editing.as_ref(), today))
    else {
        expect_context::<Drafts>().drop_kept("check-in", target);
        return view! { <p>{text::check_in_form::KEY_RESULT_NO_LONGER_EXISTS}</p> }.into_any();
    };
    let value = RwSignal::new(editable_number(&draft.value));
    let done = RwSignal::new(draft.done);
    let status = RwSignal::new(draft.status);
    let note = RwSignal::new(draft.note);
    let date = RwSignal::new(draft.date);
    let author = RwSignal::new(draft.author);
    let kept = keep_draft(
        "check-in",
        target,
        true,
        vec![
            field("value", value),
            field("done", done),
            field("status", status),
            field("note", note),
            field("date", date),
            field("author", author),
        ],
    );
    let errors = RwSignal::new(FieldErrors::default());
    let unit = kr.measure.unit().to_owned();
    let milestone = matches!(kr.measure, Measure::Milestone { .. });
    let max_day = today.min(period.end).to_string();

    let suggestion = suggestion(kr.clone(), value, done, date);

    let is_editing = editing.is_some();
    let submit = {
        let kr = kr.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let draft = CheckInDraft {
                value: typed_number(&value.get_untracked()),
                done: done.get_untracked(),
                status: status.get_untracked(),
                note: note.get_untracked(),
                date: date.get_untracked(),
                author: author.get_untracked(),
            };
            // Someone typed in as the author joins the key result's unit.
            let joins =
                state.with_untracked(|ws| ws.objective(&kr.objective).map(|o| o.unit.clone()));
            let naming = [Naming::one(draft.author.clone(), joins)];
            let saved = save_naming(state, &naming, |ws| {
                let valid = draft
                    .validate(ws, &kr, clock::today(), &Browser)
                    .map_err(Unsaved::Fields)?;
                match &editing {
                    Some(id) => ws.update_check_in(id, valid),
                    None => {
                        ws.add_check_in(CheckInId::from_bits(clock::random_bits()), &kr.id, valid)
                    }
                }
                .map_err(Unsaved::Refused)
            });
            if let Err(unsaved) = saved {
                return show_unsaved(errors, unsaved, "checkin", "date");
            }
            notices.show(
                if is_editing {
                    text::check_in_form::CHECK_IN_UPDATED
                } else {
                    text::check_in_form::CHECK_IN_SAVED
                },
                None,
            );
            kept.finish();
            on_done.run(true);
        }
    };
    let previous_view = previous
        .map(|(check_in, author)| view! { <PreviousCheckIn check_in author unit=unit.clone() /> });
    view! {
        <form class="form check-in-form" on:submit=submit novalidate>
            <h2 id="checkin-form-title">
                {if is_editing {
                    text::check_in_form::EDIT_CHECK_IN
                } else {
                    text::common::CHECK_IN
                }}
            </h2>
            <p class="muted">{kr.title.clone()}</p>
            <div class="check-in-layout">
                <div class="check-in-fields">
                    <ReadingField
                        milestone
                        unit=unit.clone()
                        value
                        done
                        error=error_of(errors, "value")
                    />
                    <StatusField status suggestion error=error_of(errors, "status") />
                    <NoteField note />
                    <div class="field-row">
                        <TextField
                            id="checkin-date"
                            label=text::common::DATE
                            value=date
                            error=error_of(errors, "date")
                            kind="date"
                            min=period.start.to_string()
                            max=max_day
                        />
                        <PersonField
                            id="checkin-author"
                            label=text::check_in_form::CHECKED_IN_BY
                            value=author
                            error=error_of(errors, "author")
                        />
                    </div>
                </div>
                {previous_view}
            </div>
            <FormActions
                draft=kept
                save=text::common::SAVE_CHECK_IN
                on_cancel=Callback::new(move |()| on_done.run(false))
            />
        </form>
    }
    .into_any()
}

/// What the form starts from: the key result, the draft (the check-in
/// being edited, or a new one), the check-in before it with its author's
/// name, and the period it may be dated in.
struct Opened {
    kr: KeyResult,
    draft: CheckInDraft,
    previous: Option<(CheckIn, Option<String>)>,
    period: Period,
}

fn open(
    ws: &Workspace,
    key_result: &KeyResultId,
    editing: Option<&CheckInId>,
    today: NaiveDate,
) -> Option<Opened> {
    let kr = ws.key_result(key_result)?.clone();
    let history = ws.check_ins_of(&kr.id);
    let (draft, previous) = match editing.and_then(|id| ws.check_in(id)) {
        Some(c) => {
            let before = history
                .iter()
                .take_while(|h| h.id != c.id)
                .last()
                .map(|p| (*p).clone());
            (CheckInDraft::of(ws, c), before)
        }
        None => (
            CheckInDraft::new_for(ws, &kr, today),
            history.last().map(|c| (*c).clone()),
        ),
    };
    let previous = previous.map(|p| {
        let author = p.author.as_ref().map(|a| ws.person_name(a).to_owned());
        (p, author)
    });
    let period = ws
        .objective(&kr.objective)
        .and_then(|o| ws.period(&o.period))
        .cloned()?;
    Some(Opened {
        kr,
        draft,
        previous,
        period,
    })
}

/// The check-in before this one, beside the form, so a weekly update takes seconds.
#[component]
fn PreviousCheckIn(check_in: CheckIn, author: Option<String>, unit: String) -> impl IntoView {
    let p = check_in;
    view! {
        <aside class="previous-check-in" aria-labelledby="previous-check-in-title">
            <h3 id="previous-check-in-title">{text::check_in_form::PREVIOUS_CHECK_IN}</h3>
            <p class="previous-value">{reading_text(p.reading, &unit)}</p>
            <p>
                <StatusBadge status=Some(p.status) />
            </p>
            <p class="muted">{day(p.date)}{author.map(|a| text::common::then(&a))}</p>
            {(!p.note.is_empty())
                .then(|| view! { <blockquote class="previous-note">{p.note.clone()}</blockquote> })}
        </aside>
    }
}

/// The status the person chooses, with what pace suggests for the value typed.
#[component]
fn StatusField(
    status: RwSignal<Option<Status>>,
    /// (suggested status, progress, expected progress) for the reading typed.
    suggestion: Signal<Option<(Status, f64, f64)>>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <Choice
            legend=text::common::STATUS
            name="checkin-status"
            value=status
            class="status-choice"
            options=Status::ALL.map(|s| (Some(s), s.label(), String::new())).to_vec()
            icon=Some(|s: Option<Status>| s.map(|s| (status_icon(s), s.slug())))
            hint=Some(
                Signal::derive(move || match suggestion.get() {
                    Some((s, progress, expected)) => {
                        text::check_in_form::confidence_hint_with_pace(
                            &text::common::in_sentence(s.label()),
                            &percent(progress),
                            &percent(expected),
                        )
                    }
                    None => text::check_in_form::CONFIDENCE_HINT.to_owned(),
                }),
            )
            error=Some(error)
        />
    }
}

/// The reading: done or not for a milestone, else the new value in its unit.
#[component]
fn ReadingField(
    milestone: bool,
    unit: String,
    value: RwSignal<String>,
    done: RwSignal<bool>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    if milestone {
        view! {
            <label class="checkbox">
                <input
                    id="checkin-value"
                    type="checkbox"
                    prop:checked=move || done.get()
                    on:change:target=move |ev| done.set(ev.target().checked())
                />
                {text::common::DONE}
            </label>
        }
        .into_any()
    } else {
        let label = if unit.is_empty() {
            text::check_in_form::NEW_VALUE.to_owned()
        } else {
            text::check_in_form::new_value_with_unit(&unit)
        };
        view! { <TextField id="checkin-value" label=label value=value error inputmode="decimal" /> }
            .into_any()
    }
}

/// What pace suggests for the reading being typed: (status, progress,
/// expected progress). A hint, never a choice made for the person.
fn suggestion(
    kr: KeyResult,
    value: RwSignal<String>,
    done: RwSignal<bool>,
    date: RwSignal<String>,
) -> Signal<Option<(Status, f64, f64)>> {
    let state = expect_context::<Document>();
    let milestone = matches!(kr.measure, Measure::Milestone { .. });
    Signal::derive(move || {
        let reading = if milestone {
            Reading::Done(done.get())
        } else {
            Reading::Value(parse_number(&typed_number(&value.get())).ok()?)
        };
        let on: NaiveDate = date.get().parse().ok()?;
        let measure = kr.measure.with_reading(reading);
        let progress = bar(measure.progress()?);
        state.with_untracked(|ws| {
            Some((
                ws.suggested_status_for(&kr, &measure, on)?,
                progress,
                ws.expected_progress(&kr, on).unwrap_or(0.0),
            ))
        })
    })
}

/// What happened since the last check-in, in the person's words.
#[component]
fn NoteField(note: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="field">
            <label for="checkin-note">{text::check_in_form::NOTE}</label>
            <p class="hint" id="checkin-note-hint">
                {text::check_in_form::NOTE_HINT}
            </p>
            <textarea
                id="checkin-note"
                rows="3"
                aria-describedby="checkin-note-hint"
                prop:value=move || note.get()
                on:input:target=move |ev| note.set(ev.target().value())
            ></textarea>
        </div>
    }
}
