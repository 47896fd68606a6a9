//! What every view shows: this browser's own workspace, or a colleague's
//! snapshot opened read-only with this browser's own set aside unchanged.

use crate::domain::{ExportScope, Workspace};
use crate::storage::snapshot::Envelope;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

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

/// Reads the rest of a workspace loaded for its first screen.
type ReadRest = Box<dyn FnOnce() + Send + Sync>;

/// The workspace on screen; shared by the document, the saver and the
/// exchange, and written only through them.
///
/// A large workspace may start as only what its first screen shows (see
/// `saver::load`), the rest read while the page is idle, or at once when
/// needed: before the page handles anything a person does, and before
/// anything but a view reads the workspace. Views read [`Stage::on_screen`]; everything
/// else goes through [`Stage::workspace`], which reads the rest first. So
/// no edit, save, export or sync ever sees a part of the workspace.
#[derive(Clone, Copy)]
pub(super) struct Stage {
    workspace: RwSignal<Workspace>,
    /// Set while a snapshot is open read-only; edits and saves are then refused.
    viewing: RwSignal<Option<Viewing>>,
    /// The same, read-only, made once (each `Signal` made takes an arena slot).
    viewed: Signal<Option<Viewing>>,
    /// The workspace, read-only, for views (see [`Stage::on_screen`]).
    shown: Signal<Workspace>,
    rest: StoredValue<Option<ReadRest>>,
}

impl Stage {
    pub fn new(workspace: Workspace) -> Stage {
        let viewing = RwSignal::new(None);
        let workspace = RwSignal::new(workspace);
        Stage {
            workspace,
            viewing,
            viewed: viewing.into(),
            shown: workspace.into(),
            rest: StoredValue::new(None),
        }
    }

    /// The workspace shown: the signal every edit writes, with the whole
    /// workspace in it.
    pub fn workspace(self) -> RwSignal<Workspace> {
        self.settle();
        self.workspace
    }

    /// The workspace as views show it: while the rest of a large workspace
    /// is still to read, only what the first screen shows. For views only
    /// (the rest is read before anything can take them elsewhere), and
    /// read-only: nothing writes what may be a part as if it were whole.
    pub fn on_screen(self) -> Signal<Workspace> {
        self.shown
    }

    /// Until [`Stage::settle`], what is on screen is only the first
    /// screen's share of the workspace and `read_rest` reads the rest
    /// (showing it with [`Stage::show_whole`]). Settles before the page
    /// handles a press, a key, a click, a dropped file or a change of
    /// address: whatever a handler reads or changes, it finds the whole.
    pub fn defer(self, read_rest: impl FnOnce() + Send + Sync + 'static) {
        self.rest.set_value(Some(Box::new(read_rest)));
        // Capturing on the window: before any of the page's own handlers,
        // and before the router's (registered later) on a change of address.
        let settle = Closure::<dyn Fn()>::new(move || self.settle());
        let window = window();
        for event in [
            "pointerdown",
            "keydown",
            "click",
            "drop",
            "hashchange",
            "popstate",
        ] {
            let _ = window.add_event_listener_with_callback_and_bool(
                event,
                settle.as_ref().unchecked_ref(),
                true,
            );
        }
        // For the page's life; once settled, a look at an empty slot.
        settle.forget();
    }

    /// Reads the rest of the workspace, if it is still to read.
    pub fn settle(self) {
        // Taken before it runs: what it calls may ask again.
        if let Some(read_rest) = self.rest.try_update_value(Option::take).flatten() {
            read_rest();
        }
    }

    /// Shows the whole workspace in place of the first screen's share.
    pub fn show_whole(self, workspace: Workspace) {
        self.workspace.set(workspace);
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
        self.settle();
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
        self.settle();
        let viewed = self
            .viewing
            .try_update(|v| v.as_mut().map(|v| v.own = workspace.clone()).is_some());
        if viewed != Some(true) {
            self.workspace.set(workspace);
        }
    }

    /// Shows `pending` read-only, setting this browser's own workspace aside.
    pub fn open(self, pending: PendingImport) {
        self.settle();
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
