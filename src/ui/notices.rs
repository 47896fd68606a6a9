//! Notices: the toast that confirms an action, with an Undo when the
//! action can be undone. A context type of its own, so the workspace's
//! state, the private data and any page can say something without
//! reaching into one another's signals.

use leptos::prelude::*;
use std::sync::Arc;

/// Reverses an action. A plain shared closure rather than a `Callback`, whose
/// arena slot would be disposed with the component that created it.
pub type Undo = Arc<dyn Fn() + Send + Sync>;

/// A short message with an optional undo, shown until dismissed or replaced.
#[derive(Clone)]
pub struct Toast {
    pub message: String,
    pub undo: Option<Undo>,
}

/// The toast shown now, if any; provided once through context.
#[derive(Clone, Copy)]
pub struct Notices {
    toast: RwSignal<Option<Toast>>,
    /// The same, read-only, made once (each `Signal` made takes an arena slot).
    shown: Signal<Option<Toast>>,
}

impl Notices {
    pub fn new() -> Notices {
        let toast = RwSignal::new(None);
        Notices {
            toast,
            shown: toast.into(),
        }
    }

    /// The toast shown now.
    pub fn toast(self) -> Signal<Option<Toast>> {
        self.shown
    }

    /// Shows `message`, replacing whatever was shown, with an Undo if given.
    pub fn show(self, message: impl Into<String>, undo: Option<Undo>) {
        self.toast.set(Some(Toast {
            message: message.into(),
            undo,
        }));
    }

    /// Hides the toast.
    pub fn dismiss(self) {
        self.toast.set(None);
    }

    /// Hides the toast if it offers an Undo: what it would undo is no
    /// longer the latest change.
    pub fn withdraw_undo(self) {
        if self
            .toast
            .with_untracked(|t| t.as_ref().is_some_and(|t| t.undo.is_some()))
        {
            self.toast.set(None);
        }
    }
}

impl Default for Notices {
    fn default() -> Notices {
        Notices::new()
    }
}
