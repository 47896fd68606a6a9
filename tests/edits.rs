//! Changes keep the workspace sound: removing something never leaves a
//! reference dangling, and refusals explain themselves.

use crate::common::{day, metric_kr, objective, org};
use ladder::domain::{
    Filter, ObjectiveDraft, ObjectiveId, PeriodId, SetUpIds, UnitKind, WorkRef, Workspace,
    new_names, sample_company,
};
use proptest::prelude::*;

fn populated() -> Workspace {
    let mut ws = org();
    ws.objectives = vec![
        objective("grow", "acme", "q4", None),
        objective("close", "sales", "q4", Some("grow")),
        objective("pipeline", "dach", "q4", Some("close")),
        objective("campaign", "marketing", "q4", Some("grow")),
    ]
    .into();
    ws.key_results = vec![
        metric_kr("revenue", "grow", 0.0, 10.0, 5.0),
        metric_kr("deals", "close", 0.0, 10.0, 2.0),
        metric_kr("leads", "campaign", 0.0, 10.0, 8.0),
    ]
    .into();
    ws.objectives[3]
        .depends_on
        .push(WorkRef::KeyResult("deals".into()));
    ws.key_results[0]
        .depends_on
        .push(WorkRef::Objective("pipeline".into()));
    ws
}

#[test]
fn the_fixture_is_sound() {
    assert_eq!(populated().problems(), []);
}

#[test]
fn moving_an_objective_reports_the_objectives_it_leaves_unaligned() {
    let mut ws = populated();
    let moved = ObjectiveDraft {
        title: "Close deals".to_owned(),
        unit: Some("sales".into()),
        period: Some("q3".into()),
        lead: "Ada Lovelace".to_owned(),
        ..ObjectiveDraft::default()
    }
    .validate(&ws, Some(&"close".into()))
    .expect("valid");
    let update = ws
        .update_objective(&"close".into(), moved)
        .expect("both periods are open");
    assert_eq!(update.unaligned, vec![ObjectiveId::from("pipeline")]);
    let unchanged = ObjectiveDraft {
        title: "Grow".to_owned(),
        unit: Some("acme".into()),
        period: Some("q4".into()),
        lead: "Ada Lovelace".to_owned(),
        ..ObjectiveDraft::default()
    }
    .validate(&ws, Some(&"grow".into()))
    .expect("valid");
    let update = ws
        .update_objective(&"grow".into(), unchanged)
        .expect("the period is open");
    assert_eq!(update.unaligned, [], "campaign still ladders up to it");
}

#[test]
fn deleting_a_key_result_reports_the_links_it_broke() {
    let mut ws = populated();
    let removal = ws
        .delete_key_result(&"deals".into())
        .expect("the period is open");
    assert_eq!(removal.dependencies, 1);
    assert_eq!((removal.check_ins, removal.initiatives), (0, 0));
    assert!(ws.objectives[3].depends_on.is_empty());
    let removal = ws
        .delete_key_result(&"leads".into())
        .expect("the period is open");
    assert_eq!(removal.dependencies, 0);
    assert_eq!(ws.problems(), []);
}

#[test]
fn archiving_an_objective_reports_what_it_leaves_unaligned() {
    let mut ws = populated();
    let change = ws
        .set_objective_archived(&"grow".into(), true)
        .expect("the period is open");
    assert_eq!(
        change.unaligned,
        vec![ObjectiveId::from("close"), ObjectiveId::from("campaign")]
    );
    let again = ws
        .set_objective_archived(&"grow".into(), true)
        .expect("the period is open");
    assert_eq!(again.unaligned, [], "already archived: nothing new");
    let restored = ws
        .set_objective_archived(&"grow".into(), false)
        .expect("the period is open");
    assert_eq!(restored.unaligned, []);
}

#[test]
fn deleting_an_objective_unaligns_children_and_drops_links() {
    let mut ws = populated();
    let removal = ws
        .delete_objective(&"close".into())
        .expect("the period is open");
    assert_eq!(removal.key_results, 1);
    assert_eq!(removal.unaligned, vec![ObjectiveId::from("pipeline")]);
    assert_eq!(removal.dependencies, 1, "campaign waited on its key result");
    assert_eq!(
        ws.objective(&"pipeline".into())
            .and_then(|o| o.parent.clone()),
        None
    );
    assert!(
        ws.objectives[2].depends_on.is_empty(),
        "the link to its key result is gone"
    );
    assert_eq!(ws.problems(), []);
}

#[test]
fn dependencies_are_checked_and_shown_on_both_sides() {
    let mut ws = populated();
    let campaign = WorkRef::Objective("campaign".into());
    assert_eq!(
        ws.needed_by(&WorkRef::KeyResult("deals".into())),
        vec![campaign.clone()]
    );
    assert!(
        ws.add_dependency(&campaign, WorkRef::KeyResult("deals".into()))
            .is_err(),
        "duplicate"
    );
    assert!(
        ws.add_dependency(&campaign, WorkRef::KeyResult("leads".into()))
            .is_err(),
        "same unit"
    );
    assert!(
        ws.add_dependency(&campaign, WorkRef::Objective("nothing".into()))
            .is_err()
    );
    assert!(
        ws.add_dependency(&campaign, WorkRef::Objective("close".into()))
            .is_ok()
    );
    ws.remove_dependency(&campaign, &WorkRef::Objective("close".into()))
        .expect("the period is open");
    assert_eq!(ws.dependencies().len(), 2);
}

#[test]
fn people_who_lead_work_cannot_be_deleted_until_replaced() {
    let mut ws = populated();
    assert_eq!(
        ws.delete_person(&"ada".into()),
        Err(
            "Ada Lovelace leads 4 objectives and 3 key results. Give them another lead first."
                .to_owned()
        )
    );
    ws.objectives[0].contributors.push("bo".into());
    ws.units[0].lead = Some("bo".into());
    ws.settings.me = Some("bo".into());
    assert_eq!(ws.delete_person(&"bo".into()), Ok(()));
    assert!(ws.objectives[0].contributors.is_empty());
    assert_eq!(ws.units[0].lead, None);
    assert_eq!(ws.settings.me, None);
    assert_eq!(ws.problems(), []);
}

#[test]
fn units_with_content_are_archived_not_deleted() {
    let mut ws = populated();
    assert_eq!(
        ws.delete_unit(&"sales".into()),
        Err("It still holds 1 unit, 1 objective. Archive it instead: it stays readable with its OKRs.".to_owned())
    );
    ws.set_unit_archived(&"sales".into(), true);
    assert!(ws.unit(&"sales".into()).is_some_and(|u| u.archived));
    assert!(
        ws.unit(&"dach".into()).is_some_and(|u| u.archived),
        "sub-units follow"
    );
    assert!(
        ws.objective(&"close".into()).is_some(),
        "OKRs stay readable"
    );
    assert_eq!(ws.delete_unit(&"support".into()), Ok(()));
    assert_eq!(ws.problems(), []);
}

#[test]
fn periods_with_objectives_stay() {
    let mut ws = populated();
    assert!(ws.delete_period(&"q4".into()).is_err());
    assert_eq!(ws.delete_period(&"q3".into()), Ok(()));
    assert_eq!(
        ws.add_quarter("again".into(), (2026, 4)),
        Ok("q4".into()),
        "an existing quarter is reused"
    );
    assert_eq!(ws.problems(), []);
}

#[test]
fn filters_find_by_unit_subtree_lead_and_text() {
    let mut ws = populated();
    ws.key_results[1].title = "Sign DACH resellers".to_owned();
    ws.key_results[1].lead = Some("bo".into());
    let found = |filter: Filter| -> Vec<String> {
        ws.objectives
            .iter()
            .filter(|o| filter.matches(&ws, o))
            .map(|o| o.id.to_string())
            .collect()
    };
    assert_eq!(
        found(Filter {
            unit: Some("sales".into()),
            ..Filter::default()
        }),
        ["close", "pipeline"]
    );
    assert_eq!(
        found(Filter {
            lead: Some("bo".into()),
            ..Filter::default()
        }),
        ["close"]
    );
    assert_eq!(
        found(Filter {
            text: "dach RESELL".to_owned(),
            ..Filter::default()
        }),
        ["close"]
    );
    assert_eq!(
        found(Filter {
            text: "objective pipe".to_owned(),
            ..Filter::default()
        }),
        ["pipeline"]
    );
    assert_eq!(found(Filter::default()).len(), 4);
}

#[test]
fn the_sample_company_is_sound_and_follows_the_practice_cascade() {
    let mut seed = 7u64;
    let ws = sample_company(day(2026, 11, 25), || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        seed
    });
    assert_eq!(ws.problems(), []);
    assert!(ws.sample);
    assert_eq!(ws.people.len(), 10);
    let current = ws.current_period.clone().expect("a current period");
    assert_eq!(
        ws.period(&current).map(|p| p.name.as_str()),
        Some("2026 Q4")
    );
    let cascade = ws.cascade(&current);
    let top = |title: &str| {
        cascade
            .aligned
            .iter()
            .find(|n| ws.objective(&n.id).is_some_and(|o| o.title == title))
    };
    let expand = top("Expand into new markets and grow revenue by 25%").expect("company objective");
    let departments: Vec<&str> = expand
        .children
        .iter()
        .filter_map(|c| ws.objective(&c.id).map(|o| o.title.as_str()))
        .collect();
    assert_eq!(
        departments,
        [
            "Close €5M in new business from target markets",
            "Generate 1,000 qualified leads from Germany and France",
            "Launch localized versions of the platform in French and German",
        ]
    );
    assert!(
        expand.children.iter().all(|c| !c.children.is_empty()),
        "teams ladder up to each"
    );
    assert_eq!(
        cascade.unaligned.len(),
        1,
        "one unaligned team objective shows the group"
    );
    let kinds = ws
        .key_results
        .iter()
        .map(|kr| std::mem::discriminant(&kr.measure))
        .collect::<std::collections::HashSet<_>>();
    assert_eq!(
        kinds.len(),
        3,
        "metric, percentage and milestone key results"
    );
    assert!(
        ws.units
            .iter()
            .any(|u| u.kind == UnitKind::Team && u.parent == ws.company().map(|c| c.id.clone()))
    );
}

/// One random change, as the UI could make it.
#[derive(Clone, Debug)]
enum Change {
    DeleteObjective(usize),
    DeleteKeyResult(usize),
    Archive(usize),
    DeletePerson(usize),
    DeleteUnit(usize),
    ArchiveUnit(usize),
    DeletePeriod(usize),
    Depend(usize, usize),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0usize..30).prop_map(Change::DeleteObjective),
        (0usize..40).prop_map(Change::DeleteKeyResult),
        (0usize..30).prop_map(Change::Archive),
        (0usize..12).prop_map(Change::DeletePerson),
        (0usize..12).prop_map(Change::DeleteUnit),
        (0usize..12).prop_map(Change::ArchiveUnit),
        (0usize..3).prop_map(Change::DeletePeriod),
        (0usize..30, 0usize..30).prop_map(|(a, b)| Change::Depend(a, b)),
    ]
}

proptest! {
    #[test]
    fn any_sequence_of_changes_keeps_the_workspace_sound(changes in prop::collection::vec(change(), 0..25)) {
        let mut seed = 1u64;
        let mut ws = sample_company(day(2026, 11, 25), || { seed += 1; seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) });
        for change in changes {
            let pick = |len: usize, i: usize| (len > 0).then(|| i % len);
            match change {
                Change::DeleteObjective(i) => if let Some(i) = pick(ws.objectives.len(), i) {
                    let id = ws.objectives[i].id.clone();
                    let _ = ws.delete_objective(&id);
                },
                Change::DeleteKeyResult(i) => if let Some(i) = pick(ws.key_results.len(), i) {
                    let id = ws.key_results[i].id.clone();
                    let _ = ws.delete_key_result(&id);
                },
                Change::Archive(i) => if let Some(i) = pick(ws.objectives.len(), i) {
                    let id = ws.objectives[i].id.clone();
                    let _ = ws.set_objective_archived(&id, true);
                },
                Change::DeletePerson(i) => if let Some(i) = pick(ws.people.len(), i) {
                    let id = ws.people[i].id.clone();
                    let _ = ws.delete_person(&id);
                },
                Change::DeleteUnit(i) => if let Some(i) = pick(ws.units.len(), i) {
                    let id = ws.units[i].id.clone();
                    let _ = ws.delete_unit(&id);
                },
                Change::ArchiveUnit(i) => if let Some(i) = pick(ws.units.len(), i) {
                    let id = ws.units[i].id.clone();
                    ws.set_unit_archived(&id, true);
                },
                Change::DeletePeriod(i) => if let Some(i) = pick(ws.periods.len(), i) {
                    let id = ws.periods[i].id.clone();
                    let _ = ws.delete_period(&id);
                },
                Change::Depend(a, b) => if let (Some(a), Some(b)) = (pick(ws.objectives.len(), a), pick(ws.key_results.len(), b)) {
                    let from = WorkRef::Objective(ws.objectives[a].id.clone());
                    let to = WorkRef::KeyResult(ws.key_results[b].id.clone());
                    let _ = ws.add_dependency(&from, to);
                },
            }
            prop_assert_eq!(ws.problems(), vec![]);
        }
    }
}

#[test]
fn setting_up_makes_you_a_person_and_marks_you_as_me() {
    let mut ws = Workspace::default();
    let ids = SetUpIds {
        company: "co".into(),
        period: "p".into(),
        you: "me".into(),
    };
    ws.set_up(ids, " Northwind ", " Maria Rossi ", day(2026, 11, 15));
    let me = ws.settings.me.clone().expect("you are marked as me");
    let person = ws.person(&me).expect("you are a person");
    assert_eq!(person.name, "Maria Rossi");
    assert_eq!(person.unit, Some("co".into()), "you belong to the company");
    assert_eq!(ws.company().map(|c| c.name.as_str()), Some("Northwind"));
    assert_eq!(ws.problems(), []);
}

#[test]
fn setting_up_with_a_known_name_reuses_that_person() {
    let mut ws = org();
    let ids = SetUpIds {
        company: "other".into(),
        period: "p".into(),
        you: "new".into(),
    };
    ws.set_up(ids, "Acme", "ada lovelace", day(2026, 11, 15));
    assert_eq!(ws.settings.me, Some("ada".into()));
    assert_eq!(ws.people.len(), 2, "nobody was added twice");
}

#[test]
fn person_fields_offer_each_new_name_once() {
    let ws = org();
    assert_eq!(new_names(&ws, "  ", false), Vec::<String>::new());
    assert_eq!(new_names(&ws, "ada lovelace", false), Vec::<String>::new());
    assert_eq!(new_names(&ws, "Maria", false), vec!["Maria"]);
    // One name in a single field, even with a comma in it.
    assert_eq!(new_names(&ws, "Rossi, Maria", false), vec!["Rossi, Maria"]);
    assert_eq!(
        new_names(&ws, "Maria, Bo Chen, maria , Jon,", true),
        vec!["Maria", "Jon"]
    );
}

#[test]
fn an_aligned_objective_is_suggested_one_level_down() {
    let mut ws = org();
    ws.objectives = vec![
        objective("grow", "acme", "q4", None),
        objective("close", "sales", "q4", Some("grow")),
        objective("campaign", "marketing", "q4", Some("grow")),
    ]
    .into();
    assert_eq!(ws.unit_for_aligned(&"grow".into()), Some("sales".into()));
    assert_eq!(ws.unit_for_aligned(&"close".into()), Some("dach".into()));
    // Marketing has no teams: its own unit.
    assert_eq!(
        ws.unit_for_aligned(&"campaign".into()),
        Some("marketing".into())
    );
    assert_eq!(ws.unit_for_aligned(&"gone".into()), None);
}

#[test]
fn the_next_quarter_is_offered_for_planning_in_the_last_third() {
    let mut ws = org();
    let q4 = PeriodId::from("q4");
    assert!(
        ws.next_to_plan(&q4, day(2026, 11, 30)).is_none(),
        "2/3 not yet passed"
    );
    let offered = ws.next_to_plan(&q4, day(2026, 12, 3)).expect("offered");
    assert_eq!(offered, Err((2027, 1)), "the quarter to create");
    assert!(
        ws.next_to_plan(&q4, day(2027, 1, 2)).is_none(),
        "the period is over"
    );
    let next = ws
        .open_next_period(&q4, "q1".into())
        .expect("the quarter is created");
    assert_eq!(ws.period(&next).map(|p| p.name.as_str()), Some("2027 Q1"));
    assert!(
        ws.next_to_plan(&q4, day(2026, 12, 3)).is_some(),
        "still empty"
    );
    assert_eq!(ws.open_next_period(&q4, "again".into()), Ok(next.clone()));
    ws.objectives
        .push(objective("planned", "acme", next.as_str(), None));
    assert!(ws.next_to_plan(&q4, day(2026, 12, 3)).is_none(), "planned");
}

#[test]
fn a_person_is_shown_what_they_lead_and_contribute_to() {
    let mut ws = populated();
    ws.objectives[1].lead = Some("bo".into());
    ws.objectives[3].contributors.push("bo".into());
    ws.objectives[3].lead = Some("bo".into()); // leading wins over contributing
    ws.objectives[0].contributors.push("bo".into());
    ws.key_results[0].lead = Some("bo".into());
    let bo = ws.involvement(&"bo".into(), &"q4".into());
    assert_eq!(
        bo.leads,
        vec![ObjectiveId::from("close"), "campaign".into()]
    );
    assert_eq!(bo.contributes, vec![ObjectiveId::from("grow")]);
    assert_eq!(
        bo.key_results,
        vec![ladder::domain::KeyResultId::from("revenue")]
    );
    // Archived objectives and other periods are not their work now.
    ws.objectives[1].archived = true;
    let bo = ws.involvement(&"bo".into(), &"q4".into());
    assert_eq!(bo.leads, vec![ObjectiveId::from("campaign")]);
    assert!(ws.involvement(&"bo".into(), &"q3".into()).is_empty());
    assert!(ws.involvement(&"nobody".into(), &"q4".into()).is_empty());
}

#[test]
fn news_is_what_others_reported_on_my_work_since_a_day() {
    use ladder::domain::{CheckIn, CheckInId, Reading, Revision, Status};
    let mut ws = populated();
    ws.objectives[0].contributors.push("bo".into()); // grow: revenue
    ws.key_results[1].lead = Some("bo".into()); // deals, under close
    let mut add = |id: &str, kr: &str, date, author: Option<&str>| {
        ws.check_ins.push(CheckIn {
            id: CheckInId::from(id),
            key_result: kr.into(),
            date,
            reading: Reading::Value(1.0),
            status: Status::OnTrack,
            note: String::new(),
            author: author.map(Into::into),
            rev: Revision::default(),
        });
    };
    add("old", "revenue", day(2026, 11, 1), Some("ada"));
    add("theirs", "revenue", day(2026, 12, 2), Some("ada"));
    add("mine", "deals", day(2026, 12, 3), Some("bo"));
    add("unsigned", "deals", day(2026, 12, 4), None);
    add("elsewhere", "leads", day(2026, 12, 4), Some("ada"));
    let news: Vec<&str> = ws
        .news_for(&"bo".into(), day(2026, 12, 2))
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        news,
        vec!["unsigned", "theirs"],
        "newest first, not mine, not elsewhere"
    );
    assert!(ws.news_for(&"nobody".into(), day(2026, 1, 1)).is_empty());
}
