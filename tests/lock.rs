//! A closed period is read-only in the domain itself: whatever a caller
//! tries, its objectives, key results, check-ins, initiatives, grades,
//! reflections and dependencies stay as they were until it is reopened.

use crate::common::{day, metric_kr, objective, org};
use ladder::domain::format::Plain;
use ladder::domain::{
    CheckInDraft, Grade, InitiativeDraft, KeyResultDraft, MeasureKind, ObjectiveDraft, Status,
    WorkRef, Workspace,
};

/// Objective "old" with key result "kr" in q3, closed; "new" with "kr-new" in q4, open.
fn closed_q3() -> Workspace {
    let mut ws = org();
    ws.objectives.push(objective("old", "sales", "q3", None));
    ws.key_results.push(metric_kr("kr", "old", 0.0, 10.0, 4.0));
    ws.objectives
        .push(objective("new", "marketing", "q4", None));
    ws.key_results
        .push(metric_kr("kr-new", "new", 0.0, 10.0, 0.0));
    let draft = CheckInDraft {
        value: "4".to_owned(),
        status: Some(Status::AtRisk),
        date: "2026-09-01".to_owned(),
        ..CheckInDraft::default()
    };
    let kr = ws.key_result(&"kr".into()).cloned().expect("kr");
    let valid = draft
        .validate(&ws, &kr, day(2026, 9, 30), &Plain)
        .expect("valid");
    ws.add_check_in("c".into(), &kr.id, valid)
        .expect("q3 is open");
    ws.set_period_closed(&"q3".into(), true);
    ws
}

fn valid_objective(ws: &Workspace, period: &str) -> ladder::domain::ValidObjective {
    ObjectiveDraft {
        title: "Moved".to_owned(),
        unit: Some("acme".into()),
        period: Some(period.into()),
        lead: "Ada Lovelace".to_owned(),
        ..ObjectiveDraft::default()
    }
    .validate(ws, None)
    .expect("valid apart from the lock")
}

#[test]
fn every_change_to_a_closed_period_is_refused_and_changes_nothing() {
    let mut ws = closed_q3();
    let before = ws.clone();
    let open = valid_objective(&before, "q4");
    let kr = KeyResultDraft {
        title: "More".to_owned(),
        lead: "Ada Lovelace".to_owned(),
        start: "0".to_owned(),
        target: "5".to_owned(),
        ..KeyResultDraft::default()
    }
    .validate(&ws)
    .expect("valid key result");
    let initiative = InitiativeDraft {
        title: "Work".to_owned(),
        ..InitiativeDraft::default()
    }
    .validate(&ws)
    .expect("valid initiative");
    let grade = Grade {
        score: 0.4,
        reason: String::new(),
        experiment: false,
        learning: String::new(),
    };
    let old = WorkRef::Objective("old".into());
    let new = WorkRef::Objective("new".into());
    let refusals = [
        ws.add_objective(
            "x".into(),
            ladder::domain::ValidObjective {
                period: "q3".into(),
                ..open.clone()
            },
        ),
        ws.update_objective(&"old".into(), open.clone()).map(|_| ()),
        ws.update_objective(
            &"new".into(),
            ladder::domain::ValidObjective {
                period: "q3".into(),
                ..open.clone()
            },
        )
        .map(|_| ()),
        ws.set_objective_archived(&"old".into(), true).map(|_| ()),
        ws.delete_objective(&"old".into()).map(|_| ()),
        ws.add_key_result("k2".into(), "old".into(), kr.clone(), day(2026, 11, 1)),
        ws.update_key_result(&"kr".into(), kr.clone()),
        ws.delete_key_result(&"kr".into()).map(|_| ()),
        ws.delete_check_in(&"c".into()),
        ws.add_initiative("i".into(), &"kr".into(), initiative),
        ws.set_grade(&"kr".into(), Some(grade)),
        ws.set_reflection(&"old".into(), "impact", "Changed"),
        ws.add_dependency(&old, new.clone()),
        ws.remove_dependency(&old, &new),
    ];
    for (i, refusal) in refusals.iter().enumerate() {
        let message = refusal.as_ref().err().map(String::as_str).unwrap_or("");
        assert!(
            message.contains("2026 Q3 is closed"),
            "change {i}: {message:?}"
        );
    }
    assert_eq!(ws, before);

    // The open period takes a dependency on the closed one's work: that
    // changes only the open objective.
    ws.add_dependency(&new, old).expect("q4 is open");

    ws.set_period_closed(&"q3".into(), false);
    ws.update_key_result(&"kr".into(), kr).expect("reopened");
}

#[test]
fn the_objective_form_says_a_closed_period_is_closed() {
    let ws = closed_q3();
    let draft = ObjectiveDraft {
        title: "Late idea".to_owned(),
        unit: Some("acme".into()),
        period: Some("q3".into()),
        lead: "Ada Lovelace".to_owned(),
        ..ObjectiveDraft::default()
    };
    let errors = draft.validate(&ws, None).err().unwrap_or_default();
    assert!(errors.get("period").is_some_and(|e| e.contains("closed")));
}

#[test]
fn a_key_result_with_check_ins_keeps_its_kind() {
    let mut ws = closed_q3();
    ws.set_period_closed(&"q3".into(), false);
    let milestone = KeyResultDraft {
        title: "Now a milestone".to_owned(),
        lead: "Ada Lovelace".to_owned(),
        kind: MeasureKind::Milestone,
        ..KeyResultDraft::default()
    }
    .validate(&ws)
    .expect("valid milestone");
    let before = ws.clone();
    let refused = ws.update_key_result(&"kr".into(), milestone.clone());
    assert!(refused.is_err_and(|e| e.contains("stays a metric")));
    assert_eq!(ws, before);
    // Without check-ins the kind is free to change.
    ws.update_key_result(&"kr-new".into(), milestone)
        .expect("no check-ins yet");
}
