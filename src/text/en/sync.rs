//! Text for live sync: documents refused, the sync status, Settings → Sync.

use std::fmt::Display;

pub const NOT_LADDER: &str =
    "This is not a Ladder document: another program may share the database.";
pub const TYPE_MISMATCH: &str =
    "Its type does not match its name, so it is not a document Ladder wrote.";
pub const NO_RECORD: &str = "It holds no record.";
pub const ID_MISMATCH: &str = "The record inside has a different id from the document’s name.";

pub fn newer_version(version: &dyn Display) -> String {
    format!(
        "It was written by a newer version of Ladder (format version {version}); \
         reload the page to get the newest version."
    )
}

pub fn unreadable(error: &dyn Display) -> String {
    format!("It could not be read: {error}.")
}

pub const UNREACHABLE: &str = "The database is not answering (offline, or the server is down).";
pub const TIMED_OUT: &str = "The database took too long to answer.";
pub const STOPPED: &str = "Stopped.";
pub const NOT_LOADED: &str =
    "Ladder could not fetch its sync code: reload the page. Your changes wait here meanwhile.";
pub const NOT_SIGNED_IN: &str = "Sync has no user name to sign in with.";

pub fn denied(reason: &dyn Display) -> String {
    format!("The database refused access ({reason}): check the user name and password.")
}

pub fn status(code: &dyn Display, reason: &dyn Display) -> String {
    format!("The database answered with an error ({code}: {reason}).")
}

pub fn bad_answer(what: &dyn Display) -> String {
    format!("The database’s answer could not be read ({what}): is this a CouchDB address?")
}

pub fn not_a_url(url: &dyn Display) -> String {
    format!(
        "“{url}” is not a database address: write it as https://server/database, \
         for example https://okr.example.com/couchdb/northwind."
    )
}

pub fn unreadable_state(error: &dyn Display) -> String {
    format!(
        "Sync’s settings in this browser could not be read ({error}); connect again in Settings → Sync."
    )
}

pub fn database_refused(reason: &dyn Display) -> String {
    format!("The database would not take it: {reason}.")
}

// Settings → Sync.
pub const HEADING: &str = "Sync";
pub const WHAT_IS_SHARED: &str = "Share this organisation’s OKRs live with everyone who syncs \
     with the same CouchDB database: units, people, periods, objectives, key results, \
     check-ins, initiatives and KPIs. Private goals, 1:1 notes and “This is me” never leave \
     this browser. Everything keeps working offline and goes out when the database can be reached.";
pub const DATABASE_ADDRESS: &str = "Database address";
pub const DATABASE_PLACEHOLDER: &str = "https://okr.example.com/couchdb/northwind";
pub const DATABASE_HINT: &str = "The address of a CouchDB database, ideally served from the \
     same address as Ladder (see the README’s “Sync with CouchDB”).";
pub const USER_NAME: &str = "User name (optional)";
pub const USER_HINT: &str = "A CouchDB user who is a member of the database; leave empty for a server that asks for no sign-in.";
pub const PASSWORD: &str = "Password";
pub const PASSWORD_AGAIN: &str = "Password, to sign in again";
pub const START: &str = "Start syncing";
pub const CONNECTING: &str = "Connecting…";
pub const SIGN_IN: &str = "Sign in";
pub const SYNC_NOW: &str = "Sync now";
pub const STOP: &str = "Stop syncing";
pub const STOP_HINT: &str =
    "Stopping keeps everything in this browser as it is; changes not yet sent stay here.";
pub fn syncing_with(url: &dyn Display) -> String {
    format!("Syncing with {url}, with no sign-in.")
}
pub fn syncing_with_as(url: &dyn Display, user: &dyn Display) -> String {
    format!("Syncing with {url} as {user}.")
}
pub fn join_heading(name: &str) -> String {
    if name.trim().is_empty() {
        "The database already holds an organisation".to_owned()
    } else {
        format!("The database already holds “{name}”")
    }
}
pub const JOIN_INTRO: &str = "This browser holds an organisation too, so nothing was mixed. \
     Merge them (records matched by id, the newer change wins), or replace this browser’s \
     with the database’s (this browser’s is kept as a backup under Storage), or cancel.";
pub const RECORDS: &str = "Records";
pub const NEW_HERE: &str = "New to this browser";
pub const NEWER_THERE: &str = "Newer in the database";
pub const CHANGED_ON_BOTH: &str = "Changed on both sides";
pub const MERGE: &str = "Merge them";
pub const REPLACE: &str = "Replace this browser’s with the database’s";
pub const CANCEL_JOIN: &str = "Cancel";
pub const REFUSED_HEADING: &str = "Documents not taken";
pub const REFUSED_INTRO: &str =
    "Nothing in this browser was changed by these; the data here stays as it was.";
/// `written` is `count` as the reader's locale writes it.
pub fn conflicts_title(count: usize, written: &str) -> String {
    match count {
        1 => "1 record changed here and in the database".to_owned(),
        _ => format!("{written} records changed here and in the database"),
    }
}
pub const CONFLICTS_INTRO: &str = "Someone changed these in the database while this browser \
     changed them too. Choose which version to keep; until you settle, this browser keeps \
     its own and does not send it. Everything else goes on syncing.";
pub const SETTLE: &str = "Settle and send";
pub const CANNOT_MERGE: &str = "So the database holds another organisation: replace this \
     browser’s with it (this browser’s is kept as a backup under Storage), or cancel and \
     connect to the database of your own organisation.";
pub const JOIN_CAPTION: &str = "What the database holds, beside this browser’s";
pub const WAITS_BELOW: &str = "Sync waits for your choice below.";
