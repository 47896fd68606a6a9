//! Text for `key_result_page`.

use std::fmt::Display;

// The page heading.
pub fn subtitle(unit: &dyn Display, period: &dyn Display, lead: &dyn Display) -> String {
    format!("Key result · {unit} · {period} · Lead: {lead}")
}

pub fn period_closed(period: &dyn Display) -> String {
    format!(
        "{period} is closed: its OKRs are read-only. Reopen it in Settings → Periods to change anything."
    )
}
pub const ROLLED_OVER_INTO: &str = "Rolled over into ";

// The progress summary.
pub fn progress_of(title: &dyn Display) -> String {
    format!("Progress of “{title}”")
}

pub fn status_chosen(date: &str) -> String {
    format!("Chosen at the check-in on {date}.")
}
pub const STATUS_SUGGESTED: &str = "Suggested by pace: there has been no check-in yet.";

pub fn due_for_check_in(days: &dyn Display) -> String {
    format!("Due for check-in: the last one was {days} days ago.")
}
pub const DUE_NO_CHECK_IN_YET: &str = "Due for check-in: no check-in yet this period.";

// The check-in history.
pub fn check_ins_heading(count: &dyn Display) -> String {
    format!("Check-ins ({count})")
}
pub const NO_CHECK_INS_YET: &str = "No check-ins yet. A short weekly update — the value, how confident you are, and a note — keeps everyone in the picture.";
pub const LATEST_CHECK_IN: &str = "the latest check-in";

pub fn check_in_of(date: &str) -> String {
    format!("the check-in of {date}")
}

pub fn edit_check_in(which: &dyn Display) -> String {
    format!("Edit {which}")
}

pub fn delete_check_in(which: &dyn Display) -> String {
    format!("Delete {which}")
}
pub const CHECK_IN_DELETED: &str = "Check-in deleted.";

// The progress chart.
pub const PROGRESS_OVER_TIME: &str = "Progress over time";
pub const NO_CHART_YET: &str = "The chart appears with the first check-in.";

pub fn chart_title(title: &dyn Display, period: &dyn Display) -> String {
    format!("Values of “{title}” over {period}")
}

pub fn metric_chart_desc_with_pace(
    start: &dyn Display,
    start_date: &str,
    target: &dyn Display,
    end_date: &str,
    pace_end: &dyn Display,
    check_ins: &dyn Display,
) -> String {
    format!(
        "From {start} on {start_date} toward {target} by {end_date}; the ideal pace is a straight line to {pace_end}. Check-ins: {check_ins}."
    )
}
pub fn metric_chart_desc(
    start: &dyn Display,
    start_date: &str,
    target: &dyn Display,
    end_date: &str,
    check_ins: &dyn Display,
) -> String {
    format!("From {start} on {start_date} toward {target} by {end_date}. Check-ins: {check_ins}.")
}

pub fn milestone_chart_desc(period: &dyn Display, check_ins: &dyn Display) -> String {
    format!("A milestone: not done at the start of {period}, then at each check-in: {check_ins}.")
}

// The initiatives.
pub const NO_INITIATIVES_YET: &str =
    "No initiatives yet: list the projects and tasks meant to move this key result.";

pub fn edit_initiative(title: &dyn Display) -> String {
    format!("Edit initiative “{title}”")
}

pub fn delete_initiative(title: &dyn Display) -> String {
    format!("Delete initiative “{title}”")
}
pub const INITIATIVE_DELETED: &str = "Initiative deleted.";

// The end-of-period grade.
pub const END_OF_PERIOD: &str = "End of period";

pub fn suggested_score(suggested: &str) -> String {
    format!("Suggested score from progress: {suggested}. ")
}
pub const SCORES_FOR_LEARNING: &str = " Scores are for learning, not for rating anyone.";
pub fn score_label(zero: &str, full: &str) -> String {
    format!("Score ({zero}–{full})")
}
pub const SCORE_REASON_LABEL: &str = "Why this score (if it differs from the suggestion)";
pub const EXPERIMENT_LABEL: &str = "A valuable experiment, even if missed";
pub const LEARNING_LABEL: &str = "What we learned";
pub const SAVE_GRADE: &str = "Save grade";
pub const GRADE_SAVED: &str = "Grade saved.";

pub fn graded_score(score: &str) -> String {
    format!("Score: {score}")
}
pub fn graded_score_because(score: &str, reason: &dyn Display) -> String {
    format!("Score: {score} — {reason}")
}

pub fn not_graded(suggested: &str) -> String {
    format!("Not graded; suggested {suggested}.")
}
/// What was learned from a key result, said as a valuable experiment when it was one.
pub fn learned(learning: &dyn Display, experiment: bool) -> String {
    if experiment {
        format!("A valuable experiment. Learned: {learning}")
    } else {
        format!("Learned: {learning}")
    }
}

// Rolling over into the next period.
pub fn roll_over_into(period: &dyn Display) -> String {
    format!("Roll over into {period}")
}
pub const ROLL_OVER_HINT: &str =
    " Carries it on from its last value; the check-ins stay here as history.";
pub const ALREADY_ROLLED_OVER: &str = "It has already been rolled over.";

pub fn rolled_over(period: &dyn Display) -> String {
    format!("Rolled over into {period}.")
}
