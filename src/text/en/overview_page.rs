//! Text for `overview_page`.

use std::fmt::Display;

// The first run: ways to start.
pub const WELCOME_TITLE: &str = "Welcome to Ladder";
pub const WELCOME_LEDE: &str = "Set objectives, measure key results and see how every team's work ladders up \
                 to the company's goals. Everything stays in this browser: no account, no server.";
pub const PERSONAL_TITLE: &str = " Track my own goals";
pub const PERSONAL_BODY: &str =
    "Personal goals and 1:1 notes, private to you. No organisation needed.";
pub const PERSONAL_BUTTON: &str = "Track my own goals";
pub const ORGANISATION_TITLE: &str = "Set up your organisation";
pub const ORGANISATION_BODY: &str =
    "Name it and yourself; then add departments and teams, and write the first objectives.";
pub const YOUR_NAME: &str = "Your name";
pub const YOUR_NAME_HINT: &str = "You lead what you create until you choose someone else.";
pub const YOUR_NAME_MISSING: &str = "Enter your name: what you create needs someone who leads it.";
pub const START_EMPTY: &str = "Start empty";
pub const ORGANISATION_NAME_MISSING: &str = "Enter your organisation's name.";
pub const EXPLORE_A_SAMPLE_COMPANY: &str = "Explore a sample company";
pub const SAMPLE_BODY: &str =
    "A small company with departments, teams and OKRs that ladder up. Remove it in one click.";
pub const SNAPSHOT_TITLE: &str = "Open a snapshot";
pub const SNAPSHOT_BODY: &str = "Someone sent you a Ladder file? Import it here.";
pub const SNAPSHOT_BUTTON: &str = "Open a snapshot file";

// Empty states.
pub const NO_ORGANISATION_TITLE: &str = "Set up the organisation first";
pub const NO_ORGANISATION_BODY: &str = "Objectives belong to the company, a department or a team. Create the company and its units to start.";
pub const GO_TO_TEAMS: &str = "Go to Teams";
pub const NO_PERIODS_YET: &str = "No periods yet";
pub const NO_PERIODS_BODY: &str = "OKRs belong to a period, usually a quarter.";
pub const ADD_THIS_QUARTER: &str = "Add this quarter";
pub const NO_OBJECTIVES_YET: &str = "No objectives in this period yet";
pub const NO_OBJECTIVES_BODY: &str =
    "Start with the company's objectives; departments and teams then ladder up to them.";

// The status strip.
pub const KEY_RESULTS_BY_STATUS: &str = "Key results by status";

// The filter bar and its results.
pub const FILTER_OBJECTIVES: &str = "Filter objectives";
pub const SEARCH: &str = "Search";
pub const SEARCH_PLACEHOLDER: &str = "Objectives and key results";
pub const ANY_LEAD: &str = "Anyone";
pub const CLEAR_FILTERS: &str = "Clear filters";
pub const NO_OBJECTIVES_MATCH: &str = "No objectives match.";
pub const ONE_OBJECTIVE_MATCHES: &str = "1 objective matches.";

pub fn objectives_match(count: &dyn Display) -> String {
    format!("{count} objectives match.")
}

// The cascade of objectives.
pub const ALIGNED_TREE_LABEL: &str = "Company objectives and the objectives aligned to them";
pub const UNALIGNED_TITLE: &str = "Not aligned";
pub const UNALIGNED_BODY: &str = "These objectives ladder up to no company objective. Aligning them shows \
                                     how the work contributes; some may be fine on their own.";
pub const UNALIGNED_TREE_LABEL: &str = "Objectives not aligned to a company objective";

/// The period under the overview's heading: "Q4 2026 · 1 Oct – 31 Dec 2026".
pub fn period_line(name: &dyn Display, dates: &str) -> String {
    format!("{name} · {dates}")
}

// The offer to plan the next period.
pub fn plan_next(current: &dyn Display, left: &dyn Display, next: &dyn Display) -> String {
    format!("{current} ends in {left} and {next} has no objectives yet: a good time to plan them.")
}

pub fn plan_button(next: &dyn Display) -> String {
    format!("Plan {next}")
}
