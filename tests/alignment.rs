//! Objectives ladder up only to higher levels in the same period, and the
//! alignment can never form a cycle; broken links show as unaligned.

use crate::common::{objective, org};
use ladder::domain::{AlignError, Alignment, ObjectiveId, Rule, Unaligned, Workspace};
use proptest::prelude::*;

fn cascade_ws() -> Workspace {
    let mut ws = org();
    ws.objectives = vec![
        objective("grow", "acme", "q4", None),
        objective("close", "sales", "q4", Some("grow")),
        objective("pipeline", "dach", "q4", Some("close")),
        objective("campaign", "marketing", "q4", Some("grow")),
        objective("lone", "support", "q4", None),
        objective("last-q", "acme", "q3", None),
    ]
    .into();
    ws
}

fn check(ws: &Workspace, child_unit: &str, parent: &str, expected: Result<(), AlignError>) {
    assert_eq!(
        ws.check_parent(&child_unit.into(), &"q4".into(), None, &parent.into()),
        expected,
        "{child_unit} → {parent}"
    );
}

#[test]
fn only_higher_levels_in_the_same_period_can_be_parents() {
    let ws = cascade_ws();
    check(&ws, "sales", "grow", Ok(()));
    check(&ws, "dach", "close", Ok(()));
    check(&ws, "dach", "grow", Ok(()));
    check(&ws, "support", "grow", Ok(()));
    check(&ws, "dach", "campaign", Ok(()));
    check(&ws, "marketing", "close", Err(AlignError::NotHigher));
    check(&ws, "acme", "grow", Err(AlignError::NotHigher));
    check(&ws, "sales", "pipeline", Err(AlignError::NotHigher));
    check(&ws, "sales", "last-q", Err(AlignError::OtherPeriod));
    check(&ws, "sales", "nothing", Err(AlignError::ParentMissing));
}

#[test]
fn broken_links_are_shown_as_unaligned_with_a_reason() {
    let mut ws = cascade_ws();
    let alignment =
        |ws: &Workspace, id: &str| ws.alignment(ws.objective(&id.into()).expect("exists"));
    assert_eq!(alignment(&ws, "grow"), Alignment::Top);
    assert_eq!(alignment(&ws, "close"), Alignment::Aligned("grow".into()));
    assert_eq!(
        alignment(&ws, "lone"),
        Alignment::Unaligned(Unaligned::NoParent)
    );

    ws.set_objective_archived(&"grow".into(), true)
        .expect("the period is open");
    assert_eq!(
        alignment(&ws, "close"),
        Alignment::Unaligned(Unaligned::ParentArchived)
    );
    ws.set_objective_archived(&"grow".into(), false)
        .expect("the period is open");

    ws.objectives[0].period = "q3".into();
    assert_eq!(
        alignment(&ws, "close"),
        Alignment::Unaligned(Unaligned::ParentInOtherPeriod)
    );
}

#[test]
fn the_cascade_nests_children_and_lists_the_unaligned() {
    let mut ws = cascade_ws();
    let cascade = ws.cascade(&"q4".into());
    assert_eq!(cascade.aligned.len(), 1);
    let grow = &cascade.aligned[0];
    assert_eq!(grow.id, ObjectiveId::from("grow"));
    let kids: Vec<&str> = grow.children.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(kids, ["close", "campaign"], "grouped in unit order");
    assert_eq!(
        grow.children[0].children[0].id,
        ObjectiveId::from("pipeline")
    );
    let unaligned: Vec<(&str, Unaligned)> = cascade
        .unaligned
        .iter()
        .map(|(n, r)| (n.id.as_str(), *r))
        .collect();
    assert_eq!(unaligned, [("lone", Unaligned::NoParent)]);

    // Archiving the company objective never hides its children: they move to the
    // unaligned group, each still with its own subtree.
    ws.set_objective_archived(&"grow".into(), true)
        .expect("the period is open");
    let cascade = ws.cascade(&"q4".into());
    assert!(cascade.aligned.is_empty());
    let unaligned: Vec<&str> = cascade
        .unaligned
        .iter()
        .map(|(n, _)| n.id.as_str())
        .collect();
    assert_eq!(unaligned, ["close", "campaign", "lone"]);
    assert_eq!(
        cascade.unaligned[0].0.children[0].id,
        ObjectiveId::from("pipeline")
    );
}

#[test]
fn aligned_children_are_listed_for_the_parent() {
    let ws = cascade_ws();
    let kids: Vec<&str> = ws
        .aligned_children(&"grow".into())
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(kids, ["close", "campaign"]);
    let candidates: Vec<&str> = ws
        .parent_candidates(&"dach".into(), &"q4".into(), Some(&"pipeline".into()))
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(candidates, ["grow", "close", "campaign"]);
}

#[test]
fn a_cycle_is_refused_even_when_levels_would_allow_it() {
    // Data from outside may hold same-level links; the cycle check stands on its own.
    let mut ws = cascade_ws();
    assert!(ws.would_cycle(&"grow".into(), &"pipeline".into()));
    assert!(ws.would_cycle(&"close".into(), &"close".into()));
    assert!(!ws.would_cycle(&"pipeline".into(), &"grow".into()));
    ws.objectives[0].parent = Some("pipeline".into());
    assert!(ws.problems().iter().any(|p| p.rule == Rule::AlignmentCycle));
    // A walk over looping data terminates.
    assert!(!ws.would_cycle(&"lone".into(), &"grow".into()));
}

proptest! {
    /// Whatever links are proposed, applying only the accepted ones never
    /// produces a cycle.
    #[test]
    fn accepted_links_never_form_a_cycle(links in prop::collection::vec((0usize..8, 0usize..8), 0..40)) {
        let mut ws = org();
        let units = ["acme", "sales", "marketing", "dach", "support"];
        ws.objectives = (0..8)
            .map(|i| objective(&format!("o{i}"), units[i % units.len()], "q4", None))
            .collect();
        for (child, parent) in links {
            let child_id = ws.objectives[child].id.clone();
            let parent_id = ws.objectives[parent].id.clone();
            let unit = ws.objectives[child].unit.clone();
            if ws.check_parent(&unit, &"q4".into(), Some(&child_id), &parent_id).is_ok() {
                ws.objectives[child].parent = Some(parent_id);
            }
        }
        for o in &ws.objectives {
            if let Some(parent) = &o.parent {
                prop_assert!(!ws.would_cycle(&o.id, parent));
            }
        }
        prop_assert!(ws.problems().is_empty(), "{:?}", ws.problems());
    }

    /// Even arbitrary links, ignoring every rule, are detected as cycles exactly
    /// when following parents from the child returns to it.
    #[test]
    fn cycle_detection_matches_a_plain_walk(parents in prop::collection::vec(prop::option::of(0usize..6), 6)) {
        let mut ws = org();
        ws.objectives = (0..6).map(|i| objective(&format!("o{i}"), "sales", "q4", None)).collect();
        for (i, parent) in parents.iter().enumerate() {
            ws.objectives[i].parent = parent.map(|p| ObjectiveId::from(format!("o{p}").as_str()));
        }
        for child in 0..6 {
            for candidate in 0..6 {
                // Reference: walk from the candidate up at most 7 steps.
                let mut at = Some(candidate);
                let mut reaches = false;
                for _ in 0..7 {
                    match at {
                        Some(i) if i == child => { reaches = true; break; }
                        Some(i) => at = parents[i],
                        None => break,
                    }
                }
                let id = |i: usize| ObjectiveId::from(format!("o{i}").as_str());
                prop_assert_eq!(ws.would_cycle(&id(child), &id(candidate)), reaches);
            }
        }
    }
}
