use super::{error_of, show_errors};
use crate::domain::{
    FieldErrors, NoteSubject, OneOnOne, OneOnOneDraft, OneOnOneId, Personal, Workspace,
};
use crate::text;
use crate::ui::clock;
use crate::ui::components::{FormActions, LockIcon, SelectField, TextAreaField, TextField};
use crate::ui::drafts::{field, keep_draft, target_of};
use crate::ui::personal_state::PersonalState;
use crate::ui::state::Document;
use leptos::prelude::*;

/// A subject as a select option value: `goal:<id>` or `objective:<id>`.
fn subject_value(subject: Option<&NoteSubject>) -> String {
    match subject {
        None => String::new(),
        Some(NoteSubject::PersonalGoal(id)) => format!("goal:{id}"),
        Some(NoteSubject::Objective(id)) => format!("objective:{id}"),
    }
}

fn subject_of(value: &str) -> Option<NoteSubject> {
    match value.split_once(':')? {
        ("goal", id) => Some(NoteSubject::PersonalGoal(id.into())),
        ("objective", id) => Some(NoteSubject::Objective(id.into())),
        _ => None,
    }
}

/// Writes or edits a 1:1 note, structured by GROW.
#[component]
pub fn OneOnOneForm(
    /// The note to edit; `None` writes a new one.
    editing: Option<OneOnOneId>,
    /// Called once saved (`true`) or cancelled (`false`).
    on_done: Callback<bool>,
) -> impl IntoView {
    let personal = expect_context::<PersonalState>();
    let state = expect_context::<Document>();
    let draft = personal
        .with_untracked(|p| {
            editing
                .as_ref()
                .and_then(|id| p.one_on_one(id))
                .map(OneOnOneDraft::of)
        })
        .unwrap_or_else(|| OneOnOneDraft {
            date: clock::today().to_string(),
            ..OneOnOneDraft::default()
        });
    let date = RwSignal::new(draft.date);
    let with = RwSignal::new(draft.with);
    let about = RwSignal::new(subject_value(draft.about.as_ref()));
    let answers = [draft.goal, draft.reality, draft.options, draft.will].map(RwSignal::new);
    let [goal, reality, options, will] = answers;
    let kept = keep_draft(
        "one-on-one",
        target_of(editing.as_ref()),
        // Private: asked about before the page is left, never copied
        // anywhere (a copy would outlive a passphrase set meanwhile).
        false,
        vec![
            field("date", date),
            field("with", with),
            field("about", about),
            field("goal", goal),
            field("reality", reality),
            field("options", options),
            field("will", will),
        ],
    );
    let errors = RwSignal::new(FieldErrors::default());
    // What a note can be about: the person's goals, and the workspace's
    // objectives of every period, latest first.
    let subjects =
        Signal::derive(move || personal.with(|p| state.with_own(|ws| subject_options(p, ws))));
    let is_editing = editing.is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let [goal, reality, options, will] = answers.map(|a| a.get_untracked());
        let draft = OneOnOneDraft {
            date: date.get_untracked(),
            with: with.get_untracked(),
            about: subject_of(&about.get_untracked()),
            goal,
            reality,
            options,
            will,
        };
        let id = editing
            .clone()
            .unwrap_or_else(|| OneOnOneId::from_bits(clock::random_bits()));
        match draft.validate(id) {
            Err(found) => show_errors(errors, found, "one-on-one"),
            Ok(note) => {
                personal.edit(move |p| p.save_one_on_one(note));
                kept.finish();
                on_done.run(true);
            }
        }
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2 id="one-on-one-form-title">
                {if is_editing {
                    text::one_on_one_form::EDIT_NOTE
                } else {
                    text::common::NEW_1_1_NOTE
                }}
            </h2>
            <p class="muted private-note">
                <LockIcon />
                " "
                {text::one_on_one_form::INTRO}
            </p>
            <div class="field-row">
                <TextField
                    id="one-on-one-date"
                    label=text::one_on_one_form::DATE
                    kind="date"
                    value=date
                    error=error_of(errors, "date")
                />
                <TextField
                    id="one-on-one-with"
                    label=text::one_on_one_form::WITH_OPTIONAL
                    value=with
                    error=Signal::derive(|| None::<String>)
                    placeholder=text::one_on_one_form::WITH_PLACEHOLDER
                />
            </div>
            <SelectField
                id="one-on-one-about"
                label=text::one_on_one_form::ABOUT_OPTIONAL
                value=about
                options=subjects
                error=Signal::derive(|| None::<String>)
            />
            {OneOnOne::PROMPTS
                .iter()
                .zip(answers)
                .map(|((field, heading, question), value)| {
                    let id: &'static str = match *field {
                        "goal" => "one-on-one-goal",
                        "reality" => "one-on-one-reality",
                        "options" => "one-on-one-options",
                        _ => "one-on-one-will",
                    };
                    let error = (*field == "goal").then(|| error_of(errors, "goal"));
                    view! {
                        <TextAreaField
                            id
                            label=heading
                            value
                            hint=question
                            error=error.unwrap_or_else(|| Signal::derive(|| None))
                        />
                    }
                })
                .collect_view()}
            <FormActions
                draft=kept
                save=if is_editing {
                    text::one_on_one_form::SAVE_NOTE
                } else {
                    text::one_on_one_form::ADD_NOTE
                }
                on_cancel=Callback::new(move |()| on_done.run(false))
            />
        </form>
    }
}

/// What a note can be about: nothing, the person's goals, and the
/// workspace's objectives of every period, latest first.
fn subject_options(personal: &Personal, ws: &Workspace) -> Vec<(String, String)> {
    let mut options = vec![(
        String::new(),
        text::one_on_one_form::ABOUT_NOTHING.to_owned(),
    )];
    options.extend(personal.goals.iter().map(|g| {
        (
            subject_value(Some(&NoteSubject::PersonalGoal(g.id.clone()))),
            text::one_on_one_form::about_my_goal(&g.title),
        )
    }));
    for period in ws.periods_in_order().into_iter().rev() {
        for o in ws
            .objectives
            .iter()
            .filter(|o| o.period == period.id && !o.archived && ws.shows(o))
        {
            options.push((
                subject_value(Some(&NoteSubject::Objective(o.id.clone()))),
                text::one_on_one_form::about_objective(&period.name, &o.title),
            ));
        }
    }
    options
}
