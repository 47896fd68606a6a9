//! The stored workspace in parts: everything comes back, in order, and a
//! part's fingerprint changes exactly when its records do.

use crate::common::day;
use chrono::{DateTime, NaiveDate};
use ladder::domain::{PeriodId, ReplicaId, Scale, Workspace, generate};
use ladder::storage::packed::{self, Effort};
use ladder::storage::parts::{self, Layout, PartEntry, PartId, Split};
use ladder::storage::snapshot::{self, DecodeError};
use std::collections::BTreeMap;

fn today() -> NaiveDate {
    day(2026, 11, 25)
}

/// Splits, encodes and reads back as storage would, returning the workspace
/// and the fingerprints.
fn round_trip(ws: &Workspace) -> (Workspace, Vec<String>) {
    let (ws, fingerprints, _) = read_back(&parts::split(ws));
    (ws, fingerprints)
}

/// The head a first save writes for `split` (nothing kept from before).
fn head_text(split: &Split<'_>, entries: Vec<PartEntry>, revision: u64) -> String {
    let mut kept = parts::HeadCache::default();
    parts::encode_head(split, entries, revision, DateTime::UNIX_EPOCH, &mut kept).expect("encodes")
}

/// Also the layout that reading gives, for the next save.
fn read_back(split: &Split<'_>) -> (Workspace, Vec<String>, Layout) {
    let mut texts = Vec::new();
    let mut entries = Vec::new();
    for (i, part) in split.parts.iter().enumerate() {
        let text = parts::encode_part(&part.records).expect("encodes");
        texts.push(packed::unpack(&packed::pack(&text, Effort::Fast)).expect("unpacks"));
        entries.push(PartEntry {
            key: format!("ladder.part.1.{i}"),
            id: part.id.clone(),
            fingerprint: part.fingerprint.clone(),
            size: text.len(),
        });
    }
    let fingerprints = entries.iter().map(|e| e.fingerprint.clone()).collect();
    let head = head_text(split, entries, 1);
    let head = parts::read_head(head).expect("reads");
    let (envelope, layout) = parts::assemble(head, &texts).expect("assembles");
    assert_eq!(envelope.revision, Some(1));
    let layout = layout.expect("the current version gives its layout");
    (envelope.workspace, fingerprints, layout)
}

/// The same records, compared collection by collection: check-ins, key
/// results and initiatives may come back grouped by part.
fn assert_same_records(a: &Workspace, b: &Workspace) {
    assert_eq!(a.name, b.name);
    assert_eq!(a.units, b.units);
    assert_eq!(a.people, b.people);
    assert_eq!(a.periods, b.periods);
    assert_eq!(a.kpis, b.kpis);
    assert_eq!(
        a.objectives, b.objectives,
        "objectives keep workspace order"
    );
    let sorted = |ws: &Workspace| {
        let mut krs: Vec<_> = ws.key_results.iter().map(|k| format!("{k:?}")).collect();
        let mut cs: Vec<_> = ws.check_ins.iter().map(|c| format!("{c:?}")).collect();
        let mut is: Vec<_> = ws.initiatives.iter().map(|i| format!("{i:?}")).collect();
        krs.sort();
        cs.sort();
        is.sort();
        (krs, cs, is)
    };
    assert_eq!(sorted(a), sorted(b));
    for kr in &a.key_results {
        let ids = |ws: &Workspace| {
            ws.check_ins_of(&kr.id)
                .iter()
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(a), ids(b), "a key result's check-ins keep their order");
        let krs = |ws: &Workspace| {
            ws.key_results_of(&kr.objective)
                .iter()
                .map(|k| k.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            krs(a),
            krs(b),
            "an objective's key results keep their order"
        );
    }
}

#[test]
fn a_generated_workspace_comes_back_whole() {
    let ws = generate(Scale::Medium, today(), 3);
    let (back, fingerprints) = round_trip(&ws);
    assert_same_records(&ws, &back);
    // 4 quarters × (company + 8 departments).
    assert_eq!(fingerprints.len(), 36);
}

#[test]
fn the_sample_comes_back_whole() {
    let ws = generate(Scale::Small, today(), 3);
    let (back, _) = round_trip(&ws);
    assert_same_records(&ws, &back);
}

#[test]
fn records_whose_objective_is_missing_are_kept() {
    let mut ws = generate(Scale::Small, today(), 3);
    let objective = ws.key_results[0].objective.clone();
    ws.objectives.retain(|o| o.id != objective);
    let (back, _) = round_trip(&ws);
    assert_same_records(&ws, &back);
}

#[test]
fn a_fingerprint_changes_with_its_part_only() {
    let ws = generate(Scale::Medium, today(), 3);
    let before = parts::split(&ws)
        .parts
        .iter()
        .map(|p| (p.id.clone(), p.fingerprint.clone()))
        .collect::<Vec<_>>();
    let mut edited = ws.clone();
    let last = edited.check_ins.len() - 1;
    edited.check_ins[last].note = "Edited".to_owned();
    edited.stamp_changes(&ws, &ReplicaId::from("tab"), DateTime::UNIX_EPOCH);
    let after = parts::split(&edited)
        .parts
        .iter()
        .map(|p| (p.id.clone(), p.fingerprint.clone()))
        .collect::<Vec<_>>();
    let changed = before.iter().zip(&after).filter(|(a, b)| a != b).count();
    assert_eq!(changed, 1, "only the edited check-in's part changes");

    let mut removed = ws.clone();
    removed.initiatives.remove(0);
    let after_removal = parts::split(&removed)
        .parts
        .iter()
        .map(|p| (p.id.clone(), p.fingerprint.clone()))
        .collect::<Vec<_>>();
    assert_eq!(
        before
            .iter()
            .zip(&after_removal)
            .filter(|(a, b)| a != b)
            .count(),
        1,
        "removing a record changes its part"
    );
}

#[test]
fn closed_periods_parts_are_settled() {
    let ws = generate(Scale::Medium, today(), 3);
    let split = parts::split(&ws);
    assert_eq!(split.parts.iter().filter(|p| !p.settled).count(), 9);
}

#[test]
fn a_head_from_a_newer_version_is_refused() {
    let head = r#"{"format":"ladder","version":99,"saved_at":null,"revision":3,"workspace":{},"parts":[],"objective_order":[]}"#;
    assert!(matches!(
        parts::read_head(head.to_owned()),
        Err(DecodeError::TooNew { version: 99 })
    ));
}

#[test]
fn an_older_versions_head_is_assembled_and_migrated() {
    let ws = generate(Scale::Small, today(), 3);
    let split = parts::split(&ws);
    let texts: Vec<String> = split
        .parts
        .iter()
        .map(|p| parts::encode_part(&p.records).expect("encodes"))
        .collect();
    let entries = split
        .parts
        .iter()
        .enumerate()
        .map(|(i, p)| PartEntry {
            key: format!("k{i}"),
            id: p.id.clone(),
            fingerprint: p.fingerprint.clone(),
            size: 0,
        })
        .collect();
    let head = head_text(&split, entries, 4);
    // Version 3 reads unchanged into version 4, so this exercises the slow path.
    let older = head.replacen(
        &format!("\"version\":{}", snapshot::VERSION),
        "\"version\":3",
        1,
    );
    let (envelope, layout) =
        parts::assemble(parts::read_head(older).expect("reads"), &texts).expect("assembles");
    assert!(layout.is_none(), "a migrated workspace is written whole");
    assert_eq!(envelope.version, snapshot::VERSION);
    assert_eq!(envelope.revision, Some(4));
    assert_same_records(&ws, &envelope.workspace);
}

/// What a split says of each part: its fingerprint and the ids it holds.
fn outline(split: &Split<'_>) -> BTreeMap<PartId, (String, Vec<String>)> {
    split
        .parts
        .iter()
        .map(|p| {
            let r = &p.records;
            let ids = (r.objectives.iter().map(|o| o.id.to_string()))
                .chain(r.key_results.iter().map(|k| k.id.to_string()))
                .chain(r.check_ins.iter().map(|c| c.id.to_string()))
                .chain(r.initiatives.iter().map(|i| i.id.to_string()))
                .collect();
            (p.id.clone(), (p.fingerprint.clone(), ids))
        })
        .collect()
}

#[test]
fn a_split_since_the_last_finds_what_a_split_from_scratch_finds() {
    let ws = generate(Scale::Medium, today(), 5);
    let tab = ReplicaId::from("tab");
    let at = DateTime::UNIX_EPOCH;
    let stamped = |mut edited: Workspace, before: &Workspace| {
        edited.stamp_changes(before, &tab, at);
        edited
    };
    type Edit = fn(&mut Workspace);
    let edits: [(&str, Edit); 8] = [
        ("nothing", |_| {}),
        ("a note", |ws| ws.check_ins[40].note = "Edited".to_owned()),
        ("a new check-in", |ws| {
            let mut c = ws.check_ins[7].clone();
            c.id = "new-check-in".into();
            ws.check_ins.push(c);
        }),
        ("the last check-in removed", |ws| {
            ws.check_ins.truncate(ws.check_ins.len() - 1);
        }),
        ("a key result removed", |ws| {
            let gone = ws.key_results.remove(3).id;
            ws.check_ins.retain(|c| c.key_result != gone);
            ws.initiatives.retain(|i| i.key_result != gone);
        }),
        ("an objective moved to another department", |ws| {
            let other = ws.units[ws.units.len() - 1].id.clone();
            ws.objectives[2].unit = other;
        }),
        ("a key result moved to another objective", |ws| {
            let last = ws.objectives.len() - 1;
            let to = ws.objectives[last].id.clone();
            ws.key_results[0].objective = to;
        }),
        ("an objective in a new part", |ws| {
            let mut o = ws.objectives[0].clone();
            o.id = "new-objective".into();
            o.period = ws.periods[0].id.clone();
            o.unit = ws.units[ws.units.len() - 1].id.clone();
            ws.objectives.insert(1, o);
        }),
    ];
    let first = parts::split(&ws);
    let (loaded, _, read_layout) = read_back(&first);
    for (name, edit) in edits {
        let mut edited = ws.clone();
        edit(&mut edited);
        let edited = stamped(edited, &ws);
        let since = parts::split_since(&edited, &first.layout);
        assert_eq!(outline(&since), outline(&parts::split(&edited)), "{name}");
        let (back, _, _) = read_back(&since);
        assert_same_records(&edited, &back);

        // From the layout a load reads back, as the first save after it does.
        let mut edited_loaded = loaded.clone();
        edit(&mut edited_loaded);
        let edited_loaded = stamped(edited_loaded, &loaded);
        let since_load = parts::split_since(&edited_loaded, &read_layout);
        assert_eq!(
            outline(&since_load),
            outline(&parts::split(&edited_loaded)),
            "{name}, after a load"
        );

        // And again from the layout the later split left.
        let mut again = edited.clone();
        again.check_ins[0].note = format!("After {name}");
        let again = stamped(again, &edited);
        assert_eq!(
            outline(&parts::split_since(&again, &since.layout)),
            outline(&parts::split(&again)),
            "after {name}"
        );
    }
}

/// A save's head and part texts, unpacked, with the part keys the head lists.
fn stored(ws: &Workspace) -> (serde_json::Value, Vec<(String, String)>) {
    let split = parts::split(ws);
    let mut texts = Vec::new();
    let mut entries = Vec::new();
    for (i, part) in split.parts.iter().enumerate() {
        let key = format!("ladder.part.1.{i}");
        texts.push((
            key.clone(),
            parts::encode_part(&part.records).expect("encodes"),
        ));
        entries.push(PartEntry {
            key,
            id: part.id.clone(),
            fingerprint: part.fingerprint.clone(),
            size: 0,
        });
    }
    let head = head_text(&split, entries, 1);
    (serde_json::from_str(&head).expect("JSON"), texts)
}

/// Storage holding `texts` under their keys, packed, as a load fetches them.
fn fetch_from(
    texts: &[(String, String)],
) -> impl FnMut(&str) -> Result<Option<String>, String> + '_ {
    |key| {
        Ok(texts
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, text)| packed::pack(text, Effort::Fast)))
    }
}

/// Reads a head and its parts' texts as the app's load does.
fn load(
    head: &serde_json::Value,
    texts: &[(String, String)],
) -> Result<parts::Stored, DecodeError> {
    let packed_head = packed::pack(&head.to_string(), Effort::Fast);
    parts::read_stored(&packed_head, fetch_from(texts))
}

/// The app's first save after `loaded`: split since its layout, keeping
/// the stored text of every part whose fingerprint is unchanged (as
/// `local::write_revision` does), then read back.
fn save_after(loaded: &parts::Stored, texts: &[(String, String)]) -> Workspace {
    let ws = &loaded.envelope.workspace;
    let layout = loaded.layout.as_ref().expect("a layout to split since");
    let entries = loaded.entries.as_deref().unwrap_or_default();
    let split = parts::split_since(ws, layout);
    let mut kept = Vec::new();
    let mut listed = Vec::new();
    for (i, part) in split.parts.iter().enumerate() {
        match entries.iter().rev().find(|e| e.id == part.id) {
            Some(entry) if entry.fingerprint == part.fingerprint => {
                let text = texts.iter().find(|(k, _)| *k == entry.key).expect("stored");
                kept.push(text.clone());
                listed.push(entry.clone());
            }
            _ => {
                let key = format!("ladder.part.2.{i}");
                let text = parts::encode_part(&part.records).expect("encodes");
                kept.push((key.clone(), text));
                listed.push(PartEntry {
                    key,
                    id: part.id.clone(),
                    fingerprint: part.fingerprint.clone(),
                    size: 0,
                });
            }
        }
    }
    let head = head_text(&split, listed, 2);
    load(&serde_json::from_str(&head).expect("JSON"), &kept)
        .expect("the save reads back")
        .envelope
        .workspace
}

#[test]
fn a_head_listing_a_part_twice_is_saved_afresh_not_by_a_layout_that_panics() {
    let ws = generate(Scale::Small, today(), 3);
    let (mut head, texts) = stored(&ws);
    // The last part listed again: its records are read twice.
    let parts_list = head["parts"].as_array_mut().expect("a list");
    let last = parts_list.last().cloned().expect("parts");
    parts_list.push(last);
    // Its objectives, read twice, take a run of their own in the order.
    let twice = texts.len() - 1;
    let objectives =
        serde_json::from_str::<serde_json::Value>(&texts[twice].1).expect("JSON")["objectives"]
            .as_array()
            .map_or(0, Vec::len);
    let runs = head["objective_order"].as_array_mut().expect("a list");
    runs.push(serde_json::json!([twice + 1, objectives]));
    let loaded = load(&head, &texts).expect("reads");
    assert!(
        loaded.layout.is_none(),
        "no layout: the next save splits afresh and writes every part"
    );
    // That save, from scratch, keeps every record read.
    let mut split_texts = Vec::new();
    let split = parts::split(&loaded.envelope.workspace);
    let mut entries = Vec::new();
    for (i, part) in split.parts.iter().enumerate() {
        let key = format!("ladder.part.2.{i}");
        split_texts.push((
            key.clone(),
            parts::encode_part(&part.records).expect("encodes"),
        ));
        entries.push(PartEntry {
            key,
            id: part.id.clone(),
            fingerprint: part.fingerprint.clone(),
            size: 0,
        });
    }
    let head = head_text(&split, entries, 2);
    let again = load(&serde_json::from_str(&head).expect("JSON"), &split_texts).expect("reads");
    assert_same_records(&loaded.envelope.workspace, &again.envelope.workspace);
}

#[test]
fn an_objective_order_claiming_more_than_a_part_holds_is_saved_readably() {
    let ws = generate(Scale::Small, today(), 3);
    let (mut head, texts) = stored(&ws);
    // One more objective claimed by the first run than its part holds: the
    // objectives still come back (the next run takes the one missing), but
    // a layout built from the counts put the first objective of the next
    // run in the wrong part, and the next save wrote an order its kept
    // parts did not match.
    let runs = head["objective_order"].as_array_mut().expect("a list");
    assert!(runs.len() > 1, "the sample spans parts");
    let first = runs[0][1].as_u64().expect("a count");
    runs[0][1] = (first + 1).into();
    let loaded = load(&head, &texts).expect("reads: every objective is there");
    assert_eq!(loaded.envelope.workspace.objectives, ws.objectives);
    let saved = save_after(&loaded, &texts);
    assert_same_records(&loaded.envelope.workspace, &saved);
}

#[test]
fn an_older_head_written_as_an_array_is_refused_with_a_message() {
    // serde reads a struct from an array of its fields, so this passes as a
    // head; reassembling an older version's parts indexed it as an object.
    let head = r#"["ladder", 3, 1, []]"#;
    let read = parts::read_head(head.to_owned()).expect("reads as an outline");
    let error = parts::assemble(read, &[]).map(|_| ()).expect_err("refused");
    assert!(!error.to_string().is_empty());
}

#[test]
fn an_older_part_whose_list_is_not_a_list_is_refused_not_dropped() {
    let head = r#"{"format":"ladder","version":3,"saved_at":null,"revision":1,"workspace":{},
        "parts":[{"key":"k","id":null,"fingerprint":"","size":0}],"objective_order":[]}"#;
    for part in [r#"{"key_results": {"id": "kr"}}"#, "[]"] {
        let read = parts::read_head(head.to_owned()).expect("reads");
        let error = parts::assemble(read, &[part.to_owned()])
            .map(|_| ())
            .expect_err(part);
        assert!(error.to_string().starts_with("part: "), "{error}");
    }
}

#[test]
fn a_missing_part_is_named_and_a_whole_envelope_is_still_read() {
    let ws = generate(Scale::Small, today(), 3);
    let (head, mut texts) = stored(&ws);
    let whole = snapshot::encode_stored(&ws, 1, DateTime::UNIX_EPOCH).expect("encodes");
    let read = parts::read_stored(&whole, |_| Ok(None)).expect("an earlier version's value");
    assert!(read.entries.is_none() && read.layout.is_none());
    assert_eq!(read.envelope.workspace, ws);
    let (gone, _) = texts.remove(1);
    let error = load(&head, &texts)
        .map(|_| ())
        .expect_err("a part is missing");
    assert_eq!(
        error.to_string(),
        format!("stored workspace: its part “{gone}” is missing.")
    );
}

/// Found by the fuzzer: a head holding key results of its own (Ladder's
/// never does) loaded with a layout that left them out, and the next save
/// indexed past its end.
#[test]
fn a_head_holding_records_of_its_own_keeps_them_and_saves_afresh() {
    let ws = generate(Scale::Small, today(), 3);
    let (mut head, texts) = stored(&ws);
    let part: serde_json::Value = serde_json::from_str(&texts[0].1).expect("JSON");
    let extra = part["key_results"].as_array().map_or(0, Vec::len);
    assert!(extra > 0, "the first part has key results");
    head["workspace"]["key_results"] = part["key_results"].clone();
    for version in [snapshot::VERSION, 3] {
        head["version"] = version.into();
        let loaded = load(&head, &texts).expect("reads");
        assert!(loaded.layout.is_none(), "version {version}: saved afresh");
        let read = &loaded.envelope.workspace;
        assert_eq!(read.key_results.len(), ws.key_results.len() + extra);
        assert_eq!(read.objectives, ws.objectives);
        let (back, _) = round_trip(read);
        assert_same_records(read, &back);
    }
}

/// The head's workspace JSON kept from the save before is written again
/// only while units, people, periods, KPIs and settings are unchanged; the
/// head reads the same as one written from scratch either way.
#[test]
fn a_kept_head_is_reused_only_while_its_workspace_is_unchanged() {
    let mut kept = parts::HeadCache::default();
    let mut ws = generate(Scale::Small, today(), 7);
    let mut heads = Vec::new();
    for step in 0..4 {
        match step {
            // A check-in's kind of change: nothing of the head's.
            1 => ws
                .objectives
                .find_mut(|_| true)
                .expect("an objective")
                .title
                .push('!'),
            2 => ws
                .people
                .find_mut(|_| true)
                .expect("a person")
                .name
                .push_str(" Jr."),
            3 => ws.settings.check_in_every_days += 7,
            _ => {}
        }
        let split = parts::split(&ws);
        let head = parts::encode_head(&split, Vec::new(), 2, DateTime::UNIX_EPOCH, &mut kept)
            .expect("encodes");
        assert_eq!(head, head_text(&split, Vec::new(), 2), "step {step}");
        heads.push(head);
    }
    assert_eq!(heads[0], heads[1], "an objective is not in the head");
    assert_ne!(heads[1], heads[2], "a renamed person is");
    assert_ne!(heads[2], heads[3], "so are the settings");
}

/// Opens a head and its parts' texts as the app's load does, before parsing.
fn open(head: &serde_json::Value, texts: &[(String, String)]) -> parts::Opened {
    let packed_head = packed::pack(&head.to_string(), Effort::Fast);
    parts::open(&packed_head, fetch_from(texts)).expect("opens")
}

#[test]
fn a_first_screens_periods_are_read_alone_and_the_rest_after() {
    let ws = generate(Scale::Medium, today(), 3);
    let (head, texts) = stored(&ws);
    let mut opened = open(&head, &texts);
    let current = ws.default_period(today()).expect("a period").id.clone();
    let mut offered = Vec::new();
    let first = opened
        .first_periods(|head| {
            offered = head.periods.iter().map(|p| p.id.clone()).collect();
            vec![current.clone()]
        })
        .expect("less than the whole");
    assert_eq!(
        offered.len(),
        ws.periods.len(),
        "chosen from the head's periods"
    );

    // Everything the head holds, and the period's records in the whole's order.
    assert_eq!(
        (
            &first.name,
            &first.units,
            &first.people,
            &first.periods,
            &first.kpis
        ),
        (&ws.name, &ws.units, &ws.people, &ws.periods, &ws.kpis)
    );
    let in_period: Vec<_> = ws
        .objectives
        .iter()
        .filter(|o| o.period == current)
        .collect();
    assert!(!in_period.is_empty() && in_period.len() < ws.objectives.len());
    assert_eq!(first.objectives.iter().collect::<Vec<_>>(), in_period);
    for objective in &in_period {
        let key_results = ws.key_results_of(&objective.id);
        assert_eq!(first.key_results_of(&objective.id), key_results);
        for kr in key_results {
            assert_eq!(first.check_ins_of(&kr.id), ws.check_ins_of(&kr.id));
        }
    }
    let kept = |ws: &Workspace| {
        ws.key_results
            .iter()
            .filter(|k| first.objective(&k.objective).is_some())
            .count()
    };
    assert_eq!(
        first.key_results.len(),
        kept(&ws),
        "no other period's key results"
    );

    // The rest reads as the whole would have.
    let whole = opened.finish().expect("reads");
    assert_same_records(&whole.envelope.workspace, &ws);
    assert!(
        whole.layout.is_some(),
        "saves split since it, as after any load"
    );
    assert_eq!(whole.envelope.revision, Some(1));
}

#[test]
fn a_first_screen_of_every_period_or_of_none_reads_the_whole_at_once() {
    let ws = generate(Scale::Medium, today(), 3);
    let (head, texts) = stored(&ws);
    let mut opened = open(&head, &texts);
    assert!(opened.first_periods(|_| Vec::new()).is_none());
    let every: Vec<_> = ws.periods.iter().map(|p| p.id.clone()).collect();
    assert!(opened.first_periods(|_| every).is_none());
    assert_same_records(&opened.finish().expect("reads").envelope.workspace, &ws);
    // A whole envelope, as versions before parts stored it, is read at once.
    let whole = snapshot::encode_stored(&ws, 1, DateTime::UNIX_EPOCH).expect("encodes");
    let mut opened = parts::open(&whole, |_| Ok(None)).expect("opens");
    assert!(
        opened
            .first_periods(|ws| ws.periods.iter().map(|p| p.id.clone()).take(1).collect())
            .is_none()
    );
    assert_eq!(opened.finish().expect("reads").envelope.workspace, ws);
}

#[test]
fn a_damaged_part_is_refused_when_the_rest_is_read() {
    let ws = generate(Scale::Medium, today(), 3);
    let (head, mut texts) = stored(&ws);
    let current = ws.default_period(today()).expect("a period").id.clone();
    let other = head["parts"]
        .as_array()
        .expect("parts")
        .iter()
        .position(|entry| entry["id"][0].as_str() != Some(current.as_str()))
        .expect("a part of another period");
    texts[other].1 = "{\"objectives\": [{\"id\": 4}]}".to_owned();
    let mut opened = open(&head, &texts);
    assert!(
        opened.first_periods(|_| vec![current.clone()]).is_some(),
        "not read yet"
    );
    let error = opened.finish().map(|_| ()).expect_err("refused");
    assert!(error.to_string().starts_with("part"), "{error}");
    // Damaged among the first: no first screen, and reading the whole says what is wrong.
    let damaged: PeriodId = head["parts"][other]["id"][0]
        .as_str()
        .expect("a period")
        .into();
    let mut opened = open(&head, &texts);
    assert!(opened.first_periods(|_| vec![damaged]).is_none());
    assert!(opened.finish().is_err());
}

#[test]
fn a_first_screen_whose_objective_ladders_up_to_another_period_waits_for_the_whole() {
    let mut ws = generate(Scale::Medium, today(), 3);
    let current = ws.default_period(today()).expect("a period").id.clone();
    let earlier = ws
        .objectives
        .iter()
        .find(|o| o.period != current)
        .expect("an objective of another period")
        .id
        .clone();
    ws.objectives
        .find_mut(|o| o.period == current)
        .expect("an objective of the current period")
        .parent = Some(earlier);
    let (head, texts) = stored(&ws);
    let mut opened = open(&head, &texts);
    assert!(opened.first_periods(|_| vec![current.clone()]).is_none());
    assert_same_records(&opened.finish().expect("reads").envelope.workspace, &ws);
}
