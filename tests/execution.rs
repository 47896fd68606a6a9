//! The execution rhythm: check-ins, pace and status, due lists, KPIs,
//! grading, rollover and the retrospective.

use crate::common::{day, metric_kr, objective, org};
use ladder::domain::format::Plain;
use ladder::domain::{
    Band, CheckInDraft, Commitment, Grade, GradeDraft, HealthyRange, InitiativeDraft,
    InitiativeStatus, KeyResultId, Kpi, KpiDraft, KpiReading, Measure, Period, PeriodId, RangeKind,
    Reading, Revision, Status, Workspace, sample_company, value_series,
};
use proptest::prelude::*;

/// Org with one company objective in q4 (1 Oct – 31 Dec 2026) and a metric KR 0 → 100.
fn with_kr() -> Workspace {
    let mut ws = org();
    ws.objectives.push(objective("o", "acme", "q4", None));
    ws.key_results.push(metric_kr("kr", "o", 0.0, 100.0, 0.0));
    ws
}

fn check_in(ws: &mut Workspace, id: &str, date: &str, value: &str, status: Status, today: &str) {
    let kr = ws.key_result(&"kr".into()).cloned().expect("kr exists");
    let draft = CheckInDraft {
        value: value.to_owned(),
        status: Some(status),
        date: date.to_owned(),
        note: format!("note {id}"),
        ..CheckInDraft::default()
    };
    let today = today.parse().expect("valid date");
    let valid = draft
        .validate(ws, &kr, today, &Plain)
        .expect("valid check-in");
    ws.add_check_in(id.into(), &kr.id, valid)
        .expect("the period is open");
}

fn current(ws: &Workspace) -> f64 {
    match ws.key_result(&"kr".into()).map(|kr| &kr.measure) {
        Some(Measure::Metric { current, .. }) => *current,
        _ => f64::NAN,
    }
}

#[test]
fn pace_is_the_share_of_days_passed_at_start_middle_and_end() {
    let ws = with_kr();
    let kr = ws.key_result(&"kr".into()).expect("kr");
    let q4 = ws.period(&"q4".into()).expect("q4");
    assert_eq!(q4.days(), 92);
    assert_eq!(ws.elapsed(kr, day(2026, 9, 30)), Some(0.0));
    assert_eq!(ws.expected_progress(kr, day(2026, 9, 30)), None);
    assert!((ws.expected_progress(kr, day(2026, 10, 1)).unwrap_or(0.0) - 1.0 / 92.0).abs() < 1e-12);
    assert!(
        (ws.expected_progress(kr, day(2026, 11, 15)).unwrap_or(0.0) - 46.0 / 92.0).abs() < 1e-12
    );
    assert_eq!(ws.expected_progress(kr, day(2026, 12, 31)), Some(1.0));
    assert_eq!(ws.expected_progress(kr, day(2027, 2, 1)), Some(1.0));
    assert_eq!(ws.expected_value(kr, day(2026, 12, 31)), Some(100.0));
}

#[test]
fn a_stretch_key_result_is_paced_toward_0_7_everywhere() {
    let mut ws = with_kr();
    ws.key_results.push(ladder::domain::KeyResult {
        commitment: Commitment::Stretch,
        ..metric_kr("stretch", "o", 0.0, 100.0, 35.0)
    });
    let stretch = ws.key_result(&"stretch".into()).cloned().expect("stretch");
    let end = day(2026, 12, 31);
    assert!((ws.expected_progress(&stretch, end).unwrap_or(0.0) - 0.7).abs() < 1e-12);
    assert!((ws.expected_value(&stretch, end).unwrap_or(0.0) - 70.0).abs() < 1e-9);
    // Half way, 35 of 100 is exactly the stretch pace: on track, as the marker shows.
    let middle = day(2026, 11, 15);
    let expected = ws.expected_progress(&stretch, middle).unwrap_or(0.0);
    assert!((expected - 0.35).abs() < 0.01);
    assert_eq!(ws.suggested_status(&stretch, middle), Some(Status::OnTrack));
    // The objective's marker is the weighted mean of its key results' pace.
    let objective = ws
        .objective_expected_progress(&"o".into(), end)
        .unwrap_or(0.0);
    assert!((objective - 0.85).abs() < 1e-12);
    // A milestone has no value between not done and done.
    ws.key_results.push(ladder::domain::KeyResult {
        measure: Measure::Milestone { done: false },
        ..metric_kr("m", "o", 0.0, 1.0, 0.0)
    });
    let m = ws.key_result(&"m".into()).cloned().expect("milestone");
    assert_eq!(ws.expected_value(&m, end), None);
}

#[test]
fn pace_counts_days_not_hours_across_daylight_saving_changes() {
    // Europe changes clocks on 29 March and 25 October 2026; a 23- or 25-hour
    // day still counts as one day of the period.
    let q1 = Period::quarter(PeriodId::from("q1"), (2026, 1)).expect("q1");
    let before = q1.elapsed(day(2026, 3, 28));
    let on = q1.elapsed(day(2026, 3, 29));
    let after = q1.elapsed(day(2026, 3, 30));
    assert!(((on - before) - (after - on)).abs() < 1e-12);
    assert!(((on - before) - 1.0 / q1.days() as f64).abs() < 1e-12);
    let q4 = Period::quarter(PeriodId::from("q4"), (2026, 4)).expect("q4");
    assert!(
        ((q4.elapsed(day(2026, 10, 25)) - q4.elapsed(day(2026, 10, 24))) - 1.0 / 92.0).abs()
            < 1e-12
    );
}

#[test]
fn suggested_status_thresholds() {
    assert_eq!(Status::suggested(0.5, 0.5), Status::OnTrack);
    assert_eq!(Status::suggested(0.4, 0.5), Status::OnTrack);
    assert_eq!(Status::suggested(0.39, 0.5), Status::AtRisk);
    assert_eq!(Status::suggested(0.25, 0.5), Status::AtRisk);
    assert_eq!(Status::suggested(0.24, 0.5), Status::OffTrack);
    assert_eq!(Status::suggested(1.0, 0.2), Status::OnTrack);
    assert_eq!(Status::OffTrack.label(), "Needs help");
}

#[test]
fn the_latest_check_in_sets_the_value_and_the_chosen_status_wins() {
    let mut ws = with_kr();
    check_in(
        &mut ws,
        "a",
        "2026-10-10",
        "10",
        Status::OnTrack,
        "2026-11-20",
    );
    check_in(
        &mut ws,
        "c",
        "2026-11-14",
        "30",
        Status::OffTrack,
        "2026-11-20",
    );
    // Entered late but dated earlier: it is not the latest.
    check_in(
        &mut ws,
        "b",
        "2026-10-24",
        "20",
        Status::AtRisk,
        "2026-11-20",
    );
    assert_eq!(current(&ws), 30.0);
    let kr = ws.key_result(&"kr".into()).cloned().expect("kr");
    // Pace at 18 Nov is 49/92 ≈ 0.53; 0.30 is 23 points behind: at risk suggested.
    assert_eq!(
        ws.suggested_status(&kr, day(2026, 11, 18)),
        Some(Status::AtRisk)
    );
    assert_eq!(
        ws.key_result_status(&kr, day(2026, 11, 20)),
        Some(Status::OffTrack)
    );
    assert_eq!(
        ws.objective_status(&"o".into(), day(2026, 11, 20)),
        Some(Status::OffTrack)
    );
    let history: Vec<&str> = ws
        .check_ins_of(&kr.id)
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(history, ["a", "b", "c"]);
    assert_eq!(
        value_series(&ws.check_ins_of(&kr.id)),
        vec![
            (day(2026, 10, 10), 10.0),
            (day(2026, 10, 24), 20.0),
            (day(2026, 11, 14), 30.0)
        ]
    );
    assert_eq!(
        ws.status_trend(&kr),
        [Status::OnTrack, Status::AtRisk, Status::OffTrack]
    );

    ws.delete_check_in(&"c".into()).expect("the period is open");
    assert_eq!(current(&ws), 20.0);
    ws.delete_check_in(&"b".into()).expect("the period is open");
    ws.delete_check_in(&"a".into()).expect("the period is open");
    assert_eq!(
        current(&ws),
        0.0,
        "with no check-ins a key result is at its start"
    );
}

#[test]
fn check_ins_are_validated_where_typed() {
    let mut ws = with_kr();
    let kr = ws.key_result(&"kr".into()).cloned().expect("kr");
    let today = day(2026, 11, 20);
    let bad = CheckInDraft {
        value: "lots".to_owned(),
        date: "2026-11-21".to_owned(),
        author: "Nobody".to_owned(),
        ..CheckInDraft::default()
    };
    let errors = bad.validate(&ws, &kr, today, &Plain).expect_err("invalid");
    assert!(errors.get("value").is_some());
    assert!(errors.get("status").is_some());
    assert_eq!(
        errors.get("date"),
        Some("A check-in cannot be dated in the future.")
    );
    assert!(errors.get("author").is_some_and(|m| m.contains("Nobody")));

    let outside = CheckInDraft {
        value: "5".to_owned(),
        status: Some(Status::OnTrack),
        date: "2026-09-30".to_owned(),
        ..CheckInDraft::default()
    };
    let errors = outside
        .validate(&ws, &kr, today, &Plain)
        .expect_err("outside the period");
    assert_eq!(
        errors.get("date"),
        Some("Pick a day in 2026 Q4 (1 Oct – 31 Dec 2026).")
    );

    // Late check-ins are fine after the period ends, until it is closed.
    let late = CheckInDraft {
        date: "2026-12-30".to_owned(),
        ..outside.clone()
    };
    assert!(late.validate(&ws, &kr, day(2027, 1, 6), &Plain).is_ok());
    ws.set_period_closed(&"q4".into(), true);
    let errors = late
        .validate(&ws, &kr, day(2027, 1, 6), &Plain)
        .expect_err("closed");
    assert!(errors.get("date").is_some_and(|m| m.contains("closed")));
}

#[test]
fn a_key_result_without_a_recent_check_in_is_due() {
    let mut ws = with_kr();
    ws.key_results.push(metric_kr("kr2", "o", 0.0, 10.0, 0.0));
    check_in(
        &mut ws,
        "a",
        "2026-11-10",
        "10",
        Status::OnTrack,
        "2026-11-10",
    );
    let due = ws.due_for_check_in(&"q4".into(), &[], day(2026, 11, 17));
    // kr: 7 days is not longer than weekly; kr2: never, 47 days since the start.
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].key_result, KeyResultId::from("kr2"));
    assert_eq!(due[0].last, None);
    let due = ws.due_for_check_in(&"q4".into(), &[], day(2026, 11, 18));
    assert_eq!(due.len(), 2);
    ws.set_check_in_cadence(14);
    assert_eq!(
        ws.due_for_check_in(&"q4".into(), &[], day(2026, 11, 18))
            .len(),
        1
    );
    assert!(
        ws.due_for_check_in(&"q4".into(), &[], day(2027, 1, 5))
            .is_empty(),
        "period over"
    );
    assert!(
        ws.due_for_check_in(&"q4".into(), &["sales".into()], day(2026, 11, 18))
            .is_empty()
    );
}

#[test]
fn kpi_health_follows_the_range_and_its_margin() {
    let mut kpi = Kpi {
        id: "k".into(),
        unit: "acme".into(),
        name: "Backlog".to_owned(),
        measure_unit: "tickets".to_owned(),
        healthy: HealthyRange::AtMost { max: 40.0 },
        warning_margin: None,
        readings: Vec::new(),
        archived: false,
        owner: None,
        rev: Revision::default(),
    };
    use ladder::domain::Health::*;
    assert_eq!(kpi.health(), None);
    assert_eq!(kpi.health_of(40.0), Healthy);
    assert_eq!(
        kpi.health_of(44.0),
        Warning,
        "older files without a margin keep a tenth of the threshold"
    );
    kpi.warning_margin = Some(4.0);
    assert_eq!(kpi.health_of(44.0), Warning);
    assert_eq!(kpi.health_of(44.5), Unhealthy);
    kpi.readings.push(KpiReading {
        date: day(2026, 11, 2),
        value: 39.0,
        note: String::new(),
    });
    kpi.readings.push(KpiReading {
        date: day(2026, 11, 9),
        value: 50.0,
        note: String::new(),
    });
    assert_eq!(kpi.health(), Some(Unhealthy));
    kpi.healthy = HealthyRange::Between {
        min: 20.0,
        max: 30.0,
    };
    kpi.warning_margin = Some(2.0);
    assert_eq!(kpi.health_of(19.0), Warning);
    assert_eq!(kpi.health_of(17.0), Unhealthy);
    assert_eq!(kpi.health_of(25.0), Healthy);
    kpi.healthy = HealthyRange::AtLeast { min: 99.9 };
    kpi.warning_margin = Some(0.05);
    assert_eq!(kpi.health_of(99.86), Warning);
    assert_eq!(kpi.health_of(99.8), Unhealthy);
    kpi.healthy = HealthyRange::Between {
        min: 20.0,
        max: 30.0,
    };
    kpi.warning_margin = None;
    assert_eq!(
        kpi.health_of(19.0),
        Warning,
        "a range's default margin is a tenth of its width"
    );
    assert_eq!(kpi.health_of(18.9), Unhealthy);
}

#[test]
fn a_kpi_needs_a_margin_for_one_threshold_and_its_values_can_be_corrected() {
    let draft = KpiDraft {
        name: "Uptime".to_owned(),
        measure_unit: "%".to_owned(),
        range: RangeKind::AtLeast,
        min: "99.9".to_owned(),
        ..KpiDraft::default()
    };
    let errors = draft.validate().expect_err("margin is required");
    assert!(errors.get("margin").is_some());
    let valid = KpiDraft {
        margin: "0.4".to_owned(),
        ..draft.clone()
    }
    .validate()
    .expect("valid");
    let between = KpiDraft {
        range: RangeKind::Between,
        min: "2".to_owned(),
        max: "4".to_owned(),
        ..draft
    };
    assert!(between.validate().is_ok(), "a range has a default margin");

    let mut ws = org();
    ws.add_kpi("k".into(), &"acme".into(), None, valid);
    for (d, v) in [(2, 99.95), (9, 99.0)] {
        ws.add_kpi_reading(
            &"k".into(),
            KpiReading {
                date: day(2026, 11, d),
                value: v,
                note: String::new(),
            },
        );
    }
    let health = |ws: &Workspace| ws.kpi(&"k".into()).and_then(|k| k.health());
    assert_eq!(health(&ws), Some(ladder::domain::Health::Unhealthy));
    ws.update_kpi_reading(
        &"k".into(),
        1,
        KpiReading {
            date: day(2026, 11, 9),
            value: 99.7,
            note: "Typo".to_owned(),
        },
    );
    assert_eq!(health(&ws), Some(ladder::domain::Health::Warning));
    ws.delete_kpi_reading(&"k".into(), 1);
    assert_eq!(health(&ws), Some(ladder::domain::Health::Healthy));
    ws.delete_kpi_reading(&"k".into(), 7);
    assert_eq!(ws.kpi(&"k".into()).map(|k| k.readings.len()), Some(1));
    ws.set_kpi_archived(&"k".into(), true);
    assert!(
        ws.kpi(&"k".into())
            .is_some_and(|k| k.archived && k.readings.len() == 1)
    );
}

#[test]
fn initiatives_never_count_toward_progress_and_links_must_be_web_links() {
    let mut ws = with_kr();
    let before = ws.objective_progress(&"o".into());
    let valid = InitiativeDraft {
        title: "Run webinars".to_owned(),
        status: InitiativeStatus::Done,
        ..InitiativeDraft::default()
    }
    .validate(&ws)
    .expect("valid");
    ws.add_initiative("i".into(), &"kr".into(), valid)
        .expect("the period is open");
    assert_eq!(ws.objective_progress(&"o".into()), before);
    let bad = InitiativeDraft {
        title: "x".to_owned(),
        link: "javascript:alert(1)".to_owned(),
        ..InitiativeDraft::default()
    };
    assert!(
        bad.validate(&ws)
            .expect_err("bad link")
            .get("link")
            .is_some()
    );
    ws.delete_key_result(&"kr".into())
        .expect("the period is open");
    assert!(ws.initiatives.is_empty());
    assert!(ws.problems().is_empty());
}

#[test]
fn scores_are_suggested_from_progress_and_adjusting_needs_a_reason() {
    let mut ws = with_kr();
    ws.key_results.push(KeyResult_stretch());
    check_in(
        &mut ws,
        "a",
        "2026-12-20",
        "64",
        Status::AtRisk,
        "2026-12-31",
    );
    let kr = ws.key_result(&"kr".into()).cloned().expect("kr");
    assert_eq!(ws.suggested_score(&kr), 0.6);
    let draft = GradeDraft::of(&ws, &kr);
    assert_eq!(draft.score, "0.6");
    let adjusted = GradeDraft {
        score: "0.8".to_owned(),
        ..draft.clone()
    };
    assert!(
        adjusted
            .validate(0.6, &Plain)
            .expect_err("needs a reason")
            .get("reason")
            .is_some()
    );
    assert!(
        GradeDraft {
            score: "1.2".to_owned(),
            ..draft.clone()
        }
        .validate(0.6, &Plain)
        .is_err()
    );
    let experiment = GradeDraft {
        experiment: true,
        ..draft.clone()
    };
    assert!(
        experiment
            .validate(0.6, &Plain)
            .expect_err("needs learning")
            .get("learning")
            .is_some()
    );
    let grade = GradeDraft {
        score: "0.8".to_owned(),
        reason: "The last deal closed on 2 January".to_owned(),
        ..draft
    }
    .validate(0.6, &Plain)
    .expect("valid");
    let before = ws.score_distribution(&"q4".into(), &[]);
    assert_eq!(before.suggested, 1, "kr is not graded yet");
    assert!(
        before
            .suggested_note()
            .is_some_and(|n| n.starts_with("1 key result of 2"))
    );
    ws.set_grade(&kr.id, Some(grade))
        .expect("the period is open");
    // Weighted: kr 0.8 × 1, stretch 0.7 × 3 → (0.8 + 2.1) / 4 = 0.725.
    let score = ws.objective_score(&"o".into()).expect("scored");
    assert!((score - 0.725).abs() < 1e-9);
    let d = ws.score_distribution(&"q4".into(), &[]);
    assert_eq!(d.commit, [0, 0, 1]);
    assert_eq!(d.stretch, [0, 0, 1]);
    assert_eq!(d.suggested, 0);
    assert_eq!(d.suggested_note(), None);
    assert_eq!(Band::of(0.3), Band::Low);
    assert_eq!(Band::of(0.4), Band::Middle);
    assert_eq!(Band::of(0.6), Band::Middle);
    assert_eq!(Band::of(0.7), Band::High);
}

#[allow(non_snake_case)]
fn KeyResult_stretch() -> ladder::domain::KeyResult {
    ladder::domain::KeyResult {
        commitment: Commitment::Stretch,
        weight: 3.0,
        grade: Some(Grade {
            score: 0.7,
            reason: String::new(),
            experiment: true,
            learning: "Resellers reach buyers we cannot".to_owned(),
        }),
        ..metric_kr("stretch", "o", 0.0, 10.0, 7.0)
    }
}

#[test]
fn rollover_copies_the_unfinished_key_result_and_links_back() {
    let mut ws = with_kr();
    ws.objectives
        .push(objective("child", "sales", "q4", Some("o")));
    ws.key_results
        .push(metric_kr("child-kr", "child", 10.0, 0.0, 4.0));
    let q1 = Period::quarter(PeriodId::from("q1"), (2027, 1)).expect("q1");
    ws.periods.push(q1);
    check_in(
        &mut ws,
        "a",
        "2026-12-20",
        "64",
        Status::AtRisk,
        "2026-12-31",
    );
    let valid = InitiativeDraft {
        title: "Open".to_owned(),
        ..InitiativeDraft::default()
    }
    .validate(&ws)
    .expect("valid");
    ws.add_initiative("open".into(), &"kr".into(), valid.clone())
        .expect("the period is open");
    ws.add_initiative(
        "done".into(),
        &"kr".into(),
        ladder::domain::ValidInitiative {
            status: InitiativeStatus::Done,
            ..valid
        },
    )
    .expect("the period is open");
    assert!(!ws.can_roll_over(&"q4".into(), day(2026, 12, 30)));
    assert!(ws.can_roll_over(&"q4".into(), day(2026, 12, 31)));

    let mut n = 0u64;
    let done = ws.roll_over(&["kr".into(), "child-kr".into()], &"q1".into(), || {
        n += 1;
        n
    });
    assert_eq!(done.key_results.len(), 2);
    assert_eq!(done.objectives.len(), 2);
    let copy = ws.key_result(&done.key_results[0]).cloned().expect("copy");
    assert_eq!(copy.rolled_from, Some("kr".into()));
    assert_eq!(
        copy.measure,
        Measure::Metric {
            start: 64.0,
            target: 100.0,
            current: 64.0,
            unit: String::new()
        }
    );
    assert_eq!(copy.commitment, Commitment::Commit);
    assert!(
        ws.check_ins_of(&copy.id).is_empty(),
        "check-ins stay with the original"
    );
    let initiatives = ws.initiatives_of(&copy.id);
    assert_eq!(initiatives.len(), 1);
    assert_eq!(initiatives[0].title, "Open");
    let company_copy = ws
        .objective(&copy.objective)
        .cloned()
        .expect("objective copy");
    assert_eq!(company_copy.period, PeriodId::from("q1"));
    assert_eq!(company_copy.rolled_from, Some("o".into()));
    // The child's copy ladders up to the company objective's copy, in the same period.
    let child_copy = ws
        .objective(&done.objectives[1])
        .cloned()
        .expect("child copy");
    assert_eq!(child_copy.parent, Some(company_copy.id.clone()));
    assert!(ws.problems().is_empty());

    // Rolling the same key result again changes nothing; another key result
    // of the same objective joins the existing copy; nothing goes backwards.
    let again = ws.roll_over(&["kr".into()], &"q1".into(), || {
        n += 1;
        n
    });
    assert!(again.key_results.is_empty());
    ws.key_results.push(metric_kr("kr3", "o", 0.0, 10.0, 2.0));
    let more = ws.roll_over(&["kr3".into()], &"q1".into(), || {
        n += 1;
        n
    });
    assert_eq!(more.objectives, vec![company_copy.id.clone()]);
    let back = ws.roll_over(std::slice::from_ref(&copy.id), &"q4".into(), || {
        n += 1;
        n
    });
    assert!(back.key_results.is_empty(), "never into an earlier period");
    // Deleting the origin clears the links instead of leaving them dangling.
    ws.delete_objective(&"o".into())
        .expect("the period is open");
    assert!(ws.problems().is_empty());
    assert_eq!(
        ws.objective(&company_copy.id)
            .and_then(|o| o.rolled_from.clone()),
        None
    );
}

#[test]
fn the_retrospective_shows_scores_trends_learnings_and_reflections_not_rankings() {
    let mut ws = with_kr();
    ws.key_results.push(KeyResult_stretch());
    check_in(
        &mut ws,
        "a",
        "2026-11-01",
        "30",
        Status::OnTrack,
        "2026-12-31",
    );
    check_in(
        &mut ws,
        "b",
        "2026-12-01",
        "40",
        Status::AtRisk,
        "2026-12-31",
    );
    ws.set_reflection(
        &"o".into(),
        "learning",
        "Start the partner programme earlier.",
    )
    .expect("the period is open");
    let md = ws.retrospective(&"q4".into(), None, &Plain);
    assert!(md.starts_with("# Retrospective: Acme · 2026 Q4"));
    assert!(md.contains("| Commit | 0 | 1 | 0 |"), "{md}");
    assert!(md.contains("| Stretch | 0 | 0 | 1 |"), "{md}");
    assert!(md.contains("On track → At risk"));
    assert!(md.contains("a valuable experiment): Resellers reach buyers we cannot"));
    // Answers and titles cannot inject markup into the wiki page.
    ws.set_reflection(
        &"o".into(),
        "impact",
        "Line one\n---\n# Not [x](javascript:y)",
    )
    .expect("the period is open");
    let md = ws.retrospective(&"q4".into(), None, &Plain);
    assert!(
        md.contains("> Line one\n> ---\n> \\# Not \\[x\\](javascript:y)"),
        "{md}"
    );
    assert!(md.contains("**Learning** — What did we learn, and how will we apply it?"));
    assert!(md.contains("Start the partner programme earlier."));
    assert!(!md.contains("Ada"), "no people in the summary's scores");
    let sales = ws.retrospective(&"q4".into(), Some(&"sales".into()), &Plain);
    assert!(sales.contains("No objectives in this period."));
}

#[test]
fn the_sample_company_is_a_living_example() {
    let mut seed = 7u64;
    let today = day(2026, 11, 25);
    let ws = sample_company(today, || {
        seed += 1;
        seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    });
    assert!(ws.problems().is_empty(), "{:?}", ws.problems());
    assert!(ws.check_ins.len() >= 40);
    assert!(ws.initiatives.len() >= 5);
    assert!(ws.kpis.len() >= 3);
    for kr in &ws.key_results {
        if let Some(latest) = ws.latest_check_in(&kr.id) {
            assert_eq!(kr.measure.reading(), latest.reading, "{}", kr.title);
            assert!(latest.date <= today);
        }
    }
    let current = ws.current_period.clone().expect("current period");
    assert!(!ws.due_for_check_in(&current, &[], today).is_empty());
    assert!(
        ws.kpis
            .iter()
            .any(|k| k.health() != Some(ladder::domain::Health::Healthy))
    );
    let closed: Vec<&Period> = ws.periods.iter().filter(|p| p.closed).collect();
    assert_eq!(closed.len(), 1);
    assert!(
        ws.key_results
            .iter()
            .any(|kr| kr.grade.as_ref().is_some_and(|g| g.experiment))
    );
    assert!(ws.objectives.iter().any(|o| !o.reflection.is_empty()));
}

#[test]
fn a_check_in_is_stored_with_its_reading_flattened() {
    let mut ws = with_kr();
    check_in(
        &mut ws,
        "a",
        "2026-11-01",
        "30",
        Status::OnTrack,
        "2026-12-31",
    );
    let json = serde_json::to_value(&ws.check_ins[0]).expect("serialises");
    assert_eq!(json["value"], 30.0);
    assert_eq!(json["status"], "on_track");
    assert_eq!(json["date"], "2026-11-01");
    let back: ladder::domain::CheckIn = serde_json::from_value(json).expect("reads back");
    assert_eq!(back.reading, Reading::Value(30.0));
}

proptest! {
    /// An objective's score stays in 0..=1 and between its lowest and highest key result.
    #[test]
    fn objective_score_is_a_bounded_weighted_mean(
        krs in prop::collection::vec((0.0f64..=1.0, 0.1f64..10.0), 1..6)
    ) {
        let mut ws = org();
        ws.objectives.push(objective("o", "acme", "q4", None));
        for (i, (score, weight)) in krs.iter().enumerate() {
            ws.key_results.push(ladder::domain::KeyResult {
                weight: *weight,
                grade: Some(Grade { score: *score, reason: String::new(), experiment: false, learning: String::new() }),
                ..metric_kr(&format!("k{i}"), "o", 0.0, 1.0, 0.0)
            });
        }
        let score = ws.objective_score(&"o".into()).expect("scored");
        let lo = krs.iter().map(|k| k.0).fold(f64::INFINITY, f64::min);
        let hi = krs.iter().map(|k| k.0).fold(f64::NEG_INFINITY, f64::max);
        prop_assert!(score >= lo - 1e-9 && score <= hi + 1e-9);
    }

    /// KPI health only gets worse the further a value is from the healthy range.
    #[test]
    fn kpi_health_worsens_with_distance(max in -1000.0f64..1000.0, a in 0.0f64..500.0, b in 0.0f64..500.0) {
        let kpi = Kpi {
            id: "k".into(), unit: "acme".into(), name: "k".to_owned(), measure_unit: String::new(),
            healthy: HealthyRange::AtMost { max }, warning_margin: None, readings: Vec::new(), archived: false, owner: None,
            rev: Revision::default(),
        };
        let (near, far) = if a <= b { (a, b) } else { (b, a) };
        let rank = |h| match h { ladder::domain::Health::Healthy => 0, ladder::domain::Health::Warning => 1, _ => 2 };
        prop_assert!(rank(kpi.health_of(max + near)) <= rank(kpi.health_of(max + far)));
    }

    /// Pace never decreases from one day to the next and stays within 0..=1.
    #[test]
    fn pace_is_monotonic(offset in 0i64..400) {
        let q = Period::quarter(PeriodId::from("q"), (2026, 1)).expect("q1");
        let d = day(2025, 12, 1) + chrono::Duration::days(offset);
        let a = q.elapsed(d);
        let b = q.elapsed(d + chrono::Duration::days(1));
        prop_assert!((0.0..=1.0).contains(&a) && a <= b);
    }
}

#[test]
fn rolling_over_lands_in_the_next_period_and_creates_the_quarter_if_missing() {
    let mut ws = with_kr();
    assert_eq!(
        ws.next_period_name(&"q3".into()).as_deref(),
        Some("2026 Q4")
    );
    assert_eq!(
        ws.next_period_name(&"q4".into()).as_deref(),
        Some("2027 Q1")
    );
    let mut seed = 0u64;
    let (into, done) = ws
        .roll_over_into_next(&["kr".into()], &"q4".into(), || {
            seed += 1;
            seed
        })
        .expect("rolled over");
    assert_eq!(ws.period(&into).map(|p| p.name.as_str()), Some("2027 Q1"));
    assert_eq!(done.key_results.len(), 1);
    assert_eq!(ws.periods.len(), 3);
    // Refusals create nothing: a second copy, or a closed next period.
    ws.key_results.push(metric_kr("kr2", "o", 0.0, 100.0, 10.0));
    let before = ws.clone();
    let again = ws.roll_over_into_next(&["kr".into()], &"q4".into(), || 98);
    assert!(again.is_err_and(|e| e.contains("already")));
    assert_eq!(ws, before);
    ws.set_period_closed(&into, true);
    let before = ws.clone();
    let refused = ws.roll_over_into_next(&["kr2".into()], &"q4".into(), || 99);
    assert!(refused.is_err_and(|e| e.contains("closed")));
    assert_eq!(ws, before);
}

#[test]
fn the_latest_check_in_is_by_date_then_by_entry() {
    let mut ws = with_kr();
    for (id, date, value) in [
        ("c1", "2026-11-10", "30"),
        ("c2", "2026-11-05", "20"),
        ("c3", "2026-11-10", "35"),
    ] {
        check_in(&mut ws, id, date, value, Status::OnTrack, "2026-11-20");
    }
    let latest = |ws: &Workspace| ws.latest_check_in(&"kr".into()).map(|c| c.id.clone());
    assert_eq!(latest(&ws), Some("c3".into()));
    assert_eq!(current(&ws), 35.0);
    let removed = ws.delete_check_in(&"c3".into());
    assert_eq!(removed, Ok(()));
    assert_eq!(latest(&ws), Some("c1".into()));
    assert_eq!(current(&ws), 30.0);
}

/// Found by the fuzzer: with a start and a target near the ends of the
/// float range, pace's expected value overflowed to infinity.
#[test]
fn pace_expects_a_finite_value_between_the_ends_of_the_float_range() {
    let mut ws = with_kr();
    ws.key_results[0].measure = Measure::Metric {
        start: -f64::MAX,
        target: f64::MAX,
        current: 0.0,
        unit: String::new(),
    };
    let kr = ws.key_results[0].clone();
    let middle = "2026-11-15".parse().expect("a day");
    let expected = ws.expected_value(&kr, middle).expect("a metric has one");
    assert!(
        expected.is_finite() && expected.abs() < f64::MAX / 4.0,
        "{expected}"
    );
    let end = "2026-12-31".parse().expect("a day");
    assert_eq!(ws.expected_value(&kr, end), Some(f64::MAX));
}

/// Found by the fuzzer: a range from -1e308 to 1e308 took an infinite
/// default margin, so nothing outside it could be unhealthy.
#[test]
fn a_kpi_range_across_the_floats_has_a_finite_margin() {
    let kpi = Kpi {
        id: "k".into(),
        unit: "acme".into(),
        name: "Balance".to_owned(),
        measure_unit: String::new(),
        healthy: HealthyRange::Between {
            min: -1e308,
            max: 1e308,
        },
        warning_margin: None,
        readings: Vec::new(),
        archived: false,
        owner: None,
        rev: Revision::default(),
    };
    assert_eq!(kpi.margin(), 2e307);
    use ladder::domain::Health::*;
    assert_eq!(kpi.health_of(0.0), Healthy);
    assert_eq!(kpi.health_of(-f64::MAX), Unhealthy);
}

/// The strip's counts, summed over units, in the order rows show statuses.
fn strip(ws: &Workspace, today: chrono::NaiveDate) -> [usize; 4] {
    ws.status_counts(&"q4".into(), today)
        .iter()
        .fold([0; 4], |mut sum, (_, c)| {
            for (total, n) in
                sum.iter_mut()
                    .zip([c.on_track, c.at_risk, c.off_track, c.not_checked_in])
            {
                *total += n;
            }
            sum
        })
}

#[test]
fn a_new_key_result_reads_not_checked_in_for_its_first_cadence() {
    let mut ws = with_kr();
    // Added on 3 Dec, with the quarter 70% gone and nothing moved yet.
    let added = day(2026, 12, 3);
    if let Some(kr) = ws.key_results.find_mut(|kr| kr.id == "kr".into()) {
        kr.created = Some(added);
    }
    let kr = ws.key_result(&"kr".into()).cloned().expect("kr");
    for offset in 0..=7 {
        let today = added + chrono::Days::new(offset);
        assert!(ws.awaiting_first_check_in(&kr, today), "day {offset}");
        assert_eq!(ws.key_result_status(&kr, today), None, "day {offset}");
        assert_eq!(ws.objective_status(&"o".into(), today), None);
        assert_eq!(strip(&ws, today), [0, 0, 0, 1]);
        assert!(ws.due_of(&kr, None, today).is_none(), "not due yet");
    }
    // A cadence later, pace judges it, and it is due.
    let later = added + chrono::Days::new(8);
    assert_eq!(ws.key_result_status(&kr, later), Some(Status::OffTrack));
    assert_eq!(strip(&ws, later), [0, 0, 1, 0]);
    assert!(ws.due_of(&kr, None, later).is_some());
    // A first check-in's status wins at once.
    check_in(
        &mut ws,
        "c1",
        "2026-12-04",
        "5",
        Status::AtRisk,
        "2026-12-04",
    );
    let kr = ws.key_result(&"kr".into()).cloned().expect("kr");
    assert_eq!(
        ws.key_result_status(&kr, added + chrono::Days::new(1)),
        Some(Status::AtRisk)
    );
    assert_eq!(strip(&ws, added + chrono::Days::new(1)), [0, 1, 0, 0]);
}

#[test]
fn a_key_result_of_unknown_age_waits_from_its_period_start() {
    let ws = with_kr();
    let kr = ws.key_result(&"kr".into()).cloned().expect("kr");
    assert_eq!(kr.created, None);
    assert_eq!(ws.key_result_status(&kr, day(2026, 10, 8)), None);
    assert_eq!(
        ws.key_result_status(&kr, day(2026, 10, 9)),
        Some(Status::OnTrack)
    );
    assert_eq!(
        ws.key_result_status(&kr, day(2026, 11, 15)),
        Some(Status::OffTrack)
    );
}

proptest! {
    /// Whatever the day, the sample company's strip counts exactly what its rows show.
    #[test]
    fn the_strip_and_the_rows_always_agree(offset in 0u64..200) {
        let mut seed = 7u64;
        let ws = sample_company(day(2026, 11, 15), || {
            seed += 1;
            seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
        });
        let today = day(2026, 9, 1) + chrono::Days::new(offset);
        let Some(period) = ws.current_period.clone() else {
            return Err(TestCaseError::fail("the sample has a current period"));
        };
        let mut from_rows = [0usize; 4];
        for o in ws.objectives_in(&period) {
            for kr in ws.key_results_of(&o.id) {
                let slot = match ws.key_result_status(kr, today) {
                    Some(Status::OnTrack) => 0,
                    Some(Status::AtRisk) => 1,
                    Some(Status::OffTrack) => 2,
                    None => 3,
                };
                from_rows[slot] += 1;
            }
        }
        let counted = ws.status_counts(&period, today).iter().fold([0usize; 4], |mut s, (_, c)| {
            s[0] += c.on_track;
            s[1] += c.at_risk;
            s[2] += c.off_track;
            s[3] += c.not_checked_in;
            s
        });
        prop_assert_eq!(from_rows, counted);
    }
}
