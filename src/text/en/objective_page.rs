//! Text for `objective_page`.

use std::fmt::Display;

// The page heading.
/// "Team: Platform · Q4 2026 · Lead: Ana · Contributors: Ben, Chloé"; the
/// lead and contributors only when there are any.
pub fn subtitle(
    kind: &str,
    unit: &str,
    period: &str,
    lead: Option<&str>,
    contributors: &str,
) -> String {
    let mut line = format!("{kind}: {unit} · {period}");
    if let Some(lead) = lead {
        line.push_str(&format!(" · Lead: {lead}"));
    }
    if !contributors.is_empty() {
        line.push_str(&format!(" · Contributors: {contributors}"));
    }
    line
}
/// "An individual goal of {person}."
pub const INDIVIDUAL_GOAL_OF: crate::text::Around = crate::text::Around {
    before: "An individual goal of ",
    after: ".",
};
pub const INDIVIDUAL_GOALS_OFF: &str =
    " Individual goals are turned off, so it shows nowhere else.";
pub const PERIOD_CLOSED: &str = "This objective's period is closed: it is read-only. Reopen the period from its summary or in Settings → Periods to change it.";

// Archiving the objective.
pub const OBJECTIVE_ARCHIVED: &str = "Objective archived.";

pub fn archived_now_unaligned(titles: &dyn Display) -> String {
    format!("Objective archived. Now shown as not aligned: {titles}.")
}
pub const OBJECTIVE_RESTORED: &str = "Objective restored.";

// Deleting the objective: the confirm dialog, then the message.
pub fn delete_title(title: &dyn Display) -> String {
    format!("Delete “{title}”?")
}

pub fn delete_body(key_results: Option<&str>, aligned: Option<&str>) -> String {
    match (key_results, aligned) {
        (Some(key_results), Some(aligned)) => format!(
            "Its {key_results} will be deleted with it; {aligned} aligned to it will show as not aligned. \
             You can undo right after."
        ),
        (Some(key_results), None) => {
            format!("Its {key_results} will be deleted with it. You can undo right after.")
        }
        (None, Some(aligned)) => {
            format!("{aligned} aligned to it will show as not aligned. You can undo right after.")
        }
        (None, None) => "You can undo right after.".to_owned(),
    }
}
pub const DELETE_OBJECTIVE: &str = "Delete objective";

/// `unaligned`: the titles of the objectives that were aligned to it.
pub fn deleted(title: &dyn Display, key_results: Option<&str>, unaligned: Option<&str>) -> String {
    match (key_results, unaligned) {
        (Some(key_results), Some(unaligned)) => {
            format!("Deleted “{title}” and its {key_results}; now not aligned: {unaligned}.")
        }
        (Some(key_results), None) => format!("Deleted “{title}” and its {key_results}."),
        (None, Some(unaligned)) => format!("Deleted “{title}”; now not aligned: {unaligned}."),
        (None, None) => format!("Deleted “{title}”."),
    }
}

// The progress summary.
pub fn progress_of(title: &dyn Display) -> String {
    format!("Progress of “{title}”")
}

pub fn pace_note(expected: &str, success: &str) -> String {
    format!(
        "Pace: {expected} expected by today (stretch key results count toward {success}); the status is suggested from it."
    )
}
pub const OVER_THE_PERIOD: &str = "Over the period";
pub const SPARKLINE_TITLE: &str = "Objective progress over the period";
pub const LADDERS_UP_TO: &str = "Ladders up to ";

// The key results.
pub fn key_results_heading(count: &dyn Display) -> String {
    format!("Key results ({count})")
}

pub const ADD_ALIGNED_OBJECTIVE: &str = "Add an aligned objective";

pub const NO_KEY_RESULTS_YET: &str =
    "No key results yet. Add 1 to 5 measurable outcomes that show progress toward this objective.";

pub fn score(score: &str) -> String {
    format!("Score {score}")
}

pub fn key_result_lead(lead: &dyn Display) -> String {
    format!("Lead: {lead}")
}

pub fn weight(weight: &str) -> String {
    format!(" · Weight {weight}")
}

pub fn check_in_on(title: &dyn Display) -> String {
    format!("Check in on “{title}”")
}

pub fn edit_key_result(title: &dyn Display) -> String {
    format!("Edit key result “{title}”")
}

pub fn delete_key_result(title: &dyn Display) -> String {
    format!("Delete key result “{title}”")
}

pub fn key_result_deleted(title: &dyn Display) -> String {
    format!("Deleted key result “{title}”.")
}

pub fn key_result_deleted_with_dependencies(
    title: &dyn Display,
    dependencies: &dyn Display,
) -> String {
    format!("Deleted key result “{title}”; {dependencies} on it removed.")
}

// The aligned objectives.
pub const ALIGNED_OBJECTIVES: &str = "Aligned objectives";

pub fn aligned_progress_note(note: &dyn Display) -> String {
    format!("{note}. Their progress is shown here, not mixed into this objective's.")
}
pub const NO_ALIGNED_OBJECTIVES: &str = "No objectives ladder up to this one yet.";

// The dependencies.
pub const WAITS_ON: &str = "Waits on";
pub const WAITS_ON_INLINE: &str = " waits on ";

pub fn remove_dependency_on(title: &dyn Display) -> String {
    format!("Remove dependency on “{title}”")
}
pub const REMOVE_DEPENDENCY: &str = "Remove";
pub const DEPENDENCY_REMOVED: &str = "Dependency removed.";
pub const NEEDED_BY: &str = "Needed by";

// The form that adds a dependency.
pub const ADD_DEPENDENCY_HEADING: &str = "Add a dependency";
pub const NO_DEPENDENCY_TARGETS: &str =
    "Other units have no objectives in this period to depend on.";
pub const WHAT_WAITS_LABEL: &str = "What waits";
pub const THIS_OBJECTIVE: &str = "This objective";

pub fn key_result_option(title: &dyn Display) -> String {
    format!("Key result: {title}")
}
pub const WAITS_ON_LABEL: &str = "Waits on (another unit's work)";
pub const FIND_WORK_LABEL: &str = "Find another unit's work";
pub const FIND_WORK_HINT: &str = "Type words from its title or its unit's name.";

pub fn no_work_matches(query: &dyn Display) -> String {
    format!("Nothing in other units matches “{query}”.")
}

pub fn more_work_matches(count: &dyn Display) -> String {
    format!("{count} more: type more words to narrow the list.")
}
pub const WAITS_ON_REQUIRED: &str = "Choose what this waits on.";
pub const ADD_DEPENDENCY: &str = "Add dependency";

// The reflection.
pub const REFLECTION: &str = "Reflection";
pub const REFLECTION_HINT: &str =
    "About the work, not about anyone's performance. Saved as you type.";

/// A choice of what to wait on: another unit's objective.
pub fn target_objective(unit: &dyn Display, objective: &dyn Display) -> String {
    format!("{unit}: {objective}")
}

/// A choice of what to wait on: a key result of another unit's objective.
pub fn target_key_result(
    unit: &dyn Display,
    objective: &dyn Display,
    key_result: &dyn Display,
) -> String {
    format!("{unit}: {objective} › {key_result}")
}
