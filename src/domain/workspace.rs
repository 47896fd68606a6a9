//! The workspace: everything one browser holds about one organisation.

use super::{Objective, OrgUnit, Period, Person};
use serde::{Deserialize, Serialize};

/// The top-level document. Storage saves it, snapshots carry it, the UI edits it.
#[derive(Clone, PartialEq, Debug, Default, Serialize, Deserialize)]
pub struct Workspace {
    /// The organisation's name; empty until someone sets it.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub units: Vec<OrgUnit>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub periods: Vec<Period>,
    #[serde(default)]
    pub objectives: Vec<Objective>,
}

impl Workspace {
    /// True for a workspace nobody has put anything in yet (the first-run state).
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty()
            && self.units.is_empty()
            && self.people.is_empty()
            && self.periods.is_empty()
            && self.objectives.is_empty()
    }

    /// The name to show, with a neutral fallback before one is set.
    pub fn display_name(&self) -> &str {
        match self.name.trim() {
            "" => "Untitled organisation",
            name => name,
        }
    }
}
