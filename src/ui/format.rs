//! Numbers and wording as people read them, in their browser's locale.

use super::clock;
use crate::domain::format::{count, with_unit};
use crate::domain::{Measure, Workspace};
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::JsValue;

thread_local! {
    /// `Intl.NumberFormat` is costly to create and the locale does not change.
    static NUMBER: Option<Function> = {
        let options = Object::new();
        let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &2.into());
        let locales = Array::of1(&clock::locale().into());
        Some(js_sys::Intl::NumberFormat::new(&locales, &options).format())
    };
}

/// A number with thousands separators and at most two decimals: `5,000,000`.
pub fn number(value: f64) -> String {
    NUMBER
        .with(|format| {
            format
                .as_ref()
                .and_then(|f| f.call1(&JsValue::NULL, &value.into()).ok())
                .and_then(|text| text.as_string())
        })
        .unwrap_or_else(|| value.to_string())
}

/// A value with its unit: `€5,000,000`, `1,000 leads`, `42%`.
pub fn value(value: f64, unit: &str) -> String {
    with_unit(&number(value), unit)
}

/// Progress as a whole percentage: `45%`, `120%`.
pub fn percent(progress: f64) -> String {
    // Adding 0.0 turns the -0 of a tiny negative progress into 0.
    format!("{}%", (progress * 100.0).round() + 0.0)
}

/// What a workspace holds, in one line: "2 units, 5 people, 4 objectives".
pub fn workspace_contents(ws: &Workspace) -> String {
    [
        count(ws.units.len(), "unit", "units"),
        count(ws.people.len(), "person", "people"),
        count(ws.objectives.len(), "objective", "objectives"),
    ]
    .join(", ")
}

/// The kind of a key result and its values in words: "€1,250,000 of €5,000,000 · started at €0".
pub fn describe_measure(measure: &Measure) -> (&'static str, String) {
    let unit = measure.unit();
    let values = |start: f64, target: f64, current: f64| {
        format!(
            "{} of {} · started at {}",
            value(current, unit),
            value(target, unit),
            value(start, unit)
        )
    };
    match *measure {
        Measure::Metric {
            start,
            target,
            current,
            ..
        } => ("Metric", values(start, target, current)),
        Measure::Percentage {
            start,
            target,
            current,
        } => ("Percentage", values(start, target, current)),
        Measure::Milestone { done } => (
            "Milestone",
            if done {
                "Done".to_owned()
            } else {
                "Not done yet".to_owned()
            },
        ),
    }
}

/// The text with its first letter in upper case: "Key result".
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
