//! Lookups on `Records` by id and by group always agree with a plain scan,
//! whatever sequence of changes the collection went through, in copies too.
//! What a version kept for undo holds apart from a newer one counts exactly
//! the records the newer one no longer shares, and the start they still
//! share is counted as a record-by-record comparison would.

use crate::common::metric_kr;
use ladder::domain::{KeyResult, KeyResultId, ObjectiveId, RECORD_BYTES, Records, Scale, generate};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Change {
    Push(u8, u8),
    /// Pushes this many records, past the length where the lookups' entries
    /// for pushed records join their table (`records::RECENT`, 256), with
    /// ids from the same dozen.
    PushMany(u16, u8),
    Insert(usize, u8, u8),
    Remove(usize),
    Retain(u8),
    /// Moves the record at a position to another objective.
    Move(usize, u8),
    MoveWhere(u8, u8),
    Truncate(usize),
    /// Gives the first record with one id another id.
    Rename(u8, u8),
    /// Moves the record at a position through indexing.
    MoveAt(usize, u8),
    /// Moves every record through `iter_mut`.
    MoveAll(u8),
    /// Through `update`: the record at a position gets a title (keys and
    /// groups kept), another objective, or another id.
    Retitle(usize),
    UpdateGroup(usize, u8),
    UpdateKey(usize, u8),
    Extend(u8, u8),
    Clear,
    /// Keeps a copy and goes on changing the original.
    Fork,
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0u8..12, 0u8..4).prop_map(|(id, o)| Change::Push(id, o)),
        (1u16..600, 0u8..4).prop_map(|(n, o)| Change::PushMany(n, o)),
        (0usize..20, 0u8..12, 0u8..4).prop_map(|(at, id, o)| Change::Insert(at, id, o)),
        (0usize..20).prop_map(Change::Remove),
        (0u8..4).prop_map(Change::Retain),
        (0usize..20, 0u8..4).prop_map(|(at, o)| Change::Move(at, o)),
        (0u8..4, 0u8..4).prop_map(|(from, to)| Change::MoveWhere(from, to)),
        (0usize..20).prop_map(Change::Truncate),
        (0u8..12, 0u8..12).prop_map(|(from, to)| Change::Rename(from, to)),
        (0usize..20, 0u8..4).prop_map(|(at, o)| Change::MoveAt(at, o)),
        (0u8..4).prop_map(Change::MoveAll),
        (0usize..20).prop_map(Change::Retitle),
        (0usize..20, 0u8..4).prop_map(|(at, o)| Change::UpdateGroup(at, o)),
        (0usize..20, 0u8..12).prop_map(|(at, id)| Change::UpdateKey(at, id)),
        (0u8..11, 0u8..4).prop_map(|(id, o)| Change::Extend(id, o)),
        Just(Change::Clear),
        Just(Change::Fork),
    ]
}

fn kr(id: u8, objective: u8) -> KeyResult {
    metric_kr(&format!("k{id}"), &format!("o{objective}"), 0.0, 1.0, 0.0)
}

/// Asks every question, so lookups are built before the next change.
fn check(records: &Records<KeyResult>) -> Result<(), TestCaseError> {
    // Every way of reading the records in order agrees.
    let mut in_order = Vec::new();
    // A `for` loop asks `next` for each record.
    for kr in records.iter() {
        in_order.push(kr);
    }
    prop_assert_eq!(in_order.len(), records.len());
    prop_assert_eq!(records.iter().len(), records.len());
    prop_assert_eq!(
        records.iter().fold(Vec::new(), |mut v, kr| {
            v.push(kr);
            v
        }),
        in_order.clone()
    );
    prop_assert_eq!(
        records.iter().rev().collect::<Vec<_>>(),
        in_order.iter().rev().copied().collect::<Vec<_>>()
    );
    prop_assert_eq!(records.last(), in_order.last().copied());
    for (i, kr) in in_order.iter().enumerate() {
        prop_assert_eq!(records.get(i), Some(*kr));
        prop_assert_eq!(&records[i], *kr);
        prop_assert_eq!(records.iter().nth(i), Some(*kr));
    }
    prop_assert_eq!(records.get(records.len()), None);
    for id in 0..12 {
        let id = KeyResultId::from(format!("k{id}").as_str());
        let scanned = records.iter().find(|kr| kr.id == id);
        prop_assert_eq!(records.by_key(&id), scanned);
    }
    for objective in 0..4 {
        let objective = ObjectiveId::from(format!("o{objective}").as_str());
        let scanned: Vec<_> = records
            .iter()
            .filter(|kr| kr.objective == objective)
            .collect();
        let found: Vec<_> = records.in_group(&objective).collect();
        prop_assert_eq!(found, scanned);
    }
    Ok(())
}

/// Makes one change to `records`; a fork is kept in `forks`.
fn apply(
    records: &mut Records<KeyResult>,
    change: Change,
    forks: &mut Vec<Records<KeyResult>>,
) -> Result<(), TestCaseError> {
    let len = records.len();
    match change {
        Change::Push(id, o) => records.push(kr(id, o)),
        Change::PushMany(n, o) => {
            let pushed: Vec<_> = (0..n)
                .map(|i| kr((i % 12) as u8, (o + (i % 3) as u8) % 4))
                .collect();
            for kr in &pushed {
                records.push(kr.clone());
            }
            prop_assert_eq!(
                records.iter().skip(len).cloned().collect::<Vec<_>>(),
                pushed
            );
        }
        Change::Insert(at, id, o) => records.insert(at.min(len), kr(id, o)),
        Change::Remove(at) if at < len => {
            records.remove(at);
        }
        Change::Remove(_) => {}
        Change::Retain(o) => {
            let objective = ObjectiveId::from(format!("o{o}").as_str());
            records.retain(|kr| kr.objective != objective);
        }
        Change::Move(at, o) => {
            if let Some(kr) = records.get_mut(at) {
                kr.objective = ObjectiveId::from(format!("o{o}").as_str());
            }
        }
        Change::MoveWhere(from, to) => {
            let from = ObjectiveId::from(format!("o{from}").as_str());
            for kr in records.iter_mut_where(|kr| kr.objective == from) {
                kr.objective = ObjectiveId::from(format!("o{to}").as_str());
            }
        }
        Change::Truncate(to) => records.truncate(to),
        Change::Rename(from, to) => {
            let from = KeyResultId::from(format!("k{from}").as_str());
            if let Some(kr) = records.find_mut(|kr| kr.id == from) {
                kr.id = KeyResultId::from(format!("k{to}").as_str());
            }
        }
        Change::MoveAt(at, o) if at < len => {
            records[at].objective = ObjectiveId::from(format!("o{o}").as_str());
        }
        Change::MoveAt(..) => {}
        Change::MoveAll(o) => {
            for kr in records.iter_mut() {
                kr.objective = ObjectiveId::from(format!("o{o}").as_str());
            }
        }
        Change::Retitle(at) => records.update(at, |kr| kr.title.push('!')),
        Change::UpdateGroup(at, o) => records.update(at, |kr| {
            kr.objective = ObjectiveId::from(format!("o{o}").as_str());
        }),
        Change::UpdateKey(at, id) => records.update(at, |kr| {
            kr.id = KeyResultId::from(format!("k{id}").as_str());
        }),
        Change::Extend(id, o) => records.extend([kr(id, o), kr(id + 1, o)]),
        Change::Clear => records.clear(),
        Change::Fork => forks.push(records.clone()),
    }
    Ok(())
}

proptest! {
    #[test]
    fn lookups_agree_with_a_scan(changes in prop::collection::vec(change(), 0..40)) {
        let mut records: Records<KeyResult> = Records::new();
        let mut forks = Vec::new();
        for change in changes {
            check(&records)?;
            apply(&mut records, change, &mut forks)?;
        }
        check(&records)?;
        for fork in &forks {
            check(fork)?;
        }
    }
}

proptest! {
    #[test]
    fn held_apart_counts_every_record_no_longer_shared(
        start in 0u16..60,
        built in any::<bool>(),
        changes in prop::collection::vec(change(), 0..8),
    ) {
        let mut old: Records<KeyResult> = Records::new();
        for i in 0..start {
            old.push(kr((i % 12) as u8, (i % 4) as u8));
        }
        if built {
            check(&old)?;
        }
        let mut new = old.clone();
        let mut forks = Vec::new();
        for change in changes {
            apply(&mut new, change, &mut forks)?;
        }
        let shared = (0..old.len().min(new.len()))
            .take_while(|&i| old.shares(i, &new, i))
            .count();
        prop_assert_eq!(old.shared_prefix(&new), shared);
        let held = old.held_apart(&new, |_| 1);
        let gone = (0..old.len())
            .filter(|&i| !(0..new.len()).any(|j| old.shares(i, &new, j)))
            .count();
        // Weighing records at nothing leaves the lists and tables: the rest
        // is exactly the records gone.
        prop_assert_eq!(held - old.held_apart(&new, |_| 0), gone * RECORD_BYTES);
        // Never more than a whole list, both lookup tables and every record.
        let whole = old.len() * (size_of::<usize>() + 2 * 16 + RECORD_BYTES);
        prop_assert!(held <= whole, "held {} of at most {}", held, whole);
    }
}

#[test]
fn held_apart_is_the_copied_list_for_a_push_the_records_gone_and_everything_for_a_new_list() {
    let mut old: Records<KeyResult> = Records::new();
    for i in 0..100u8 {
        old.push(kr(i % 12, i % 4));
    }
    let _ = old.by_key(&KeyResultId::from("k1"));
    let copy = old.clone();
    assert_eq!(old.held_apart(&copy, |_| 1), 0);

    let mut pushed = old.clone();
    pushed.push(kr(3, 1));
    assert_eq!(old.held_apart(&pushed, |_| 1), 100 * size_of::<usize>());
    // A long list: a push copies the short lists of records, and of lookup
    // entries, pushed lately (at most 256 each), not the whole list, which
    // both versions go on sharing.
    let mut long = old.clone();
    for i in 0..4900u16 {
        long.push(kr((i % 12) as u8, (i % 4) as u8));
    }
    let mut pushed = long.clone();
    pushed.push(kr(3, 1));
    let held = long.held_apart(&pushed, |_| 1);
    assert!(held <= 256 * (size_of::<usize>() + 2 * 16), "{held}");
    assert_eq!(pushed.len(), 5001);
    assert!((0..5000).all(|i| long.shares(i, &pushed, i)));

    let mut updated = old.clone();
    updated.update(50, |kr| kr.title.push('!'));
    let one = old.held_apart(&updated, |_| 1) - 100 * size_of::<usize>();
    assert!(
        (RECORD_BYTES..=RECORD_BYTES + 2 * 100 * 16).contains(&one),
        "{one}"
    );

    // Records taken from all over the list: the others between them are
    // still shared, and not counted.
    let mut thinned = old.clone();
    thinned.retain(|kr| kr.objective != ObjectiveId::from("o2"));
    assert_eq!(
        old.held_apart(&thinned, |_| 1) - old.held_apart(&thinned, |_| 0),
        25 * RECORD_BYTES
    );

    let rebuilt: Records<KeyResult> = old.iter().cloned().collect();
    assert!(old.held_apart(&rebuilt, |_| 1) >= 100 * RECORD_BYTES);
    // A weight counts nested entries as records.
    assert!(old.held_apart(&rebuilt, |_| 3) >= 300 * RECORD_BYTES);
}

#[test]
fn an_edit_holds_its_copied_lists_and_a_replaced_workspace_holds_everything() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).expect("a date");
    let before = generate(Scale::Small, today, 7);
    let mut after = before.clone();
    assert_eq!(before.held_apart(&after), 0);
    let check_in = after
        .check_ins
        .last()
        .cloned()
        .expect("the sample has check-ins");
    after.check_ins.push(check_in);
    let list = before.check_ins.len() * size_of::<usize>();
    let held = before.held_apart(&after);
    // At most the lookups' short lists of recent entries come on top.
    let recent = 2 * 256 * 16;
    assert!(
        held >= list && held <= list + recent,
        "{held} for a list of {list}"
    );

    let records = before.units.len()
        + before.people.len()
        + before.periods.len()
        + before.objectives.len()
        + before.key_results.len()
        + before.check_ins.len()
        + before.initiatives.len()
        + before
            .kpis
            .iter()
            .map(|k| 1 + k.readings.len())
            .sum::<usize>();
    let other = generate(Scale::Small, today, 7);
    assert_eq!(other, before);
    assert!(before.held_apart(&other) >= records * RECORD_BYTES);
}
