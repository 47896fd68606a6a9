//! A copy of Ladder's localStorage keys in IndexedDB, so a crash of the
//! browser takes back at most the save being written.
//!
//! Why: Chromium keeps localStorage writes in memory and writes them to
//! disk in batches, five seconds after the first write and then, under
//! steady saving, about once a minute (its storage service allows an
//! origin 60 commits an hour). Closing a tab loses nothing, but a crash of
//! the browser itself takes back every save since the last batch: killed
//! mid-typing 20 times, it came back 2 to 4 saves behind 18 times.
//! IndexedDB writes each transaction out as it completes.
//!
//! So every write [`super::local`] makes to a `ladder.` key is also queued
//! here, and the queue is written as one IndexedDB transaction at the end
//! of the task that made it (a save's parts, revision and head together),
//! under a generation number that localStorage keeps too
//! (`ladder.generation`). At start-up, before anything reads localStorage,
//! [`recover`] compares the two: a copy newer than localStorage (the browser
//! crashed) is written back into it, if its workspace reads whole; a copy
//! older than localStorage (IndexedDB failed, or an earlier version wrote
//! without it) is rewritten from localStorage.
//!
//! localStorage stays the store the app reads and writes synchronously;
//! this copy is never read while the app runs. Without IndexedDB (some
//! private modes) the app runs as before, on localStorage alone, and a
//! failed transaction stops the copy for the page's life, so it is never
//! trusted with a gap: localStorage's generation moves on without it, and
//! the next start rewrites it whole.

use super::local::{GENERATION_KEY, REVISION_KEY, WORKSPACE_KEY};
use super::parts;
use js_sys::{Array, Promise};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransactionMode, Storage};

const DATABASE: &str = "ladder";
const STORE: &str = "local-storage";
/// The keys copied: every key of Ladder's in localStorage.
const PREFIX: &str = "ladder.";

enum Op {
    Put(String, String),
    Remove(String),
}

thread_local! {
    static DATABASE_OPEN: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
    static QUEUE: RefCell<Vec<Op>> = const { RefCell::new(Vec::new()) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    /// Set when a transaction failed: the copy has a gap and is not written
    /// again until the next start rewrites it whole.
    static BROKEN: Cell<bool> = const { Cell::new(false) };
    static ON_FAILURE: Closure<dyn FnMut(web_sys::Event)> =
        Closure::new(|_: web_sys::Event| BROKEN.with(|b| b.set(true)));
}

/// Queues the copy of `key` set to `value`.
pub fn put(key: &str, value: &str) {
    queue(Op::Put(key.to_owned(), value.to_owned()));
}

/// Queues the removal of `key`.
pub fn remove(key: &str) {
    queue(Op::Remove(key.to_owned()));
}

fn queue(op: Op) {
    QUEUE.with(|q| q.borrow_mut().push(op));
    if !SCHEDULED.with(|s| s.replace(true)) {
        // A microtask runs once the task that wrote is over, so a whole
        // save goes into one transaction.
        wasm_bindgen_futures::spawn_local(async { commit() });
    }
}

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn generation(storage: &Storage) -> Option<u64> {
    storage.get_item(GENERATION_KEY).ok()??.parse().ok()
}

/// Writes what was queued as one transaction under the next generation.
fn commit() {
    SCHEDULED.with(|s| s.set(false));
    let ops = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    let Some(storage) = local_storage() else {
        return;
    };
    let next = generation(&storage).unwrap_or(0) + 1;
    // localStorage's generation moves on even when the copy cannot, so the
    // next start sees the copy is behind and rewrites it.
    if storage.set_item(GENERATION_KEY, &next.to_string()).is_err() {
        return;
    }
    if BROKEN.with(Cell::get) {
        return;
    }
    let Some(database) = DATABASE_OPEN.with(|d| d.borrow().clone()) else {
        return;
    };
    if write(&database, &ops, next).is_err() {
        BROKEN.with(|b| b.set(true));
    }
}

fn write(database: &IdbDatabase, ops: &[Op], generation: u64) -> Result<(), JsValue> {
    let transaction =
        database.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    ON_FAILURE.with(|on_failure| {
        transaction.set_onabort(Some(on_failure.as_ref().unchecked_ref()));
        transaction.set_onerror(Some(on_failure.as_ref().unchecked_ref()));
    });
    let store = transaction.object_store(STORE)?;
    for op in ops {
        match op {
            Op::Put(key, value) => {
                store.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))?;
            }
            Op::Remove(key) => {
                store.delete(&JsValue::from_str(key))?;
            }
        }
    }
    store.put_with_key(
        &JsValue::from_str(&generation.to_string()),
        &JsValue::from_str(GENERATION_KEY),
    )?;
    Ok(())
}

/// Opens the copy and brings localStorage and it into step. Call it once,
/// before anything reads localStorage. Without IndexedDB, it does nothing
/// and Ladder runs on localStorage alone.
pub async fn recover() {
    let Some(storage) = local_storage() else {
        return;
    };
    let Ok(database) = open().await else {
        return;
    };
    if in_step(&database, &storage).await.is_err() {
        // The copy cannot be read: start it afresh from localStorage.
        rewrite(&database, &storage);
    }
    DATABASE_OPEN.with(|d| *d.borrow_mut() = Some(database));
}

/// Writes the copy back into localStorage when it is newer, or rewrites it
/// from localStorage when it is older.
async fn in_step(database: &IdbDatabase, storage: &Storage) -> Result<(), JsValue> {
    let local = generation(storage);
    let copied = done(&read_store(database)?.get(&JsValue::from_str(GENERATION_KEY))?)
        .await?
        .as_string()
        .and_then(|text| text.parse::<u64>().ok());
    match (local, copied) {
        (Some(local), Some(copied)) if copied == local => {}
        (Some(local), Some(copied)) if copied > local => {
            let entries = read_all(database).await?;
            if !restore(storage, &entries) {
                rewrite(database, storage);
            }
        }
        // Behind, or never written: copy localStorage as it is. That is
        // also the case when localStorage holds nothing of Ladder's because
        // it was cleared (with the browser's tools, say): the copy follows,
        // rather than bring back what someone removed.
        _ => rewrite(database, storage),
    }
    Ok(())
}

/// Writes the copy's keys back into localStorage, if the workspace it holds
/// reads whole; false when it does not. Parts go first and the head last,
/// as a save writes them, so stopping half-way (storage refused) leaves the
/// older head whole; the copy is then left as it is, for the next start to
/// try again, and not written this time.
fn restore(storage: &Storage, entries: &HashMap<String, String>) -> bool {
    if let Some(head) = entries.get(WORKSPACE_KEY) {
        let whole = parts::read_stored(head, |key| Ok(entries.get(key).cloned())).is_ok();
        if !whole {
            return false;
        }
    }
    let last = [WORKSPACE_KEY, REVISION_KEY, GENERATION_KEY];
    let ordered = entries
        .iter()
        .filter(|(key, _)| !last.contains(&key.as_str()))
        .chain(last.iter().filter_map(|key| entries.get_key_value(*key)));
    for (key, value) in ordered {
        if storage.set_item(key, value).is_err() {
            BROKEN.with(|b| b.set(true));
            break;
        }
    }
    true
}

/// Replaces the copy with every `ladder.` key of localStorage, under its
/// generation (1 if it has none yet).
fn rewrite(database: &IdbDatabase, storage: &Storage) {
    let generation = generation(storage).unwrap_or(0).max(1);
    if storage
        .set_item(GENERATION_KEY, &generation.to_string())
        .is_err()
    {
        return;
    }
    let count = storage.length().unwrap_or(0);
    let mut ops = Vec::new();
    for i in 0..count {
        let Some(key) = storage.key(i).ok().flatten() else {
            continue;
        };
        if key.starts_with(PREFIX)
            && key != GENERATION_KEY
            && let Some(value) = storage.get_item(&key).ok().flatten()
        {
            ops.push(Op::Put(key, value));
        }
    }
    let cleared = database
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .and_then(|t| t.object_store(STORE))
        .and_then(|store| store.clear().map(|_| ()));
    if cleared.is_err() || write(database, &ops, generation).is_err() {
        BROKEN.with(|b| b.set(true));
    }
}

fn read_store(database: &IdbDatabase) -> Result<IdbObjectStore, JsValue> {
    database.transaction_with_str(STORE)?.object_store(STORE)
}

async fn read_all(database: &IdbDatabase) -> Result<HashMap<String, String>, JsValue> {
    let store = read_store(database)?;
    let keys = store.get_all_keys()?;
    let values = store.get_all()?;
    let keys: Array = done(&keys).await?.dyn_into()?;
    let values: Array = done(&values).await?.dyn_into()?;
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(key, value)| Some((key.as_string()?, value.as_string()?)))
        .collect())
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or(JsValue::NULL)?;
    let request = factory.open_with_u32(DATABASE, 1)?;
    let upgrading = request.clone();
    let upgrade = Closure::once_into_js(move |_: web_sys::Event| {
        if let Ok(database) = upgrading.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
            let _ = database.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let database = done(&request).await?.dyn_into::<IdbDatabase>()?;
    request.set_onupgradeneeded(None);
    Ok(database)
}

/// The result of an IndexedDB request, once it succeeds.
async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_success = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        });
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = reject.call0(&JsValue::UNDEFINED);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await?;
    request.result()
}
