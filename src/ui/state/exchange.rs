//! The exchange: everything that moves a workspace in or out of this
//! browser as a file. Opening a file (checked, then waiting for the
//! person's choice), merging, replacing, viewing a colleague's snapshot
//! read-only, the backups kept before an import, and every download.

use super::document::Document;
use super::saver::Saver;
use super::stage::{PendingImport, Stage, Viewing};
use crate::domain::format::{download_name, file_slug};
use crate::domain::refusal::Refusal;
use crate::domain::{
    Choices, CsvTable, ExportScope, Merged, PeriodId, Personal, UnitId, UnitKind, Workspace,
};
use crate::storage::local::{self, Backup, BackupKind};
use crate::storage::{files, personal_file, refusal, snapshot};
use crate::text;
use crate::ui::clock;
use crate::ui::format::{Browser, size};
use crate::ui::notices::{Notices, Undo};
use leptos::prelude::*;
use std::sync::Arc;

/// The largest snapshot file Ladder opens, in decimal megabytes as the
/// message names them ("100 MB"). Three years of a 300-person company
/// export to 37 MB and, packed, take a quarter of the 10 MB or so browsers
/// allow (a limit of 20 MB refused that company's own backup). A workspace
/// exported to more than 100 MB would fill most of it; a bigger file is
/// refused before it is read into memory.
const LARGEST_FILE_BYTES: f64 = 100_000_000.0;

/// Files in and out; provided through context.
#[derive(Clone, Copy)]
pub struct Exchange {
    stage: Stage,
    document: Document,
    saver: Saver,
    notices: Notices,
    /// A checked file waiting for the person's choice (merge, replace, view).
    pending: RwSignal<Option<PendingImport>>,
    /// Why the last file dropped on the page could not be opened.
    drop_error: RwSignal<Option<(String, Refusal)>>,
    /// Notified when a backup is kept, restored or deleted.
    backups_changed: Trigger,
    reads: Reads,
}

/// Read-only views of the signals above, made once: a `Signal` made from
/// an `RwSignal` takes a slot in the reactive arena, so handing out a new
/// one on every read would allocate inside every effect that reads it.
#[derive(Clone, Copy)]
struct Reads {
    pending: Signal<Option<PendingImport>>,
    drop_error: Signal<Option<(String, Refusal)>>,
    /// Listed when read after a change, not at every change: only Settings
    /// shows them, and listing reads every kept value.
    backups: Memo<Vec<Backup>>,
}

impl Exchange {
    pub(super) fn new(
        stage: Stage,
        document: Document,
        saver: Saver,
        notices: Notices,
    ) -> Exchange {
        let pending = RwSignal::new(None);
        let drop_error = RwSignal::new(None);
        let backups_changed = Trigger::new();
        Exchange {
            stage,
            document,
            saver,
            notices,
            pending,
            drop_error,
            backups_changed,
            reads: Reads {
                pending: pending.into(),
                drop_error: drop_error.into(),
                backups: Memo::new(move |_| {
                    backups_changed.track();
                    local::backups()
                }),
            },
        }
    }

    /// The snapshot open read-only in place of this browser's workspace.
    pub fn viewing(self) -> Signal<Option<Viewing>> {
        self.stage.viewing()
    }

    /// A checked file waiting for the person's choice (merge, replace, view).
    pub fn pending_import(self) -> Signal<Option<PendingImport>> {
        self.reads.pending
    }

    /// Puts away the file that waited for a choice: cancelled, or done with.
    pub fn close_import(self) {
        self.pending.set(None);
    }

    /// The last file dropped on the page that could not be opened: its
    /// name, and why.
    pub fn drop_error(self) -> Signal<Option<(String, Refusal)>> {
        self.reads.drop_error
    }

    pub fn dismiss_drop_error(self) {
        self.drop_error.set(None);
    }

    /// Reads and checks a picked or dropped file, then offers it for a choice;
    /// nothing changes until the person chooses.
    pub async fn offer_file(self, file: web_sys::File) -> Result<(), Refusal> {
        let file_name = file.name();
        if file.size() > LARGEST_FILE_BYTES {
            return Err(Refusal::new(
                text::refusal::too_large(&size(file.size()), &size(LARGEST_FILE_BYTES)),
                text::refusal::TOO_LARGE_REMEDY,
                None,
            ));
        }
        let text = files::read_text(&file).await.map_err(|reason| {
            Refusal::new(
                text::refusal::unreadable(&reason),
                text::refusal::UNREADABLE_REMEDY,
                None,
            )
        })?;
        let envelope =
            snapshot::decode_and_check(&text).map_err(|error| refusal::explain(&text, &error))?;
        self.pending.set(Some(PendingImport {
            file_name,
            envelope,
        }));
        Ok(())
    }

    /// Opens a file dropped on the page like a picked one; what went wrong
    /// is kept as [`Self::drop_error`].
    pub async fn open_dropped(self, file: web_sys::File) {
        let name = file.name();
        let error = self
            .offer_file(file)
            .await
            .err()
            .map(|refusal| (name, refusal));
        self.drop_error.set(error);
    }

    /// What merging `incoming` into this browser's workspace would do, with
    /// the person's choices for conflicts.
    pub fn preview_merge(self, incoming: &Workspace, choices: &Choices) -> Merged {
        let replica = self.document.replica();
        self.stage
            .with_own(|own| own.merge(incoming, choices, &replica, clock::now()))
    }

    /// Merges a snapshot into this browser's workspace, after keeping the
    /// current one restorable; undoable right after.
    pub fn apply_merge(self, pending: &PendingImport, choices: &Choices) -> Result<(), String> {
        let merged = self.preview_merge(&pending.envelope.workspace, choices);
        if let Some(refusal) = Refusal::of_merge(&merged.workspace.problems()) {
            return Err(text::app_state::merge_refused(&refusal));
        }
        self.saver.close_snapshot();
        self.keep_backup()?;
        self.document.replace(
            merged.workspace,
            text::app_state::merge_step(&pending.file_name),
        );
        self.refresh_backups();
        self.document
            .offer_undo(text::app_state::merged_toast(&pending.file_name));
        Ok(())
    }

    /// Replaces the workspace with an imported one, keeping the current one restorable.
    pub fn apply_import(self, pending: PendingImport) -> Result<(), String> {
        self.saver.close_snapshot();
        let message = text::app_state::imported_toast(&pending.file_name);
        let label = text::app_state::import_step(&pending.file_name);
        self.swap_in(pending.envelope.workspace, message, label)
    }

    /// Shows a snapshot read-only in place of this browser's workspace, which
    /// is saved first and set aside untouched.
    pub fn open_snapshot(self, pending: PendingImport) {
        self.saver.flush();
        self.stage.open(pending);
        self.notices.withdraw_undo();
    }

    /// Goes back from a viewed snapshot to this browser's own workspace.
    pub fn close_snapshot(self) {
        self.saver.close_snapshot();
    }

    /// Offers the viewed snapshot for merging, as if its file had just been opened.
    pub fn merge_viewed(self) {
        if let Some(file) = self.stage.viewed_file() {
            self.pending.set(Some(file));
        }
    }

    /// Brings back the workspace from before the last import or restore.
    pub fn restore_before_import(self) -> Result<(), String> {
        self.saver.close_snapshot();
        let envelope = local::before_import()?.ok_or(text::app_state::NO_EARLIER_WORKSPACE)?;
        self.swap_in(
            envelope.workspace,
            text::app_state::RESTORED_TOAST.to_owned(),
            text::app_state::RESTORE_STEP.to_owned(),
        )
    }

    /// Keeps the current workspace in the backup slot before it is replaced.
    fn keep_backup(self) -> Result<(), String> {
        let current = self.stage.workspace().get_untracked();
        if current.is_empty() {
            return Ok(());
        }
        local::keep_before_import(&current, clock::now())
            .map_err(|reason| text::app_state::backup_failed(&reason))
    }

    /// Replaces the workspace after keeping the current one as the backup to go
    /// back to, so the swap is undoable now and restorable after a reload.
    fn swap_in(self, incoming: Workspace, message: String, label: String) -> Result<(), String> {
        self.keep_backup()?;
        self.document.replace(incoming, label);
        self.refresh_backups();
        self.document.offer_undo(message);
        Ok(())
    }

    /// The backups kept in this browser, newest first.
    pub fn backups(self) -> Memo<Vec<Backup>> {
        self.reads.backups
    }

    pub(super) fn refresh_backups(self) {
        self.backups_changed.notify();
    }

    /// How much of the browser's storage Ladder takes, and how much the
    /// browser allows, in UTF-16 code units; follows saves and backups.
    pub fn storage_use(self) -> Result<(usize, usize), String> {
        self.saver.stored_size();
        self.backups_changed.track();
        local::used().map(|used| (used, local::QUOTA_UNITS))
    }

    /// Downloads a backup's text exactly as stored.
    pub fn download_backup(self, backup: &Backup) -> Result<(), String> {
        let text =
            local::read_readable(&backup.key)?.ok_or(text::app_state::BACKUP_NO_LONGER_EXISTS)?;
        let name = match &backup.kind {
            BackupKind::BeforeImport { .. } => "ladder-before-import.json".to_owned(),
            BackupKind::Unreadable { found_at } => {
                format!("ladder-unreadable-{}.txt", found_at.replace(':', "-"))
            }
        };
        files::download(&name, "text/plain", &text)
    }

    /// Deletes a backup, with an undo that puts it back.
    pub fn delete_backup(self, backup: &Backup) -> Result<(), String> {
        let key = backup.key.clone();
        let text = local::read_raw(&key)?.ok_or(text::app_state::BACKUP_NO_LONGER_EXISTS)?;
        local::remove_backup(&key)?;
        self.refresh_backups();
        let undo: Undo = Arc::new(move || {
            match local::put_backup(&key, &text) {
                Ok(()) => self.notices.show(text::app_state::BACKUP_RESTORED, None),
                Err(reason) => self
                    .notices
                    .show(text::app_state::backup_restore_failed(&reason), None),
            }
            self.refresh_backups();
        });
        self.notices
            .show(text::app_state::BACKUP_DELETED, Some(undo));
        Ok(())
    }

    /// Downloads the whole workspace as a snapshot file.
    pub fn export(self) -> Result<(), String> {
        let (text, name) = self.stage.with_own(|ws| {
            (
                snapshot::encode_export(ws, clock::now()),
                download_name(&ws.name, &[], clock::today(), "json"),
            )
        });
        files::download(&name, "application/json", &text.map_err(|e| e.to_string())?)
    }

    /// Downloads the whole workspace with the owner's private goals beside
    /// it: only ever on their explicit choice.
    pub fn export_with_personal(self, personal: &Personal) -> Result<(), String> {
        let (text, name) = self.stage.with_own(|ws| {
            (
                personal_file::encode_export_with(ws, personal, clock::now()),
                download_name(
                    &ws.name,
                    &[text::files::WITH_MY_GOALS],
                    clock::today(),
                    "json",
                ),
            )
        });
        files::download(&name, "application/json", &text.map_err(|e| e.to_string())?)
    }

    /// Downloads one table of every period's OKRs as a CSV file for
    /// spreadsheets. The byte-order mark makes Excel read it as UTF-8.
    pub fn export_csv(self, table: CsvTable) -> Result<(), String> {
        let (tables, name) = self.stage.workspace().with_untracked(|ws| {
            (
                ws.csv_tables(None, clock::today()),
                download_name(&ws.name, &[table.file_stem()], clock::today(), "csv"),
            )
        });
        files::download(
            &name,
            "text/csv;charset=utf-8",
            &format!("\u{feff}{}", tables.table(table)),
        )
    }

    /// Downloads a period's retrospective as a Markdown file.
    pub fn download_retrospective(
        self,
        period: &PeriodId,
        unit: Option<&UnitId>,
    ) -> Result<(), String> {
        let (text, name) = self.stage.workspace().with_untracked(|ws| {
            let scope = unit
                .and_then(|u| ws.unit(u))
                .map_or_else(|| ws.display_name().to_owned(), |u| u.name.clone());
            let period_name = ws.period(period).map_or("", |p| p.name.as_str());
            (
                ws.retrospective(period, unit, &Browser),
                format!(
                    "retrospective-{}-{}.md",
                    file_slug(&scope),
                    file_slug(period_name)
                ),
            )
        });
        files::download(&name, "text/markdown", &text)
    }

    /// Downloads the part of the workspace `scope` selects as a snapshot file.
    pub fn export_part(self, scope: &ExportScope) -> Result<(), String> {
        let (text, name) = self.stage.workspace().with_untracked(|ws| {
            let text = snapshot::encode_part(ws, scope, clock::now());
            // The company's name is the organisation's: said once.
            let unit = scope
                .unit
                .as_ref()
                .and_then(|u| ws.unit(u))
                .filter(|u| u.kind != UnitKind::Company)
                .map(|u| u.name.as_str());
            let period = scope
                .period
                .as_ref()
                .and_then(|p| ws.period(p))
                .map(|p| p.name.as_str());
            let parts: Vec<&str> = unit.into_iter().chain(period).collect();
            let name = download_name(&ws.name, &parts, clock::today(), "json");
            (text, name)
        });
        let text = text.map_err(|e| e.to_string())?;
        files::download(&name, "application/json", &text)
    }
}
