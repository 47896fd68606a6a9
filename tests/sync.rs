//! The workspace as documents for live sync: their names, which of them an
//! edit changed, and how a deletion made elsewhere lands here.

use crate::common::day;
use ladder::domain::{
    DocKey, DocKind, Organisation, PersonId, Reading, Record, RecordKind, Removal, ReplicaId,
    Status, ValidCheckIn, ValidPerson, Workspace, sample_company,
};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

fn sample() -> Workspace {
    let mut seed = 0u64;
    sample_company(day(2026, 11, 25), || {
        seed += 1;
        seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    })
}

/// Every document of `ws` with its content as JSON: the slow, obvious way
/// to see what differs, to check the fast one against.
fn contents(ws: &Workspace) -> BTreeMap<DocKey, String> {
    fn add<R: Record>(out: &mut BTreeMap<DocKey, String>, records: impl Iterator<Item = R>) {
        for r in records {
            out.insert(
                DocKey::record(R::KIND, r.id().as_ref()),
                serde_json::to_string(&r).expect("serialises"),
            );
        }
    }
    let mut out = BTreeMap::new();
    add(&mut out, ws.units.iter().cloned());
    add(&mut out, ws.people.iter().cloned());
    add(&mut out, ws.periods.iter().cloned());
    add(&mut out, ws.objectives.iter().cloned());
    add(&mut out, ws.key_results.iter().cloned());
    add(&mut out, ws.check_ins.iter().cloned());
    add(&mut out, ws.initiatives.iter().cloned());
    add(&mut out, ws.kpis.iter().cloned());
    out.insert(
        DocKey::organisation(),
        serde_json::to_string(&ws.organisation()).expect("serialises"),
    );
    out
}

fn differing(before: &Workspace, after: &Workspace) -> BTreeSet<DocKey> {
    let (a, b) = (contents(before), contents(after));
    a.keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect()
}

#[test]
fn a_document_is_named_by_its_kind_and_id_and_read_back() {
    for kind in RecordKind::ALL {
        let key = DocKey::record(kind, "a1b2");
        assert_eq!(DocKey::parse(&key.doc_id()), Some(key.clone()));
    }
    assert_eq!(
        DocKey::record(RecordKind::Objective, "x").doc_id(),
        "objective:x"
    );
    assert_eq!(
        DocKey::record(RecordKind::KeyResult, "x").doc_id(),
        "key-result:x"
    );
    assert_eq!(DocKey::organisation().doc_id(), "organisation");
    assert_eq!(DocKey::parse("organisation"), Some(DocKey::organisation()));
    // Documents that are not Ladder's are not taken for records.
    for foreign in ["_design/ladder", "objective:", "goal:x", "x", ""] {
        assert_eq!(DocKey::parse(foreign), None, "{foreign}");
    }
    // An id may hold a colon: only the first one ends the kind.
    assert_eq!(
        DocKey::parse("check-in:a:b"),
        Some(DocKey::record(RecordKind::CheckIn, "a:b"))
    );
}

#[test]
fn every_record_and_the_organisation_is_a_document() {
    let ws = sample();
    let docs = ws.docs();
    assert_eq!(docs, contents(&ws).into_keys().collect());
    assert!(docs.iter().all(|k| ws.has_doc(k)));
}

#[test]
fn a_check_in_changes_its_own_document_and_its_key_results_value() {
    let before = sample();
    let mut after = before.clone();
    let kr = after.key_results[0].id.clone();
    let id = "new-check-in";
    after
        .add_check_in(
            id.into(),
            &kr,
            ValidCheckIn {
                date: day(2026, 11, 24),
                reading: Reading::Value(123.0),
                status: Status::OnTrack,
                note: String::new(),
                author: None,
            },
        )
        .expect("an open period");
    let changed = after.changed_docs(&before);
    assert!(changed.contains(&DocKey::record(RecordKind::CheckIn, id)));
    assert_eq!(changed, differing(&before, &after));
}

#[test]
fn deleting_an_objective_changes_it_and_everything_it_took_along() {
    let before = sample();
    let mut after = before.clone();
    let objective = before
        .objectives
        .iter()
        .find(|o| before.key_results_of(&o.id).len() > 1)
        .expect("an objective with key results")
        .id
        .clone();
    after.delete_objective(&objective).expect("open period");
    let changed = after.changed_docs(&before);
    assert!(changed.contains(&DocKey::record(RecordKind::Objective, objective.as_ref())));
    for kr in before.key_results_of(&objective) {
        assert!(changed.contains(&DocKey::record(RecordKind::KeyResult, kr.id.as_ref())));
    }
    assert_eq!(changed, differing(&before, &after));
}

#[test]
fn this_is_me_and_the_sample_mark_are_no_document() {
    let before = sample();
    let mut after = before.clone();
    after.settings.me = Some(after.people[3].id.clone());
    after.sample = !after.sample;
    assert!(after.changed_docs(&before).is_empty());

    after.name = "Northwind".to_owned();
    assert_eq!(
        after.changed_docs(&before),
        BTreeSet::from([DocKey::organisation()])
    );
}

#[test]
fn the_organisations_stamp_moves_with_its_shared_fields_only() {
    let me = ReplicaId::from("me");
    let at = day(2026, 12, 1)
        .and_hms_opt(9, 0, 0)
        .expect("time")
        .and_utc();
    let before = sample();
    let mut after = before.clone();
    after.settings.me = Some(after.people[0].id.clone());
    after.stamp_changes(&before, &me, at);
    assert!(after.organisation_rev.is_new());

    let mut renamed = after.clone();
    renamed.settings.check_in_every_days = 14;
    renamed.stamp_changes(&after, &me, at);
    assert_eq!(renamed.organisation_rev.edits.get(&me), Some(1));

    // Taken from elsewhere: the shared fields and the stamp, not "This is me".
    let mut elsewhere = sample();
    elsewhere.set_organisation(renamed.organisation(), renamed.organisation_rev.clone());
    assert_eq!(elsewhere.settings.check_in_every_days, 14);
    assert_eq!(elsewhere.settings.me, None);
    assert_eq!(elsewhere.organisation_rev, renamed.organisation_rev);
}

#[test]
fn the_organisations_stamp_survives_a_save_and_a_file() {
    let mut ws = sample();
    let at = day(2026, 12, 1)
        .and_hms_opt(9, 0, 0)
        .expect("time")
        .and_utc();
    ws.organisation_rev.bump(&ReplicaId::from("me"), at);
    let text = serde_json::to_string(&ws).expect("serialises");
    let back: Workspace = serde_json::from_str(&text).expect("reads");
    assert_eq!(back.organisation_rev, ws.organisation_rev);
    // A workspace whose organisation was never changed writes no stamp.
    assert!(
        !serde_json::to_string(&sample())
            .expect("serialises")
            .contains("organisation_rev")
    );
}

#[test]
fn a_deleted_objective_takes_its_key_results_and_check_ins_along() {
    let mut ws = sample();
    let objective = ws
        .objectives
        .iter()
        .find(|o| ws.key_results_of(&o.id).len() > 1)
        .expect("an objective with key results")
        .id
        .clone();
    let krs: Vec<String> = ws
        .key_results_of(&objective)
        .into_iter()
        .map(|kr| kr.id.to_string())
        .collect();
    let key = DocKey::record(RecordKind::Objective, objective.as_ref());
    assert_eq!(ws.remove_synced(&key), Removal::Removed);
    assert!(ws.objective(&objective).is_none());
    for kr in &krs {
        assert!(ws.key_result(&kr.as_str().into()).is_none());
        assert!(
            ws.check_ins
                .iter()
                .all(|c| c.key_result.as_ref() != kr.as_str())
        );
    }
    assert!(ws.problems().is_empty(), "{:?}", ws.problems());
    // Deleted twice (its tombstone seen again): nothing happens.
    assert_eq!(ws.remove_synced(&key), Removal::Absent);
}

#[test]
fn a_deleted_check_in_leaves_its_key_result_at_the_latest_remaining_value() {
    let mut ws = sample();
    let kr = ws
        .key_results
        .iter()
        .find(|kr| ws.check_ins_of(&kr.id).len() > 1)
        .expect("a key result with check-ins")
        .clone();
    let latest = ws.latest_check_in(&kr.id).expect("checked in").clone();
    ws.remove_synced(&DocKey::record(RecordKind::CheckIn, latest.id.as_ref()));
    let now = ws.latest_check_in(&kr.id).expect("another").clone();
    assert_ne!(now.id, latest.id);
    let value = ws.key_result(&kr.id).expect("kept").measure.clone();
    let mut expected = ws.clone();
    expected.resync_current_values();
    assert_eq!(expected.key_result(&kr.id).expect("kept").measure, value);
}

#[test]
fn a_unit_or_person_still_used_here_is_kept() {
    let mut ws = sample();
    let used = ws.objectives[0].unit.clone();
    assert_eq!(
        ws.remove_synced(&DocKey::record(RecordKind::Unit, used.as_ref())),
        Removal::Kept
    );
    assert!(ws.unit(&used).is_some());
    let lead = ws.objectives[0].lead.clone().expect("a lead");
    assert_eq!(
        ws.remove_synced(&DocKey::record(RecordKind::Person, lead.as_ref())),
        Removal::Kept
    );
    assert!(ws.person(&lead).is_some());
    assert_eq!(
        ws.remove_synced(&DocKey::organisation()),
        Removal::Kept,
        "the organisation is changed, never deleted"
    );
    assert_eq!(DocKey::organisation().kind, DocKind::Organisation);
}

#[test]
fn a_person_deleted_elsewhere_is_no_longer_me() {
    let mut ws = sample();
    let idle = PersonId::from("new-colleague");
    ws.add_person(
        idle.clone(),
        ValidPerson {
            name: "New Colleague".to_owned(),
            role: None,
            unit: None,
        },
    );
    ws.settings.me = Some(idle.clone());
    assert_eq!(
        ws.remove_synced(&DocKey::record(RecordKind::Person, idle.as_ref())),
        Removal::Removed
    );
    assert_eq!(ws.settings.me, None);
    assert!(ws.problems().is_empty(), "{:?}", ws.problems());
}

/// One edit a person could make, picked by the property test below.
#[derive(Clone, Debug)]
enum Edit {
    RetitleObjective(usize),
    DeleteObjective(usize),
    RetitleKeyResult(usize),
    DeleteCheckIn(usize),
    RenameOrganisation,
    MoveObjectiveToEnd(usize),
}

fn apply(ws: &mut Workspace, edit: &Edit) {
    let pick = |len: usize, i: usize| (len > 0).then(|| i % len);
    match *edit {
        Edit::RetitleObjective(i) => {
            if let Some(i) = pick(ws.objectives.len(), i)
                && let Some(o) = ws.objectives.get_mut(i)
            {
                o.title.push('!');
            }
        }
        Edit::DeleteObjective(i) => {
            if let Some(i) = pick(ws.objectives.len(), i) {
                let id = ws.objectives[i].id.clone();
                let _ = ws.delete_objective(&id);
            }
        }
        Edit::RetitleKeyResult(i) => {
            if let Some(i) = pick(ws.key_results.len(), i)
                && let Some(kr) = ws.key_results.get_mut(i)
            {
                kr.title.push('?');
            }
        }
        Edit::DeleteCheckIn(i) => {
            if let Some(i) = pick(ws.check_ins.len(), i) {
                let id = ws.check_ins[i].id.clone();
                let _ = ws.delete_check_in(&id);
            }
        }
        Edit::RenameOrganisation => ws.name.push('.'),
        Edit::MoveObjectiveToEnd(i) => {
            if let Some(i) = pick(ws.objectives.len(), i) {
                let moved = ws.objectives.remove(i);
                ws.objectives.push(moved);
            }
        }
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0usize..500).prop_map(Edit::RetitleObjective),
        (0usize..500).prop_map(Edit::DeleteObjective),
        (0usize..500).prop_map(Edit::RetitleKeyResult),
        (0usize..500).prop_map(Edit::DeleteCheckIn),
        Just(Edit::RenameOrganisation),
        (0usize..500).prop_map(Edit::MoveObjectiveToEnd),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The fast diff finds exactly the documents whose content differs,
    /// whatever edits were made and however they moved records around.
    #[test]
    fn changed_documents_are_exactly_those_that_differ(edits in prop::collection::vec(edit(), 1..8)) {
        let before = sample();
        let mut after = before.clone();
        for e in &edits {
            apply(&mut after, e);
        }
        prop_assert_eq!(after.changed_docs(&before), differing(&before, &after));
    }
}

#[test]
fn the_organisation_document_holds_only_what_everyone_shares() {
    let mut ws = sample();
    ws.settings.me = Some(ws.people[0].id.clone());
    let json = serde_json::to_value(ws.organisation()).expect("serialises");
    let fields: BTreeSet<&str> = json
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        fields,
        BTreeSet::from([
            "name",
            "check_in_every_days",
            "individual_goals",
            "current_period"
        ])
    );
    let back: Organisation = serde_json::from_value(json).expect("reads");
    assert_eq!(back, ws.organisation());
}
