//! Hooks for the benchmark and the end-to-end tests, called from the page as
//! `window.wasmBindings.<name>(…)`. Not reachable from the UI; each goes
//! through the same storage code as the app.

use super::clock;
use crate::domain::{Scale, generate};
use crate::storage::local::{self, WriteError};
use crate::storage::snapshot;
use wasm_bindgen::prelude::*;

/// Fixed, so every run of the benchmark measures the same workspace.
const SEED: u64 = 2026;

/// Replaces the stored workspace with a generated one of `scale` ("small",
/// "medium" or "large"); returns the code units it takes in storage. The
/// page must be reloaded to show it.
#[wasm_bindgen]
pub fn store_generated_workspace(scale: &str) -> Result<u32, JsValue> {
    let scale = Scale::parse(scale)
        .ok_or_else(|| JsValue::from_str("the scale is small, medium or large"))?;
    let workspace = generate(scale, clock::today(), SEED);
    let mut written = local::Written::default();
    local::write_over(&workspace, clock::now(), &mut written).map_err(|error| {
        JsValue::from_str(&match error {
            WriteError::Failed { reason } => reason,
            WriteError::Conflict { stored } => format!("revision {stored} was saved meanwhile"),
        })
    })?;
    Ok(u32::try_from(written.size()).unwrap_or(u32::MAX))
}

/// The stored workspace as one envelope (JSON), read the way a page load
/// reads it, or null when nothing is stored: tests check what was saved
/// without knowing how storage splits and packs it.
#[wasm_bindgen]
pub fn read_stored_workspace() -> Result<Option<String>, JsValue> {
    let stored = local::reload().map_err(|reason| JsValue::from_str(&reason))?;
    stored
        .map(|(workspace, revision, _)| {
            snapshot::encode_stored(&workspace, revision, clock::now())
                .map_err(|e| JsValue::from_str(&e.to_string()))
        })
        .transpose()
}

/// Every key Ladder keeps and its text, packed values unpacked, as a JSON
/// object: tests search it for what must never be stored.
#[wasm_bindgen]
pub fn read_all_stored() -> Result<String, JsValue> {
    let entries = local::readable_entries().map_err(|reason| JsValue::from_str(&reason))?;
    let map: serde_json::Map<String, serde_json::Value> = entries
        .into_iter()
        .map(|(key, text)| (key, serde_json::Value::String(text)))
        .collect();
    Ok(serde_json::Value::Object(map).to_string())
}
