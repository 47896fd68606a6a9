//! The state components share through context, one type per job:
//!
//! - [`Document`] (`document.rs`): the workspace every view shows, every
//!   edit and undo. The only way the UI changes the workspace.
//! - [`Saver`] (`saver.rs`): writing the workspace to browser storage,
//!   what the header says about it, other tabs' saves, unreadable data.
//! - [`Exchange`] (`exchange.rs`): files in and out: import, merge, a
//!   colleague's snapshot viewed read-only, backups, every download.
//! - [`Notices`](super::notices::Notices) (its own module): the toast.
//!
//! Each hands out read-only `Signal`s and methods; their signals are
//! private, so a component cannot write another type's state. Underneath
//! they share two private pieces: the stage (`stage.rs`: the workspace on
//! screen, this browser's own or a snapshot's) and the undo history
//! (`history.rs`). Components never touch storage or parse JSON; these
//! types call into [`crate::storage`].

mod document;
mod exchange;
mod history;
pub mod order;
mod saver;
mod stage;
mod sync;

pub use document::{Document, HistoryOffer};
pub use exchange::Exchange;
pub use saver::{Recovery, SaveStatus, Saver};
pub use stage::{PendingImport, Viewing};
pub use sync::{Joining, Sync, SyncStatus};
// What Settings lists of the backups; data, so pages may name it.
pub use crate::storage::local::{Backup, BackupKind};

use super::notices::Notices;
use leptos::prelude::*;

/// Loads the stored workspace, starts saving and listening to the browser,
/// and provides the three types through context; what they have to say
/// goes to `notices`.
pub fn provide(notices: Notices) -> (Document, Saver, Exchange) {
    let history = history::History::new();
    let (stage, saver) = Saver::start(history, notices);
    let document = Document::new(stage, history, saver, notices);
    let exchange = Exchange::new(stage, document, saver, notices);
    let sync = Sync::start(stage, history, saver, exchange, notices, document.replica());
    provide_context(sync);
    provide_context(document);
    provide_context(saver);
    provide_context(exchange);
    (document, saver, exchange)
}
