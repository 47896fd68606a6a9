//! The private data's state, provided through context beside the workspace's
//! ([`super::state`]).
//!
//! Kept apart from the workspace's state on purpose: the workspace's edits, history,
//! imports, merges and snapshot views never see [`Personal`], so none of them
//! can export, replace or undo it. Private data is small, so each change is
//! saved at once: in the clear, or sealed with the key of its owner's
//! passphrase while that is set (see [`crate::storage::seal`]); the key is
//! held here only while unlocked, and the passphrase never.

use super::clock;
use super::notices::{Notices, Undo};
use super::personal_history::PersonalHistory;
use super::state::HistoryOffer;
use crate::domain::Personal;
use crate::domain::format::download_name;
use crate::storage::files;
use crate::storage::local::{self, PersonalLoaded};
use crate::storage::personal_file::{self, Sealed, Stored};
use crate::storage::seal::{self, OpenError, SealKey};
use crate::text;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Whether private data is locked with a passphrase.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lock {
    /// No passphrase: stored in the clear.
    Off,
    /// Sealed in storage and not opened in this tab: nothing shows, nothing is saved.
    Locked,
    /// Sealed in storage and opened with the passphrase; every save is sealed.
    Unlocked,
}

#[derive(Clone, Copy)]
pub struct PersonalState {
    personal: RwSignal<Personal>,
    /// Why private data cannot be read or saved right now, for a banner in My goals.
    pub problem: RwSignal<Option<String>>,
    pub lock: RwSignal<Lock>,
    /// False while the stored value could not be read: saving would overwrite it.
    writable: StoredValue<bool>,
    /// The passphrase's key, only while unlocked.
    key: StoredValue<Option<SealKey>, LocalStorage>,
    /// The sealed value in storage, to unlock while locked.
    sealed: StoredValue<Option<Sealed>>,
    /// Counts saves, so a slow encryption never writes over a newer save.
    saves: StoredValue<u64>,
    /// Changes whenever the data in memory stops being this tab's to undo
    /// (locked, deleted, replaced by another tab), so an Undo offered earlier
    /// cannot bring back private text after that.
    epoch: StoredValue<u64>,
    /// Undo and redo of this tab's changes, in the header with the workspace's.
    history: PersonalHistory,
    /// For the toast that offers Undo.
    notices: Notices,
}

impl PersonalState {
    pub fn start(notices: Notices) -> PersonalState {
        let mut sealed = None;
        let (personal, problem, writable) = match local::load_personal() {
            PersonalLoaded::Nothing => (Personal::default(), None, true),
            PersonalLoaded::Found(personal) => (*personal, None, true),
            PersonalLoaded::Sealed(found) => {
                sealed = Some(found);
                (Personal::default(), None, true)
            }
            PersonalLoaded::Unreadable { reason } => (
                Personal::default(),
                Some(text::personal_state::unreadable(&reason)),
                false,
            ),
            PersonalLoaded::Unavailable { reason } => (
                Personal::default(),
                Some(text::personal_state::unavailable(&reason)),
                true,
            ),
        };
        let state = PersonalState {
            personal: RwSignal::new(personal),
            problem: RwSignal::new(problem),
            lock: RwSignal::new(if sealed.is_some() {
                Lock::Locked
            } else {
                Lock::Off
            }),
            writable: StoredValue::new(writable),
            key: StoredValue::new_local(None),
            sealed: StoredValue::new(sealed),
            saves: StoredValue::new(0),
            epoch: StoredValue::new(0),
            history: PersonalHistory::new(),
            notices,
        };
        // Another tab's save replaces this tab's copy: both show the same goals.
        let _ = window_event_listener(leptos::ev::storage, move |event| {
            match local::personal_from_other_tab(&event) {
                Some(Ok(stored)) => state.adopt(stored),
                Some(Err(error)) => {
                    // Not readable here (a newer version, say): never write over it.
                    state.writable.set_value(false);
                    state.problem.set(Some(error.to_string()));
                }
                None => {}
            }
        });
        state
    }

    /// Takes what another tab stored. Sealed data this tab's key opens is
    /// shown; sealed data it cannot open (a new passphrase) locks this tab.
    fn adopt(self, stored: Stored) {
        match stored {
            Stored::Open(personal) => {
                self.retire_undo();
                self.key.set_value(None);
                self.sealed.set_value(None);
                self.lock.set(Lock::Off);
                self.personal.set(personal);
            }
            Stored::Sealed(sealed) => match self.key.get_value() {
                Some(key) => spawn_local(async move {
                    let opened = seal::open(&key, &sealed)
                        .await
                        .ok()
                        .and_then(|bytes| personal_file::decode_plain(&bytes).ok());
                    match opened {
                        Some(personal) => {
                            self.retire_undo();
                            self.personal.set(personal);
                        }
                        None => self.close(sealed),
                    }
                }),
                None => self.close(sealed),
            },
        }
    }

    /// Forgets the opened data and the key: the area asks for the passphrase again.
    fn close(self, sealed: Sealed) {
        self.retire_undo();
        self.key.set_value(None);
        self.sealed.set_value(Some(sealed));
        self.personal.set(Personal::default());
        self.lock.set(Lock::Locked);
    }

    pub fn with<R>(&self, f: impl FnOnce(&Personal) -> R) -> R {
        self.personal.with(f)
    }

    pub fn with_untracked<R>(&self, f: impl FnOnce(&Personal) -> R) -> R {
        self.personal.with_untracked(f)
    }

    /// Applies a change and saves it. A refused save keeps the change in
    /// this tab and says so; the next change tries again.
    pub fn edit(self, f: impl FnOnce(&mut Personal)) {
        self.change(f);
    }

    /// Applies a change as a step of undo, and saves it; returns the
    /// step's id, or `None` while locked (nothing changes).
    fn change(self, f: impl FnOnce(&mut Personal)) -> Option<u64> {
        if self.lock.get_untracked() == Lock::Locked {
            return None;
        }
        let id = self.history.remember(self.personal.get_untracked());
        self.personal.update(f);
        self.save();
        Some(id)
    }

    /// Withdraws any Undo offered so far, and its message, which may name a
    /// goal; the undo history goes too.
    fn retire_undo(self) {
        self.epoch.update_value(|e| *e += 1);
        self.history.forget();
        self.notices.dismiss();
    }

    /// [`Self::edit`], then a toast with `message` whose Undo takes this
    /// change back, if it is still the latest.
    pub fn edit_with_undo(self, message: impl Into<String>, f: impl FnOnce(&mut Personal)) {
        let Some(id) = self.change(f) else {
            return;
        };
        let epoch = self.epoch.get_value();
        let undo: Undo = Arc::new(move || {
            if self.epoch.get_value() == epoch && self.history.latest() == Some(id) {
                self.step(true);
            }
        });
        self.notices.show(message, Some(undo));
    }

    /// Takes the latest change back (`back`), or makes the last undone one
    /// again, and says which.
    pub fn step(self, back: bool) {
        if self.lock.get_untracked() == Lock::Locked {
            return;
        }
        let Some(personal) = self.history.step(self.personal.get_untracked(), back) else {
            return;
        };
        self.personal.set(personal);
        self.save();
        // The toast of an undo is seen on any page: it names no goal.
        self.notices.show(
            HistoryOffer::stepped(Some(text::app_state::PRIVATE_CHANGE), back),
            None,
        );
    }

    /// When the step undo (`back`) or redo would take was made or moved.
    pub fn latest_step_at(self, back: bool) -> Option<u64> {
        self.history.latest_at(back)
    }

    /// What undo and redo would take of the private data.
    pub fn history_offer(self) -> Signal<HistoryOffer> {
        self.history.offer()
    }

    fn save(self) {
        if !self.writable.get_value() || self.lock.get_untracked() == Lock::Locked {
            return;
        }
        let save = self.saves.get_value() + 1;
        self.saves.set_value(save);
        match self.key.get_value() {
            None => {
                // Another tab may have locked the data since: never write it
                // back in the clear over the sealed copy.
                if let PersonalLoaded::Sealed(sealed) = local::load_personal() {
                    self.close(sealed);
                    self.problem
                        .set(Some(text::personal_state::LOCKED_IN_OTHER_TAB.to_owned()));
                    return;
                }
                let result = self
                    .personal
                    .with_untracked(|p| local::write_personal(p, clock::now()));
                self.report(result);
            }
            Some(key) => spawn_local(async move {
                let result = match self.sealed_copy(&key).await {
                    // A later save is already on its way with newer data.
                    Ok(_) if self.saves.get_value() != save => Ok(()),
                    Ok(sealed) => local::write_sealed(&sealed, clock::now()),
                    Err(reason) => Err(reason),
                };
                self.report(result);
            }),
        }
    }

    fn report(self, result: Result<(), String>) {
        self.problem.set(
            result
                .err()
                .map(|reason| text::personal_state::save_failed(&reason)),
        );
    }

    /// The private data sealed with `key`.
    async fn sealed_copy(self, key: &SealKey) -> Result<Sealed, String> {
        let bytes = self
            .personal
            .with_untracked(personal_file::encode_plain)
            .map_err(|e| e.to_string())?;
        seal::seal(key, &bytes).await
    }

    /// Opens locked private data with its passphrase. A wrong one changes nothing.
    pub async fn unlock(self, passphrase: String) -> Result<(), String> {
        let Some(sealed) = self.sealed.get_value() else {
            return Ok(());
        };
        let key = seal::key_for(&passphrase, &sealed).await?;
        let bytes = seal::open(&key, &sealed).await.map_err(|e| match e {
            OpenError::WrongPassphrase => text::personal_state::WRONG_PASSPHRASE.to_owned(),
            OpenError::Broken(reason) => reason,
        })?;
        let personal = personal_file::decode_plain(&bytes).map_err(|e| e.to_string())?;
        // The passphrase may have changed in another tab while the key was derived.
        if let PersonalLoaded::Sealed(now) = local::load_personal()
            && now.salt != sealed.salt
        {
            self.sealed.set_value(Some(now));
            return Err(text::personal_state::PASSPHRASE_CHANGED_IN_OTHER_TAB.to_owned());
        }
        self.key.set_value(Some(key));
        self.personal.set(personal);
        self.lock.set(Lock::Unlocked);
        Ok(())
    }

    /// Locks private data with a new passphrase, or changes the passphrase.
    /// Storage holds the sealed copy before this returns `Ok`.
    pub async fn set_passphrase(self, passphrase: String) -> Result<(), String> {
        if self.lock.get_untracked() == Lock::Locked {
            return Err(text::personal_state::UNLOCK_FIRST.to_owned());
        }
        if !self.writable.get_value() {
            return Err(text::personal_state::NOT_WRITABLE.to_owned());
        }
        let key = seal::new_key(&passphrase).await?;
        let sealed = self.sealed_copy(&key).await?;
        local::write_sealed(&sealed, clock::now())?;
        self.saves.update_value(|n| *n += 1);
        self.key.set_value(Some(key));
        self.lock.set(Lock::Unlocked);
        Ok(())
    }

    /// Stores private data in the clear again.
    pub fn remove_lock(self) -> Result<(), String> {
        self.personal
            .with_untracked(|p| local::write_personal(p, clock::now()))?;
        self.saves.update_value(|n| *n += 1);
        self.key.set_value(None);
        self.sealed.set_value(None);
        self.lock.set(Lock::Off);
        Ok(())
    }

    /// Locks now: the data is sealed in storage and hidden until the passphrase is typed again.
    pub async fn lock_now(self) -> Result<(), String> {
        let Some(key) = self.key.get_value() else {
            return Ok(());
        };
        let sealed = self.sealed_copy(&key).await?;
        local::write_sealed(&sealed, clock::now())?;
        self.saves.update_value(|n| *n += 1);
        self.close(sealed);
        Ok(())
    }

    /// Deletes locked private data whose passphrase is forgotten: only on
    /// its owner's explicit request.
    pub fn forget_locked(self) -> Result<(), String> {
        local::delete_personal()?;
        self.retire_undo();
        self.key.set_value(None);
        self.sealed.set_value(None);
        self.personal.set(Personal::default());
        self.lock.set(Lock::Off);
        Ok(())
    }

    /// True when the stored private data could not be read.
    pub fn is_unreadable(self) -> bool {
        !self.writable.get_value()
    }

    /// Deletes unreadable stored private data, on its owner's explicit request.
    pub fn start_over(self) -> Result<(), String> {
        local::delete_personal()?;
        self.retire_undo();
        self.writable.set_value(true);
        self.problem.set(None);
        self.personal.set(Personal::default());
        Ok(())
    }

    /// Downloads only the private data, for its owner to keep or move to another browser.
    pub fn download(self) -> Result<(), String> {
        let text = self
            .personal
            .with_untracked(|p| personal_file::encode_stored(p, clock::now()))
            .map_err(|e| e.to_string())?;
        // No organisation in the name: the file holds none of it.
        let name = download_name("", &["my-goals"], clock::today(), "json");
        files::download(&name, "application/json", &text)
    }

    /// Why locking is not possible on this page, if it is not.
    pub fn lock_unavailable(self) -> Option<String> {
        seal::unavailable()
    }

    /// Replaces the private data with what `file` holds (a file of private
    /// goals, or a snapshot that includes them), with undo.
    pub async fn restore(self, file: &web_sys::File) -> Result<(), String> {
        if self.lock.get_untracked() == Lock::Locked {
            return Err(text::personal_state::UNLOCK_FIRST.to_owned());
        }
        let text = files::read_text(file).await?;
        let restored = personal_file::decode(&text).map_err(|e| e.to_string())?;
        let message = text::personal_state::restored(&restored.describe());
        self.edit_with_undo(message, move |p| *p = restored);
        Ok(())
    }
}
