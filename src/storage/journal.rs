//! A copy of Ladder's localStorage keys in IndexedDB, so a crash of the
//! browser takes back at most the save being written.
//!
//! Why: Chromium keeps localStorage writes in memory and writes them to
//! disk in batches, five seconds after the first write and then, under
//! steady saving, about once a minute (its storage service allows an
//! origin 60 commits an hour). Closing a tab loses nothing, but a crash of
//! the browser itself takes back every save since the last batch: killed
//! mid-typing 20 times, it came back 2 to 4 saves behind 18 times.
//! IndexedDB hands each transaction to the operating system as it
//! completes, so it survives the browser's crash (not the system's: its
//! default durability does not wait for the disk).
//!
//! So every write [`super::local`] makes to a `ladder.` key is also queued
//! here, and the queue is written as one IndexedDB transaction at the end
//! of the task that made it (a save's parts, revision and head together),
//! stamped with a generation that localStorage keeps too
//! (`ladder.generation`): the time of the write in milliseconds, never less
//! than the one before. At start-up, before anything reads localStorage,
//! [`recover`] compares the two. A copy newer than localStorage (the
//! browser crashed) is written back into it, whole, if its workspace reads
//! whole and is not older than localStorage's; otherwise, and whenever the
//! copy is older, the copy is rewritten from localStorage, by [`catch_up`]
//! once the first screen is drawn (2.5 MB for a large company: not worth
//! a later first screen); until then no tab copies. Because
//! generations are times, whatever a page saves after a start without the
//! copy (no IndexedDB, a failed restore) is newer than the copy, so the copy
//! can never bring back something older over it.
//!
//! localStorage stays the store the app reads and writes synchronously;
//! this copy is never read while the app runs. Without IndexedDB (some
//! private modes, or a database that does not open within a moment) the app
//! runs as before on localStorage alone. A failed transaction stops the
//! copy in every tab (`ladder.journal-broken`) until the next start
//! rewrites it whole, so it is never trusted with a gap.

use super::local::{self, GENERATION_KEY, REVISION_KEY, WORKSPACE_KEY};
use super::parts;
use js_sys::{Array, Promise};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransactionMode, Storage};

/// The object store, as `web/journal-open.js` creates it.
const STORE: &str = "local-storage";
/// Set in localStorage when a tab's copy failed: every tab stops copying.
const BROKEN_KEY: &str = "ladder.journal-broken";
/// How long start-up waits for the copy to be read when it must be
/// (`web/journal-open.js` waits as long for its generation).
const READ_TIMEOUT_MS: i32 = 5_000;

/// A value is held as the browser's string: when the copy is rewritten
/// whole (2.9 MB for a large company), values go from localStorage to
/// IndexedDB without passing through wasm, where they would be converted
/// between UTF-16 and UTF-8 twice.
enum Op {
    Put(String, JsValue),
    Remove(String),
}

#[wasm_bindgen]
extern "C" {
    /// What `web/journal-open.js` found, asked as the page loaded.
    type Opened;
    /// Resolves to the open copy and its generation, or null without one;
    /// an error on a page without that script.
    #[wasm_bindgen(catch, js_namespace = window, js_name = ladderOpenedJournal)]
    fn opened_journal() -> Result<Promise, JsValue>;
    /// None once a later version of Ladder asked for the database.
    #[wasm_bindgen(method, getter)]
    fn database(this: &Opened) -> Option<IdbDatabase>;
    /// The copy's generation as stored, if it holds one.
    #[wasm_bindgen(method, getter)]
    fn generation(this: &Opened) -> Option<String>;
    /// True when this page's request created the database.
    #[wasm_bindgen(method, getter)]
    fn created(this: &Opened) -> Option<bool>;
}

thread_local! {
    static DATABASE_OPEN: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
    /// The copy found behind at start-up, until [`catch_up`] rewrites it.
    static BEHIND: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
    static QUEUE: RefCell<Vec<Op>> = const { RefCell::new(Vec::new()) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    static ON_FAILURE: Closure<dyn FnMut(web_sys::Event)> =
        Closure::new(|_: web_sys::Event| mark_broken());
}

/// Queues the copy of `key` set to `value`.
pub fn put(key: &str, value: &str) {
    queue(Op::Put(key.to_owned(), JsValue::from_str(value)));
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

fn generation(storage: &Storage) -> Option<f64> {
    storage.get_item(GENERATION_KEY).ok()??.parse().ok()
}

/// A generation as stored: whole milliseconds (`Date.now()`, or one more
/// than the last), written as an integer. Below 2^53, which every time
/// is, the text is the same as a float's; integer formatting is a
/// fraction of the code the page must compile on its first save.
fn generation_text(stamp: f64) -> String {
    (stamp as u64).to_string()
}

/// Moves localStorage's generation on to now (one more than it was, should
/// the clock say less) and returns it; None when localStorage refused it.
fn next_generation(storage: &Storage) -> Option<f64> {
    let stamp = js_sys::Date::now().max(generation(storage).unwrap_or(0.0) + 1.0);
    storage
        .set_item(GENERATION_KEY, &generation_text(stamp))
        .ok()?;
    Some(stamp)
}

fn revision(text: Option<&String>) -> u64 {
    text.and_then(|t| t.parse().ok()).unwrap_or(0)
}

/// Stops the copy in every tab until the next start rewrites it.
fn mark_broken() {
    DATABASE_OPEN.with(|d| d.borrow_mut().take());
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(BROKEN_KEY, "1");
    }
}

/// Writes what was queued as one transaction, stamped with the time.
fn commit() {
    SCHEDULED.with(|s| s.set(false));
    let ops = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    let Some(storage) = local_storage() else {
        return;
    };
    // localStorage's generation moves on even when the copy cannot, so the
    // next start sees that the copy is behind and rewrites it.
    let Some(stamp) = next_generation(&storage) else {
        mark_broken();
        return;
    };
    if storage.get_item(BROKEN_KEY).ok().flatten().is_some() {
        return;
    }
    let Some(database) = DATABASE_OPEN.with(|d| d.borrow().clone()) else {
        return;
    };
    if write(&database, &ops, stamp, false).is_err() {
        mark_broken();
    }
}

/// Writes `ops` and the generation `stamp` in one transaction, after
/// emptying the store when `afresh`. Anything that fails aborts it whole.
fn write(database: &IdbDatabase, ops: &[Op], stamp: f64, afresh: bool) -> Result<(), JsValue> {
    let transaction =
        database.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    ON_FAILURE.with(|on_failure| {
        transaction.set_onabort(Some(on_failure.as_ref().unchecked_ref()));
        transaction.set_onerror(Some(on_failure.as_ref().unchecked_ref()));
    });
    let filled = (|| {
        let store = transaction.object_store(STORE)?;
        if afresh {
            store.clear()?;
        }
        for op in ops {
            match op {
                Op::Put(key, value) => {
                    store.put_with_key(value, &JsValue::from_str(key))?;
                }
                Op::Remove(key) => {
                    store.delete(&JsValue::from_str(key))?;
                }
            }
        }
        store.put_with_key(
            &JsValue::from_str(&generation_text(stamp)),
            &JsValue::from_str(GENERATION_KEY),
        )?;
        Ok(())
    })();
    if filled.is_err() {
        let _ = transaction.abort();
    }
    filled
}

/// Brings localStorage and the copy into step: writes the copy back when
/// it is newer. Call it once, before anything reads localStorage. Without
/// IndexedDB, it does nothing and Ladder runs on localStorage alone.
pub async fn recover() {
    let Some(storage) = local_storage() else {
        return;
    };
    let Ok(asked) = opened_journal() else {
        return;
    };
    let Ok(opened) = JsFuture::from(asked).await else {
        return;
    };
    if opened.is_null() {
        return;
    }
    let opened = opened.unchecked_into::<Opened>();
    let Some(database) = opened.database() else {
        return;
    };
    // A later version of Ladder upgrading the database in another tab
    // must not wait on this one: it closes, and copies no more.
    let closing = database.clone();
    let on_version_change = Closure::once_into_js(move |_: web_sys::Event| {
        closing.close();
        DATABASE_OPEN.with(|d| d.borrow_mut().take());
        BEHIND.with(|d| d.borrow_mut().take());
    });
    database.set_onversionchange(Some(on_version_change.unchecked_ref()));
    let copied = opened
        .generation()
        .and_then(|text| text.parse::<f64>().ok());
    let mut verdict = in_step(&database, &storage, copied).await;
    // The generation was read as the page loaded: another tab may have
    // saved since, moving both on. Asked again, such a copy is in step.
    // Not for a database this page created: it held nothing, so the copy
    // cannot be ahead of localStorage. If another tab has rewritten it
    // since, calling it behind stops that tab copying too until this
    // page's `catch_up` rewrites it again: a pause in the copying, never
    // a loss. On a first visit that saves the first screen a round trip.
    if matches!(verdict, Ok(false))
        && opened.created() != Some(true)
        && let Ok(now) = copied_generation(&database).await
        && now != copied
    {
        verdict = in_step(&database, &storage, now).await;
    }
    match verdict {
        Ok(true) => DATABASE_OPEN.with(|d| *d.borrow_mut() = Some(database)),
        Ok(false) => {
            // Until `catch_up` rewrites the copy, no tab copies: another
            // tab's saves would move its generation past this page's
            // uncopied ones, and after a crash the copy would look newer
            // than them.
            let _ = storage.set_item(BROKEN_KEY, "1");
            BEHIND.with(|d| *d.borrow_mut() = Some(database));
        }
        // The copy could not be read in time: leave it alone this time.
        // What this page saves is newer (see the module's notes), so the
        // next start rewrites it rather than restore it.
        Err(_) => database.close(),
    }
}

/// Rewrites a copy [`recover`] found behind or stopped from localStorage,
/// and from then on copies every write, in every tab. Call it once the
/// first screen is drawn. Until then no tab copies (recover marks the copy
/// stopped), which loses nothing: whatever any tab saves meanwhile is newer
/// than the copy, and the rewrite copies it too.
pub fn catch_up() {
    let (Some(database), Some(storage)) = (BEHIND.with(|d| d.borrow_mut().take()), local_storage())
    else {
        return;
    };
    if rewrite(&database, &storage) {
        DATABASE_OPEN.with(|d| *d.borrow_mut() = Some(database));
    }
}

/// Writes the copy back into localStorage when it is newer (the copy is
/// then in step); false when it is older or was stopped, and is to be
/// rewritten from localStorage.
async fn in_step(
    database: &IdbDatabase,
    storage: &Storage,
    copied: Option<f64>,
) -> Result<bool, JsValue> {
    let local = generation(storage);
    let broken = storage.get_item(BROKEN_KEY).ok().flatten().is_some();
    Ok(match (local, copied) {
        (Some(local), Some(copied)) if copied == local && !broken => true,
        // Newer than localStorage, or localStorage holds no generation at
        // all: the browser crashed before it wrote localStorage out (the
        // first writes of a new workspace reach its disk only seconds
        // later). Clearing a site's data with the browser's tools clears
        // IndexedDB with it, so a copy without localStorage is a crash's.
        (local, Some(copied)) if local.is_none_or(|local| copied > local) && !broken => {
            let entries = read_all(database).await?;
            restore(storage, &entries)
        }
        // Behind, stopped, or never written.
        _ => false,
    })
}

/// Makes localStorage's `ladder.` keys what the copy holds, if the
/// workspace it holds reads whole and is not older than localStorage's;
/// false when it is not written back. Parts go first and the head last,
/// as a save writes them; if the browser refuses a write half-way, every
/// key is put back as it was, and false.
fn restore(storage: &Storage, entries: &HashMap<String, String>) -> bool {
    let stored_revision = storage.get_item(REVISION_KEY).ok().flatten();
    if revision(entries.get(REVISION_KEY)) < revision(stored_revision.as_ref()) {
        return false;
    }
    if let Some(head) = entries.get(WORKSPACE_KEY)
        && parts::read_stored(head, |key| Ok(entries.get(key).cloned())).is_err()
    {
        return false;
    }
    let Ok(present) = local::ladder_keys(storage) else {
        return false;
    };
    let last = [WORKSPACE_KEY, REVISION_KEY, GENERATION_KEY];
    let writes = entries
        .iter()
        .filter(|(key, _)| !last.contains(&key.as_str()))
        .chain(last.iter().filter_map(|key| entries.get_key_value(*key)))
        .map(|(key, value)| (key.as_str(), Some(value.as_str())));
    // Deleted since (a backup, private data): deleted here too.
    let removals = present
        .iter()
        .filter(|key| !entries.contains_key(*key) && key.as_str() != BROKEN_KEY)
        .map(|key| (key.as_str(), None));
    let mut before: Vec<(String, Option<String>)> = Vec::new();
    for (key, value) in removals.chain(writes) {
        before.push((key.to_owned(), storage.get_item(key).ok().flatten()));
        let done = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
        if done.is_err() {
            for (key, value) in before.iter().rev() {
                let _ = match value {
                    Some(value) => storage.set_item(key, value),
                    None => storage.remove_item(key),
                };
            }
            return false;
        }
    }
    true
}

/// Replaces the copy with every `ladder.` key of localStorage, under a new
/// generation, and lets every tab copy again; false when it could not.
fn rewrite(database: &IdbDatabase, storage: &Storage) -> bool {
    let _ = storage.remove_item(BROKEN_KEY);
    let Some(stamp) = next_generation(storage) else {
        return false;
    };
    let unconverted = storage.unchecked_ref::<local::UnconvertedStorage>();
    let ops: Vec<Op> = local::ladder_keys(storage)
        .unwrap_or_default()
        .into_iter()
        .filter(|key| key != GENERATION_KEY)
        .filter_map(|key| {
            let value = unconverted.get_item(&key).ok()?;
            value.is_string().then(|| Op::Put(key, value))
        })
        .collect();
    if write(database, &ops, stamp, true).is_err() {
        mark_broken();
        return false;
    }
    true
}

/// The copy's generation, read now.
async fn copied_generation(database: &IdbDatabase) -> Result<Option<f64>, JsValue> {
    let request = read_store(database)?.get(&JsValue::from_str(GENERATION_KEY))?;
    Ok(done(&request, READ_TIMEOUT_MS)
        .await?
        .as_string()
        .and_then(|text| text.parse::<f64>().ok()))
}

fn read_store(database: &IdbDatabase) -> Result<IdbObjectStore, JsValue> {
    database.transaction_with_str(STORE)?.object_store(STORE)
}

async fn read_all(database: &IdbDatabase) -> Result<HashMap<String, String>, JsValue> {
    let store = read_store(database)?;
    let keys = store.get_all_keys()?;
    let values = store.get_all()?;
    let keys: Array = done(&keys, READ_TIMEOUT_MS).await?.dyn_into()?;
    let values: Array = done(&values, READ_TIMEOUT_MS).await?.dyn_into()?;
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(key, value)| Some((key.as_string()?, value.as_string()?)))
        .collect())
}

/// The result of an IndexedDB request once it succeeds; an error when it
/// fails or takes longer than `timeout_ms`.
async fn done(request: &IdbRequest, timeout_ms: i32) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_success = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        });
        let on_failure = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            let _ = reject.call0(&JsValue::UNDEFINED);
        })
        .into_js_value();
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_failure.unchecked_ref()));
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                on_failure.unchecked_ref(),
                timeout_ms,
            );
        }
    });
    JsFuture::from(promise).await?;
    request.result()
}
