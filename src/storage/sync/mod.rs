//! Live sync through a CouchDB database (issue 27): the documents Ladder
//! writes and reads ([`docs`], pure), what a push sends ([`outbox`], pure)
//! and the database's HTTP API ([`couch`], the browser's `fetch`).
//!
//! What the workspace is as documents, and how arrivals land, is the
//! domain's (`domain::sync`, `domain::landing`).

pub mod couch;
pub mod docs;
pub mod outbox;
pub mod state;
