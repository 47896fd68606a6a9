//! The OKR coach: each rule caught where it applies and quiet where it does
//! not, the output-vs-outcome reading measured on a labelled fixture, and
//! `ladder-lint` agreeing with the coach on the same data.

use crate::common::{day, metric_kr, objective, org};
use chrono::NaiveDate;
use ladder::domain::coach::outcome::{OutputSign, output_sign};
use ladder::domain::coach::{
    Finding, Report, Rule, Severity, Sorted, Subject, coach, coach_objective, coach_period,
};
use ladder::domain::{
    CheckIn, CheckInId, Choices, Commitment, KeyResult, Measure, PeriodId, Reading, ReplicaId,
    Revision, Status, Workspace, sample_company,
};
use ladder::storage::snapshot;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

const TODAY: (i32, u32, u32) = (2026, 11, 25);

fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1, TODAY.2)
}

/// The (rule, record) pairs the coach finds.
fn found(ws: &Workspace) -> Vec<(&'static str, String)> {
    coach(ws, today())
        .iter()
        .map(|f| (f.rule.id(), f.subject.record_id()))
        .collect()
}

fn has(ws: &Workspace, rule: Rule, record: &str) -> bool {
    found(ws).contains(&(rule.id(), record.to_owned()))
}

fn titled(mut kr: KeyResult, title: &str) -> KeyResult {
    kr.title = title.to_owned();
    kr
}

fn milestone(id: &str, objective: &str, title: &str) -> KeyResult {
    KeyResult {
        measure: Measure::Milestone { done: false },
        ..titled(metric_kr(id, objective, 0.0, 1.0, 0.0), title)
    }
}

fn check_in(ws: &mut Workspace, kr: &str, date: NaiveDate, value: f64, status: Status, note: &str) {
    let id = format!("c{}", ws.check_ins.len());
    ws.check_ins.push(CheckIn {
        id: CheckInId::from(id.as_str()),
        key_result: kr.into(),
        date,
        reading: Reading::Value(value),
        status,
        note: note.to_owned(),
        author: None,
        rev: Revision::default(),
    });
    ws.resync_current_values();
}

/// A company objective in q4 and a sales objective under it, each with one
/// recently checked-in, outcome-style key result: nothing to say.
fn sound() -> Workspace {
    let mut ws = org();
    ws.objectives.push(objective("top", "acme", "q4", None));
    ws.objectives
        .push(objective("o1", "sales", "q4", Some("top")));
    ws.key_results.push(titled(
        metric_kr("k0", "top", 0.0, 10.0, 0.0),
        "Grow ARR from €2M to €3M",
    ));
    ws.key_results.push(titled(
        metric_kr("k1", "o1", 0.0, 40.0, 0.0),
        "Win 40 paying customers",
    ));
    check_in(&mut ws, "k0", day(2026, 11, 20), 4.0, Status::OnTrack, "");
    check_in(&mut ws, "k1", day(2026, 11, 20), 15.0, Status::OnTrack, "");
    ws
}

#[test]
fn a_sound_set_of_okrs_gets_no_advice() {
    assert_eq!(found(&sound()), Vec::new());
}

#[test]
fn focus_more_than_three_objectives_for_a_unit() {
    let mut ws = sound();
    for id in ["o2", "o3"] {
        ws.objectives
            .push(objective(id, "sales", "q4", Some("top")));
        ws.key_results.push(titled(
            metric_kr(&format!("{id}k"), id, 0.0, 5.0, 0.0),
            "Sign 5 resellers",
        ));
    }
    assert!(
        !has(&ws, Rule::TooManyObjectives, "sales"),
        "three is the limit"
    );
    ws.objectives
        .push(objective("o4", "sales", "q4", Some("top")));
    assert!(has(&ws, Rule::TooManyObjectives, "sales"));
    // Another period, or an archived objective, does not count.
    ws.objectives
        .find_mut(|o| o.id.as_str() == "o4")
        .expect("added")
        .archived = true;
    assert!(!has(&ws, Rule::TooManyObjectives, "sales"));
}

#[test]
fn focus_more_than_five_key_results_and_none_at_all() {
    let mut ws = sound();
    for i in 2..=5 {
        ws.key_results.push(titled(
            metric_kr(&format!("k{i}"), "o1", 0.0, 5.0, 0.0),
            "Raise NPS from 30 to 45",
        ));
    }
    assert!(
        !has(&ws, Rule::TooManyKeyResults, "o1"),
        "five is the limit"
    );
    ws.key_results.push(titled(
        metric_kr("k6", "o1", 0.0, 5.0, 0.0),
        "Cut churn from 5% to 3%",
    ));
    assert!(has(&ws, Rule::TooManyKeyResults, "o1"));

    ws.objectives
        .push(objective("empty", "marketing", "q4", Some("top")));
    assert!(has(&ws, Rule::NoKeyResults, "empty"));
    assert!(!has(&ws, Rule::NoKeyResults, "o1"));
}

#[test]
fn measurability_a_target_equal_to_the_start_and_a_milestone_that_names_nothing() {
    let mut ws = sound();
    ws.key_results.push(titled(
        metric_kr("flat", "o1", 10.0, 10.0, 10.0),
        "Keep 10 partners",
    ));
    assert!(has(&ws, Rule::NoMovement, "flat"));
    assert!(!has(&ws, Rule::NoMovement, "k1"));

    ws.key_results
        .push(milestone("vague", "o1", "Better onboarding"));
    ws.key_results.push(milestone(
        "named",
        "o1",
        "First 5 customers live on the new plan",
    ));
    assert!(has(&ws, Rule::NoMeasureInText, "vague"));
    assert!(!has(&ws, Rule::NoMeasureInText, "named"));
    // A task is the output rule's business, not this one's.
    ws.key_results
        .push(milestone("task", "o1", "Launch the new website"));
    assert!(!has(&ws, Rule::NoMeasureInText, "task"));
    assert!(has(&ws, Rule::OutputNotOutcome, "task"));
}

#[test]
fn the_practices_examples_of_outputs_and_outcomes() {
    for outcome in [
        "Reduce churn from 5% to 3%",
        "Increase organic traffic from 40k to 48k visits/month",
        // A milestone can be an outcome.
        "First paying customer in France",
        "Three enterprise customers live on the platform",
        // A verb of doing, measured by a result.
        "Deliver 95% of orders within 48 hours",
    ] {
        assert_eq!(output_sign(outcome), None, "{outcome}");
    }
    assert_eq!(
        output_sign("ship v2"),
        Some(OutputSign::ActivityVerb("ship".into()))
    );
    // Numbers alone do not make an outcome.
    assert_eq!(
        output_sign("Write 10 articles"),
        Some(OutputSign::CountsDeliverables("articles".into()))
    );
    assert_eq!(
        output_sign("New pricing page live"),
        Some(OutputSign::WorkDone("live".into()))
    );
    assert_eq!(output_sign(""), None);
    // A plural noun first is not a verb of doing.
    assert_eq!(output_sign("Reviews average 4.5 stars"), None);
    assert_eq!(
        output_sign("Publish 3 case studies"),
        Some(OutputSign::CountsDeliverables("case studies".into()))
    );
    // A deadline is not a movement.
    for deadline in ["Launch the new site by 30 June", "Ship v2 by 2026-06-30"] {
        assert!(output_sign(deadline).is_some(), "{deadline}");
    }
    assert_eq!(output_sign("Lower cost per lead by 20%"), None);
}

/// Precision and recall of the output rule on labelled texts: the share of
/// flagged texts that are outputs, and the share of outputs flagged.
fn measure(fixture: &str) -> (f64, f64, Vec<String>) {
    let (mut hit, mut false_alarm, mut missed) = (0, 0, 0);
    let mut wrong = Vec::new();
    for line in fixture
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let columns: Vec<&str> = line.split('\t').collect();
        let (label, text) = (columns[0], columns[2]);
        let flagged = output_sign(text).is_some();
        match (label == "output", flagged) {
            (true, true) => hit += 1,
            (false, true) => {
                false_alarm += 1;
                wrong.push(format!("flagged outcome: {text}"));
            }
            (true, false) => {
                missed += 1;
                wrong.push(format!("missed output: {text}"));
            }
            (false, false) => {}
        }
    }
    let precision = f64::from(hit) / f64::from(hit + false_alarm);
    let recall = f64::from(hit) / f64::from(hit + missed);
    (precision, recall, wrong)
}

#[test]
fn the_output_rule_on_labelled_key_results() {
    let fixture = include_str!("fixtures/key_result_texts.tsv");
    let held_out = include_str!("fixtures/key_result_texts_held_out.tsv");
    let count = |f: &str| {
        f.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count()
    };
    assert!(count(fixture) + count(held_out) >= 80);
    let (precision, recall, wrong) = measure(fixture);
    println!(
        "fixture ({} texts): precision {precision:.3}, recall {recall:.3}",
        count(fixture)
    );
    for w in &wrong {
        println!("  {w}");
    }
    // The coach speaks gently: a false alarm costs more than a miss.
    assert!(precision >= 0.95 && recall >= 0.9, "{wrong:#?}");
    let (precision, recall, wrong) = measure(held_out);
    println!(
        "held out ({} texts): precision {precision:.3}, recall {recall:.3}",
        count(held_out)
    );
    assert!(precision >= 0.9 && recall >= 0.8, "{wrong:#?}");
}

#[test]
fn alignment_team_objectives_ladder_up_when_the_company_has_objectives() {
    let mut ws = sound();
    ws.objectives.push(objective("alone", "dach", "q4", None));
    ws.key_results.push(titled(
        metric_kr("ka", "alone", 0.0, 5.0, 0.0),
        "Sign 5 resellers",
    ));
    assert!(has(&ws, Rule::Unaligned, "alone"));
    // A parent archived away leaves it unaligned, as the cascade says.
    ws.objectives
        .find_mut(|o| o.id.as_str() == "o1")
        .expect("exists")
        .parent = Some("gone".into());
    assert!(has(&ws, Rule::Unaligned, "o1"));
    ws.objectives
        .find_mut(|o| o.id.as_str() == "o1")
        .expect("exists")
        .parent = Some("top".into());
    assert!(!has(&ws, Rule::Unaligned, "o1"));
    assert!(
        !has(&ws, Rule::Unaligned, "top"),
        "the company's own objectives ladder up to nothing"
    );
    // In a period without company objectives there is nothing to align to.
    ws.objectives
        .find_mut(|o| o.id.as_str() == "alone")
        .expect("added")
        .period = "q3".into();
    assert!(!has(&ws, Rule::Unaligned, "alone"));
}

#[test]
fn ownership_objectives_and_key_results_have_a_lead() {
    let mut ws = sound();
    ws.objectives
        .find_mut(|o| o.id.as_str() == "o1")
        .expect("exists")
        .lead = None;
    ws.key_results
        .find_mut(|k| k.id.as_str() == "k1")
        .expect("exists")
        .lead = None;
    assert!(has(&ws, Rule::NoLead, "o1"));
    assert!(has(&ws, Rule::KeyResultWithoutLead, "k1"));
    assert_eq!(Rule::NoLead.severity(), Severity::Warning);
    assert_eq!(Rule::KeyResultWithoutLead.severity(), Severity::Info);
    assert!(!has(&sound(), Rule::NoLead, "o1"));
}

/// A check-in in November 2026, the month of `TODAY`.
fn in_november(ws: &mut Workspace, kr: &str, day_of_month: u32, status: Status, note: &str) {
    check_in(ws, kr, day(2026, 11, day_of_month), 1.0, status, note);
}

#[test]
fn rhythm_quiet_key_results_and_unexplained_trouble() {
    let mut ws = sound();
    // Weekly check-ins: quiet for more than two weeks is flagged.
    ws.key_results.push(titled(
        metric_kr("quiet", "o1", 0.0, 5.0, 0.0),
        "Sign 5 resellers",
    ));
    in_november(&mut ws, "quiet", 10, Status::OnTrack, "");
    assert!(has(&ws, Rule::NoRecentCheckIn, "quiet"));
    in_november(&mut ws, "quiet", 12, Status::OnTrack, "");
    assert!(
        !has(&ws, Rule::NoRecentCheckIn, "quiet"),
        "13 days is within two weeks"
    );
    // One never checked in on may be new: the Check-ins page lists it as due.
    ws.key_results.push(titled(
        metric_kr("new", "o1", 0.0, 5.0, 0.0),
        "Sign 5 more resellers",
    ));
    assert!(!has(&ws, Rule::NoRecentCheckIn, "new"));

    in_november(&mut ws, "k1", 24, Status::OffTrack, "  ");
    assert!(has(&ws, Rule::OffTrackWithoutNote, "k1"));
    ws.key_results
        .find_mut(|k| k.id.as_str() == "k1")
        .expect("exists")
        .commitment = Commitment::Stretch;
    assert!(
        !has(&ws, Rule::OffTrackWithoutNote, "k1"),
        "only commitments"
    );
    let mut ws = sound();
    in_november(&mut ws, "k1", 24, Status::OffTrack, "The reseller left");
    assert!(!has(&ws, Rule::OffTrackWithoutNote, "k1"));
    // A closed period is done.
    let mut ws = sound();
    ws.periods
        .find_mut(|p| p.id.as_str() == "q4")
        .expect("exists")
        .closed = true;
    in_november(&mut ws, "k1", 1, Status::OffTrack, "");
    // Nor does anything else: a closed period's OKRs are read-only.
    let mut leaderless = objective("late", "sales", "q4", None);
    leaderless.lead = None;
    ws.objectives.push(leaderless);
    assert!(found(&ws).is_empty(), "{:?}", found(&ws));
}

#[test]
fn sandbagging_every_commitment_met_early_period_after_period() {
    let mut ws = org();
    for (period, objective_id, kr, early) in [
        ("q3", "a3", "k3", day(2026, 7, 20)),
        ("q4", "a4", "k4", day(2026, 10, 20)),
    ] {
        ws.objectives
            .push(objective(objective_id, "acme", period, None));
        ws.key_results.push(titled(
            metric_kr(kr, objective_id, 0.0, 10.0, 0.0),
            "Win 10 customers",
        ));
        check_in(&mut ws, kr, early, 10.0, Status::OnTrack, "");
    }
    let unit_findings = |ws: &Workspace| -> Vec<Finding> {
        coach(ws, today())
            .into_iter()
            .filter(|f| f.rule == Rule::EarlyFullScores)
            .collect()
    };
    let findings = unit_findings(&ws);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].subject.record_id(), "acme");
    assert!(findings[0].why.contains("2 periods in a row"));
    // A period without commitments between two met early breaks the row.
    let mut gap = ws.clone();
    gap.periods.push(ladder::domain::Period {
        id: "september".into(),
        name: "September".to_owned(),
        start: day(2026, 9, 1),
        end: day(2026, 9, 30),
        closed: false,
        rev: Revision::default(),
    });
    assert!(unit_findings(&gap).is_empty());
    // Met late in one of the periods: no pattern.
    ws.check_ins
        .find_mut(|c| c.key_result.as_str() == "k3")
        .expect("exists")
        .date = day(2026, 9, 1);
    ws.resync_current_values();
    assert!(unit_findings(&ws).is_empty());
}

#[test]
fn individual_goals_that_read_like_tasks_when_the_feature_is_on() {
    let mut ws = sound();
    let mut own = objective("mine", "sales", "q4", None);
    own.owner = Some("bo".into());
    ws.objectives.push(own);
    ws.key_results
        .push(milestone("task", "mine", "Write the onboarding guide"));
    assert!(
        !has(&ws, Rule::IndividualGoalIsTask, "task"),
        "off by default"
    );
    ws.settings.individual_goals = true;
    assert!(has(&ws, Rule::IndividualGoalIsTask, "task"));
    assert!(
        !has(&ws, Rule::OutputNotOutcome, "task"),
        "one finding, suggesting an initiative"
    );
}

#[test]
fn every_finding_has_a_stable_id_a_reason_a_fix_and_a_path() {
    let ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
    let ws = sample(today());
    let findings = coach(&ws, today());
    assert!(
        !findings.is_empty(),
        "the sample company has something to learn from"
    );
    for finding in &findings {
        let report = finding.report(&ws);
        assert!(
            report.message.ends_with('.') && report.suggestion.ends_with('.'),
            "{report:?}"
        );
        let company = ws
            .units
            .iter()
            .find(|u| u.parent.is_none())
            .expect("a company");
        assert!(report.record_path.starts_with(&company.name), "{report:?}");
    }
}

#[test]
fn coaching_one_objective_agrees_with_coaching_everything() {
    let mut ws = sample(today());
    ws.settings.individual_goals = true;
    ws.objectives
        .push(objective("empty", "unknown-unit", "q4", None));
    let all = coach(&ws, today());
    for objective in ws.objectives.iter() {
        let theirs = |f: &&Finding| match &f.subject {
            Subject::Objective(id) => id == &objective.id,
            Subject::KeyResult(id) => ws
                .key_result(id)
                .is_some_and(|k| k.objective == objective.id),
            Subject::Unit { .. } => false,
        };
        let expected: Vec<&Finding> = all.iter().filter(theirs).collect();
        let scoped = coach_objective(&ws, &objective.id, today());
        assert_eq!(
            scoped.iter().collect::<Vec<_>>(),
            expected,
            "{}",
            objective.title
        );
    }
}

#[test]
fn coaching_one_period_agrees_with_coaching_everything() {
    let mut ws = sample(today());
    ws.settings.individual_goals = true;
    let all = coach(&ws, today());
    let mut seen = 0;
    for period in ws.periods.iter() {
        let expected: Vec<&Finding> = all
            .iter()
            .filter(|f| {
                ws.subject_place(&f.subject)
                    .is_some_and(|(_, p)| *p == period.id)
            })
            .collect();
        seen += expected.len();
        let scoped = coach_period(&ws, &period.id, today());
        assert_eq!(
            scoped.iter().collect::<Vec<_>>(),
            expected,
            "{}",
            period.name
        );
    }
    assert_eq!(seen, all.len(), "every finding belongs to a period");
}

/// The sound OKRs with an objective that has no lead and a fourth and
/// fifth sales objective: findings about a unit, an objective and a key
/// result to dismiss.
fn with_three_findings() -> Workspace {
    let mut ws = sound();
    for id in ["o2", "o3", "o4"] {
        ws.objectives
            .push(objective(id, "sales", "q4", Some("top")));
        ws.key_results.push(titled(
            metric_kr(&format!("{id}k"), id, 0.0, 5.0, 0.0),
            "Sign 5 resellers",
        ));
    }
    ws.key_results
        .push(milestone("site", "o1", "Launch the new website"));
    ws
}

/// The sales unit's OKRs in a period, as a finding's subject.
fn sales_in(period: &str) -> Subject {
    Subject::Unit {
        unit: "sales".into(),
        period: period.into(),
    }
}

fn open_findings(ws: &Workspace) -> Vec<(&'static str, String)> {
    Sorted::new(ws, coach(ws, today()))
        .open
        .iter()
        .map(|f| (f.rule.id(), f.subject.record_id()))
        .collect()
}

#[test]
fn a_dismissed_finding_is_set_aside_with_its_reason_until_brought_back() {
    let mut ws = with_three_findings();
    let unit = sales_in("q4");
    let kr = Subject::KeyResult("site".into());
    assert!(has(&ws, Rule::TooManyObjectives, "sales"));
    assert!(has(&ws, Rule::OutputNotOutcome, "site"));

    assert_eq!(
        ws.dismiss(Rule::OutputNotOutcome, &kr, "  ", today()),
        Err(ladder::text::coach::REASON_NEEDED.to_owned()),
        "a reason is needed"
    );
    ws.dismiss(
        Rule::OutputNotOutcome,
        &kr,
        " The launch is the point. ",
        today(),
    )
    .expect("dismissed");
    ws.dismiss(
        Rule::TooManyObjectives,
        &unit,
        "Two end in December.",
        today(),
    )
    .expect("dismissed");
    let open = open_findings(&ws);
    assert!(!open.contains(&(Rule::OutputNotOutcome.id(), "site".to_owned())));
    assert!(!open.contains(&(Rule::TooManyObjectives.id(), "sales".to_owned())));
    let sorted = Sorted::new(&ws, coach(&ws, today()));
    let reasons: Vec<&str> = sorted
        .dismissed
        .iter()
        .map(|(_, d)| d.reason.as_str())
        .collect();
    assert_eq!(
        reasons,
        ["Two end in December.", "The launch is the point."]
    );

    // Other rules about the same record, and the same rule in another
    // period, still speak.
    ws.key_results
        .find_mut(|k| k.id.as_str() == "site")
        .expect("there")
        .lead = None;
    let other_period = sales_in("q1");
    assert!(
        ws.dismissal(Rule::TooManyObjectives, &other_period)
            .is_none()
    );

    // Dismissing again replaces the reason; bringing it back removes it.
    ws.dismiss(Rule::OutputNotOutcome, &kr, "Changed my mind.", today())
        .expect("dismissed");
    assert_eq!(
        ws.dismissal(Rule::OutputNotOutcome, &kr)
            .map(|d| d.reason.as_str()),
        Some("Changed my mind.")
    );
    ws.undismiss(Rule::OutputNotOutcome, &kr).expect("back");
    assert!(open_findings(&ws).contains(&(Rule::OutputNotOutcome.id(), "site".to_owned())));
    assert_eq!(
        ws.key_result(&"site".into()).map(|k| k.dismissed.len()),
        Some(0)
    );

    assert_eq!(
        ws.dismiss(
            Rule::NoLead,
            &Subject::Objective("gone".into()),
            "Why",
            today()
        ),
        Err(ladder::text::coach::RECORD_GONE.to_owned())
    );
    ws.periods
        .find_mut(|p| p.id.as_str() == "q4")
        .expect("q4")
        .closed = true;
    assert!(
        ws.dismiss(Rule::OutputNotOutcome, &kr, "Closed", today())
            .is_err(),
        "a closed period's OKRs stay as they were"
    );
}

#[test]
fn dismissals_travel_in_snapshots_and_merges() {
    let mut ws = with_three_findings();
    let kr = Subject::KeyResult("site".into());
    let before = ws.clone();
    ws.dismiss(
        Rule::OutputNotOutcome,
        &kr,
        "The launch is the point.",
        today(),
    )
    .expect("dismissed");
    let exported_at = chrono::DateTime::from_timestamp(1_795_000_000, 0).expect("a valid moment");
    let json = snapshot::encode_export(&ws, exported_at).expect("serialises");
    assert!(json.contains(r#""dismissed": ["#), "{json}");
    let read = snapshot::decode_and_check(&json)
        .expect("reads back")
        .workspace;
    assert_eq!(
        read.dismissal(Rule::OutputNotOutcome, &kr),
        ws.dismissal(Rule::OutputNotOutcome, &kr)
    );

    // A colleague's dismissal reaches a copy that did not change the record.
    let theirs_id = ReplicaId::from("theirs");
    let mut theirs = ws.clone();
    theirs.stamp_changes(&before, &theirs_id, exported_at);
    let merged = before.merge(
        &theirs,
        &Choices::new(),
        &ReplicaId::from("mine"),
        exported_at,
    );
    assert!(
        merged
            .workspace
            .dismissal(Rule::OutputNotOutcome, &kr)
            .is_some()
    );
}

#[test]
fn removing_a_period_removes_the_units_dismissals_about_it() {
    let mut ws = with_three_findings();
    let q1 = sales_in("q1");
    ws.dismiss(Rule::TooManyObjectives, &q1, "Planning", today())
        .expect("dismissed");
    ws.delete_period(&PeriodId::from("q1"))
        .expect("q1 holds no objectives");
    assert!(ws.dismissal(Rule::TooManyObjectives, &q1).is_none());
    assert!(
        ws.unit(&"sales".into())
            .is_some_and(|u| u.dismissed.is_empty())
    );
}

#[test]
fn the_linter_leaves_dismissed_findings_out_unless_asked() {
    let mut ws = with_three_findings();
    let (code, stdout) = lint(&ws, &["--today", "2026-11-25"]);
    assert_eq!(code, Some(1), "{stdout}");
    for rule in [Rule::TooManyObjectives, Rule::OutputNotOutcome] {
        let subject = coach(&ws, today())
            .into_iter()
            .find(|f| f.rule == rule)
            .expect("found")
            .subject;
        ws.dismiss(rule, &subject, "Considered in planning.", today())
            .expect("dismissed");
    }
    let (code, stdout) = lint(&ws, &["--json", "--today", "2026-11-25"]);
    let printed: Vec<serde_json::Value> = serde_json::from_str(&stdout).expect("JSON");
    assert!(printed.is_empty(), "{stdout}");
    assert_eq!(code, Some(0), "only dismissed warnings left");

    let (_, stdout) = lint(&ws, &["--today", "2026-11-25"]);
    assert!(
        stdout.contains("0 warnings, 0 notes. 2 dismissed findings left out"),
        "{stdout}"
    );

    let (code, stdout) = lint(
        &ws,
        &["--json", "--include-dismissed", "--today", "2026-11-25"],
    );
    assert_eq!(code, Some(0));
    let printed: Vec<serde_json::Value> = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(printed.len(), 2, "{stdout}");
    assert!(
        printed
            .iter()
            .all(|f| f["dismissed"]["reason"] == "Considered in planning."
                && f["dismissed"]["on"] == "2026-11-25")
    );
}

#[test]
fn the_linter_finds_the_known_problems_of_its_fixture() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/coach-problems.json"
    );
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_ladder-lint"))
            .arg(path)
            .args(args)
            .output()
            .expect("ladder-lint runs");
        let printed: Vec<serde_json::Value> =
            serde_json::from_slice(&output.stdout).expect("--json prints JSON");
        let pairs: Vec<String> = printed
            .iter()
            .map(|f| {
                format!(
                    "{} {}",
                    f["rule"].as_str().unwrap_or(""),
                    f["record_id"].as_str().unwrap_or("")
                )
            })
            .collect();
        (output.status.code(), pairs)
    };
    let (code, open) = run(&["--json", "--today", "2026-11-27"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        open,
        [
            "focus/too-many-objectives sales",
            "focus/too-many-key-results s1",
            "outcome/output-not-outcome d6",
            "alignment/unaligned s1",
            "ownership/objective-without-lead top",
            "ownership/key-result-without-lead p1",
            "rhythm/off-track-without-note r1",
        ]
    );
    let unit_finding = Command::new(env!("CARGO_BIN_EXE_ladder-lint"))
        .args([path, "--json", "--today", "2026-11-27"])
        .output()
        .expect("ladder-lint runs");
    let printed: serde_json::Value =
        serde_json::from_slice(&unit_finding.stdout).expect("--json prints JSON");
    assert_eq!(
        printed[0]["period_id"], "plan",
        "a unit's finding names its period"
    );
    assert!(
        printed[1].get("period_id").is_none(),
        "an objective's does not need to"
    );
    let (_, all) = run(&["--json", "--include-dismissed", "--today", "2026-11-27"]);
    assert_eq!(all.len(), open.len() + 1);
    assert!(all.contains(&"outcome/output-not-outcome ship".to_owned()));
    // Two cadences after its last check-in, the quiet key result is found too.
    let (_, later) = run(&["--json", "--today", "2026-12-05"]);
    assert!(
        later.contains(&"rhythm/no-recent-check-in r1".to_owned()),
        "{later:?}"
    );
}

#[test]
fn the_format_fixture_of_version_5_keeps_its_dismissals() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/snapshot-v5.json"
    );
    let text = std::fs::read_to_string(path).expect("the fixture");
    let ws = snapshot::decode_and_check(&text).expect("reads").workspace;
    let reason = |rule, subject: Subject| ws.dismissal(rule, &subject).map(|d| d.reason.clone());
    assert_eq!(
        reason(
            Rule::TooManyObjectives,
            Subject::Unit {
                unit: "acme".into(),
                period: "q1".into()
            }
        ),
        Some("Two of them close in January.".to_owned())
    );
    assert_eq!(
        reason(Rule::NoLead, Subject::Objective("grow-2".into())),
        Some("Ada leads until the hire starts.".to_owned())
    );
    let kr = ws.key_result(&"cov-2".into()).expect("cov-2");
    assert_eq!(
        kr.dismissed.len(),
        2,
        "a rule this build does not know is kept"
    );
    let again =
        snapshot::encode_export(&ws, chrono::DateTime::from_timestamp(0, 0).expect("epoch"))
            .expect("writes");
    assert!(again.contains("some/rule-from-a-newer-build"));
}

fn sample(today: NaiveDate) -> Workspace {
    let mut seed = 0u64;
    sample_company(today, || {
        seed += 1;
        seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    })
}

/// Runs `ladder-lint` on `workspace`, exported to a file.
fn lint(workspace: &Workspace, args: &[&str]) -> (Option<i32>, String) {
    let exported_at = chrono::DateTime::from_timestamp(1_795_000_000, 0).expect("a valid moment");
    let json = snapshot::encode_export(workspace, exported_at).expect("a workspace serialises");
    // Tests run in parallel threads of one process: each call its own file.
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "ladder-lint-{}-{}.json",
        std::process::id(),
        CALLS.fetch_add(1, AtomicOrdering::Relaxed)
    ));
    std::fs::write(&path, json).expect("the temporary folder is writable");
    let output = Command::new(env!("CARGO_BIN_EXE_ladder-lint"))
        .arg(&path)
        .args(args)
        .output()
        .expect("ladder-lint runs");
    let _ = std::fs::remove_file(&path);
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn the_linter_reports_what_the_coach_finds() {
    let ws = sample(today());
    let (code, stdout) = lint(&ws, &["--json", "--today", "2026-11-25"]);
    let printed: Vec<serde_json::Value> =
        serde_json::from_str(&stdout).expect("--json prints JSON");
    let expected: Vec<Report> = coach(&ws, today()).iter().map(|f| f.report(&ws)).collect();
    assert_eq!(
        printed,
        serde_json::to_value(&expected)
            .expect("reports serialise")
            .as_array()
            .cloned()
            .unwrap_or_default()
    );
    let warned = expected.iter().any(|r| r.severity == "warning");
    assert_eq!(code, Some(if warned { 1 } else { 0 }));
    for key in [
        "rule",
        "severity",
        "record_id",
        "record_path",
        "message",
        "suggestion",
    ] {
        assert!(
            printed.iter().all(|f| f.get(key).is_some()),
            "every finding has {key}"
        );
    }

    let (code, stdout) = lint(&sound(), &["--today", "2026-11-25"]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("0 warnings, 0 notes."), "{stdout}");

    let mut flawed = sound();
    flawed
        .key_results
        .push(milestone("site", "o1", "Launch the new website"));
    let (code, stdout) = lint(&flawed, &["--today", "2026-11-25"]);
    assert_eq!(code, Some(1));
    assert!(stdout.contains("warning outcome/output-not-outcome acme › sales › “Objective o1” › “Launch the new website”"), "{stdout}");
    assert!(stdout.contains("“launch” describes work to do"), "{stdout}");
}

#[test]
fn the_linter_refuses_what_it_cannot_read() {
    let missing = Command::new(env!("CARGO_BIN_EXE_ladder-lint"))
        .arg("/nonexistent/snapshot.json")
        .output()
        .expect("ladder-lint runs");
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("Could not read"));
    let help = Command::new(env!("CARGO_BIN_EXE_ladder-lint"))
        .arg("--help")
        .output()
        .expect("ladder-lint runs");
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).starts_with("Usage: ladder-lint"));
    let no_date = Command::new(env!("CARGO_BIN_EXE_ladder-lint"))
        .args(["snapshot.json", "--today"])
        .output()
        .expect("ladder-lint runs");
    assert_eq!(no_date.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_date.stderr).contains("--today needs a date"));
    let usage = Command::new(env!("CARGO_BIN_EXE_ladder-lint"))
        .output()
        .expect("ladder-lint runs");
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&usage.stderr).starts_with("Usage: ladder-lint"));
}

proptest::proptest! {
    /// Any text a person types is read without panicking, whatever its
    /// characters: accents, emoji, lone marks.
    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC{0,60}") {
        let _ = output_sign(&text);
        let _ = ladder::domain::coach::outcome::names_a_result(&text);
    }
}
