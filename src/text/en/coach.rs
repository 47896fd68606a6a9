//! Text for the OKR coach: each rule's reason and suggested fix, and its
//! panel in the app. `lint.rs` has the command line's own text.

use std::fmt::Display;

pub fn quoted(title: &dyn Display) -> String {
    format!("“{title}”")
}

// Focus.
pub fn too_many_objectives(count: usize, most: usize) -> String {
    format!(
        "{count} objectives in one period: with more than {most}, a team spreads its attention too thin to move any of them."
    )
}
pub const TOO_MANY_OBJECTIVES_FIX: &str = "Keep the one to three that matter most; move the others to a later period or make them key results of another objective.";
pub fn too_many_key_results(count: usize, most: usize) -> String {
    format!(
        "{count} key results: with more than {most}, an objective is measured by too many numbers to focus on."
    )
}
pub const TOO_MANY_KEY_RESULTS_FIX: &str = "Keep the key results that best show the objective is reached; the others can become KPIs or initiatives.";
pub const NO_KEY_RESULTS: &str =
    "Without a key result there is no way to tell whether the objective is being reached.";
pub const NO_KEY_RESULTS_FIX: &str = "Add one to three key results that would show it is achieved.";

// Measurability.
pub const NO_MOVEMENT: &str = "The start and the target are the same, so there is nothing to move.";
pub const NO_MOVEMENT_FIX: &str =
    "Set the target to where the number should be at the end of the period.";
pub const NO_MEASURE_IN_TEXT: &str =
    "The text names no number or measure, so people may read success differently.";
pub const NO_MEASURE_IN_TEXT_FIX: &str =
    "Say what will be measurably different, e.g. “first 5 customers live on the new plan”.";

// Output instead of outcome.
pub fn output_verb(verb: &dyn Display) -> String {
    format!("“{verb}” describes work to do, not the change the work should bring.")
}
pub fn output_counts(made: &dyn Display) -> String {
    format!("It counts {made}, which measures effort, not the result they should bring.")
}
pub fn output_done(done: &dyn Display) -> String {
    format!("“{done}” reports the work as done, not what changed because of it.")
}
pub const OUTPUT_NOT_OUTCOME_FIX: &str = "Name the result the work should move and by how much, e.g. “increase organic traffic from 40k to 48k visits a month”, and track the work as an initiative under it.";

// Alignment.
pub const UNALIGNED: &str = "This objective ladders up to none of the company's objectives for the period, so its contribution is not visible.";
pub const UNALIGNED_FIX: &str = "Choose the company objective it contributes to under “Ladders up to”, or say in its description why it stands alone.";

// Ownership.
pub const OBJECTIVE_WITHOUT_LEAD: &str =
    "No one leads this objective, so no one is accountable for moving it.";
pub const OBJECTIVE_WITHOUT_LEAD_FIX: &str = "Choose one person to lead it; others can contribute.";
pub const KEY_RESULT_WITHOUT_LEAD: &str =
    "No one leads this key result, so its check-ins may not happen.";
pub const KEY_RESULT_WITHOUT_LEAD_FIX: &str = "Name the person who will check in on it.";

// Rhythm.
pub fn no_recent_check_in(days: i64) -> String {
    format!(
        "No check-in for {days} days, more than two check-in rhythms: progress and risks go unseen."
    )
}
pub const NO_RECENT_CHECK_IN_FIX: &str = "Check in with the current value, a status and a note.";
pub const OFF_TRACK_WITHOUT_NOTE: &str =
    "This commitment is off track, and its latest check-in does not say why.";
pub const OFF_TRACK_WITHOUT_NOTE_FIX: &str =
    "Add a note: what is in the way, and what help would get it moving.";

// Sandbagging.
pub fn early_full_scores(periods: usize) -> String {
    format!(
        "Every commit key result of this unit was met within the first third of the period, {periods} periods in a row: the targets may be too safe."
    )
}
pub const EARLY_FULL_SCORES_FIX: &str = "Set commitments the team is confident of but not certain, and add a stretch key result; scores are for learning, not for ratings.";

// Individual goals.
pub const INDIVIDUAL_GOAL_IS_TASK: &str = "This individual goal reads like a task, not a result, which turns individual OKRs into a to-do list.";
pub const INDIVIDUAL_GOAL_IS_TASK_FIX: &str = "Make it an initiative under a team key result, and keep individual goals for measurable change.";

// The coach's panel in the app.
pub const COACH: &str = "Coach";
pub const THIS_OBJECTIVE: &str = "This objective";
// Between what a finding is about and why.
pub const AFTER_SUBJECT: &str = ":";
pub fn about_then_why(about: &dyn Display, why: &dyn Display) -> String {
    format!("{about}: {why}")
}
pub const WARNING: &str = "Warning";
pub const NOTE: &str = "Note";
pub fn try_this(fix: &dyn Display) -> String {
    format!("Try this: {fix}")
}

// Dismissals.
pub const REASON_NEEDED: &str =
    "Say why you dismiss it, so colleagues can see the advice was weighed.";
pub const RECORD_GONE: &str = "What this advice was about no longer exists.";
pub fn summary(warnings: usize, notes: usize, dismissed: usize) -> String {
    let mut parts = Vec::new();
    match warnings {
        0 => {}
        1 => parts.push("1 warning".to_owned()),
        n => parts.push(format!("{n} warnings")),
    }
    match notes {
        0 => {}
        1 => parts.push("1 note".to_owned()),
        n => parts.push(format!("{n} notes")),
    }
    match dismissed {
        0 => {}
        n => parts.push(format!("{n} dismissed")),
    }
    parts.join(", ")
}
pub fn dismissed_heading(count: usize) -> String {
    format!("Dismissed ({count})")
}
pub fn dismissed_on(on: &str, reason: &dyn Display) -> String {
    format!("Dismissed on {on}: {reason}")
}
pub fn dismiss_about(about: &dyn Display) -> String {
    format!("Dismiss the advice about {about}")
}
pub fn bring_back_about(about: &dyn Display) -> String {
    format!("Bring back the advice about {about}")
}
pub const BRING_BACK: &str = "Bring back";
pub const WHY_DISMISS: &str = "Why set this advice aside?";
pub const WHY_DISMISS_EXAMPLE: &str = "e.g. The launch itself is the result this quarter";
pub const DISMISSED: &str = "Advice dismissed.";
pub const BROUGHT_BACK: &str = "Advice brought back.";
pub fn mark_label(count: usize) -> String {
    match count {
        1 => "Coach: 1 piece of advice".to_owned(),
        n => format!("Coach: {n} pieces of advice"),
    }
}
