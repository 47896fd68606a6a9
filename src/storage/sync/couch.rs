//! A CouchDB database's HTTP API, through the browser's `fetch`: the
//! cookie session (`/_session`), the changes feed, reading documents back
//! by id and writing a batch. Also spoken by PouchDB Server and Cloudant.
//!
//! Every request carries the session cookie (`credentials: include`), asks
//! for JSON, and is given up after a time limit; errors are sorted into
//! what the sync loop does about them ([`CouchError`]).

use super::docs::Row;
use super::outbox::Held;
use crate::text;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::cell::Cell;
use std::fmt;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Headers, Request, RequestCredentials, RequestInit, Response};

/// How long an ordinary request may take.
const REQUEST_TIMEOUT_MS: i32 = 30_000;

/// Why a request failed, sorted by what to do about it.
#[derive(Clone, PartialEq, Debug)]
pub enum CouchError {
    /// No answer: offline, the server down, or a proxy that cannot reach it.
    Unreachable,
    /// 401 or 403: signed out, a wrong password, or not a member.
    Denied { reason: String },
    /// Any other status, with CouchDB's reason.
    Status { code: u16, reason: String },
    /// An answer that is not what CouchDB sends.
    BadAnswer(String),
    /// No answer within the time limit.
    TimedOut,
    /// Stopped on purpose: a local change to send, or sync switched off.
    Stopped,
}

impl CouchError {
    /// True when trying again later may work without anyone doing anything.
    pub fn is_passing(&self) -> bool {
        match self {
            CouchError::Unreachable | CouchError::TimedOut | CouchError::Stopped => true,
            CouchError::Status { code, .. } => *code >= 500 || *code == 409 || *code == 429,
            CouchError::Denied { .. } | CouchError::BadAnswer(_) => false,
        }
    }
}

impl fmt::Display for CouchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = match self {
            CouchError::Unreachable => text::sync::UNREACHABLE.to_owned(),
            CouchError::Denied { reason } => text::sync::denied(reason),
            CouchError::Status { code, reason } => text::sync::status(code, reason),
            CouchError::BadAnswer(what) => text::sync::bad_answer(what),
            CouchError::TimedOut => text::sync::TIMED_OUT.to_owned(),
            CouchError::Stopped => text::sync::STOPPED.to_owned(),
        };
        f.write_str(&message)
    }
}

/// A database, by its URL (`https://okr.example.com/couchdb/northwind`).
#[derive(Clone, PartialEq, Debug)]
pub struct Database {
    url: String,
}

/// One page of the changes feed.
#[derive(Debug, Deserialize)]
pub struct Changes {
    pub results: Vec<Row>,
    /// Where the next page starts; kept as the server wrote it (a number
    /// for PouchDB Server, a string for CouchDB 2 and later).
    pub last_seq: Value,
}

/// What the database says about itself.
#[derive(Debug, Deserialize)]
pub struct Info {
    #[serde(default)]
    pub doc_count: u64,
}

/// The outcome of one document of a `_bulk_docs` write.
#[derive(Debug, Deserialize)]
pub struct Written {
    pub id: String,
    #[serde(default)]
    pub rev: Option<String>,
    #[serde(default)]
    pub error: Option<String>,
    #[serde(default)]
    pub reason: Option<String>,
}

/// Stops a request (the changes feed while it waits) from elsewhere.
#[derive(Clone)]
pub struct Stop(AbortController);

impl Stop {
    pub fn new() -> Option<Stop> {
        AbortController::new().ok().map(Stop)
    }

    pub fn now(&self) {
        self.0.abort();
    }
}

impl Database {
    /// The database at `url`, if it is a web address.
    pub fn at(url: &str) -> Result<Database, String> {
        let url = url.trim().trim_end_matches('/');
        let parsed = web_sys::Url::new(url).map_err(|_| text::sync::not_a_url(&url))?;
        let scheme = parsed.protocol();
        let name = url.rsplit('/').next().unwrap_or_default();
        if !(scheme == "https:" || scheme == "http:") || parsed.pathname().len() < 2 {
            return Err(text::sync::not_a_url(&url));
        }
        if name.is_empty() || name.starts_with('_') {
            return Err(text::sync::not_a_url(&url));
        }
        Ok(Database {
            url: url.to_owned(),
        })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// The server's root, where `/_session` lives: the database's URL
    /// without its name.
    fn server(&self) -> &str {
        self.url
            .rsplit_once('/')
            .map_or(self.url.as_str(), |(server, _)| server)
    }

    /// Signs in with CouchDB's cookie session; the password goes in this
    /// request only and is kept nowhere.
    pub async fn sign_in(&self, name: &str, password: &str) -> Result<(), CouchError> {
        let body = json!({ "name": name, "password": password }).to_string();
        let url = format!("{}/_session", self.server());
        let _: Value = request("POST", &url, Some(body), None).await?;
        Ok(())
    }

    /// Ends the cookie session.
    pub async fn sign_out(&self) -> Result<(), CouchError> {
        let url = format!("{}/_session", self.server());
        let _: Value = request("DELETE", &url, None, None).await?;
        Ok(())
    }

    pub async fn info(&self) -> Result<Info, CouchError> {
        request("GET", &self.url, None, None).await
    }

    /// Changes since `since`, with their documents, at most `limit`. With
    /// `wait`, an empty feed waits for the next change (long polling)
    /// until `stop` or the time limit.
    pub async fn changes(
        &self,
        since: &Value,
        limit: usize,
        wait: Option<&Stop>,
    ) -> Result<Changes, CouchError> {
        let since = match since {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let feed = if wait.is_some() {
            "&feed=longpoll&timeout=25000"
        } else {
            ""
        };
        let url = format!(
            "{}/_changes?include_docs=true&limit={limit}&since={}{feed}",
            self.url,
            encode(&since)
        );
        request("GET", &url, None, wait).await
    }

    /// What the database holds now at each of `ids`, with the bodies.
    pub async fn held(&self, ids: &[String]) -> Result<Vec<Held>, CouchError> {
        #[derive(Deserialize)]
        struct Rows {
            rows: Vec<Held>,
        }
        let url = format!("{}/_all_docs?include_docs=true", self.url);
        let body = json!({ "keys": ids }).to_string();
        let rows: Rows = request("POST", &url, Some(body), None).await?;
        Ok(rows.rows)
    }

    /// Writes a batch; each document succeeds or fails on its own.
    pub async fn write(&self, docs: Vec<Value>) -> Result<Vec<Written>, CouchError> {
        let url = format!("{}/_bulk_docs", self.url);
        let body = json!({ "docs": docs }).to_string();
        request("POST", &url, Some(body), None).await
    }
}

fn encode(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}

/// One request: JSON in and out, the session cookie, a time limit.
async fn request<T: DeserializeOwned>(
    method: &str,
    url: &str,
    body: Option<String>,
    stop: Option<&Stop>,
) -> Result<T, CouchError> {
    let window = web_sys::window().ok_or(CouchError::Unreachable)?;
    let own = Stop::new().ok_or(CouchError::Unreachable)?;
    let stop = stop.unwrap_or(&own).clone();
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout: Closure<dyn FnMut()> = {
        let (stop, timed_out) = (stop.clone(), timed_out.clone());
        Closure::once(move || {
            timed_out.set(true);
            stop.now();
        })
    };
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            on_timeout.as_ref().unchecked_ref(),
            REQUEST_TIMEOUT_MS,
        )
        .ok();
    let outcome = send(&window, method, url, body, &stop).await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    // Dropped only now the timer can no longer call it.
    drop(on_timeout);
    let (code, text) = outcome.map_err(|error| {
        if timed_out.get() {
            CouchError::TimedOut
        } else if is_abort(&error) {
            CouchError::Stopped
        } else {
            CouchError::Unreachable
        }
    })?;
    answer(code, &text)
}

async fn send(
    window: &web_sys::Window,
    method: &str,
    url: &str,
    body: Option<String>,
    stop: &Stop,
) -> Result<(u16, String), JsValue> {
    let init = RequestInit::new();
    init.set_method(method);
    init.set_credentials(RequestCredentials::Include);
    init.set_signal(Some(&stop.0.signal()));
    let headers = Headers::new()?;
    headers.set("Accept", "application/json")?;
    if let Some(body) = body {
        headers.set("Content-Type", "application/json")?;
        init.set_body(&JsValue::from_str(&body));
    }
    init.set_headers(&headers);
    let request = Request::new_with_str_and_init(url, &init)?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await?
        .dyn_into()?;
    let text = JsFuture::from(response.text()?).await?;
    Ok((response.status(), text.as_string().unwrap_or_default()))
}

fn is_abort(error: &JsValue) -> bool {
    error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| e.name() == "AbortError")
}

/// Reads an answer: the value on success, CouchDB's error otherwise.
fn answer<T: DeserializeOwned>(code: u16, text: &str) -> Result<T, CouchError> {
    if (200..300).contains(&code) {
        return serde_json::from_str(text).map_err(|e| CouchError::BadAnswer(e.to_string()));
    }
    #[derive(Deserialize, Default)]
    struct Failure {
        #[serde(default)]
        error: String,
        #[serde(default)]
        reason: String,
    }
    let failure: Failure = serde_json::from_str(text).unwrap_or_default();
    let reason = if failure.reason.is_empty() {
        failure.error
    } else {
        failure.reason
    };
    Err(match code {
        401 | 403 => CouchError::Denied { reason },
        // A proxy in front of a server that is down.
        502..=504 => CouchError::Unreachable,
        _ => CouchError::Status { code, reason },
    })
}
