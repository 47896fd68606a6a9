//! Individual goals: off by default, hidden (never deleted) while off, and
//! aligned to the organisation's objectives, never the other way round.

use crate::common::{day, metric_kr, objective, org};
use ladder::domain::coach::{Rule, Subject, coach_objective};
use ladder::domain::{
    AlignError, Alignment, ExportScope, KpiDraft, Measure, ObjectiveDraft, Workspace,
};

/// Ada holds an individual objective in DACH's period, aligned to the Sales objective.
fn with_individual_goal() -> Workspace {
    let mut ws = org();
    ws.people[0].unit = Some("dach".into());
    ws.objectives.push(objective("company", "acme", "q4", None));
    ws.objectives
        .push(objective("sales-o", "sales", "q4", Some("company")));
    ws.objectives
        .push(objective("dach-o", "dach", "q4", Some("sales-o")));
    let draft = ObjectiveDraft {
        title: "Become the team's go-to for onboarding".to_owned(),
        period: Some("q4".into()),
        parent: Some("dach-o".into()),
        owner: Some("ada".into()),
        ..ObjectiveDraft::default()
    };
    let valid = draft
        .validate(&ws, None)
        .expect("an individual draft is valid");
    assert_eq!(valid.unit.as_str(), "dach", "it sits in the holder's unit");
    assert_eq!(valid.lead.as_str(), "ada", "the holder leads it");
    ws.add_objective("mine".into(), valid)
        .expect("the period is open");
    ws
}

#[test]
fn the_feature_is_off_by_default_and_hides_without_deleting() {
    let mut ws = with_individual_goal();
    assert!(!ws.settings.individual_goals);
    let mine = ws.objective(&"mine".into()).expect("kept").clone();
    assert!(!ws.shows(&mine));
    let cascade = ws.cascade(&"q4".into());
    let dach = &cascade.aligned[0].children[0].children[0];
    assert_eq!(dach.id.as_str(), "dach-o");
    assert!(
        dach.children.is_empty(),
        "hidden from the cascade while off"
    );
    assert!(ws.aligned_children(&"dach-o".into()).is_empty());

    ws.settings.individual_goals = true;
    let cascade = ws.cascade(&"q4".into());
    let dach = &cascade.aligned[0].children[0].children[0];
    assert_eq!(dach.children.len(), 1, "shown under its parent while on");
    assert_eq!(dach.children[0].id.as_str(), "mine");
    ws.settings.individual_goals = false;
    assert!(
        ws.objective(&"mine".into()).is_some(),
        "turning it off deletes nothing"
    );
}

#[test]
fn individual_goals_stay_out_of_unit_views_and_unit_statistics() {
    let mut ws = with_individual_goal();
    ws.settings.individual_goals = true;
    let q4 = "q4".into();
    assert!(ws.objectives_in(&q4).all(|o| o.owner.is_none()));
    assert_eq!(
        ws.individual_objectives_of(&"ada".into(), &q4)
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>(),
        ["mine"]
    );
    ws.objectives
        .find_mut(|o| o.id.as_str() == "mine")
        .expect("present")
        .parent = None;
    let cascade = ws.cascade(&q4);
    assert!(
        cascade
            .unaligned
            .iter()
            .all(|(n, _)| n.id.as_str() != "mine"),
        "an unaligned individual goal lives on its holder's page, not in the organisation's list"
    );
}

#[test]
fn individual_goals_align_to_any_organisational_objective_but_nothing_aligns_to_them() {
    let ws = with_individual_goal();
    let q4 = "q4".into();
    // Its own team's objective is a fine parent for a person.
    assert_eq!(
        ws.check_individual_parent(&q4, Some(&"mine".into()), &"dach-o".into()),
        Ok(())
    );
    assert_eq!(
        ws.check_individual_parent(&q4, Some(&"mine".into()), &"company".into()),
        Ok(())
    );
    // No team objective ladders up to a person's goal, and neither does another person's.
    assert_eq!(
        ws.check_parent(&"dach".into(), &q4, None, &"mine".into()),
        Err(AlignError::Individual)
    );
    assert_eq!(
        ws.check_individual_parent(&q4, None, &"mine".into()),
        Err(AlignError::Individual)
    );
    assert!(
        ws.parent_candidates(&"dach".into(), &q4, None)
            .iter()
            .all(|o| o.owner.is_none())
    );
    let mine = ws.objective(&"mine".into()).expect("present");
    assert_eq!(ws.alignment(mine), Alignment::Aligned("dach-o".into()));
}

#[test]
fn a_person_without_a_unit_holds_goals_in_the_company() {
    let mut ws = org();
    assert_eq!(
        ws.home_unit(&"bo".into()).map(|u| u.to_string()),
        Some("acme".to_owned())
    );
    ws.units.clear();
    let draft = ObjectiveDraft {
        title: "Grow".to_owned(),
        period: Some("q4".into()),
        owner: Some("bo".into()),
        ..ObjectiveDraft::default()
    };
    let errors = draft.validate(&ws, None).expect_err("no unit to sit in");
    assert!(errors.get("title").is_some());
}

#[test]
fn individual_kpis_are_the_holders_not_the_units() {
    let mut ws = org();
    let valid = KpiDraft {
        name: "Quota".to_owned(),
        min: "100".to_owned(),
        margin: "10".to_owned(),
        ..KpiDraft::default()
    }
    .validate()
    .expect("valid KPI");
    ws.add_kpi("quota".into(), &"sales".into(), Some("bo".into()), valid);
    assert!(ws.kpis_of(&"sales".into()).is_empty());
    assert_eq!(ws.kpis_held_by(&"bo".into()).len(), 1);
    let refused = ws
        .check_delete_person(&"bo".into())
        .expect_err("Bo holds a KPI");
    assert!(refused.contains("holds 1 individual goal"), "{refused}");
}

#[test]
fn references_from_individual_goals_are_checked_and_exported() {
    let mut ws = with_individual_goal();
    assert!(ws.problems().is_empty());
    let scope = ExportScope {
        unit: Some("dach".into()),
        period: Some("q4".into()),
    };
    assert!(
        ws.part(&scope).objective(&"mine".into()).is_none(),
        "a hidden goal stays out of a team's part"
    );
    ws.settings.individual_goals = true;
    let part = ws.part(&scope);
    assert!(part.objective(&"mine".into()).is_some());
    assert!(part.person(&"ada".into()).is_some());
    assert!(part.problems().is_empty());

    ws.objectives
        .find_mut(|o| o.id.as_str() == "mine")
        .expect("present")
        .owner = Some("ghost".into());
    let problems: Vec<String> = ws.problems().iter().map(|p| p.to_string()).collect();
    assert!(problems.iter().any(|p| p.contains("owner")), "{problems:?}");
}

#[test]
fn the_overhead_estimate_uses_the_workspaces_numbers() {
    let mut ws = org();
    let overhead = ws.individual_overhead();
    assert_eq!(overhead.people, 2);
    assert_eq!(overhead.goals_each, 3, "the practice's typical three");
    assert_eq!(overhead.periods_a_year, 4, "quarters");
    assert_eq!(overhead.per_period(), 6);
    assert_eq!(overhead.per_year(), 24);

    // 100 people with 3 goals each: the practice's own 300 a quarter, 1,200 a year.
    for i in 0..98 {
        ws.people
            .push(crate::common::person(&format!("p{i}"), &format!("P {i}")));
    }
    let overhead = ws.individual_overhead();
    assert_eq!((overhead.per_period(), overhead.per_year()), (300, 1200));

    // Once people hold goals, their own average counts.
    let mut ws = with_individual_goal();
    let valid = ObjectiveDraft {
        title: "Second".to_owned(),
        period: Some("q4".into()),
        owner: Some("ada".into()),
        ..ObjectiveDraft::default()
    }
    .validate(&ws, None)
    .expect("valid");
    ws.add_objective("second".into(), valid).expect("open");
    assert_eq!(ws.individual_overhead().goals_each, 2);
}

#[test]
fn key_results_that_read_like_tasks_are_spotted() {
    let mut ws = with_individual_goal();
    ws.settings.individual_goals = true;
    let mut check = |title: &str, measure: Measure| {
        let mut kr = metric_kr("k", "mine", 0.0, 1.0, 0.0);
        kr.title = title.to_owned();
        kr.measure = measure;
        ws.key_results.retain(|k| k.id.as_str() != "k");
        ws.key_results.push(kr);
        coach_objective(&ws, &"mine".into(), day(2026, 11, 25))
            .iter()
            .any(|f| {
                f.rule == Rule::IndividualGoalIsTask && f.subject == Subject::KeyResult("k".into())
            })
    };
    let milestone = || Measure::Milestone { done: false };
    let metric = || Measure::Metric {
        start: 40.0,
        target: 48.0,
        current: 40.0,
        unit: "k visits".to_owned(),
    };
    assert!(check("Finish the onboarding guide", milestone()));
    assert!(check("Write the quarterly report", milestone()));
    assert!(
        check("Launch the new landing page", metric()),
        "a task verb and no number"
    );
    assert!(check("Build a dashboard.", milestone()));
    assert!(!check(
        "Increase organic traffic from 40k to 48k visits",
        metric()
    ));
    assert!(!check("Reduce churn from 5% to 3%", metric()));
    assert!(!check(
        "Customers rate onboarding 4.5 or better",
        milestone()
    ));
    assert!(
        check("Launch in 3 new markets", metric()),
        "launching is work, however many"
    );
    assert!(
        !check("Win 3 enterprise customers", metric()),
        "a number of customers won is a result"
    );
}
