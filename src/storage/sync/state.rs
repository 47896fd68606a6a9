//! What sync keeps in this browser between visits: which database, who
//! signed in (the name only; the password is never kept), where in the
//! database's changes feed this browser has read to, the documents waiting
//! to be sent and the documents refused. One JSON value under
//! `ladder.sync`; without it, sync is off and Ladder makes no request.

use super::super::local;
use crate::domain::DocKey;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// How many refused documents are listed; the rest are counted.
pub const REFUSALS_LISTED: usize = 200;

/// Sync's bookkeeping.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct SyncState {
    /// The database's URL.
    pub url: String,
    /// The CouchDB user this browser signed in as; `None` for a server
    /// that needs no sign-in.
    #[serde(default)]
    pub user: Option<String>,
    /// Where the next read of the changes feed starts, as the server wrote it.
    #[serde(default = "start")]
    pub since: Value,
    /// Documents changed here and not yet in the database, by `_id`.
    #[serde(default)]
    pub waiting: Waiting,
    /// Documents the database holds that Ladder would not take, and why;
    /// or that the database would not take from Ladder.
    #[serde(default)]
    pub refused: Vec<RefusedDoc>,
    /// Of those, the documents refused for pointing at a record not yet
    /// here, by `_id`: read again each round until they land.
    #[serde(default)]
    pub retry: Vec<String>,
    /// When the last round of sending and receiving finished.
    #[serde(default)]
    pub synced_at: Option<DateTime<Utc>>,
    /// True once the first sync has settled how this workspace and the
    /// database's meet (uploaded, downloaded or chosen in the preview).
    #[serde(default)]
    pub joined: bool,
    /// The sign-in was refused or ran out: sync waits for the password.
    #[serde(default)]
    pub signed_out: bool,
}

fn start() -> Value {
    Value::from(0)
}

/// Documents waiting to be sent.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Waiting {
    /// These documents, by `_id`.
    Docs(Vec<String>),
    /// Every document of the workspace: a first upload, which would list
    /// 90,000 ids; `also` notes what changed while it went on.
    All {
        #[serde(default)]
        also: Vec<String>,
    },
}

impl Default for Waiting {
    fn default() -> Waiting {
        Waiting::All { also: Vec::new() }
    }
}

impl Waiting {
    /// After every document went: what changed meanwhile still waits.
    pub fn finished(self) -> Waiting {
        match self {
            Waiting::All { also } => Waiting::Docs(also),
            docs => docs,
        }
    }
}

/// A document refused, by `_id`, with the reason a person reads.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct RefusedDoc {
    pub doc_id: String,
    pub reason: String,
}

/// A record a landing refused, as listed.
impl From<(DocKey, String)> for RefusedDoc {
    fn from((key, reason): (DocKey, String)) -> RefusedDoc {
        RefusedDoc {
            doc_id: key.doc_id(),
            reason,
        }
    }
}

impl SyncState {
    /// A new connection to `url`: everything of this workspace waits to
    /// be sent, and the feed is read from its start.
    pub fn new(url: String, user: Option<String>) -> SyncState {
        SyncState {
            url,
            user,
            since: start(),
            waiting: Waiting::default(),
            refused: Vec::new(),
            retry: Vec::new(),
            synced_at: None,
            joined: false,
            signed_out: false,
        }
    }

    /// Notes documents changed here.
    pub fn wait_for(&mut self, keys: impl IntoIterator<Item = DocKey>) {
        let (Waiting::Docs(ids) | Waiting::All { also: ids }) = &mut self.waiting;
        for key in keys {
            let id = key.doc_id();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }

    /// Notes documents the database now holds as they are here.
    pub fn sent(&mut self, doc_ids: &[String]) {
        if let Waiting::Docs(ids) = &mut self.waiting {
            ids.retain(|id| !doc_ids.contains(id));
        }
    }

    /// How many documents wait; `None` for every document.
    pub fn waiting_count(&self) -> Option<usize> {
        match &self.waiting {
            Waiting::Docs(ids) => Some(ids.len()),
            Waiting::All { .. } => None,
        }
    }

    /// Lists refusals, the newest for a document replacing an older one.
    pub fn refuse(&mut self, refused: impl IntoIterator<Item = RefusedDoc>) {
        for doc in refused {
            self.refused.retain(|r| r.doc_id != doc.doc_id);
            self.refused.push(doc);
        }
        let over = self.refused.len().saturating_sub(REFUSALS_LISTED);
        self.refused.drain(..over);
    }

    /// Drops refusals of documents that have since been read.
    pub fn accepted(&mut self, doc_ids: &std::collections::HashSet<String>) {
        self.refused.retain(|r| !doc_ids.contains(&r.doc_id));
        self.retry.retain(|id| !doc_ids.contains(id));
    }

    /// Notes documents to read again, a bounded number.
    pub fn retry_later(&mut self, keys: impl IntoIterator<Item = DocKey>) {
        for key in keys {
            let id = key.doc_id();
            if !self.retry.contains(&id) {
                self.retry.push(id);
            }
        }
        let over = self.retry.len().saturating_sub(REFUSALS_LISTED);
        self.retry.drain(..over);
    }
}

/// The stored state; `None` when sync is off (or the value is unreadable,
/// which is reported rather than guessed at).
pub fn read() -> Result<Option<SyncState>, String> {
    match local::sync_state()? {
        None => Ok(None),
        Some(text) => parse(&text).map(Some),
    }
}

// Not inlined into `read`: Chromium compiles a wasm function whole on its
// first call, and every start calls `read`, most with sync off.
#[inline(never)]
fn parse(text: &str) -> Result<SyncState, String> {
    serde_json::from_str(text).map_err(|e| crate::text::sync::unreadable_state(&e))
}

pub fn write(state: &SyncState) -> Result<(), String> {
    let text = serde_json::to_string(state).map_err(|e| e.to_string())?;
    local::set_sync_state(Some(&text))
}

/// Switches sync off in this browser: the workspace stays as it is.
pub fn clear() -> Result<(), String> {
    local::set_sync_state(None)
}

/// Whether tab `tab` may run sync at `now` (ms since 1970), given the lease
/// as stored: when it holds the lease, or no tab holds one that is still
/// good. Tabs of one browser share the workspace, so one syncs for all.
pub fn may_lead(lease: Option<&str>, tab: &str, now: f64) -> bool {
    let Some((holder, until)) = lease.and_then(|l| l.split_once(' ')) else {
        return true;
    };
    holder == tab || until.parse::<f64>().map_or(true, |until| until < now)
}

/// The lease for `tab` until `until` (ms since 1970).
pub fn lease(tab: &str, until: f64) -> String {
    format!("{tab} {until}")
}
