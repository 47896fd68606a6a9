//! What the saver finds in browser storage at start-up.

use super::{Recovery, SaveStatus};
use crate::domain::Workspace;
use crate::storage::local::{self, Loaded};
use crate::text;
use crate::ui::{clock, timing};

/// The workspace to start with and how saving stands.
pub(super) struct Start {
    pub workspace: Workspace,
    /// The revision in storage it is based on.
    pub base: u64,
    pub status: SaveStatus,
    /// Unreadable data found, kept for the person to download.
    pub recovery: Option<Recovery>,
    /// What of it is in storage.
    pub written: local::Written,
}

/// Loads the stored workspace; data that cannot be read is kept aside and
/// saving is paused where a save could overwrite it.
pub(super) fn start() -> Start {
    let mut recovery = None;
    let mut written = local::Written::default();
    let loaded = timing::measure("ladder:load", || local::load(clock::now()));
    let (workspace, base, status) = match loaded {
        Loaded::Nothing { revision } => (
            Workspace::default(),
            revision,
            SaveStatus::Saved { at: None },
        ),
        // No time of day: the last save may have been last week, and this
        // tab has saved nothing yet.
        Loaded::Found {
            workspace,
            revision,
            written: stored,
        } => {
            written = stored;
            (*workspace, revision, SaveStatus::Saved { at: None })
        }
        Loaded::Unreadable {
            reason,
            kept_in,
            moved_aside,
            revision,
        } => {
            let status = if moved_aside {
                SaveStatus::Saved { at: None }
            } else {
                SaveStatus::Paused {
                    reason: text::app_state::UNREADABLE_DATA_IN_PLACE.to_owned(),
                }
            };
            recovery = Some(Recovery {
                reason,
                kept_in,
                moved_aside,
            });
            (Workspace::default(), revision, status)
        }
        Loaded::Newer { version } => (
            Workspace::default(),
            0,
            SaveStatus::Paused {
                reason: text::app_state::saved_by_newer_version(&version),
            },
        ),
        // Saving is off, not just failing: a write that succeeds later must not
        // replace data this tab could never read.
        Loaded::Unavailable { reason } => (
            Workspace::default(),
            0,
            SaveStatus::Paused {
                reason: text::app_state::storage_unreadable(&reason),
            },
        ),
    };
    Start {
        workspace,
        base,
        status,
        recovery,
        written,
    }
}
