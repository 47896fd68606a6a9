//! Merging snapshots: revision stamps decide, conflicts are the person's, and
//! nothing is ever lost. Partial exports are valid workspaces on their own.
use chrono::{DateTime, NaiveDate, Utc};
use ladder::domain::format::Plain;
use ladder::domain::{
    CheckIn, CheckInId, Choices, ExportScope, Reading, Record, RecordKind, ReplicaId, Revision,
    Side, Status, Workspace, sample_company,
};
use proptest::prelude::*;
use std::cmp::Ordering;
use std::collections::BTreeSet;

fn at(minute: u32) -> DateTime<Utc> {
    format!("2026-11-26T10:{minute:02}:00Z")
        .parse()
        .expect("test timestamps are valid")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid")
}

/// The sample company, built with deterministic ids.
fn company() -> Workspace {
    let mut seed = 7u64;
    sample_company(today(), || {
        seed += 1;
        seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    })
}

fn replica(name: &str) -> ReplicaId {
    ReplicaId::from(name)
}

/// Makes a change the way the app does: edit, then stamp what changed.
fn edit(ws: &mut Workspace, by: &str, minute: u32, f: impl FnOnce(&mut Workspace)) {
    let before = ws.clone();
    f(ws);
    ws.stamp_changes(&before, &replica(by), at(minute));
}

fn merge(mine: &Workspace, theirs: &Workspace, choices: &Choices) -> Workspace {
    mine.merge(theirs, choices, &replica("merger"), at(59))
        .workspace
}

fn ids(ws: &Workspace) -> BTreeSet<(RecordKind, String)> {
    fn of<R: Record + 'static>(ws: &Workspace) -> impl Iterator<Item = (RecordKind, String)> + '_ {
        R::all(ws)
            .iter()
            .map(|r| (R::KIND, r.id().as_ref().to_owned()))
    }
    of::<ladder::domain::OrgUnit>(ws)
        .chain(of::<ladder::domain::Person>(ws))
        .chain(of::<ladder::domain::Period>(ws))
        .chain(of::<ladder::domain::Objective>(ws))
        .chain(of::<ladder::domain::KeyResult>(ws))
        .chain(of::<CheckIn>(ws))
        .chain(of::<ladder::domain::Initiative>(ws))
        .chain(of::<ladder::domain::Kpi>(ws))
        .collect()
}

#[test]
fn stamps_count_edits_per_browser_and_order_them() {
    let mut a = Revision::default();
    assert!(a.is_new());
    a.bump(&replica("a"), at(1));
    let mut b = a.clone();
    b.bump(&replica("b"), at(2));
    assert_eq!(a.compare(&b), Some(Ordering::Less));
    assert_eq!(b.compare(&a), Some(Ordering::Greater));
    assert_eq!(b.count(), 2);
    let mut c = a.clone();
    c.bump(&replica("c"), at(3));
    assert_eq!(b.compare(&c), None, "independent edits are concurrent");
    let joined = b.join(&c);
    assert_eq!(joined.compare(&b), Some(Ordering::Greater));
    assert_eq!(joined.compare(&c), Some(Ordering::Greater));
    assert_eq!(joined.updated_at, Some(at(3)));
}

#[test]
fn edit_counts_are_written_as_an_object_sorted_by_browser() {
    let mut rev = Revision::default();
    for by in ["z", "a", "m", "a"] {
        rev.bump(&replica(by), at(1));
    }
    let written = serde_json::to_value(&rev).expect("writes");
    assert_eq!(
        written["edits"],
        serde_json::json!({"a": 2, "m": 1, "z": 1})
    );
    let text = serde_json::to_string(&rev).expect("text");
    assert!(text.find("\"a\"") < text.find("\"m\"") && text.find("\"m\"") < text.find("\"z\""));
    let read: Revision =
        serde_json::from_str(r#"{"edits": {"z": 1, "a": 5, "m": 1, "a": 2}}"#).expect("reads");
    assert_eq!(
        read.edits.get(&replica("a")),
        Some(2),
        "a repeated key: the last wins"
    );
    assert_eq!(read.count(), 4);
    assert_eq!(read.compare(&rev), Some(Ordering::Equal));
    assert!(serde_json::from_str::<Revision>(r#"{"edits": {"a": -1}}"#).is_err());
    assert!(serde_json::from_str::<Revision>(r#"{"edits": [["a", 1]]}"#).is_err());
}

#[test]
fn an_edit_stamps_only_the_record_it_changed() {
    let mut ws = company();
    let original = ws.clone();
    edit(&mut ws, "a", 1, |ws| {
        ws.objectives[2].title = "Sharper".to_owned()
    });
    for (i, (o, before)) in ws.objectives.iter().zip(&original.objectives).enumerate() {
        assert_eq!(o.rev.is_new(), i != 2, "objective {i}");
        assert_eq!(o.title == before.title, i != 2);
    }
    assert_eq!(ws.objectives[2].rev.count(), 1);
    assert_eq!(ws.objectives[2].rev.updated_at, Some(at(1)));
    assert!(ws.key_results.iter().all(|kr| kr.rev.is_new()));
}

#[test]
fn an_edit_that_inserts_removes_and_reorders_stamps_only_what_it_changed() {
    let mut ws = company();
    let changed_kr = ws.key_results[3].id.clone();
    let moved = ws.objectives[0].id.clone();
    let removed = ws.key_results[1].id.clone();
    edit(&mut ws, "a", 1, |ws| {
        let mut copy = ws.key_results[0].clone();
        copy.id = ladder::domain::KeyResultId::from("inserted");
        ws.key_results.insert(2, copy);
        ws.key_results.retain(|kr| kr.id != removed);
        if let Some(kr) = ws.key_results.find_mut(|kr| kr.id == changed_kr) {
            kr.title = "Reworded".to_owned();
        }
        // The first objective goes last, unchanged: a move is not an edit.
        let first = ws.objectives[0].clone();
        ws.objectives.retain(|o| o.id != moved);
        ws.objectives.push(first);
    });
    for kr in ws.key_results.iter() {
        assert_eq!(kr.rev.is_new(), kr.id != changed_kr, "{}", kr.title);
    }
    assert!(ws.objectives.iter().all(|o| o.rev.is_new()));
    assert_eq!(ws.objectives.last().map(|o| &o.id), Some(&moved));
}

#[test]
fn a_check_in_does_not_count_as_an_edit_of_its_key_result() {
    let mut ws = company();
    let kr = ws.key_results[0].id.clone();
    edit(&mut ws, "a", 1, |ws| {
        add_check_in(ws, "new-check-in", &kr, 41.0)
    });
    let kr = ws.key_result(&kr).expect("still there");
    assert!(kr.rev.is_new(), "the current value follows the check-in");
}

#[test]
fn an_undo_is_newer_than_the_change_it_undoes() {
    let mut ws = company();
    let original = ws.clone();
    edit(&mut ws, "a", 1, |ws| {
        ws.objectives[0].title = "Changed".to_owned()
    });
    let changed = ws.clone();
    edit(&mut ws, "a", 2, |ws| *ws = original.clone());
    assert_eq!(ws.objectives[0].title, original.objectives[0].title);
    assert_eq!(
        ws.objectives[0].rev.compare(&changed.objectives[0].rev),
        Some(Ordering::Greater)
    );
    // So a colleague who merged the change takes the undo, without a conflict.
    let merged = changed.merge(&ws, &Choices::new(), &replica("m"), at(3));
    assert!(merged.report.conflicts.is_empty());
    assert_eq!(
        merged.workspace.objectives[0].title,
        original.objectives[0].title
    );
}

fn add_check_in(ws: &mut Workspace, id: &str, kr: &ladder::domain::KeyResultId, value: f64) {
    let date = today() + chrono::Days::new(ws.check_ins.len() as u64 % 3);
    ws.check_ins.push(CheckIn {
        id: CheckInId::from(id),
        key_result: kr.clone(),
        date,
        reading: Reading::Value(value),
        status: Status::OnTrack,
        note: String::new(),
        author: None,
        rev: Revision::default(),
    });
    ws.resync_current_values();
}

#[test]
fn a_newer_copy_wins_and_an_older_one_changes_nothing() {
    let base = company();
    let mut theirs = base.clone();
    edit(&mut theirs, "b", 1, |ws| {
        ws.objectives[1].title = "Theirs".to_owned()
    });
    let merged = base.merge(&theirs, &Choices::new(), &replica("a"), at(2));
    assert_eq!(merged.workspace.objectives[1].title, "Theirs");
    let counts = merged.report.counts_of(RecordKind::Objective);
    assert_eq!(counts.updated, 1);
    assert_eq!(counts.unchanged, base.objectives.len() - 1);
    assert!(merged.report.conflicts.is_empty());

    let back = theirs.merge(&base, &Choices::new(), &replica("b"), at(3));
    assert_eq!(back.workspace, theirs, "an older copy changes nothing");
    assert_eq!(back.report.counts_of(RecordKind::Objective).newer_here, 1);
    assert!(back.report.changes_nothing());
}

#[test]
fn independent_edits_of_one_record_are_a_conflict_the_person_settles() {
    let base = company();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    edit(&mut mine, "a", 1, |ws| {
        ws.objectives[0].title = "Mine".to_owned()
    });
    edit(&mut theirs, "b", 2, |ws| {
        ws.objectives[0].title = "Theirs".to_owned()
    });

    let preview = mine.merge(&theirs, &Choices::new(), &replica("a"), at(3));
    let [conflict] = preview.report.conflicts.as_slice() else {
        panic!("one conflict, got {:?}", preview.report.conflicts);
    };
    assert_eq!(conflict.kind, RecordKind::Objective);
    assert_eq!(
        (conflict.mine.text(&Plain), conflict.theirs.text(&Plain)),
        ("Mine".to_owned(), "Theirs".to_owned())
    );
    let [field] = conflict.fields.as_slice() else {
        panic!("one field differs, got {:?}", conflict.fields);
    };
    assert_eq!(
        (
            field.name.as_str(),
            field.mine.as_str(),
            field.theirs.as_str()
        ),
        ("title", "Mine", "Theirs")
    );
    assert_eq!(
        conflict.chosen,
        Side::Mine,
        "by default, nothing of mine is replaced"
    );
    assert_eq!(preview.workspace.objectives[0].title, "Mine");

    let mut choices = Choices::new();
    choices.insert((conflict.kind, conflict.id.clone()), Side::Theirs);
    let merged = mine.merge(&theirs, &choices, &replica("a"), at(3));
    assert_eq!(merged.workspace.objectives[0].title, "Theirs");
    // The settled copy is newer than both, so merging either side again is quiet.
    for side in [&mine, &theirs] {
        let again = merged
            .workspace
            .merge(side, &Choices::new(), &replica("a"), at(4));
        assert!(again.report.conflicts.is_empty());
        assert_eq!(again.workspace, merged.workspace);
    }
}

#[test]
fn check_ins_added_on_both_sides_are_all_kept_without_a_conflict() {
    let base = company();
    let kr = base.key_results[0].id.clone();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    edit(&mut mine, "a", 1, |ws| {
        add_check_in(ws, "mine-1", &kr, 10.0)
    });
    edit(&mut theirs, "b", 2, |ws| {
        add_check_in(ws, "theirs-1", &kr, 20.0)
    });
    let merged = mine.merge(&theirs, &Choices::new(), &replica("a"), at(3));
    assert!(
        merged.report.conflicts.is_empty(),
        "{:?}",
        merged.report.conflicts
    );
    let ws = merged.workspace;
    assert!(ws.check_in(&"mine-1".into()).is_some());
    assert!(ws.check_in(&"theirs-1".into()).is_some());
    let latest = ws.latest_check_in(&kr).expect("has check-ins");
    assert_eq!(
        ws.key_result(&kr).expect("kept").measure,
        ws.key_result(&kr)
            .expect("kept")
            .measure
            .with_reading(latest.reading),
        "the current value follows the latest check-in of either side"
    );
}

#[test]
fn a_team_part_merges_back_into_the_company_workspace() {
    let company = company();
    let marketing = company
        .units
        .iter()
        .find(|u| u.name == "Marketing")
        .expect("the sample has Marketing")
        .id
        .clone();
    let scope = ExportScope {
        unit: Some(marketing.clone()),
        period: company.current_period.clone(),
    };
    let mut part = company.part(&scope);
    assert_eq!(part.problems(), [], "a part is a valid workspace");
    assert!(part.objectives.iter().any(|o| o.unit == marketing));
    assert!(
        part.objectives
            .iter()
            .all(|o| company.is_within(&o.unit, &marketing)
                || part
                    .objectives
                    .iter()
                    .any(|child| child.parent.as_ref() == Some(&o.id))
                || part.objectives.iter().any(|d| d
                    .depends_on
                    .iter()
                    .any(|w| w == &ladder::domain::WorkRef::Objective(o.id.clone())))
                || part.key_results.iter().any(|kr| kr.objective == o.id)),
        "every other objective is there because something refers to it"
    );
    assert!(part.units.len() < company.units.len());

    // The marketing lead edits their own objective and adds a check-in.
    let own = part
        .objectives
        .iter()
        .position(|o| o.unit == marketing)
        .expect("marketing has objectives");
    let own_kr = part
        .key_results
        .iter()
        .find(|kr| kr.objective == part.objectives[own].id)
        .expect("with key results")
        .id
        .clone();
    edit(&mut part, "marketing-lead", 5, |ws| {
        ws.objectives[own].title = "Make Ladder the name people think of".to_owned();
        add_check_in(ws, "from-marketing", &own_kr, 12.0);
    });

    let merged = company.merge(&part, &Choices::new(), &replica("company"), at(6));
    assert!(merged.report.conflicts.is_empty());
    assert_eq!(merged.report.counts_of(RecordKind::Objective).updated, 1);
    assert_eq!(merged.report.counts_of(RecordKind::CheckIn).added, 1);
    assert_eq!(merged.workspace.problems(), []);
    assert_eq!(
        ids(&merged.workspace),
        ids(&company).union(&ids(&part)).cloned().collect()
    );
    let theirs = &part.objectives[own];
    let ours = merged
        .workspace
        .objectives
        .iter()
        .find(|o| o.id == theirs.id)
        .expect("kept");
    assert_eq!(ours.title, theirs.title);
}

#[test]
fn every_unit_and_period_part_is_valid_and_merges_back_unchanged() {
    let company = company();
    let units = company
        .units
        .iter()
        .map(|u| Some(u.id.clone()))
        .chain([None]);
    for unit in units {
        let periods = company
            .periods
            .iter()
            .map(|p| Some(p.id.clone()))
            .chain([None]);
        for period in periods {
            let scope = ExportScope {
                unit: unit.clone(),
                period,
            };
            let part = company.part(&scope);
            assert_eq!(part.problems(), [], "{scope:?}");
            let merged = company.merge(&part, &Choices::new(), &replica("a"), at(1));
            assert_eq!(merged.workspace, company, "{scope:?}");
            assert!(merged.report.changes_nothing());
        }
    }
}

/// A small random change, as either side might make it.
#[derive(Clone, Debug)]
enum Change {
    RetitleObjective(usize, String),
    RetitleKeyResult(usize, String),
    CheckIn(usize, u8),
    AddObjectiveCopy(usize),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0..20usize, "[a-z]{1,6}").prop_map(|(i, t)| Change::RetitleObjective(i, t)),
        (0..40usize, "[a-z]{1,6}").prop_map(|(i, t)| Change::RetitleKeyResult(i, t)),
        (0..40usize, 0..100u8).prop_map(|(i, v)| Change::CheckIn(i, v)),
        (0..20usize).prop_map(Change::AddObjectiveCopy),
    ]
}

fn apply(ws: &mut Workspace, by: &str, changes: &[Change]) {
    for (n, change) in changes.iter().enumerate() {
        let minute = n as u32 % 50;
        edit(ws, by, minute, |ws| match change {
            Change::RetitleObjective(i, t) => {
                let i = i % ws.objectives.len();
                ws.objectives[i].title = t.clone();
            }
            Change::RetitleKeyResult(i, t) => {
                let i = i % ws.key_results.len();
                ws.key_results[i].title = t.clone();
            }
            Change::CheckIn(i, v) => {
                let kr = ws.key_results[i % ws.key_results.len()].id.clone();
                if let Some(ladder::domain::Measure::Metric { .. }) =
                    ws.key_result(&kr).map(|k| &k.measure)
                {
                    add_check_in(ws, &format!("{by}-check-in-{n}"), &kr, f64::from(*v));
                }
            }
            Change::AddObjectiveCopy(i) => {
                let mut copy = ws.objectives[i % ws.objectives.len()].clone();
                copy.id = format!("{by}-objective-{n}").as_str().into();
                copy.parent = None;
                copy.rev = Revision::default();
                ws.objectives.push(copy);
            }
        });
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn merging_loses_nothing_and_settles(
        mine_changes in prop::collection::vec(change(), 0..8),
        theirs_changes in prop::collection::vec(change(), 0..8),
        take_theirs in any::<bool>(),
    ) {
        let base = company();
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        apply(&mut mine, "a", &mine_changes);
        apply(&mut theirs, "b", &theirs_changes);

        // Merging a workspace into itself changes nothing.
        prop_assert_eq!(&merge(&mine, &mine, &Choices::new()), &mine);

        let preview = mine.merge(&theirs, &Choices::new(), &replica("a"), at(59));
        let choices: Choices = preview
            .report
            .conflicts
            .iter()
            .map(|c| ((c.kind, c.id.clone()), if take_theirs { Side::Theirs } else { Side::Mine }))
            .collect();
        let once = merge(&mine, &theirs, &choices);

        // No record is lost: every id from either side is in the result.
        let expected: BTreeSet<_> = ids(&mine).union(&ids(&theirs)).cloned().collect();
        prop_assert_eq!(ids(&once), expected);
        prop_assert_eq!(once.problems(), []);

        // Merging the same snapshot again is idempotent.
        let twice = merge(&once, &theirs, &Choices::new());
        prop_assert_eq!(&twice, &once);

        // Deterministic: the same inputs give the same result.
        prop_assert_eq!(&merge(&mine, &theirs, &choices), &once);

        // A side that only one browser changed comes through as it is.
        if mine_changes.is_empty() {
            prop_assert!(preview.report.conflicts.is_empty());
            prop_assert_eq!(&merge(&base, &theirs, &Choices::new()), &theirs);
        }
    }
}

/// A file may say a browser made u32::MAX edits: one more stays there (in
/// a debug build the count overflowed, in a release build it wrapped to 0
/// and the edited record looked older than before), and the total does too.
#[test]
fn an_edit_count_at_its_largest_stays_there() {
    let edits = [(replica("a"), u32::MAX), (replica("b"), 7)];
    let before = Revision {
        updated_at: None,
        edits: edits.into(),
    };
    let mut after = before.clone();
    after.bump(&replica("a"), at(1));
    assert_eq!(after.edits.get(&replica("a")), Some(u32::MAX));
    assert_ne!(after.compare(&before), Some(Ordering::Less));
    assert_eq!(after.count(), u32::MAX);
}
