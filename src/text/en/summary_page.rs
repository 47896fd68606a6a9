//! Text for `summary_page`.

use std::fmt::Display;

// The page's actions and scope.
pub const DOWNLOAD_RETROSPECTIVE: &str = "Download retrospective (Markdown)";
pub const REOPEN_PERIOD: &str = "Reopen period";
pub const CLOSE_PERIOD: &str = "Close period";

pub fn period_reopened(period: &dyn Display) -> String {
    format!("{period} reopened: its OKRs can change again.")
}

pub fn period_closed(period: &dyn Display) -> String {
    format!("{period} closed: its OKRs are now read-only.")
}

pub const SCOPE_LABEL: &str = "Summary for";
pub const WHOLE_ORGANISATION: &str = "The whole organisation";
pub fn scoring_note(zero: &str, full: &str, success: &str) -> String {
    format!(
        "Scores run from {zero} to {full}. A commit key result is expected to reach {full}; \
         for a stretch key result about {success} is a success. Scores are for learning, \
         not for rating anyone."
    )
}

// The distribution of scores.
pub const SCORES_BY_BAND: &str = "Scores by band";
pub const BAND_TABLE_CAPTION: &str = "Key results per score band, commit and stretch apart";

// Each objective and its key results.
pub const NO_OBJECTIVES_IN_SCOPE: &str = "No objectives in this period for this scope.";

pub fn objective_score(score: &str) -> String {
    format!("Score {score}")
}

pub fn roll_over_objective(key_results: &dyn Display) -> String {
    format!("Roll over the whole objective ({key_results})")
}

pub fn roll_over_key_result(title: &dyn Display) -> String {
    format!("Roll over “{title}”")
}

pub const ROLLED_OVER: &str = " · rolled over";
pub const NO_CHECK_INS: &str = "No check-ins";

pub fn status_trend(trend: &dyn Display) -> String {
    format!("Status trend: {trend}")
}

pub fn experiment_learning(learning: &dyn Display) -> String {
    format!("A valuable experiment: {learning}")
}

// Rolling key results over into the next period.
pub const ROLL_OVER_TITLE: &str = "Roll over";

pub fn roll_over_intro(next_period: &dyn Display) -> String {
    format!(
        "Tick unfinished key results, or whole objectives, above to carry them into {next_period}. Each copy starts from its last value and links back here; check-ins stay with the original."
    )
}

pub fn roll_over_button(key_results: &dyn Display) -> String {
    format!("Roll over {key_results}")
}

pub const NO_KEY_RESULTS_CHOSEN: &str = "Choose the key results to roll over first.";

pub fn rolled_over(key_results: &dyn Display, period: &dyn Display) -> String {
    format!("Rolled {key_results} over into {period}.")
}

pub fn subtitle(scope: &dyn Display, period: &dyn Display, closed: &dyn Display) -> String {
    format!("{scope} · {period} {closed}")
}
pub const CLOSED: &str = "· closed";
