//! What every view shows: this browser's own workspace, or a colleague's
//! snapshot opened read-only with this browser's own set aside unchanged.

use crate::domain::{ExportScope, Workspace};
use crate::storage::snapshot::Envelope;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// A file that was read and checked, waiting for the person to choose what to do with it.
#[derive(Clone, PartialEq, Debug)]
pub struct PendingImport {
    pub file_name: String,
    pub envelope: Envelope,
}

/// A colleague's snapshot shown read-only in place of this browser's workspace.
#[derive(Clone, PartialEq, Debug)]
pub struct Viewing {
    pub file_name: String,
    pub exported_at: Option<DateTime<Utc>>,
    pub scope: ExportScope,
    /// This browser's own workspace, set aside unchanged while the snapshot is shown.
    own: Workspace,
    /// The snapshot as read, to merge from the banner.
    envelope: Envelope,
}

/// The workspace on screen; shared by the document, the saver and the
/// exchange, and written only through them.
#[derive(Clone, Copy)]
pub(super) struct Stage {
    workspace: RwSignal<Workspace>,
    /// Set while a snapshot is open read-only; edits and saves are then refused.
    viewing: RwSignal<Option<Viewing>>,
    /// The same, read-only, made once (each `Signal` made takes an arena slot).
    viewed: Signal<Option<Viewing>>,
}

impl Stage {
    pub fn new(workspace: Workspace) -> Stage {
        let viewing = RwSignal::new(None);
        Stage {
            workspace: RwSignal::new(workspace),
            viewing,
            viewed: viewing.into(),
        }
    }

    /// The workspace shown: the signal every view reads and every edit writes.
    pub fn workspace(self) -> RwSignal<Workspace> {
        self.workspace
    }

    pub fn viewing(self) -> Signal<Option<Viewing>> {
        self.viewed
    }

    pub fn is_viewing(self) -> bool {
        self.viewing.with_untracked(Option::is_some)
    }

    /// The name of the snapshot on view, if one is.
    pub fn viewing_file(self) -> Option<String> {
        self.viewing
            .with_untracked(|v| v.as_ref().map(|v| v.file_name.clone()))
    }

    /// This browser's own workspace, even while a snapshot is viewed.
    pub fn with_own<R>(self, f: impl FnOnce(&Workspace) -> R) -> R {
        match self
            .viewing
            .with_untracked(|v| v.as_ref().map(|v| v.own.clone()))
        {
            Some(own) => f(&own),
            None => self.workspace.with_untracked(f),
        }
    }

    /// Replaces this browser's own workspace: on screen, or where it waits
    /// while a snapshot is viewed.
    pub fn set_own(self, workspace: Workspace) {
        let viewed = self
            .viewing
            .try_update(|v| v.as_mut().map(|v| v.own = workspace.clone()).is_some());
        if viewed != Some(true) {
            self.workspace.set(workspace);
        }
    }

    /// Shows `pending` read-only, setting this browser's own workspace aside.
    pub fn open(self, pending: PendingImport) {
        let own = match self.viewing.get_untracked() {
            Some(viewing) => viewing.own,
            None => self.workspace.get_untracked(),
        };
        self.workspace.set(pending.envelope.workspace.clone());
        self.viewing.set(Some(Viewing {
            file_name: pending.file_name,
            exported_at: pending.envelope.exported_at,
            scope: pending.envelope.scope.clone(),
            own,
            envelope: pending.envelope,
        }));
    }

    /// Puts this browser's own workspace back on screen; false when no
    /// snapshot was open.
    pub fn close(self) -> bool {
        match self.viewing.get_untracked() {
            Some(viewing) => {
                self.viewing.set(None);
                self.workspace.set(viewing.own);
                true
            }
            None => false,
        }
    }

    /// The snapshot on view as the file it came from, to offer it for merging.
    pub fn viewed_file(self) -> Option<PendingImport> {
        self.viewing.get_untracked().map(|viewing| PendingImport {
            file_name: viewing.file_name,
            envelope: viewing.envelope,
        })
    }
}
