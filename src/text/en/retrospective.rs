//! Text for `retrospective`.

use std::fmt::Display;

pub const NO_CHECK_INS: &str = "no check-ins";

pub fn title(scope: &dyn Display, period: &dyn Display) -> String {
    format!("# Retrospective: {scope} · {period}\n")
}

/// `zero`, `full` and `success` are the marks of the score scale as the
/// reader's locale writes them.
pub fn intro(dates: &str, closed: &dyn Display, zero: &str, full: &str, success: &str) -> String {
    format!(
        "{dates}{closed}. Scores run from {zero} to {full}: a commit key result is expected \
             to reach {full}, a stretch key result succeeds at about {success}. Scores are \
             for learning, not for rating anyone.\n"
    )
}

pub const SCORES_HEADING: &str = "## Scores\n";

pub fn scores_table_head(bands: &dyn Display) -> String {
    format!("| Key results | {bands} |")
}

pub fn objective_score(score: &str) -> String {
    format!("Score: **{score}**\n")
}

pub const KEY_RESULTS_TABLE_HEAD: &str =
    "| Key result | Type | Score | Status trend |\n| --- | --- | --- | --- |";

pub fn experiment_learning(key_result: &dyn Display, learning: &dyn Display) -> String {
    format!("- **{key_result}** (a valuable experiment): {learning}")
}

pub fn score_adjusted(key_result: &dyn Display, reason: &dyn Display) -> String {
    format!("- Score of “{key_result}” adjusted: {reason}")
}

pub fn learnings_section(learnings: &dyn Display) -> String {
    format!("### Learnings\n\n{learnings}\n")
}

pub const REFLECTION_HEADING: &str = "### Reflection\n";

// Follows the period's dates when it is closed.
pub const CLOSED_SUFFIX: &str = " · closed";
