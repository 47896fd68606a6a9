//! Personal goals and 1:1 notes: the model, its forms, and the privacy of
//! its file format (exports hold none of it by default; importing a
//! snapshot never reads it).

use crate::common::{day, org};
use ladder::domain::{
    GoalPlan, NoteSubject, OneOnOneDraft, Personal, PersonalCheckInDraft, PersonalGoal,
    PersonalGoalDraft, PersonalGoalId, PlanKind, Theme,
};
use ladder::storage::{personal_file, snapshot};

fn measurable() -> PersonalGoal {
    let mut goal = PersonalGoalDraft {
        title: "Run a half marathon".to_owned(),
        why: "Energy for the long weeks".to_owned(),
        theme: Theme::Wellbeing,
        target_date: "2027-04-30".to_owned(),
        plan: PlanKind::Target,
        start: "5".to_owned(),
        target: "21".to_owned(),
        unit: "km".to_owned(),
        ..PersonalGoalDraft::default()
    }
    .validate(None)
    .expect("a valid goal");
    goal.id = PersonalGoalId::from("run");
    goal
}

fn with_steps() -> PersonalGoal {
    let mut goal = PersonalGoalDraft {
        title: "Speak German at work".to_owned(),
        theme: Theme::Growth,
        plan: PlanKind::Steps,
        steps: "Book a course\n\n  Practise weekly with Jonas  \nPresent in German".to_owned(),
        ..PersonalGoalDraft::default()
    }
    .validate(None)
    .expect("a valid goal");
    goal.id = PersonalGoalId::from("german");
    goal
}

fn private_data() -> Personal {
    let mut personal = Personal::default();
    personal.save_goal(measurable());
    personal.save_goal(with_steps());
    let note = OneOnOneDraft {
        date: "2026-12-01".to_owned(),
        with: "Sam".to_owned(),
        about: Some(NoteSubject::PersonalGoal("german".into())),
        goal: "Ask for time to take the course".to_owned(),
        will: "Send Sam the course dates".to_owned(),
        ..OneOnOneDraft::default()
    }
    .validate("note".into())
    .expect("a valid note");
    personal.save_one_on_one(note);
    personal
}

#[test]
fn a_measurable_goal_moves_with_its_latest_check_in() {
    let mut personal = Personal::default();
    personal.save_goal(measurable());
    let id = PersonalGoalId::from("run");
    let goal = personal.goal(&id).expect("saved");
    assert_eq!(goal.progress(), Some(0.0));
    assert_eq!(goal.target_date, Some(day(2027, 4, 30)));

    let today = day(2026, 11, 26);
    let draft = |date: &str, value: &str| PersonalCheckInDraft {
        date: date.to_owned(),
        value: value.to_owned(),
        note: String::new(),
    };
    for (date, value) in [("2026-11-20", "13"), ("2026-11-10", "9")] {
        let check_in = draft(date, value)
            .validate(personal.goal(&id).expect("saved"), today)
            .expect("valid");
        personal.add_check_in(&id, check_in);
    }
    let goal = personal.goal(&id).expect("saved");
    assert_eq!(
        goal.current(),
        Some(13.0),
        "the latest by date, not by entry"
    );
    assert_eq!(goal.progress(), Some(0.5));
    assert_eq!(goal.progress_text(), "13 (from 5 to 21 km)");

    let errors = draft("2026-11-27", "abc")
        .validate(goal, today)
        .expect_err("future date, no number");
    assert!(errors.get("date").is_some());
    assert!(errors.get("value").is_some());
}

#[test]
fn a_plan_of_steps_counts_ticks_and_keeps_them_through_edits() {
    let mut personal = Personal::default();
    personal.save_goal(with_steps());
    let id = PersonalGoalId::from("german");
    let GoalPlan::Steps(steps) = &personal.goal(&id).expect("saved").plan else {
        panic!("a plan of steps");
    };
    assert_eq!(steps.len(), 3, "blank lines are dropped, text trimmed");
    assert_eq!(steps[1].text, "Practise weekly with Jonas");

    personal.set_step_done(&id, 0, true);
    personal.set_step_done(&id, 9, true);
    let goal = personal.goal(&id).expect("saved").clone();
    assert_eq!(goal.progress_text(), "1 of 3 steps done");
    assert!((goal.progress().expect("steps") - 1.0 / 3.0).abs() < 1e-9);

    // Editing the plan keeps the tick of a step whose text is unchanged.
    let mut draft = PersonalGoalDraft::of(&goal);
    draft.steps = "Book a course\nFind a tandem partner".to_owned();
    let edited = draft.validate(Some(&goal)).expect("valid");
    assert_eq!(edited.id, goal.id);
    let GoalPlan::Steps(steps) = &edited.plan else {
        panic!("still steps");
    };
    assert!(steps[0].done && !steps[1].done);

    // A step check-in is a note; a check-in without one says what is missing.
    let errors = PersonalCheckInDraft {
        date: "2026-11-26".to_owned(),
        ..Default::default()
    }
    .validate(&goal, day(2026, 11, 26))
    .expect_err("no note");
    assert!(errors.get("note").is_some());
}

#[test]
fn goal_drafts_explain_what_is_wrong_at_each_field() {
    let errors = PersonalGoalDraft {
        title: "  ".to_owned(),
        target_date: "next spring".to_owned(),
        plan: PlanKind::Target,
        start: "10".to_owned(),
        target: "10".to_owned(),
        ..PersonalGoalDraft::default()
    }
    .validate(None)
    .expect_err("invalid");
    assert!(errors.get("title").is_some());
    assert!(errors.get("target_date").is_some());
    assert!(
        errors
            .get("target")
            .is_some_and(|m| m.contains("equals the start")),
        "{errors:?}"
    );
    let errors = PersonalGoalDraft {
        title: "Rest".to_owned(),
        plan: PlanKind::Steps,
        steps: "\n \n".to_owned(),
        ..PersonalGoalDraft::default()
    }
    .validate(None)
    .expect_err("no steps");
    assert!(errors.get("steps").is_some());
}

#[test]
fn one_on_one_notes_need_a_date_and_something_to_say() {
    let errors = OneOnOneDraft {
        date: "soon".to_owned(),
        ..OneOnOneDraft::default()
    }
    .validate("n".into())
    .expect_err("empty");
    assert!(errors.get("date").is_some());
    assert!(errors.get("goal").is_some());

    let mut personal = private_data();
    assert_eq!(personal.describe(), "2 personal goals and 1 1:1 note");
    // Deleting a goal keeps the notes about it, about nothing in particular.
    personal.delete_goal(&"german".into());
    assert_eq!(personal.one_on_ones[0].about, None);
    assert_eq!(personal.one_on_ones[0].will, "Send Sam the course dates");
}

#[test]
fn stored_private_data_round_trips() {
    let personal = private_data();
    let text =
        personal_file::encode_stored(&personal, "2026-11-26T10:00:00Z".parse().expect("time"))
            .expect("serialises");
    assert_eq!(personal_file::decode(&text), Ok(personal));
}

#[test]
fn a_default_export_holds_no_private_data() {
    let ws = org();
    let text = snapshot::encode_export(&ws, "2026-11-26T10:00:00Z".parse().expect("time"))
        .expect("serialises");
    for private in [
        "Run a half marathon",
        "Speak German",
        "course dates",
        "personal",
    ] {
        assert!(!text.contains(private), "{private} leaked");
    }
    assert_eq!(
        personal_file::decode(&text),
        Err(personal_file::PersonalError::NoneIncluded)
    );
}

#[test]
fn an_export_with_private_data_restores_it_but_importing_never_reads_it() {
    let ws = org();
    let personal = private_data();
    let text = personal_file::encode_export_with(
        &ws,
        &personal,
        "2026-11-26T10:00:00Z".parse().expect("time"),
    )
    .expect("serialises");
    assert!(text.contains("Run a half marathon"));
    assert_eq!(personal_file::decode(&text), Ok(personal));

    // The snapshot reader takes the workspace and leaves the private part alone,
    // even when that part is broken.
    let imported = snapshot::decode_and_check(&text).expect("a valid snapshot");
    assert_eq!(imported.workspace.name, ws.name);
    let broken = text.replacen("\"goals\"", "\"goals\": 7, \"x\"", 1);
    assert!(personal_file::decode(&broken).is_err());
    assert!(snapshot::decode_and_check(&broken).is_ok());
}

#[test]
fn private_data_from_a_newer_version_is_refused_with_a_reason() {
    let text = r#"{"format":"ladder-personal","version":9,"personal":{}}"#;
    let error = personal_file::decode(text).expect_err("too new");
    assert!(error.to_string().contains("newer version"));
    let error = personal_file::decode("{").expect_err("not JSON");
    assert!(error.to_string().contains("not valid JSON"));
}

#[test]
fn base64_round_trips_every_length() {
    use personal_file::{from_base64, to_base64};
    assert_eq!(to_base64(b"Man"), "TWFu");
    assert_eq!(to_base64(b"Ma"), "TWE=");
    assert_eq!(to_base64(b"M"), "TQ==");
    for len in 0..40u8 {
        let bytes: Vec<u8> = (0..len)
            .map(|i| i.wrapping_mul(37).wrapping_add(200))
            .collect();
        assert_eq!(from_base64(&to_base64(&bytes)), Some(bytes));
    }
    assert_eq!(from_base64("not*base64"), None);
}

#[test]
fn sealed_private_data_is_stored_without_its_text() {
    let sealed = personal_file::Sealed {
        kdf: personal_file::KDF.to_owned(),
        iterations: personal_file::ITERATIONS,
        salt: "AAAAAAAAAAAAAAAAAAAAAA==".to_owned(),
        cipher: personal_file::CIPHER.to_owned(),
        iv: "AAAAAAAAAAAAAAAA".to_owned(),
        data: "c2VjcmV0".to_owned(),
    };
    const { assert!(personal_file::ITERATIONS >= 600_000) };
    let text = personal_file::encode_sealed(&sealed, "2026-11-26T10:00:00Z".parse().expect("time"))
        .expect("serialises");
    assert!(!text.contains("\"personal\""));
    assert_eq!(
        personal_file::decode_stored(&text),
        Ok(personal_file::Stored::Sealed(sealed))
    );
    let open = personal_file::encode_stored(
        &private_data(),
        "2026-11-26T10:00:00Z".parse().expect("time"),
    )
    .expect("serialises");
    assert_eq!(
        personal_file::decode_stored(&open),
        Ok(personal_file::Stored::Open(private_data()))
    );
    let bytes = personal_file::encode_plain(&private_data()).expect("serialises");
    assert_eq!(personal_file::decode_plain(&bytes), Ok(private_data()));
}

#[test]
fn a_new_passphrase_must_be_long_enough_and_typed_twice() {
    use ladder::domain::check_new_passphrase;
    let errors = check_new_passphrase("short", "shorts");
    assert!(errors.get("passphrase").is_some());
    assert!(errors.get("repeat").is_some());
    assert!(check_new_passphrase("correct horse", "correct horse").is_empty());
}
