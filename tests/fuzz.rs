//! A mutation fuzzer for everything Ladder reads that it did not just
//! write: imported snapshot files, and the values in browser storage.
//!
//! - `import`: valid snapshots of every format version (the fixtures), the
//!   sample company and one team's part of a generated company, mutated
//!   (see `fuzz/mutate.rs`) and read with `snapshot::decode_and_check`.
//!   Every case is either refused with a message, or accepted as a
//!   workspace that keeps every integrity rule and what the app then does
//!   with it holds up: exported and imported again it is the same; merged
//!   into itself it changes nothing; merged into the sample (conflicts
//!   settled either way), exported in part, edited, shown (progress and
//!   pace within their bounds, a progress for every measurable key result)
//!   and saved in parts, nothing panics and the save reads back whole.
//! - `stored`: the same workspaces split, encoded and packed as a save
//!   writes them, then damaged at every level (the packing's mark, length
//!   and characters, deflate bombs; the head's and the parts' JSON; parts
//!   missing, repeated, swapped, from another workspace, or records in the
//!   head), and read with `parts::read_stored`, the path the app's load
//!   takes. Stored data is read for its shape only, by design, so an
//!   accepted case need not keep the integrity rules; but nothing may
//!   panic, neither the read nor what the integrity check, the views, a
//!   merge and the next save then do with it, and that save must read back
//!   as the same workspace.
//!
//! Each case runs under `catch_unwind` and is timed: over a second (in a
//! release build) it fails. `cargo test` runs 10,000 cases of each target;
//! `./dev.sh fuzz` a million in release. See `fuzz/harness.rs` for the
//! settings and for reproducing a reported case.
#![cfg(not(target_arch = "wasm32"))]

#[path = "fuzz/harness.rs"]
mod harness;
#[path = "fuzz/json.rs"]
mod json;
#[path = "fuzz/mutate.rs"]
mod mutate;
#[path = "fuzz/rng.rs"]
mod rng;

use chrono::{DateTime, NaiveDate, Utc};
use harness::{Input, Settings, Target, Verdict};
use json::J;
use ladder::domain::coach::coach;
use ladder::domain::format::Plain;
use ladder::domain::{
    Choices, ExportScope, KeyResult, Measure, ReplicaId, Scale, Side, UnitKind, Workspace, bar,
    generate, sample_company,
};
use ladder::storage::packed::{self, Effort};
use ladder::storage::parts::{self, PartEntry, PartId, Split};
use ladder::storage::snapshot::{self, DecodeError, VERSION};
use rng::Rng;
use std::collections::HashMap;
use std::sync::OnceLock;

const WORKSPACE_KEY: &str = "ladder.workspace";

/// Cases per target in `cargo test`.
const CASES: u64 = 10_000;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("a valid day")
}

fn now() -> DateTime<Utc> {
    today()
        .and_hms_opt(17, 0, 0)
        .expect("a valid time")
        .and_utc()
}

/// A workspace as stored: the head and each part's key and JSON, each
/// also packed, so a case packs again only what it changed.
#[derive(Clone)]
struct StoredSeed {
    head: (J, String),
    parts: Vec<(String, J, String)>,
}

struct Seeds {
    /// Files to mutate, as trees: the fixtures of each version, then the
    /// sample and a generated company's team, each ten times their size.
    files: Vec<J>,
    /// The same workspaces as a save stores them.
    stored: Vec<StoredSeed>,
    /// The browser's own workspace an import is merged into.
    own: Workspace,
}

fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut texts: Vec<String> = (1..=VERSION)
            .map(|version| {
                let path = format!(
                    "{}/tests/fixtures/snapshot-v{version}.json",
                    env!("CARGO_MANIFEST_DIR")
                );
                std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
            })
            .collect();
        let mut bits = 0u64;
        let sample = sample_company(today(), || {
            bits += 1;
            bits.wrapping_mul(rng::GOLDEN)
        });
        let medium = generate(Scale::Medium, today(), 5);
        let team = medium
            .units
            .iter()
            .find(|u| u.kind == UnitKind::Team)
            .map(|u| u.id.clone());
        let slice = medium.part(&ExportScope {
            unit: team,
            period: medium.current_period.clone(),
        });
        for ws in [&sample, &slice] {
            texts.push(snapshot::encode_export(ws, now()).expect("a seed encodes"));
        }
        let files = texts
            .iter()
            .map(|text| J::from_value(&serde_json::from_str(text).expect("a seed is JSON")))
            .collect();
        let stored = texts
            .iter()
            .map(|text| stored_seed(&snapshot::decode(text).expect("a seed reads").workspace))
            .collect();
        Seeds {
            files,
            stored,
            own: sample,
        }
    })
}

/// Packed values that inflate past what Ladder unpacks (256 MiB), and to
/// just under it; made on first use, as they take a while.
fn bombs() -> &'static [String] {
    static BOMBS: OnceLock<Vec<String>> = OnceLock::new();
    BOMBS.get_or_init(|| vec![bomb(300 << 20), bomb(200 << 20)])
}

/// `ws` as a save writes it: parts under the keys of revision 1, and the head.
fn stored_seed(ws: &Workspace) -> StoredSeed {
    let split = parts::split(ws);
    let (entries, texts) = encode(&split);
    let head = parts::encode_head(
        &split,
        entries.clone(),
        1,
        now(),
        &mut parts::HeadCache::default(),
    )
    .expect("a head encodes");
    let tree = |text: &str| J::from_value(&serde_json::from_str(text).expect("JSON"));
    StoredSeed {
        head: (tree(&head), packed::pack(&head, Effort::Fast)),
        parts: entries
            .into_iter()
            .zip(&texts)
            .map(|(entry, text)| (entry.key, tree(text), packed::pack(text, Effort::Fast)))
            .collect(),
    }
}

/// Each part's entry and JSON, under the keys a save of revision 1 uses.
fn encode(split: &Split<'_>) -> (Vec<PartEntry>, Vec<String>) {
    split
        .parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let text = parts::encode_part(&part.records).expect("a part encodes");
            let entry = PartEntry {
                key: format!("ladder.part.1.{i}"),
                id: part.id.clone(),
                fingerprint: part.fingerprint.clone(),
                size: text.len(),
            };
            (entry, text)
        })
        .unzip()
}

/// A packed value whose deflate stream (one fixed-Huffman block: a space,
/// then copies of 258 bytes at distance 1) inflates to about `size` bytes.
fn bomb(size: usize) -> String {
    struct Bits {
        bytes: Vec<u8>,
        buffer: u64,
        used: u32,
    }
    impl Bits {
        /// `count` bits of `value`, lowest first, as deflate's header fields go.
        fn put(&mut self, value: u32, count: u32) {
            self.buffer |= u64::from(value) << self.used;
            self.used += count;
            while self.used >= 8 {
                self.bytes.push(self.buffer as u8);
                self.buffer >>= 8;
                self.used -= 8;
            }
        }
        /// A Huffman code, highest bit first.
        fn code(&mut self, code: u32, count: u32) {
            self.put(code.reverse_bits() >> (32 - count), count);
        }
        fn finish(mut self) -> Vec<u8> {
            if self.used > 0 {
                self.bytes.push(self.buffer as u8);
            }
            self.bytes
        }
    }
    let mut bits = Bits {
        bytes: Vec::with_capacity(size / 258 * 13 / 8 + 8),
        buffer: 0,
        used: 0,
    };
    bits.put(1, 1); // the last block
    bits.put(1, 2); // fixed Huffman codes
    bits.code(0x30 + u32::from(b' '), 8);
    for _ in 0..size / 258 {
        bits.code(0b1100_0101, 8); // length 258
        bits.code(0, 5); // distance 1
    }
    bits.code(0, 7); // end of block
    packed::pack_deflated(&bits.finish())
}

// ---------------------------------------------------------------- import

static IMPORT: Target = Target {
    name: "import",
    generate: generate_file,
    check: check_file,
};

/// How many mutations a case gets: mostly one or two, sometimes many.
fn mutation_count(rng: &mut Rng) -> usize {
    match rng.below(10) {
        0..=4 => 1,
        5..=7 => 2,
        _ => rng.between(3, 8),
    }
}

/// The index of a seed: one of the larger workspaces once in eight cases
/// (they take ten times as long), else one of the fixtures.
fn pick_seed(rng: &mut Rng, count: usize) -> usize {
    let fixtures = VERSION as usize;
    match rng.below(8) {
        0 => rng.between(fixtures, count - 1),
        _ => rng.below(fixtures),
    }
}

fn generate_file(rng: &mut Rng) -> Input {
    let files = &seeds().files;
    let mut tree = files[pick_seed(rng, files.len())].clone();
    // A few untouched seeds keep the accepting path honest.
    if rng.one_in(100) {
        return vec![("file".to_owned(), tree.write())];
    }
    let text_only = rng.one_in(8);
    if !text_only {
        for _ in 0..mutation_count(rng) {
            mutate::mutate(rng, &mut tree);
        }
    }
    let mut text = tree.write();
    if text_only || rng.one_in(6) {
        for _ in 0..rng.between(1, 3) {
            mutate::mutate_text(rng, &mut text);
        }
    }
    vec![("file".to_owned(), text)]
}

fn check_file(input: &Input) -> Result<Verdict, String> {
    let text = input.first().map_or("", |(_, text)| text.as_str());
    match snapshot::decode_and_check(text) {
        Err(error) => refused(&error),
        Ok(envelope) => {
            let ws = &envelope.workspace;
            if let Some(problem) = ws.problems().first() {
                return Err(format!("accepted with an integrity problem: {problem}"));
            }
            let again = snapshot::encode_export(ws, now())
                .map_err(|e| format!("accepted, but cannot be exported: {e}"))?;
            let back = snapshot::decode_and_check(&again)
                .map_err(|e| format!("accepted, but its export is refused: {e}"))?;
            same_records(ws, &back.workspace).map_err(|e| format!("export and import: {e}"))?;
            // What the import dialog previews, and what merging does.
            merges(&seeds().own, ws);
            // A file merged into the workspace it was exported from changes nothing.
            let itself = ws.merge(ws, &Choices::default(), &ReplicaId::from("fuzz"), now());
            if !itself.report.changes_nothing() {
                return Err("merged into itself, it changes something".to_owned());
            }
            same_records(ws, &itself.workspace).map_err(|e| format!("merged into itself: {e}"))?;
            views(ws, true)?;
            exports(ws)?;
            edited(ws)?;
            saved_and_read(ws)?;
            Ok(Verdict::Accepted)
        }
    }
}

/// Merges `theirs` into `mine` as the import dialog does: first its
/// preview, then with "theirs" chosen for every conflict, which stamps the
/// records it settles; and checks the result as applying a merge does.
fn merges(mine: &Workspace, theirs: &Workspace) {
    let by = ReplicaId::from("fuzz");
    let preview = mine.merge(theirs, &Choices::default(), &by, now());
    let choices: Choices = preview
        .report
        .conflicts
        .iter()
        .map(|c| ((c.kind, c.id.clone()), Side::Theirs))
        .collect();
    let merged = mine.merge(theirs, &choices, &by, now());
    let _ = merged.workspace.problems();
}

/// What the export dialog makes of an accepted workspace: a part (one
/// unit's subtree in one period) is itself a valid workspace, and the
/// spreadsheet tables and the retrospective are written without panic.
fn exports(ws: &Workspace) -> Result<(), String> {
    let middle = |len: usize| len / 2;
    let scope = ExportScope {
        unit: ws.units.get(middle(ws.units.len())).map(|u| u.id.clone()),
        period: ws
            .periods
            .get(middle(ws.periods.len()))
            .map(|p| p.id.clone()),
    };
    if let Some(problem) = ws.part(&scope).problems().first() {
        return Err(format!(
            "the part {scope:?} has an integrity problem: {problem}"
        ));
    }
    let _ = ws.csv_tables(scope.period.as_ref(), today());
    if let Some(period) = &scope.period {
        let _ = ws.retrospective(period, scope.unit.as_ref(), &Plain);
    }
    Ok(())
}

/// An edit right after an import, stamped as the app stamps it, by the
/// browser with the most edits of the record (a file may say u32::MAX):
/// the edited copy never looks older to a merge than the one it came from.
fn edited(ws: &Workspace) -> Result<(), String> {
    let Some(before) = ws.objectives.get(0) else {
        return Ok(());
    };
    let by = before
        .rev
        .edits
        .iter()
        .max_by_key(|(_, count)| *count)
        .map_or_else(|| ReplicaId::from("fuzz"), |(replica, _)| replica.clone());
    let mut edited = ws.clone();
    if let Some(objective) = edited.objectives.get_mut(0) {
        objective.title.push_str(" (edited)");
    }
    edited.stamp_changes(ws, &by, now());
    match edited.objectives.get(0).map(|o| o.rev.compare(&before.rev)) {
        Some(Some(std::cmp::Ordering::Less) | None) => {
            Err("an edit made a record look older than before".to_owned())
        }
        _ => Ok(()),
    }
}

fn refused(error: &DecodeError) -> Result<Verdict, String> {
    if error.to_string().trim().is_empty() {
        Err(format!("refused without a message: {error:?}"))
    } else {
        Ok(Verdict::Refused)
    }
}

// ---------------------------------------------------------------- stored

static STORED: Target = Target {
    name: "stored",
    generate: generate_stored,
    check: check_stored,
};

fn generate_stored(rng: &mut Rng) -> Input {
    let seeds = seeds();
    if rng.one_in(10) {
        // A whole envelope in JSON, as versions before parts stored it.
        let mut input = generate_file(rng);
        if let Some(first) = input.first_mut() {
            first.0 = WORKSPACE_KEY.to_owned();
        }
        return input;
    }
    let seed = &seeds.stored[pick_seed(rng, seeds.stored.len())];
    let mut head = seed.head.0.clone();
    let mut parts: Vec<(String, J)> = seed
        .parts
        .iter()
        .map(|(key, tree, _)| (key.clone(), tree.clone()))
        .collect();
    let untouched = rng.one_in(100);
    if !untouched && !rng.one_in(4) {
        for _ in 0..mutation_count(rng) {
            match rng.below(11) {
                0..=2 => mutate::mutate(rng, &mut head),
                3 | 4 => mutate_entries(rng, &mut head),
                5..=7 if !parts.is_empty() => {
                    let at = rng.below(parts.len());
                    mutate::mutate(rng, &mut parts[at].1);
                }
                8 => records_in_head(rng, &mut head, &parts),
                _ => shuffle_parts(rng, &mut parts, seeds),
            }
        }
    }
    // What a case left as it was keeps its packed text; the rest is packed
    // again, quickly or small, as the app does.
    let mut pack = |tree: &J, packed: Option<&String>| match packed {
        Some(text) => text.clone(),
        None if rng.one_in(4) => packed::pack(&tree.write(), Effort::Small),
        None => packed::pack(&tree.write(), Effort::Fast),
    };
    let same = |a: &J, b: &J| a == b;
    let mut input = vec![(
        WORKSPACE_KEY.to_owned(),
        pack(
            &head,
            Some(&seed.head.1).filter(|_| same(&head, &seed.head.0)),
        ),
    )];
    for (key, tree) in &parts {
        let unchanged = seed
            .parts
            .iter()
            .find(|(_, original, _)| same(original, tree))
            .map(|(_, _, text)| text);
        input.push((key.clone(), pack(tree, unchanged)));
    }
    if !untouched && rng.one_in(3) {
        for _ in 0..rng.between(1, 3) {
            let at = rng.below(input.len());
            damage_packed(rng, &mut input[at].1);
        }
    }
    input
}

/// Damages the head's list of parts or its objective order.
fn mutate_entries(rng: &mut Rng, head: &mut J) {
    if rng.one_in(3) {
        if let Some(J::Arr(runs)) = head.field_mut("objective_order") {
            if runs.is_empty() {
                return;
            }
            let at = rng.below(runs.len());
            match rng.below(5) {
                0 => {
                    let run = runs[at].clone();
                    runs.insert(rng.below(runs.len() + 1), run);
                }
                1 => {
                    runs.remove(at);
                }
                2 => {
                    let to = rng.below(runs.len());
                    runs.swap(at, to);
                }
                3 => runs.push(J::Arr(vec![
                    J::Num(rng.below(4).to_string()),
                    J::Num("0".to_owned()),
                ])),
                _ => {
                    if let J::Arr(pair) = &mut runs[at]
                        && let Some(J::Num(count)) = pair.get_mut(1)
                    {
                        let n: i64 = count.parse().unwrap_or(0);
                        *count = n.saturating_add(*rng.pick(&[-1i64, 1, 2])).to_string();
                    }
                }
            }
        }
        return;
    }
    let Some(J::Arr(entries)) = head.field_mut("parts") else {
        return;
    };
    if entries.is_empty() {
        return;
    }
    let (a, b) = (rng.below(entries.len()), rng.below(entries.len()));
    match rng.below(5) {
        // The same entry twice: one part listed twice, under one key.
        0 => {
            let copy = entries[a].clone();
            entries.insert(b, copy);
        }
        1 => entries.swap(a, b),
        _ => {
            let field = *rng.pick(&["key", "id", "fingerprint"]);
            if let Some(value) = entries[b].field(field).cloned() {
                entries[a].set(field, value);
            }
        }
    }
}

/// Copies one of a part's lists of records into the head's workspace,
/// which holds none in what Ladder writes.
fn records_in_head(rng: &mut Rng, head: &mut J, parts: &[(String, J)]) {
    if parts.is_empty() {
        return;
    }
    let (_, part) = &parts[rng.below(parts.len())];
    let name = *rng.pick(&["objectives", "key_results", "check_ins", "initiatives"]);
    if let (Some(list), Some(workspace)) = (part.field(name), head.field_mut("workspace")) {
        workspace.set(name, list.clone());
    }
}

/// Parts missing, stored under each other's keys, or from another workspace.
fn shuffle_parts(rng: &mut Rng, parts: &mut Vec<(String, J)>, seeds: &Seeds) {
    if parts.is_empty() {
        return;
    }
    let (a, b) = (rng.below(parts.len()), rng.below(parts.len()));
    match rng.below(3) {
        0 => {
            parts.remove(a);
        }
        1 => {
            let text = parts[b].1.clone();
            parts[a].1 = text;
        }
        _ => {
            let other = rng.pick(&seeds.stored);
            if !other.parts.is_empty() {
                parts[a].1 = rng.pick(&other.parts).1.clone();
            }
        }
    }
}

/// Damages a packed value: its mark, its length, its characters, or
/// replaces it with a deflate bomb or a short value claiming a huge length.
fn damage_packed(rng: &mut Rng, value: &mut String) {
    const MARK: &str = "\u{2042}z1:";
    let Some(rest) = value.strip_prefix(MARK) else {
        return;
    };
    let Some((length, data)) = rest.split_once(':') else {
        return;
    };
    let (length, data) = (length.to_owned(), data.to_owned());
    let mut chars: Vec<char> = data.chars().collect();
    match rng.below(12) {
        0 => *value = format!("\u{2042}z2:{length}:{data}"),
        1 => *value = format!("z1:{length}:{data}"),
        2 | 3 => {
            let claimed = match rng.below(10) {
                0 => "0".to_owned(),
                1 => "".to_owned(),
                2 => "-1".to_owned(),
                3 => "+5".to_owned(),
                4 => format!(" {length}"),
                5 => format!("0{length}"),
                6 => "18446744073709551616".to_owned(),
                7 => "1e3".to_owned(),
                8 => (length.parse::<usize>().unwrap_or(0) + 1).to_string(),
                _ => length
                    .parse::<usize>()
                    .unwrap_or(1)
                    .saturating_sub(1)
                    .to_string(),
            };
            *value = format!("{MARK}{claimed}:{data}");
        }
        4 | 5 if !chars.is_empty() => {
            let at = rng.below(chars.len());
            chars[at] = match rng.below(4) {
                0 => '\u{3fff}',
                1 => '\u{c000}',
                2 => *rng.pick(&['a', '😀', 'é', ':']),
                _ => char::from_u32(0x4000 + rng.below(1 << 15) as u32).unwrap_or('\u{4000}'),
            };
            *value = format!("{MARK}{length}:{}", chars.iter().collect::<String>());
        }
        6 if !chars.is_empty() => {
            chars.truncate(rng.below(chars.len()));
            *value = format!("{MARK}{length}:{}", chars.iter().collect::<String>());
        }
        7 if !chars.is_empty() => {
            let at = rng.below(chars.len() + 1);
            chars.insert(at, '\u{4000}');
            *value = format!("{MARK}{length}:{}", chars.iter().collect::<String>());
        }
        8 => {
            *value = format!(
                "{MARK}268435456:{}",
                chars.iter().take(4).collect::<String>()
            )
        }
        // A deflate bomb takes half a second to refuse in a release build,
        // and many in a debug one: a few in a million cases, and a test of
        // their own below.
        9 if rng.one_in(5000) => *value = rng.pick(bombs()).clone(),
        _ => {
            let mut text = value.clone();
            mutate::mutate_text(rng, &mut text);
            *value = text;
        }
    }
}

fn check_stored(input: &Input) -> Result<Verdict, String> {
    let Some((_, text)) = input.first() else {
        return Ok(Verdict::Refused);
    };
    let storage: HashMap<&str, &str> = input
        .iter()
        .skip(1)
        .map(|(key, value)| (key.as_str(), value.as_str()))
        .collect();
    let fetch = |key: &str| Ok(storage.get(key).map(|v| v.to_string()));
    let read = parts::read_stored(text, fetch);
    // The app's load: the first screen's periods, then the rest a step at
    // a time; the same whole workspace, or the same refusal.
    let in_steps = parts::open(text, fetch).and_then(|mut opened| {
        if let Some(first) = opened.first_periods(|ws| {
            let current = ws.default_period(today()).map(|p| p.id.clone());
            current.into_iter().collect()
        }) {
            let _ = first.problems();
            views(&first, false).map_err(|message| DecodeError::Field {
                path: "first screen".to_owned(),
                message,
            })?;
        }
        while opened.step() {}
        opened.finish()
    });
    match (&read, &in_steps) {
        (Ok(whole), Ok(stepped))
            if whole.envelope.workspace == stepped.envelope.workspace
                && whole.entries == stepped.entries
                && whole.layout.is_some() == stepped.layout.is_some() => {}
        (Err(a), Err(b)) if a.to_string() == b.to_string() => {}
        _ => return Err("reading in steps differs from reading whole".to_owned()),
    }
    match read {
        Err(error) => refused(&error),
        Ok(stored) => {
            let ws = &stored.envelope.workspace;
            // The app shows a flawed workspace; the check must run on it.
            let _ = ws.problems();
            views(ws, false)?;
            // A file merged into this browser's workspace, flaws and all.
            merges(ws, &seeds().own);
            next_save(ws, &stored, &storage)?;
            Ok(Verdict::Accepted)
        }
    }
}

// ---------------------------------------------------------------- after reading

/// What the views compute right after a workspace is loaded or imported,
/// with the bounds their figures promise. `checked`: the workspace keeps
/// the integrity rules (an import), so its numbers are in range too.
fn views(ws: &Workspace, checked: bool) -> Result<(), String> {
    let today = today();
    let _ = ws.default_period(today);
    let _ = ws.units_in_chart_order();
    for unit in &ws.units {
        let _ = ws.unit_path(&unit.id);
    }
    for period in &ws.periods {
        let _ = ws.cascade(&period.id);
        let _ = ws.status_counts(&period.id, period.start);
        let _ = ws.due_for_check_in(&period.id, &[], today);
        let _ = ws.score_distribution(&period.id, &[]);
    }
    for objective in &ws.objectives {
        let id = &objective.id;
        let progress = ws.objective_progress(id);
        in_unit("an objective's progress", progress)?;
        between_its_key_results(ws, &ws.key_results_of(id), progress)?;
        in_unit(
            "an objective's expected progress",
            ws.objective_expected_progress(id, today),
        )?;
        let _ = ws.objective_status(id, today);
        let _ = ws.alignment(objective);
        let _ = ws.aligned_children(id);
        if checked {
            in_unit("an objective's score", ws.objective_score(id))?;
        }
    }
    for kr in &ws.key_results {
        let latest = ws.latest_check_in(&kr.id);
        let _ = ws.key_result_status_given(kr, latest, today);
        let _ = ws.due_of(kr, latest, today);
        let _ = ws.status_trend(kr);
        in_unit("a suggested score", Some(ws.suggested_score(kr)))?;
        in_unit("an expected progress", ws.expected_progress(kr, today))?;
        if checked {
            measurable(ws, kr, today)?;
        }
    }
    for kpi in &ws.kpis {
        let _ = kpi.health();
        if checked && !kpi.margin().is_finite() {
            return Err(format!(
                "KPI {} has the warning margin {}",
                kpi.id,
                kpi.margin()
            ));
        }
    }
    let _ = coach(ws, today);
    let _ = ws.individual_overhead();
    Ok(())
}

fn in_unit(what: &str, value: Option<f64>) -> Result<(), String> {
    match value {
        Some(v) if !(0.0..=1.0).contains(&v) => Err(format!("{what} is {v}, outside 0..=1")),
        _ => Ok(()),
    }
}

/// An objective's progress is a weighted mean of its key results' bars,
/// so it lies between the lowest and the highest of them.
fn between_its_key_results(
    _ws: &Workspace,
    key_results: &[&KeyResult],
    progress: Option<f64>,
) -> Result<(), String> {
    let bars: Vec<f64> = key_results
        .iter()
        .filter(|kr| kr.weight.is_finite() && kr.weight > 0.0)
        .filter_map(|kr| kr.measure.progress().map(bar))
        .collect();
    let (Some(progress), Some(low), Some(high)) = (
        progress,
        bars.iter().copied().reduce(f64::min),
        bars.iter().copied().reduce(f64::max),
    ) else {
        return Ok(());
    };
    let slack = 1e-9;
    if progress < low - slack || progress > high + slack {
        return Err(format!(
            "an objective's progress {progress} is outside its key results' {low}..={high}"
        ));
    }
    Ok(())
}

/// A key result the integrity rules accept (finite numbers, the target
/// apart from the start) has a progress, and pace a finite expected value.
fn measurable(ws: &Workspace, kr: &KeyResult, today: NaiveDate) -> Result<(), String> {
    match kr.measure {
        Measure::Milestone { .. } => Ok(()),
        Measure::Metric { .. } | Measure::Percentage { .. } => {
            if kr.measure.progress().is_none() {
                return Err(format!(
                    "key result {} has no progress: {:?}",
                    kr.id, kr.measure
                ));
            }
            match ws.expected_value(kr, today) {
                Some(v) if !v.is_finite() => Err(format!(
                    "key result {} expects the value {v}: {:?}",
                    kr.id, kr.measure
                )),
                _ => Ok(()),
            }
        }
    }
}

/// Saves `ws` in parts from scratch, as the first save after an import
/// does, and reads it back.
fn saved_and_read(ws: &Workspace) -> Result<(), String> {
    // Packing is left out: `read_stored` is fuzzed on its own, and deflate
    // would be most of the time spent here.
    let split = parts::split(ws);
    let (entries, texts) = encode(&split);
    read_back(ws, &split, entries, &texts)
}

/// Saves `ws` as the app's first save after reading it from storage does
/// (`local::write_revision`): split since the layout read, when there is
/// one; a part whose id the head lists with the same fingerprint keeps its
/// stored text, and only the others are written. Then reads it back.
fn next_save(
    ws: &Workspace,
    stored: &parts::Stored,
    storage: &HashMap<&str, &str>,
) -> Result<(), String> {
    let split = match &stored.layout {
        Some(layout) => parts::split_since(ws, layout),
        None => parts::split(ws),
    };
    // Without a layout, `local::read_stored` forgets what is written.
    let written: HashMap<&PartId, &PartEntry> = match (&stored.entries, &stored.layout) {
        (Some(entries), Some(_)) => entries.iter().map(|e| (&e.id, e)).collect(),
        _ => HashMap::new(),
    };
    let (mut entries, mut texts) = (Vec::new(), Vec::new());
    for (i, part) in split.parts.iter().enumerate() {
        match written.get(&part.id) {
            Some(entry) if entry.fingerprint == part.fingerprint => {
                let kept = storage
                    .get(entry.key.as_str())
                    .ok_or_else(|| format!("the kept part {} is not stored", entry.key))?;
                texts.push(packed::unpack(kept)?);
                entries.push((*entry).clone());
            }
            _ => {
                let text = parts::encode_part(&part.records).map_err(|e| e.to_string())?;
                entries.push(PartEntry {
                    key: format!("ladder.part.2.{i}"),
                    id: part.id.clone(),
                    fingerprint: part.fingerprint.clone(),
                    size: text.len(),
                });
                texts.push(text);
            }
        }
    }
    read_back(ws, &split, entries, &texts)
}

/// Writes the head for `split` over `texts` and reads the whole back.
fn read_back(
    ws: &Workspace,
    split: &Split<'_>,
    entries: Vec<PartEntry>,
    texts: &[String],
) -> Result<(), String> {
    let head = parts::encode_head(split, entries, 2, now(), &mut parts::HeadCache::default())
        .map_err(|e| e.to_string())?;
    let (read, _) = parts::read_head(head)
        .and_then(|head| parts::assemble(head, texts))
        .map_err(|e| format!("its save cannot be read back: {e}"))?;
    same_records(ws, &read.workspace).map_err(|e| format!("saved and read back: {e}"))
}

/// The same records: objectives in order, and the records under each
/// objective or key result in their order (parts group them by owner).
fn same_records(a: &Workspace, b: &Workspace) -> Result<(), String> {
    let differ = |what: &str| Err(format!("{what} differ"));
    if a.name != b.name || a.settings != b.settings || a.sample != b.sample {
        return differ("name or settings");
    }
    if a.units != b.units || a.people != b.people || a.periods != b.periods {
        return differ("units, people or periods");
    }
    if a.current_period != b.current_period || a.kpis != b.kpis {
        return differ("current period or KPIs");
    }
    if a.objectives != b.objectives {
        return differ("objectives");
    }
    fn grouped<'a, T, K: AsRef<str>>(
        items: impl Iterator<Item = &'a T>,
        group: impl Fn(&T) -> &K,
    ) -> HashMap<String, Vec<&'a T>>
    where
        T: 'a,
    {
        let mut map: HashMap<String, Vec<&T>> = HashMap::new();
        for item in items {
            map.entry(group(item).as_ref().to_owned())
                .or_default()
                .push(item);
        }
        map
    }
    if grouped(a.key_results.iter(), |k| &k.objective)
        != grouped(b.key_results.iter(), |k| &k.objective)
    {
        return differ("key results");
    }
    if grouped(a.check_ins.iter(), |c| &c.key_result)
        != grouped(b.check_ins.iter(), |c| &c.key_result)
    {
        return differ("check-ins");
    }
    if grouped(a.initiatives.iter(), |i| &i.key_result)
        != grouped(b.initiatives.iter(), |i| &i.key_result)
    {
        return differ("initiatives");
    }
    Ok(())
}

// ---------------------------------------------------------------- the test

#[test]
fn every_mutated_file_and_stored_value_is_read_or_refused_with_a_message() {
    let settings = Settings::from_env(CASES);
    let mut clean = true;
    for target in [&IMPORT, &STORED] {
        if settings.runs(target) {
            let summary = harness::run(target, &settings);
            clean &= harness::report(&summary);
        }
    }
    assert!(clean, "the fuzzer found failures; see above");
}

/// The seeds themselves are read and kept whole, or the fuzzer would
/// measure nothing.
#[test]
fn every_seed_is_accepted() {
    for (i, file) in seeds().files.iter().enumerate() {
        let input = vec![("file".to_owned(), file.write())];
        assert_eq!(check_file(&input), Ok(Verdict::Accepted), "file seed {i}");
    }
    for (i, seed) in seeds().stored.iter().enumerate() {
        let mut input = vec![(WORKSPACE_KEY.to_owned(), seed.head.1.clone())];
        for (key, _, text) in &seed.parts {
            input.push((key.clone(), text.clone()));
        }
        assert_eq!(
            check_stored(&input),
            Ok(Verdict::Accepted),
            "stored seed {i}"
        );
    }
}

/// A deflate bomb as the head or as a part is refused with a message:
/// past what Ladder unpacks, before memory runs out; under it, by the JSON
/// reader. (Bombs near the limit are rare in the fuzzed cases, which a
/// debug build would take many seconds over.)
#[test]
fn a_deflate_bomb_is_refused_with_a_message() {
    let over = &bombs()[0];
    let under = bomb(16 << 20);
    assert_eq!(
        packed::unpack(&under).map(|text| text.len()),
        Ok((16 << 20) / 258 * 258 + 1),
        "the bomb inflates as built"
    );
    let StoredSeed { head, parts } = &seeds().stored[VERSION as usize];
    for bomb in [over, &under] {
        let as_head = vec![(WORKSPACE_KEY.to_owned(), bomb.clone())];
        assert_eq!(check_stored(&as_head), Ok(Verdict::Refused));
        let mut as_part = vec![(WORKSPACE_KEY.to_owned(), head.1.clone())];
        as_part.extend(parts.iter().map(|(key, _, _)| (key.clone(), bomb.clone())));
        assert_eq!(check_stored(&as_part), Ok(Verdict::Refused));
    }
}
