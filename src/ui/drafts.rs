//! Forms with an explicit Save never drop what was typed into them.
//!
//! While a form holds input that differs from what it opened with, leaving
//! the page asks first (`beforeunload`), and a copy of the input is kept in
//! the tab's session ([`crate::storage::session`]). If the page is reloaded
//! anyway, the page that hosted the form opens it again ([`Drafts::waiting`])
//! and the form takes its fields back ([`keep_draft`]) with a note saying so
//! and a way to discard them. Saving or cancelling the form forgets the copy.
//!
//! Private forms (personal goals, 1:1 notes) keep no copy: a passphrase set
//! while one was kept would leave their text in the clear. They still ask
//! before the page is left.

use super::route::{Page, Route};
use super::router::Router;
use crate::domain::{Commitment, MeasureKind, PlanKind, Status};
use crate::storage::session::{self, DraftFields, DraftKey};
use crate::text;
use leptos::prelude::*;
use std::sync::Arc;

/// The forms holding unsaved input, so leaving the page can ask first.
/// Provided once through context.
#[derive(Clone, Copy)]
pub struct Drafts {
    unsaved: StoredValue<Vec<DraftKey>>,
    router: Router,
}

/// Where a form's copy is filed: the page, without the period or filters a
/// link to it may carry.
fn page_key(page: &Page) -> String {
    Route::from(page.clone()).href()
}

impl Drafts {
    pub fn start(router: Router) -> Drafts {
        let drafts = Drafts {
            unsaved: StoredValue::new(Vec::new()),
            router,
        };
        // The browser shows its own "Leave site?" question; a page may only
        // ask for it, not word it.
        let _ = window_event_listener(leptos::ev::beforeunload, move |event| {
            if drafts.unsaved.with_value(|u| !u.is_empty()) {
                event.prevent_default();
            }
        });
        drafts
    }

    /// What a form named `form` was editing when the page was left with its
    /// input unsaved (empty for a new record), so the page hosting it opens
    /// it again. Asked once, as the host is built.
    pub fn waiting(self, form: &str) -> Option<String> {
        self.kept_here()
            .into_iter()
            .find(|(kept, _)| kept == form)
            .map(|(_, target)| target)
    }

    /// [`Drafts::waiting`] for a form that adds or edits one kind of
    /// record: `Some(None)` to open it for a new one, `Some(Some(id))` to
    /// edit `id`, `None` when nothing was left unsaved.
    pub fn waiting_for<Id: for<'a> From<&'a str>>(self, form: &str) -> Option<Option<Id>> {
        self.waiting(form)
            .map(|target| (!target.is_empty()).then(|| Id::from(target.as_str())))
    }

    /// Whether the form `form` editing `target` was left with unsaved input
    /// on the page shown.
    pub fn holds(self, form: &str, target: &str) -> bool {
        self.kept_here()
            .iter()
            .any(|(kept, kept_target)| kept == form && kept_target == target)
    }

    /// Forgets the copy of a form that cannot open any more (what it
    /// edits was deleted meanwhile), so the page stops opening it again.
    pub fn drop_kept(self, form: &'static str, target: impl Into<String>) {
        session::forget(&DraftKey {
            page: self.router.with_untracked(|r| page_key(&r.page)),
            form,
            target: target.into(),
        });
    }

    /// The `(form, target)` of every copy kept for the page shown.
    fn kept_here(self) -> Vec<(String, String)> {
        session::kept_on(&self.router.with_untracked(|r| page_key(&r.page)))
    }

    fn mark(self, key: &DraftKey, unsaved: bool) {
        self.unsaved.update_value(|keys| {
            keys.retain(|k| k != key);
            if unsaved {
                keys.push(key.clone());
            }
        });
    }
}

/// A value a form field holds, written as text for the kept copy.
pub trait DraftValue: Sized {
    fn to_draft(&self) -> String;
    fn from_draft(text: &str) -> Option<Self>;
}

impl DraftValue for String {
    fn to_draft(&self) -> String {
        self.clone()
    }
    fn from_draft(text: &str) -> Option<Self> {
        Some(text.to_owned())
    }
}

impl DraftValue for bool {
    fn to_draft(&self) -> String {
        self.to_string()
    }
    fn from_draft(text: &str) -> Option<Self> {
        text.parse().ok()
    }
}

/// A choice that may be unmade: nothing is kept as empty text.
impl<T: DraftValue> DraftValue for Option<T> {
    fn to_draft(&self) -> String {
        self.as_ref().map(T::to_draft).unwrap_or_default()
    }
    fn from_draft(text: &str) -> Option<Self> {
        if text.is_empty() {
            Some(None)
        } else {
            T::from_draft(text).map(Some)
        }
    }
}

/// Choices are kept by their variant's name; the copy lives only as long as
/// the tab, so it never meets another version's names.
macro_rules! choice_draft_value {
    ($type:ty: $($variant:expr),+) => {
        impl DraftValue for $type {
            fn to_draft(&self) -> String {
                format!("{self:?}")
            }
            fn from_draft(text: &str) -> Option<Self> {
                [$($variant),+].into_iter().find(|v| format!("{v:?}") == text)
            }
        }
    };
}

choice_draft_value!(Status: Status::OnTrack, Status::AtRisk, Status::OffTrack);
choice_draft_value!(Commitment: Commitment::Commit, Commitment::Stretch);
choice_draft_value!(MeasureKind: MeasureKind::Metric, MeasureKind::Percentage, MeasureKind::Milestone);
choice_draft_value!(PlanKind: PlanKind::Target, PlanKind::Steps);

/// A field of a form, as [`keep_draft`] reads and restores it.
trait DraftSignal: Send + Sync {
    fn read(&self) -> String;
    fn read_untracked(&self) -> String;
    fn write(&self, text: &str);
}

impl<T: DraftValue + Send + Sync + 'static> DraftSignal for RwSignal<T> {
    fn read(&self) -> String {
        self.with(DraftValue::to_draft)
    }
    fn read_untracked(&self) -> String {
        self.with_untracked(DraftValue::to_draft)
    }
    fn write(&self, text: &str) {
        if let Some(value) = T::from_draft(text) {
            self.set(value);
        }
    }
}

/// One named field of a form.
pub struct Field(&'static str, Box<dyn DraftSignal>);

/// The field `name`, held in `signal`.
pub fn field<T: DraftValue + Send + Sync + 'static>(
    name: &'static str,
    signal: RwSignal<T>,
) -> Field {
    Field(name, Box::new(signal))
}

/// A form's unsaved input: whether it was brought back after a reload, and
/// what the form counts as unsaved.
#[derive(Clone, Copy)]
pub struct FormDraft {
    key: StoredValue<DraftKey>,
    fields: StoredValue<Arc<Vec<Field>>>,
    /// The fields as last saved (or as the form opened): input differing
    /// from these is unsaved.
    saved: StoredValue<Vec<String>>,
    restored: RwSignal<bool>,
    /// Set once the form was saved and closed, or cancelled: the copy is
    /// gone for good, whatever the page does next (a saved form often
    /// navigates away).
    finished: StoredValue<bool>,
    drafts: Drafts,
}

impl FormDraft {
    /// Puts every field back to what was last saved.
    pub fn discard(self) {
        let saved = self.saved.get_value();
        self.fields.with_value(|fields| {
            for (Field(_, signal), value) in fields.iter().zip(&saved) {
                signal.write(value);
            }
        });
        self.restored.set(false);
    }

    /// Forgets the input: the form was saved and closes, or was cancelled.
    /// Call it before the form's `on_done`.
    pub fn finish(self) {
        self.finished.set_value(true);
        self.forget();
    }

    /// The fields as they are now were saved: a form that stays open after
    /// Save holds nothing unsaved until it is changed again.
    pub fn saved_now(self) {
        let now = self
            .fields
            .with_value(|fields| fields.iter().map(|f| f.1.read_untracked()).collect());
        self.saved.set_value(now);
        self.restored.set(false);
        self.forget();
    }

    fn forget(self) {
        self.key.with_value(|key| {
            self.drafts.mark(key, false);
            session::forget(key);
        });
    }
}

/// What a form editing `editing` keeps its input under: the record's id, or
/// nothing for a new one.
pub fn target_of(editing: Option<&impl ToString>) -> String {
    editing.map(ToString::to_string).unwrap_or_default()
}

/// Keeps the form's input safe until it is saved or cancelled. Call it
/// after the form's signals are made and before its view is built: fields
/// kept from before a reload are put back at once. `target` names what the
/// form edits (empty for a new record); `persist` is false where the input
/// must not be written anywhere (private goals and notes).
pub fn keep_draft(
    form: &'static str,
    target: impl Into<String>,
    persist: bool,
    fields: Vec<Field>,
) -> FormDraft {
    let drafts = expect_context::<Drafts>();
    let router = drafts.router;
    let page = router.with_untracked(|r| r.page.clone());
    let key = DraftKey {
        page: page_key(&page),
        form,
        target: target.into(),
    };
    let opened: Vec<String> = fields.iter().map(|f| f.1.read_untracked()).collect();
    let restored = RwSignal::new(false);
    if let Some(kept) = persist.then(|| session::find(&key)).flatten() {
        for Field(name, signal) in &fields {
            if let Some(value) = kept.get(name) {
                signal.write(value);
            }
        }
        restored.set(
            fields
                .iter()
                .map(|f| f.1.read_untracked())
                .ne(opened.iter().cloned()),
        );
    }
    let draft = FormDraft {
        key: StoredValue::new(key.clone()),
        fields: StoredValue::new(Arc::new(fields)),
        saved: StoredValue::new(opened),
        restored,
        finished: StoredValue::new(false),
        drafts,
    };
    Effect::new(move |_| {
        let Some(fields) = draft.fields.try_get_value() else {
            return;
        };
        let now: Vec<String> = fields.iter().map(|f| f.1.read()).collect();
        if draft.finished.try_get_value().unwrap_or(true) {
            return;
        }
        // Only the fields the person changed: brought back later, the
        // others show what is saved then, not what was saved when typing.
        let changed: Vec<(String, String)> = draft.saved.with_value(|saved| {
            fields
                .iter()
                .zip(now)
                .zip(saved)
                .filter(|((_, now), saved)| now != *saved)
                .map(|((field, now), _)| (field.0.to_owned(), now))
                .collect()
        });
        let unsaved = !changed.is_empty();
        draft.key.with_value(|key| {
            if unsaved && persist {
                // A copy that cannot be kept (storage refused) still leaves
                // the question before leaving, which is what protects it.
                session::keep(key, &DraftFields { fields: changed });
            } else if !unsaved {
                session::forget(key);
            }
            drafts.mark(key, unsaved);
        });
    });
    on_cleanup(move || {
        drafts.mark(&key, false);
        // Closed with Escape: nothing left to keep. Still open when the
        // person went to another page (Back, say): keep the copy for when
        // they come back. A reload or a closed tab runs no cleanup at all.
        let still_here = router.try_page().is_some_and(|shown| shown == page);
        if still_here {
            session::forget(&key);
        }
    });
    draft
}

/// Says that a form's fields were brought back after a reload, with a way
/// to start from what was saved instead.
#[component]
pub fn DraftNotice(
    /// The form's draft, from [`keep_draft`].
    draft: FormDraft,
) -> impl IntoView {
    view! {
        <Show when=move || draft.restored.get()>
            <p class="draft-notice" role="status">
                {text::drafts::RESTORED}
                " "
                <button type="button" class="small" on:click=move |_| draft.discard()>
                    {text::drafts::DISCARD}
                </button>
            </p>
        </Show>
    }
}
