//! The generated reference workload: its shape, its determinism, and that it
//! is valid data a snapshot import would accept.

use chrono::NaiveDate;
use ladder::domain::{Scale, UnitKind, generate};
use ladder::storage::snapshot;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid date")
}

#[test]
fn large_is_the_reference_company() {
    let ws = generate(Scale::Large, today(), 7);
    let count = |kind| ws.units.iter().filter(|u| u.kind == kind).count();
    assert_eq!(count(UnitKind::Company), 1);
    assert_eq!(count(UnitKind::Department), 8);
    assert_eq!(count(UnitKind::Team), 40);
    assert_eq!(ws.people.len(), 300);
    assert_eq!(ws.periods.len(), 12);
    assert!(
        (1_300..=1_700).contains(&ws.objectives.len()),
        "{}",
        ws.objectives.len()
    );
    assert!(
        (5_000..=7_000).contains(&ws.key_results.len()),
        "{}",
        ws.key_results.len()
    );
    assert!(
        (60_000..=90_000).contains(&ws.check_ins.len()),
        "{}",
        ws.check_ins.len()
    );
    assert!(!ws.initiatives.is_empty() && !ws.kpis.is_empty());
    assert!(ws.check_ins.iter().all(|c| !c.note.is_empty()));
    let closed = ws.periods.iter().filter(|p| p.closed).count();
    assert_eq!(closed, 11, "every quarter before today's is closed");
    let current = ws.current_period.as_ref().and_then(|id| ws.period(id));
    assert!(current.is_some_and(|p| p.contains(today())));
}

#[test]
fn medium_is_one_year() {
    let ws = generate(Scale::Medium, today(), 7);
    assert_eq!(ws.periods.len(), 4);
    assert_eq!(ws.people.len(), 300);
}

#[test]
fn small_is_the_sample_company() {
    let ws = generate(Scale::Small, today(), 7);
    assert!(ws.sample);
}

#[test]
fn same_seed_same_workspace_other_seed_other_ids() {
    let a = generate(Scale::Medium, today(), 42);
    assert_eq!(a, generate(Scale::Medium, today(), 42));
    assert_ne!(
        a.objectives[0].id,
        generate(Scale::Medium, today(), 43).objectives[0].id
    );
}

#[test]
fn a_generated_workspace_survives_export_and_import() {
    let ws = generate(Scale::Medium, today(), 7);
    let text = snapshot::encode_export(&ws, chrono::DateTime::UNIX_EPOCH).expect("encodes");
    let back =
        snapshot::decode_and_check(&text).expect("a generated workspace is a valid snapshot");
    assert_eq!(back.workspace, ws);
}

#[test]
fn each_key_results_check_ins_and_latest_agree_with_a_plain_scan() {
    let ws = generate(Scale::Medium, today(), 11);
    for kr in &ws.key_results {
        let mut scanned: Vec<_> = ws
            .check_ins
            .iter()
            .filter(|c| c.key_result == kr.id)
            .collect();
        // Oldest first; a stable sort keeps same-day check-ins in entry order.
        scanned.sort_by_key(|c| c.date);
        let ids = |list: Vec<&ladder::domain::CheckIn>| -> Vec<_> {
            list.into_iter().map(|c| c.id.clone()).collect()
        };
        assert_eq!(
            ws.latest_check_in(&kr.id).map(|c| &c.id),
            scanned.last().map(|c| &c.id)
        );
        assert_eq!(ids(ws.check_ins_of(&kr.id)), ids(scanned));
    }
}
