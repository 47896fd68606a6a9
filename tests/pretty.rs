//! Exports are laid out by `storage::pretty` from compact JSON: the result
//! is exactly what `serde_json::to_string_pretty` writes, for any JSON and
//! for whole workspaces, so files stay as readable and diffable as before.

use crate::common::day;
use ladder::domain::{Scale, generate, sample_company};
use ladder::storage::pretty::pretty;
use proptest::prelude::*;
use serde_json::Value;

fn same_as_serde(value: &Value) {
    let compact = serde_json::to_string(value).expect("serialises");
    let expected = serde_json::to_string_pretty(value).expect("serialises");
    assert_eq!(pretty(&compact), expected);
}

/// Text with everything that could be taken for structure: brackets,
/// commas, colons, quotes and backslashes (escaped), line breaks, non-ASCII.
fn tricky_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("{".to_owned()),
            Just("}".to_owned()),
            Just("[]".to_owned()),
            Just(",".to_owned()),
            Just(":".to_owned()),
            Just("\"".to_owned()),
            Just("\\".to_owned()),
            Just("\\\"".to_owned()),
            Just("\n".to_owned()),
            Just("é€😀".to_owned()),
            "[a-z ]{0,6}",
        ],
        0..6,
    )
    .prop_map(|parts| parts.concat())
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        tricky_text().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((tricky_text(), inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn any_json_is_laid_out_as_serde_json_lays_it_out(value in json()) {
        same_as_serde(&value);
    }
}

#[test]
fn empty_and_nested_containers() {
    for text in [
        "{}",
        "[]",
        r#"{"a":{},"b":[],"c":[{}],"d":[[]],"e":{"f":{"g":[1,2,{}]}}}"#,
        r#""just a string with { and [ and , and : and \" inside""#,
        "12.5",
    ] {
        same_as_serde(&serde_json::from_str(text).expect("valid JSON"));
    }
}

#[test]
fn whole_workspaces_are_laid_out_as_before() {
    let today = day(2026, 11, 15);
    let mut bits = 0u64;
    let sample = sample_company(today, || {
        bits += 1;
        bits
    });
    for workspace in [sample, generate(Scale::Medium, today, 3)] {
        let compact = serde_json::to_string(&workspace).expect("serialises");
        let expected = serde_json::to_string_pretty(&workspace).expect("serialises");
        assert_eq!(pretty(&compact), expected);
    }
}
