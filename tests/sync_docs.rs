//! Live sync's documents as the database holds them, what a push sends and
//! how arrivals land: round trips, refusals, and the rules that keep an
//! edit made elsewhere from being overwritten unseen.

use crate::common::day;
use chrono::{TimeZone, Utc};
use ladder::domain::{Arrivals, Choices, DocKey, RecordKind, ReplicaId, Workspace, sample_company};
use ladder::storage::sync::docs::{self, Row};
use ladder::storage::sync::outbox::{self, Held, HeldRev};
use ladder::storage::sync::state::RefusedDoc;
use serde_json::{Value, json};

fn sample() -> Workspace {
    let mut seed = 0u64;
    sample_company(day(2026, 11, 25), || {
        seed += 1;
        seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    })
}

fn replica(name: &str) -> ReplicaId {
    ReplicaId::from(name)
}

fn at() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 10, 0, 0).unwrap()
}

/// Every document of `ws` as the database would list it.
fn rows(ws: &Workspace) -> Vec<Row> {
    ws.docs()
        .iter()
        .map(|key| Row {
            id: key.doc_id(),
            deleted: false,
            doc: docs::encode(ws, key, None),
        })
        .collect()
}

fn row(id: &str, doc: Value) -> Row {
    Row {
        id: id.to_owned(),
        deleted: false,
        doc: Some(doc),
    }
}

#[test]
fn every_document_reads_back_as_the_record_it_was() {
    let ws = sample();
    let (arrivals, refused) = docs::read(&rows(&ws));
    assert!(refused.is_empty(), "{refused:?}");
    let mut back = arrivals.records.clone();
    let (organisation, rev) = arrivals.organisation.expect("the organisation's document");
    back.set_organisation(organisation, rev);
    back.settings.me = ws.settings.me.clone();
    back.sample = ws.sample;
    // The database lists documents by id, not in the workspace's order.
    let sorted = |w: &Workspace| serde_json::to_value(w).expect("serialises");
    assert_eq!(
        docs_of(&sorted(&back)),
        docs_of(&sorted(&ws)),
        "what was written is what is read"
    );
}

/// A workspace's JSON with every list sorted by id, to compare contents.
fn docs_of(ws: &Value) -> Value {
    let mut ws = ws.clone();
    if let Some(map) = ws.as_object_mut() {
        for (_, v) in map.iter_mut() {
            if let Some(list) = v.as_array_mut() {
                list.sort_by_key(|r| r["id"].to_string());
            }
        }
    }
    ws
}

#[test]
fn what_never_leaves_the_browser_is_in_no_document() {
    let mut ws = sample();
    let me = ws.people[0].id.clone();
    ws.settings.me = Some(me.clone());
    for row in rows(&ws) {
        let text = serde_json::to_string(&row.doc).expect("serialises");
        for private in ["\"me\"", "\"sample\"", "replica", "personal", "one_on_one"] {
            assert!(!text.contains(private), "{} holds {private}", row.id);
        }
    }
}

#[test]
fn documents_that_are_not_ladders_are_refused_one_by_one() {
    let ws = sample();
    let good = rows(&ws);
    let objective = ws.objectives[0].clone();
    let objective_id = format!("objective:{}", objective.id);
    let record = serde_json::to_value(&objective).expect("serialises");
    let mut bad = vec![
        row(
            "_design/ladder",
            json!({"validate_doc_update": "function(){}"}),
        ),
        row("invoice:17", json!({"amount": 3})),
        row(
            &objective_id,
            json!({"ladder": 99, "type": "objective", "record": record}),
        ),
        row(
            "key-result:x",
            json!({"ladder": 6, "type": "objective", "record": record}),
        ),
        row(
            "objective:someone-else",
            json!({"ladder": 6, "type": "objective", "record": record}),
        ),
        row(
            "objective:broken",
            json!({"ladder": 6, "type": "objective", "record": {"id": "broken", "title": 7}}),
        ),
        row("objective:empty", json!({"ladder": 6, "type": "objective"})),
    ];
    bad.extend(good);
    // The objective listed again, later, is read as its last version: the good one.
    bad.push(row(
        &objective_id,
        json!({"ladder": 6, "type": "objective", "record": record}),
    ));
    let (arrivals, refused) = docs::read(&bad);
    // What cannot be read says which field, as a refused file does.
    let broken = refused.iter().find(|r| r.doc_id == "objective:broken");
    assert_eq!(
        broken.map(|r| r.reason.as_str()),
        Some("It could not be read: title: invalid type: integer `7`, expected a string.")
    );
    let refused: Vec<&str> = refused.iter().map(|r| r.doc_id.as_str()).collect();
    assert_eq!(
        refused,
        [
            "invoice:17",
            "key-result:x",
            "objective:someone-else",
            "objective:broken",
            "objective:empty"
        ]
    );
    assert_eq!(arrivals.records.objectives.len(), ws.objectives.len());
}

#[test]
fn an_older_documents_record_is_upgraded_and_a_deletion_is_read_as_one() {
    let ws = sample();
    let kr = &ws.key_results[0];
    let id = format!("key-result:{}", kr.id);
    let record = serde_json::to_value(kr).expect("serialises");
    let rows = [
        row(
            &id,
            json!({"ladder": 3, "type": "key-result", "record": record}),
        ),
        Row {
            id: "objective:gone".into(),
            deleted: true,
            doc: None,
        },
    ];
    let (arrivals, refused) = docs::read(&rows);
    assert!(refused.is_empty(), "{refused:?}");
    assert_eq!(arrivals.records.key_results[0], *kr);
    assert_eq!(
        arrivals.deleted,
        [DocKey::record(RecordKind::Objective, "gone")]
    );
}

#[test]
fn a_record_that_breaks_a_rule_is_refused_and_the_copy_here_stays() {
    let mine = sample();
    let mut theirs = Workspace::default();
    let mut objective = mine.objectives[0].clone();
    objective.title = "   ".into();
    objective.rev.bump(&replica("them"), at());
    theirs.objectives.push(objective.clone());
    let mut orphan = mine.key_results[0].clone();
    orphan.id = "orphan".into();
    orphan.objective = "nowhere".into();
    theirs.key_results.push(orphan);
    let mut fine = mine.key_results[1].clone();
    fine.title = "Renamed elsewhere".into();
    fine.rev.bump(&replica("them"), at());
    theirs.key_results.push(fine.clone());
    let arrivals = Arrivals {
        records: theirs,
        ..Arrivals::default()
    };
    let landing = mine.land(&arrivals, &Choices::new(), &replica("me"), at());
    let refused: Vec<&DocKey> = landing.refused.iter().map(|(k, _)| k).collect();
    assert_eq!(
        refused,
        [
            &DocKey::record(RecordKind::Objective, objective.id.as_ref()),
            &DocKey::record(RecordKind::KeyResult, "orphan"),
        ]
    );
    // What points at a record not here may come right when that arrives.
    assert_eq!(
        landing.retry,
        [DocKey::record(RecordKind::KeyResult, "orphan")]
    );
    let ws = &landing.workspace;
    assert_eq!(ws.objectives[0].title, mine.objectives[0].title);
    assert!(ws.key_results.iter().all(|kr| kr.id.as_ref() != "orphan"));
    assert_eq!(
        ws.key_result(&fine.id).map(|kr| kr.title.as_str()),
        Some("Renamed elsewhere")
    );
}

#[test]
fn a_deletion_elsewhere_takes_an_objective_with_its_key_results() {
    let mine = sample();
    let objective = mine
        .objectives
        .iter()
        .find(|o| mine.key_results_of(&o.id).len() > 1)
        .expect("an objective with key results");
    let arrivals = Arrivals {
        deleted: vec![DocKey::record(RecordKind::Objective, objective.id.as_ref())],
        ..Arrivals::default()
    };
    let landing = mine.land(&arrivals, &Choices::new(), &replica("me"), at());
    assert!(landing.workspace.objective(&objective.id).is_none());
    assert!(landing.workspace.key_results_of(&objective.id).is_empty());
    assert!(landing.to_send.is_empty());
}

#[test]
fn the_organisation_changed_on_both_sides_settles_the_same_way_on_each() {
    let base = sample();
    let mut a = base.clone();
    let mut b = base.clone();
    a.name = "Northwind A".into();
    a.organisation_rev.bump(&replica("a"), at());
    b.name = "Northwind B".into();
    b.organisation_rev
        .bump(&replica("b"), at() + chrono::Duration::seconds(5));
    let to = |ws: &Workspace| Arrivals {
        organisation: Some((ws.organisation(), ws.organisation_rev.clone())),
        ..Arrivals::default()
    };
    let at_a = a.land(&to(&b), &Choices::new(), &replica("a"), at());
    let at_b = b.land(&to(&a), &Choices::new(), &replica("b"), at());
    assert_eq!(at_a.workspace.name, "Northwind B");
    assert_eq!(at_b.workspace.name, "Northwind B");
    // The side whose name won sends it, stamped newer than both, and the
    // other takes that stamp: both end alike.
    assert!(at_a.to_send.is_empty());
    assert!(at_b.to_send.contains(&DocKey::organisation()));
    let again = at_a
        .workspace
        .land(&to(&at_b.workspace), &Choices::new(), &replica("a"), at());
    assert_eq!(
        again.workspace.organisation_rev,
        at_b.workspace.organisation_rev
    );
    assert!(again.to_send.is_empty());

    // Two organisations that never stamped their shared fields differ all
    // the same: settled the same way, not left apart for good.
    let (mut c, mut d) = (base.clone(), base.clone());
    c.name = "Contoso".into();
    d.name = "Northwind".into();
    let at_c = c.land(&to(&d), &Choices::new(), &replica("c"), at());
    let at_d = d.land(&to(&c), &Choices::new(), &replica("d"), at());
    assert_eq!(at_c.workspace.name, at_d.workspace.name);
    assert_eq!(at_c.to_send.len() + at_d.to_send.len(), 1);
}

fn held(ws: &Workspace, key: &DocKey, rev: &str) -> Held {
    Held {
        key: key.doc_id(),
        value: Some(HeldRev {
            rev: rev.into(),
            deleted: false,
        }),
        doc: docs::encode(ws, key, Some(rev)),
    }
}

#[test]
fn a_push_never_overwrites_a_change_it_has_not_seen() {
    let base = sample();
    let kr = base.key_results[0].id.clone();
    let key = DocKey::record(RecordKind::KeyResult, kr.as_ref());
    let mut mine = base.clone();
    mine.key_results
        .find_mut(|k| k.id == kr)
        .map(|k| {
            k.title = "Mine".into();
            k.rev.bump(&replica("me"), at());
        })
        .expect("the key result");
    // The database holds the version this side started from: it is overwritten.
    let plan = outbox::plan(
        &mine,
        std::slice::from_ref(&key),
        &[held(&base, &key, "1-a")],
    );
    assert_eq!(plan.send.len(), 1);
    assert_eq!(plan.send[0].1["_rev"], "1-a");
    assert_eq!(plan.send[0].1["record"]["title"], "Mine");
    // The same version as here: nothing to send.
    let plan = outbox::plan(
        &mine,
        std::slice::from_ref(&key),
        &[held(&mine, &key, "2-b")],
    );
    assert_eq!((plan.send.len(), plan.done.len()), (0, 1));
    // Someone else changed it meanwhile: theirs lands first.
    let mut theirs = base.clone();
    theirs
        .key_results
        .find_mut(|k| k.id == kr)
        .map(|k| k.rev.bump(&replica("them"), at()))
        .expect("the key result");
    let plan = outbox::plan(
        &mine,
        std::slice::from_ref(&key),
        &[held(&theirs, &key, "2-c")],
    );
    assert!(plan.send.is_empty());
    assert_eq!(plan.unseen.len(), 1);
}

#[test]
fn a_push_sends_deletions_and_new_records_without_a_revision() {
    let base = sample();
    let check_in = base.check_ins[0].clone();
    let key = DocKey::record(RecordKind::CheckIn, check_in.id.as_ref());
    let mut mine = base.clone();
    mine.check_ins.retain(|c| c.id != check_in.id);
    let plan = outbox::plan(
        &mine,
        std::slice::from_ref(&key),
        &[held(&base, &key, "1-a")],
    );
    assert_eq!(
        plan.send[0].1,
        json!({"_id": key.doc_id(), "_rev": "1-a", "_deleted": true})
    );
    // Never in the database and gone here: nothing to write.
    let plan = outbox::plan(&mine, std::slice::from_ref(&key), &[]);
    assert_eq!((plan.send.len(), plan.done.len()), (0, 1));
    // New here: written without a revision.
    let plan = outbox::plan(&base, std::slice::from_ref(&key), &[]);
    assert!(plan.send[0].1.get("_rev").is_none());
    // Deleted there: a check-in's deletion lands here; a unit still used is sent again.
    let gone = |key: &DocKey| Held {
        key: key.doc_id(),
        value: Some(HeldRev {
            rev: "2-x".into(),
            deleted: true,
        }),
        doc: None,
    };
    let plan = outbox::plan(&base, std::slice::from_ref(&key), &[gone(&key)]);
    assert!(plan.unseen[0].deleted);
    let unit = DocKey::record(RecordKind::Unit, base.units[0].id.as_ref());
    let plan = outbox::plan(&base, std::slice::from_ref(&unit), &[gone(&unit)]);
    assert_eq!(plan.send.len(), 1);
    assert!(plan.send[0].1.get("_rev").is_none());
}

#[test]
fn one_tab_holds_the_sync_lease_until_it_runs_out() {
    use ladder::storage::sync::state::{lease, may_lead};
    let held = lease("a1", 10_000.0);
    assert!(may_lead(None, "b2", 5_000.0), "no lease: any tab may");
    assert!(may_lead(Some(&held), "a1", 5_000.0), "its holder renews it");
    assert!(!may_lead(Some(&held), "b2", 5_000.0), "another tab waits");
    assert!(
        may_lead(Some(&held), "b2", 10_001.0),
        "a lapsed lease is free"
    );
    assert!(
        may_lead(Some("garbled"), "b2", 0.0),
        "an unreadable lease binds no one"
    );
}

#[test]
fn reading_a_slice_at_a_time_reads_what_reading_at_once_does() {
    let ws = sample();
    let objective = ws.objectives[0].clone();
    let objective_id = format!("objective:{}", objective.id);
    let record = serde_json::to_value(&objective).expect("serialises");
    // Refusals, a design document, a deletion, and a document listed
    // twice, first unreadable and then good, so that which row counts
    // depends on rows in other slices.
    let mut mixed = vec![
        row(
            &objective_id,
            json!({"ladder": 99, "type": "objective", "record": record}),
        ),
        row("invoice:17", json!({"amount": 3})),
        row("_design/ladder", json!({"validate_doc_update": "x"})),
        Row {
            id: "objective:gone".into(),
            deleted: true,
            doc: None,
        },
    ];
    mixed.extend(rows(&ws));
    mixed.push(row(
        &objective_id,
        json!({"ladder": 6, "type": "objective", "record": record}),
    ));
    mixed.push(row(
        "objective:broken",
        json!({"ladder": 6, "type": "objective"}),
    ));
    let whole = docs::read(&mixed);
    let seen = |(arrivals, refused): &(Arrivals, Vec<RefusedDoc>)| {
        (
            serde_json::to_value(&arrivals.records).expect("serialises"),
            arrivals.organisation.clone(),
            arrivals.deleted.clone(),
            refused.clone(),
        )
    };
    assert_eq!(whole.1.len(), 2, "{:?}", whole.1);
    for slice in [1, 2, 3, 5, 64, mixed.len()] {
        let mut reading = docs::Reading::new(&mixed);
        let mut slices = 1;
        while reading.next_slice(slice) {
            slices += 1;
        }
        assert_eq!(slices, mixed.len().div_ceil(slice), "slices of {slice}");
        assert_eq!(seen(&reading.finish()), seen(&whole), "slices of {slice}");
    }
}
