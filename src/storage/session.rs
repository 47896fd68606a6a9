//! What a person typed into a form that is not saved yet, in the tab's
//! sessionStorage.
//!
//! A form with an explicit Save holds its input in memory until the person
//! presses it. If the page is reloaded (or the browser restores the tab) in
//! between, the input would be gone; so each such form keeps a copy here
//! while it differs from what the form started with, and deletes it when it
//! is saved or cancelled. sessionStorage belongs to one tab and ends with
//! it, which is exactly the life of an unsaved form: nothing here is ever
//! part of the workspace, an export or another tab.
//!
//! Keys: `ladder.draft.<page>|<form>|<target>`, one per form, where `page`
//! is the route the form was open on, `form` names the form and `target`
//! what it edits (empty for a new record). The value is JSON:
//! `{"fields": [["title", "…"], …]}`.
//!
//! Nothing here panics: a draft that cannot be kept or read is simply not
//! there, and the form still works (and still asks before the page is left).

use serde::{Deserialize, Serialize};
use web_sys::Storage;

const DRAFT_PREFIX: &str = "ladder.draft.";

/// Which form, on which page, editing what.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DraftKey {
    /// The route's page (`#/objectives/…`), without the period or filters.
    pub page: String,
    /// The form's name (`objective`, `check-in`, …).
    pub form: &'static str,
    /// What the form edits; empty for a new record.
    pub target: String,
}

impl DraftKey {
    fn storage_key(&self) -> String {
        format!("{DRAFT_PREFIX}{}|{}|{}", self.page, self.form, self.target)
    }
}

/// A form's fields as typed: `(field, value)` pairs, each value written by
/// the form's own field (a number as typed, a choice by its slug).
#[derive(Clone, PartialEq, Debug, Default, Serialize, Deserialize)]
pub struct DraftFields {
    pub fields: Vec<(String, String)>,
}

impl DraftFields {
    pub fn get(&self, field: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value.as_str())
    }
}

fn storage() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keeps `fields` as the unsaved input of the form `key` names, if the
/// browser lets it: a copy that cannot be kept still leaves the question
/// before the page is left, which is what protects the input.
pub fn keep(key: &DraftKey, fields: &DraftFields) {
    if let (Ok(json), Some(storage)) = (serde_json::to_string(fields), storage()) {
        let _ = storage.set_item(&key.storage_key(), &json);
    }
}

/// Forgets the form's unsaved input: it was saved, cancelled or put back.
pub fn forget(key: &DraftKey) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key.storage_key());
    }
}

/// The unsaved input kept for the form `key` names, if any. A value that
/// cannot be read (another version's, say) is dropped: it is a convenience
/// copy, never the only copy of anything that was saved.
pub fn find(key: &DraftKey) -> Option<DraftFields> {
    let storage = storage()?;
    let stored_key = key.storage_key();
    let text = storage.get_item(&stored_key).ok()??;
    match serde_json::from_str(&text) {
        Ok(fields) => Some(fields),
        Err(_) => {
            let _ = storage.remove_item(&stored_key);
            None
        }
    }
}

/// The forms with unsaved input kept for `page`: `(form, target)` pairs.
pub fn kept_on(page: &str) -> Vec<(String, String)> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let prefix = format!("{DRAFT_PREFIX}{page}|");
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| {
            let rest = key.strip_prefix(&prefix)?;
            let (form, target) = rest.split_once('|')?;
            Some((form.to_owned(), target.to_owned()))
        })
        .collect()
}
