//! Initiatives: the work done to move a key result. They are tracked beside
//! it but never count toward its progress: outcomes do, activity does not.

use super::draft::{person, required};
use super::{FieldErrors, InitiativeId, KeyResultId, PersonId, Revision, Workspace};
use crate::text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InitiativeStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl InitiativeStatus {
    pub const ALL: [InitiativeStatus; 4] = [
        InitiativeStatus::Planned,
        InitiativeStatus::InProgress,
        InitiativeStatus::Done,
        InitiativeStatus::Dropped,
    ];

    pub fn label(self) -> &'static str {
        match self {
            InitiativeStatus::Planned => text::initiative::PLANNED,
            InitiativeStatus::InProgress => text::initiative::IN_PROGRESS,
            InitiativeStatus::Done => text::common::DONE,
            InitiativeStatus::Dropped => text::initiative::DROPPED,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            InitiativeStatus::Planned => "planned",
            InitiativeStatus::InProgress => "in-progress",
            InitiativeStatus::Done => "done",
            InitiativeStatus::Dropped => "dropped",
        }
    }

    pub fn from_slug(slug: &str) -> Option<InitiativeStatus> {
        InitiativeStatus::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// Planned or in progress: work that carries over when a key result rolls over.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            InitiativeStatus::Planned | InitiativeStatus::InProgress
        )
    }
}

#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Initiative {
    pub id: InitiativeId,
    pub key_result: KeyResultId,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<PersonId>,
    #[serde(default)]
    pub status: InitiativeStatus,
    /// A link to where the work is tracked (a ticket, a document).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link: String,
    /// Which browsers changed the record, and when last: how merging tells
    /// a newer version from a concurrent one.
    #[serde(default, skip_serializing_if = "Revision::is_new")]
    pub rev: Revision,
}

/// The initiative form.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct InitiativeDraft {
    pub title: String,
    pub lead: String,
    pub status: InitiativeStatus,
    pub link: String,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ValidInitiative {
    pub title: String,
    pub lead: Option<PersonId>,
    pub status: InitiativeStatus,
    pub link: String,
}

impl InitiativeDraft {
    pub fn of(ws: &Workspace, i: &Initiative) -> InitiativeDraft {
        InitiativeDraft {
            title: i.title.clone(),
            lead: i
                .lead
                .as_ref()
                .map(|l| ws.person_name(l).to_owned())
                .unwrap_or_default(),
            status: i.status,
            link: i.link.clone(),
        }
    }

    pub fn validate(&self, ws: &Workspace) -> Result<ValidInitiative, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = required(
            &mut errors,
            "title",
            &self.title,
            text::initiative::TITLE_REQUIRED,
        );
        let lead = person(ws, &mut errors, "lead", &self.lead, true);
        let link = self.link.trim().to_owned();
        if !link_is_acceptable(&link) {
            errors.add("link", text::initiative::INVALID_LINK);
        }
        if errors.is_empty() {
            Ok(ValidInitiative {
                title,
                lead,
                status: self.status,
                link,
            })
        } else {
            Err(errors)
        }
    }
}

/// `link` trimmed, if it is a web address: `http://` or `https://`, the
/// scheme in any case (URLs ignore it: `HTTPS://x` is the same address).
///
/// The one definition of "a web link" that the form, the integrity rules
/// for imported files and rendering share, so a `javascript:`, `data:` or
/// `vbscript:` URL can be neither typed, nor imported, nor made clickable.
/// Anything a browser would read as another scheme fails it: the scheme
/// must be the very first thing after the trimmed space, so neither a
/// control character before it nor one inside it gets through.
pub fn web_link(link: &str) -> Option<&str> {
    let link = link.trim();
    let (scheme, _) = link.split_once("://")?;
    (scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")).then_some(link)
}

/// True for what an initiative's link may hold: nothing (blank counts as
/// nothing, as the form saves it trimmed) or a [`web_link`].
pub fn link_is_acceptable(link: &str) -> bool {
    link.trim().is_empty() || web_link(link).is_some()
}

impl Initiative {
    /// The link, only if it is a web address safe to make clickable.
    pub fn safe_link(&self) -> Option<&str> {
        web_link(&self.link)
    }
}

impl Workspace {
    pub fn add_initiative(
        &mut self,
        id: InitiativeId,
        key_result: &KeyResultId,
        valid: ValidInitiative,
    ) -> Result<(), String> {
        self.ensure_key_result_open(key_result)?;
        self.initiatives.push(Initiative {
            id,
            key_result: key_result.clone(),
            title: valid.title,
            lead: valid.lead,
            status: valid.status,
            link: valid.link,
            rev: Revision::default(),
        });
        Ok(())
    }

    pub fn update_initiative(
        &mut self,
        id: &InitiativeId,
        valid: ValidInitiative,
    ) -> Result<(), String> {
        self.ensure_initiative_open(id)?;
        if let Some(i) = self.initiatives.find_mut(|i| &i.id == id) {
            i.title = valid.title;
            i.lead = valid.lead;
            i.status = valid.status;
            i.link = valid.link;
        }
        Ok(())
    }

    pub fn delete_initiative(&mut self, id: &InitiativeId) -> Result<(), String> {
        self.ensure_initiative_open(id)?;
        self.initiatives.retain(|i| &i.id != id);
        Ok(())
    }
}
