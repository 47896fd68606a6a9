//! Wording helpers shared by pages.

use crate::domain::Workspace;

/// "1 objective", "3 objectives".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// What a workspace holds, in one line: "2 units, 5 people, 4 objectives".
pub fn workspace_contents(ws: &Workspace) -> String {
    [
        count(ws.units.len(), "unit", "units"),
        count(ws.people.len(), "person", "people"),
        count(ws.objectives.len(), "objective", "objectives"),
    ]
    .join(", ")
}
