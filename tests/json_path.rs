//! `storage::json_path` finds where a typed read failed from serde_json's
//! line and column. Its answers are checked against `serde_path_to_error`,
//! which tracks the path while reading (and which the app no longer ships),
//! on thousands of damaged Ladder files.
// Shared with tests/fuzz.rs, which uses all of them.
#[allow(dead_code)]
#[path = "fuzz/json.rs"]
mod json;
#[allow(dead_code)]
#[path = "fuzz/mutate.rs"]
mod mutate;
#[allow(dead_code)]
#[path = "fuzz/rng.rs"]
mod rng;

use chrono::NaiveDate;
use json::J;
use ladder::domain::sample_company;
use ladder::storage::json_path::{self, PathError};
use ladder::storage::snapshot::{self, Envelope};
use rng::Rng;

fn error(path: &str, message: &str) -> PathError {
    PathError {
        path: path.to_owned(),
        message: message.to_owned(),
    }
}

#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)] // read for its shape only
struct Shape {
    name: String,
    items: Vec<Item>,
}

#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)]
struct Item {
    size: u32,
    #[serde(default)]
    tags: Vec<String>,
}

#[test]
fn a_failed_read_names_the_value_it_failed_on() {
    let read = |text: &str| json_path::from_str::<Shape>(text).expect_err("the text is wrong");
    assert_eq!(
        read(r#"{"name":"a","items":[{"size":1},{"size":"big"}]}"#),
        error(
            "items[1].size",
            "invalid type: string \"big\", expected u32"
        )
    );
    // A missing field is raised at its object's end: the object is named.
    assert_eq!(
        read(r#"{"name":"a","items":[{"size":1},{"tags":[]}]}"#),
        error("items[1]", "missing field `size`")
    );
    assert_eq!(
        read(r#"{"name":"a","items":[{"size":1,"tags":["x",2]}]}"#),
        error(
            "items[0].tags[1]",
            "invalid type: integer `2`, expected a string"
        )
    );
    // Lines and escaped keys, as a person's editor leaves a file.
    assert_eq!(
        read("{\n  \"na\\u006de\": \"a\",\n  \"items\": [\n    {\"size\": -1}\n  ]\n}"),
        error("items[0].size", "invalid value: integer `-1`, expected u32")
    );
    assert_eq!(read(r#"{"name":5}"#).path, "name");
    // Written for a person: the path, then what is wrong; at the top level
    // there is no path to name.
    assert_eq!(
        read(r#"{"name":5}"#).to_string(),
        "name: invalid type: integer `5`, expected a string"
    );
    assert_eq!(
        read("5").to_string(),
        "invalid type: integer `5`, expected struct Shape"
    );
}

#[test]
fn bytes_read_the_same_way() {
    let failed = json_path::from_slice::<Shape>(br#"{"name":"a","items":[{"size":true}]}"#)
        .expect_err("the size is no number");
    assert_eq!(failed.path, "items[0].size");
    // Bytes that are not UTF-8 are refused, as serde_json::from_slice refuses them.
    let not_text = json_path::from_slice::<Shape>(b"{\"name\":\"\xff\",\"items\":[]}")
        .expect_err("0xff is no UTF-8");
    assert_eq!(not_text.path, "");
}

/// serde_path_to_error's answer for the same text: its path ("." for the
/// top) and the message without the position.
fn reference(text: &str) -> Option<PathError> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let failed = serde_path_to_error::deserialize::<_, Envelope>(&mut reader).err()?;
    let path = failed.path().to_string();
    Some(PathError {
        path: if path == "." { String::new() } else { path },
        message: json_path::without_position(failed.inner()),
    })
}

#[test]
fn damaged_files_are_placed_as_serde_path_to_error_places_them() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("a valid day");
    let mut bits = 0u64;
    let sample = sample_company(today, || {
        bits += 1;
        bits.wrapping_mul(rng::GOLDEN)
    });
    let now = today.and_hms_opt(17, 0, 0).expect("a valid time").and_utc();
    let file = snapshot::encode_export(&sample, now).expect("the sample encodes");
    let seed = J::from_value(&serde_json::from_str(&file).expect("an export is JSON"));

    let mut rng = Rng::new(2026);
    let mut compared = 0;
    for case in 0..1_000 {
        let mut damaged = seed.clone();
        for _ in 0..rng.between(1, 3) {
            mutate::mutate(&mut rng, &mut damaged);
        }
        let compact = damaged.write();
        // Every other case spread over lines, as an edited file would be
        // (where serde_json can read it back: not a lone surrogate).
        let pretty = serde_json::from_str::<serde_json::Value>(&compact)
            .ok()
            .and_then(|value| serde_json::to_string_pretty(&value).ok());
        let text = match pretty {
            Some(pretty) if case % 2 == 1 => pretty,
            _ => compact,
        };
        let Some(expected) = reference(&text) else {
            continue;
        };
        let found = json_path::from_str::<Envelope>(&text).expect_err("the reference failed");
        // A key the message is about (a repeated field, an unknown variant
        // written as `{"key": …}`) is found when it is read, so the path
        // ends with it where the reference stops at its object: more
        // precise, still right.
        let key = found.path.rsplit('.').next().unwrap_or_default();
        let names_its_key = found.path == format!("{}.{key}", expected.path)
            && found.message.contains(&format!("`{key}`"));
        if !names_its_key {
            assert_eq!(found, expected, "case {case}");
        }
        compared += 1;
    }
    assert!(
        compared > 250,
        "only {compared} damaged files failed to read"
    );
}
