//! Wording helpers shared by pages.

use crate::domain::Workspace;
use crate::domain::format::count;

/// What a workspace holds, in one line: "2 units, 5 people, 4 objectives".
pub fn workspace_contents(ws: &Workspace) -> String {
    [
        count(ws.units.len(), "unit", "units"),
        count(ws.people.len(), "person", "people"),
        count(ws.objectives.len(), "objective", "objectives"),
    ]
    .join(", ")
}
