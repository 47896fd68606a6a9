//! Text for `edit`.

use std::fmt::Display;

pub fn measure_kind_locked(kind: &dyn Display) -> String {
    format!(
        "It has check-ins recorded as {kind}, so it stays {kind}. Add a new key result to measure it differently."
    )
}

pub fn unit_not_empty(contents: &dyn Display) -> String {
    format!("It still holds {contents}. Archive it instead: it stays readable with its OKRs.")
}

pub fn person_holds_goals(person: &dyn Display, goals: &dyn Display) -> String {
    format!(
        "{person} holds {goals}. Delete them on their page first (Settings → Features → \
                 Individual goals shows them)."
    )
}

pub fn person_still_leads(person: &dyn Display, led: &dyn Display) -> String {
    format!("{person} leads {led}. Give them another lead first.")
}

pub const NOT_A_QUARTER: &str = "That is not a quarter.";

pub fn period_holds_objectives(objectives: &dyn Display) -> String {
    format!("It holds {objectives}; it stays as their history.")
}
