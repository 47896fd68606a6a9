//! Mutations of a file, at the level of its JSON values and of its text.
//!
//! Value mutations pick a node and flip, drop, duplicate, retype or nest
//! it, write numbers no float holds, strings with lone UTF-16 surrogates,
//! impossible dates and odd time offsets, swap ids between records, point
//! references elsewhere and change the format version. Text mutations then
//! cut, flip and insert bytes, so the parser's own errors are reached too.

use super::json::J;
use super::rng::Rng;

/// Numbers at and past the edges of what a file may hold.
const HUGE_NUMBERS: &[&str] = &[
    "1e308",
    "-1e308",
    "1.7976931348623157e308",
    "-1.7976931348623157e308",
    "1e400",
    "-1e400",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "-9223372036854775809",
    "4294967295",
    "4294967296",
    "-0",
    "-0.0",
    "0e0",
    "5e-324",
    "1e-400",
    "0.1e999999999",
    "123456789012345678901234567890",
];

/// Numbers an ordinary file holds, for mutations meant to stay readable.
const PLAIN_NUMBERS: &[&str] = &[
    "0", "1", "-1", "0.5", "2", "7", "14", "28", "99.9", "100", "101", "1000000", "0.001",
];

/// Text for dates: impossible days and months, years chrono cannot hold,
/// other layouts, and characters of other widths where digits belong.
const DATES: &[&str] = &[
    "2026-02-30",
    "2026-02-29",
    "2024-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "0000-00-00",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "+275760-09-13",
    "-271821-04-20",
    "+262143-12-31",
    "-262144-01-01",
    "+10000-01-01",
    "10000-01-01",
    "2026-1-1",
    "2026/11/25",
    "20261125",
    "2026-11-25T00:00:00Z",
    "2026-11-2",
    "2026-11-255",
    "2026-11-2é",
    "2026-1é-25",
    "20é6-11-25",
    "２０２６-11-25",
    "2026-11-٢٥",
    "2026—11-25",
    "",
    " 2026-11-25",
];

/// Text for instants: odd offsets, leap seconds, long fractions, edges.
const TIMES: &[&str] = &[
    "2026-11-24T16:40:00Z",
    "2026-11-24T16:40:00+14:00",
    "2026-11-24T16:40:00-12:00",
    "2026-11-24T16:40:00+23:59",
    "2026-11-24T16:40:00+24:00",
    "2026-11-24T16:40:00-99:99",
    "2026-11-24T16:40:00+05:45",
    "2026-11-24T16:40:00.1234567890Z",
    "2026-11-24T16:40:00.123456789Z",
    "2026-11-24T16:40:00.Z",
    "2026-06-30T23:59:60Z",
    "2026-06-30T23:59:60.5Z",
    "2026-11-24T24:00:00Z",
    "2026-11-24t16:40:00z",
    "2026-11-24 16:40:00Z",
    "2026-02-30T16:40:00Z",
    "+262143-12-31T23:59:59Z",
    "+262143-12-31T23:59:59-23:59",
    "-262144-01-01T00:00:00+23:59",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999999Z",
    "2026-11-24T16:40:00é",
    "2026-11-24T16:40:00",
    "",
];

/// Strings with lone or reversed UTF-16 surrogates and other escapes, as
/// they are written between the quotes.
const ESCAPES: &[&str] = &[
    "\\ud800",
    "\\udc00x",
    "\\ud83d",
    "\\udfff\\ud800",
    "\\ud83d\\ude00",
    "\\u0000",
    "\\uDBFF\\uDFFF",
    "\\ud800\\u0041",
    "\\u12",
    "\\x41",
];

/// Characters of other widths, for positions where ASCII is expected.
const WIDE: &[&str] = &["é", "€", "😀", "\u{0}", "\u{feff}", "\u{202e}", "٣", "９"];

/// Field names that hold a reference to another record.
const REFERENCES: &[&str] = &[
    "unit",
    "period",
    "objective",
    "key_result",
    "parent",
    "lead",
    "owner",
    "author",
    "me",
    "current_period",
    "rolled_from",
];

fn any(_: Option<&str>, _: &J) -> bool {
    true
}

/// Picks a node `wanted` accepts, if there is one.
fn pick<'a>(
    rng: &mut Rng,
    root: &'a mut J,
    wanted: &dyn Fn(Option<&str>, &J) -> bool,
) -> Option<&'a mut J> {
    let n = root.count(wanted);
    (n > 0)
        .then(|| rng.below(n))
        .and_then(|k| root.nth_mut(wanted, k))
}

/// Applies one value mutation to the document `root`.
pub fn mutate(rng: &mut Rng, root: &mut J) {
    match rng.below(21) {
        20 => extremes(rng, root),
        0 => flip(rng, root),
        1 => drop_one(rng, root),
        2 => duplicate(rng, root),
        3 => retype(rng, root),
        4 => nest(rng, root),
        5 => huge_number(rng, root),
        6 => surrogate(rng, root),
        7 | 8 => date(rng, root),
        9 => time(rng, root),
        10 => swap_ids(rng, root),
        11 | 12 => retarget(rng, root),
        13 => version(rng, root),
        14 => plain_number(rng, root),
        15 => blank(rng, root),
        16 => move_record(rng, root),
        17 => wide_character(rng, root),
        18 => duplicate_record(rng, root),
        _ => copy_field_across(rng, root),
    }
}

/// bool ↔, a number's sign, string ↔ number.
fn flip(rng: &mut Rng, root: &mut J) {
    let Some(node) = pick(rng, root, &|_, n| {
        matches!(n, J::Bool(_) | J::Num(_) | J::Str(_))
    }) else {
        return;
    };
    let flipped = match &*node {
        J::Bool(b) => J::Bool(!*b),
        J::Num(n) => match n.strip_prefix('-') {
            Some(positive) => J::Num(positive.to_owned()),
            None if rng.one_in(2) => J::Num(format!("-{n}")),
            None => J::Str(n.clone()),
        },
        J::Str(s) => match s.parse::<f64>() {
            Ok(_) => J::Num(s.trim().to_owned()),
            Err(_) => J::Num(rng.pick(PLAIN_NUMBERS).to_string()),
        },
        other => other.clone(),
    };
    *node = flipped;
}

/// Drops a field of an object or an element of an array.
fn drop_one(rng: &mut Rng, root: &mut J) {
    let Some(node) = pick(rng, root, &|_, n| match n {
        J::Obj(f) => !f.is_empty(),
        J::Arr(a) => !a.is_empty(),
        _ => false,
    }) else {
        return;
    };
    match node {
        J::Obj(fields) => {
            let at = rng.below(fields.len());
            fields.remove(at);
        }
        J::Arr(items) => {
            let at = rng.below(items.len());
            items.remove(at);
        }
        _ => {}
    }
}

/// Repeats a field (the same key twice) or an array element (the same id twice).
fn duplicate(rng: &mut Rng, root: &mut J) {
    let Some(node) = pick(rng, root, &|_, n| match n {
        J::Obj(f) => !f.is_empty(),
        J::Arr(a) => !a.is_empty(),
        _ => false,
    }) else {
        return;
    };
    match node {
        J::Obj(fields) => {
            let from = rng.below(fields.len());
            let mut copy = fields[from].clone();
            // Half the time the repeat holds another value, so which one wins matters.
            if rng.one_in(2) {
                copy.1 = J::Num(rng.pick(PLAIN_NUMBERS).to_string());
            }
            let to = rng.below(fields.len() + 1);
            fields.insert(to, copy);
        }
        J::Arr(items) => {
            let from = rng.below(items.len());
            let copy = items[from].clone();
            let to = rng.below(items.len() + 1);
            items.insert(to, copy);
        }
        _ => {}
    }
}

/// Replaces a node with one of another type, or wraps it.
fn retype(rng: &mut Rng, root: &mut J) {
    let Some(node) = pick(rng, root, &any) else {
        return;
    };
    let old = std::mem::replace(node, J::Null);
    *node = match rng.below(10) {
        0 => J::Null,
        1 => J::Bool(rng.one_in(2)),
        2 => J::Num(rng.pick(PLAIN_NUMBERS).to_string()),
        3 => J::Str(String::new()),
        4 => J::Str(old.write()),
        5 => J::Arr(Vec::new()),
        6 => J::Obj(Vec::new()),
        7 => J::Arr(vec![old]),
        8 => J::Obj(vec![("x".to_owned(), old)]),
        // serde reads a struct from an array of its fields in order, too.
        _ => match old {
            J::Obj(fields) => J::Arr(fields.into_iter().map(|(_, v)| v).collect()),
            other => J::Arr(vec![other]),
        },
    };
}

/// Wraps a node in 10 to 5,000 levels of arrays or objects.
fn nest(rng: &mut Rng, root: &mut J) {
    let Some(node) = pick(rng, root, &any) else {
        return;
    };
    let inner = match rng.one_in(3) {
        true => J::Null,
        false => std::mem::replace(node, J::Null),
    };
    *node = J::Nest {
        depth: rng.log_between(10, 5000),
        objects: rng.one_in(2),
        inner: Box::new(inner),
    };
}

fn huge_number(rng: &mut Rng, root: &mut J) {
    let numbers_only = rng.below(4) > 0;
    let Some(node) = pick(rng, root, &|_, n| !numbers_only || matches!(n, J::Num(_))) else {
        return;
    };
    *node = match rng.one_in(10) {
        // Very long digit strings, integral or fractional.
        true => J::Num(format!(
            "{}{}",
            "9".repeat(rng.log_between(20, 5000)),
            if rng.one_in(2) { ".5" } else { "" }
        )),
        false => J::Num(rng.pick(HUGE_NUMBERS).to_string()),
    };
}

/// Sets two numbers of one record to opposite ends of what a float holds,
/// so that their difference, sum or product overflows: a key result's start
/// and target, a KPI's limits.
fn extremes(rng: &mut Rng, root: &mut J) {
    let numeric = |_: Option<&str>, n: &J| match n {
        J::Obj(fields) => {
            fields
                .iter()
                .filter(|(_, v)| matches!(v, J::Num(_)))
                .count()
                >= 2
        }
        _ => false,
    };
    let Some(J::Obj(fields)) = pick(rng, root, &numeric) else {
        return;
    };
    let numbers: Vec<usize> = (0..fields.len())
        .filter(|&i| matches!(fields[i].1, J::Num(_)))
        .collect();
    let (a, b) = (*rng.pick(&numbers), *rng.pick(&numbers));
    let big = *rng.pick(&["1e308", "1.7976931348623157e308", "9e307"]);
    fields[a].1 = J::Num(big.to_owned());
    fields[b].1 = J::Num(format!("-{big}"));
    if rng.one_in(2) {
        // The third, if any (a key result's current value), in between.
        if let Some(&c) = numbers.iter().find(|&&i| i != a && i != b) {
            fields[c].1 = J::Num(rng.pick(&["0", "1e308", "-1e308"]).to_string());
        }
    }
}

fn plain_number(rng: &mut Rng, root: &mut J) {
    if let Some(node) = pick(rng, root, &|_, n| matches!(n, J::Num(_))) {
        *node = J::Num(rng.pick(PLAIN_NUMBERS).to_string());
    }
}

/// Puts a lone surrogate (or another odd escape) into a string.
fn surrogate(rng: &mut Rng, root: &mut J) {
    let Some(node) = pick(rng, root, &|_, n| matches!(n, J::Str(_))) else {
        return;
    };
    let J::Str(s) = node else { return };
    let mut raw = String::new();
    super::json::quote(s, &mut raw);
    let body = &raw[1..raw.len() - 1];
    // Insert at a character boundary of the escaped text, never inside an escape.
    let boundaries: Vec<usize> = (0..=body.len())
        .filter(|&i| body.is_char_boundary(i) && (i == 0 || !body[..i].ends_with('\\')))
        .collect();
    let at = *rng.pick(&boundaries);
    *node = J::RawStr(format!(
        "{}{}{}",
        &body[..at],
        rng.pick(ESCAPES),
        &body[at..]
    ));
}

/// Replaces a date (or, sometimes, any string) with an odd one.
fn date(rng: &mut Rng, root: &mut J) {
    let dates_only = rng.below(5) > 0;
    let Some(node) = pick(rng, root, &|_, n| match n {
        J::Str(s) => !dates_only || looks_like_date(s),
        _ => false,
    }) else {
        return;
    };
    *node = J::Str(rng.pick(DATES).to_string());
}

fn looks_like_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[7] == b'-'
}

fn time(rng: &mut Rng, root: &mut J) {
    let Some(node) = pick(rng, root, &|key, n| {
        matches!(n, J::Str(s) if looks_like_date(s))
            || matches!(key, Some("updated_at" | "exported_at" | "saved_at" | "on"))
    }) else {
        return;
    };
    *node = J::Str(rng.pick(TIMES).to_string());
}

/// Puts a character of another width at a position of a string.
fn wide_character(rng: &mut Rng, root: &mut J) {
    let Some(node) = pick(rng, root, &|_, n| matches!(n, J::Str(s) if !s.is_empty())) else {
        return;
    };
    let J::Str(s) = node else { return };
    let chars: Vec<char> = s.chars().collect();
    let at = rng.below(chars.len());
    let wide = *rng.pick(WIDE);
    let mut out: String = chars[..at].iter().collect();
    out.push_str(wide);
    // Replace or insert, so lengths both change and stay the same.
    let from = if rng.one_in(2) { at + 1 } else { at };
    out.extend(&chars[from.min(chars.len())..]);
    *s = out;
}

fn blank(rng: &mut Rng, root: &mut J) {
    if let Some(node) = pick(rng, root, &|_, n| matches!(n, J::Str(_))) {
        *node = J::Str(rng.pick(&["", " ", "\t", "\u{a0}"]).to_string());
    }
}

fn is_record(_: Option<&str>, n: &J) -> bool {
    matches!(n.field("id"), Some(J::Str(_)))
}

/// Swaps the ids of two records, or gives one the other's id.
fn swap_ids(rng: &mut Rng, root: &mut J) {
    let n = root.count(&is_record);
    if n < 2 {
        return;
    }
    let (a, b) = (rng.below(n), rng.below(n));
    let id_of = |root: &mut J, k| {
        root.nth_mut(&is_record, k)
            .and_then(|r| r.field("id"))
            .cloned()
    };
    let (Some(id_a), Some(id_b)) = (id_of(root, a), id_of(root, b)) else {
        return;
    };
    let copy_only = rng.one_in(2);
    if let Some(record) = root.nth_mut(&is_record, a) {
        record.set("id", id_b);
    }
    if !copy_only && let Some(record) = root.nth_mut(&is_record, b) {
        record.set("id", id_a);
    }
}

/// Points a reference at another record's id, of any kind.
fn retarget(rng: &mut Rng, root: &mut J) {
    let ids: Vec<String> = root
        .strings()
        .into_iter()
        .filter(|(key, _)| key.as_deref() == Some("id"))
        .map(|(_, id)| id)
        .collect();
    if ids.is_empty() {
        return;
    }
    let id = rng.pick(&ids).clone();
    let Some(node) = pick(rng, root, &|key, n| {
        matches!(n, J::Str(_)) && key.is_some_and(|k| REFERENCES.contains(&k))
    }) else {
        return;
    };
    *node = J::Str(id);
}

/// Changes the format version (or the format's name).
fn version(rng: &mut Rng, root: &mut J) {
    let value = match rng.below(14) {
        0 => J::Num("0".into()),
        1 => J::Num("6".into()),
        2 => J::Num("999".into()),
        3 => J::Num("-1".into()),
        4 => J::Str("5".into()),
        5 => J::Num("5.0".into()),
        6 => J::Num("1e400".into()),
        7 => J::Null,
        8 => J::Num("4294967297".into()),
        9 => J::Num("18446744073709551615".into()),
        n => J::Num((n - 9).to_string()),
    };
    if rng.one_in(8) {
        root.set(
            "format",
            J::Str(rng.pick(&["Ladder", "", "ladder "]).to_string()),
        );
    } else {
        root.set("version", value);
    }
}

/// Moves a record into another collection of the workspace.
fn move_record(rng: &mut Rng, root: &mut J) {
    // A file holds its collections in `workspace`; a stored part holds them itself.
    let holder = match root.field("workspace").is_some() {
        true => root.field_mut("workspace"),
        false => Some(root),
    };
    let Some(J::Obj(collections)) = holder else {
        return;
    };
    let lists: Vec<usize> = (0..collections.len())
        .filter(|&i| matches!(&collections[i].1, J::Arr(a) if !a.is_empty()))
        .collect();
    if lists.is_empty() {
        return;
    }
    let from = *rng.pick(&lists);
    let to = *rng.pick(&lists);
    let record = match &mut collections[from].1 {
        J::Arr(items) => {
            let at = rng.below(items.len());
            if rng.one_in(2) {
                items.remove(at)
            } else {
                items[at].clone()
            }
        }
        _ => return,
    };
    if let J::Arr(items) = &mut collections[to].1 {
        let at = rng.below(items.len() + 1);
        items.insert(at, record);
    }
}

/// Copies a record within its collection under a new id, so the copy is
/// valid and its references are shared (two check-ins on one day, two
/// companies).
fn duplicate_record(rng: &mut Rng, root: &mut J) {
    let Some(record) = pick(rng, root, &is_record).cloned() else {
        return;
    };
    let Some(list) = pick(
        rng,
        root,
        &|_, n| matches!(n, J::Arr(items) if items.iter().any(|i| i.field("id").is_some())),
    ) else {
        return;
    };
    if let J::Arr(items) = list {
        let mut copy = record;
        copy.set("id", J::Str(format!("copy-{}", rng.below(1000))));
        let at = rng.below(items.len() + 1);
        items.insert(at, copy);
    }
}

/// Sets a field of one record to a value taken from a field of the same
/// name elsewhere, so values of the right kind meet other records.
fn copy_field_across(rng: &mut Rng, root: &mut J) {
    let Some(donor) = pick(rng, root, &|_, n| matches!(n, J::Obj(f) if !f.is_empty())).cloned()
    else {
        return;
    };
    let J::Obj(fields) = donor else { return };
    let (name, value) = rng.pick(&fields).clone();
    let wanted = |_: Option<&str>, n: &J| n.field(&name).is_some();
    if let Some(target) = pick(rng, root, &wanted) {
        target.set(&name, value);
    }
}

/// Applies one byte-level mutation to `text`, keeping it valid UTF-8 as a
/// browser's file reader and storage would.
pub fn mutate_text(rng: &mut Rng, text: &mut String) {
    let mut bytes = std::mem::take(text).into_bytes();
    let len = bytes.len();
    match rng.below(6) {
        0 => bytes.truncate(rng.below(len + 1)),
        1 if len > 0 => {
            let at = rng.below(len);
            bytes[at] ^= 1 << rng.below(8);
        }
        2 => {
            let junk: &[&str] = &[
                "{", "}", "[", "]", ",", ":", "\"", "\\", "\u{0}", "\u{feff}", "é", "😀", "null",
                "1e999", "\\ud800", "/*", "NaN", "Infinity", "\n", "\r\n",
            ];
            let at = rng.below(len + 1);
            let insert = rng.pick(junk).as_bytes().to_vec();
            bytes.splice(at..at, insert);
        }
        3 if len > 0 => {
            let at = rng.below(len);
            let end = (at + rng.log_between(1, 200)).min(len);
            bytes.drain(at..end);
        }
        4 if len > 0 => {
            let at = rng.below(len);
            let end = (at + rng.log_between(1, 200)).min(len);
            let chunk = bytes[at..end].to_vec();
            let to = rng.below(len + 1);
            bytes.splice(to..to, chunk);
        }
        _ => {
            let at = rng.below(len + 1);
            bytes.insert(at, rng.next() as u8);
        }
    }
    *text = String::from_utf8_lossy(&bytes).into_owned();
}
