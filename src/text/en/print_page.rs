//! Text for `print_page`.

use std::fmt::Display;

pub const NO_MEASURABLE_KEY_RESULTS: &str = "no measurable key results";

pub fn objective_meta(
    lead: &dyn Display,
    alignment: &dyn Display,
    progress: &dyn Display,
    status: &dyn Display,
) -> String {
    format!("Lead: {lead} · {alignment} · {progress} · {status}")
}

pub fn sheet_title(scope: &dyn Display, period: &dyn Display) -> String {
    format!("{scope} · OKRs {period}")
}

pub fn sheet_subtitle(dates: &str, objectives: &dyn Display, today: &str) -> String {
    format!("{dates} · {objectives} · as of {today}")
}

pub const PRINT: &str = "Print…";
pub const BACK: &str = "Back";
pub const NOTHING_TO_PRINT: &str = "Nothing to print";
pub const NOTHING_TO_PRINT_BODY: &str =
    "Create a period and objectives first; this page then shows them as a one-page sheet.";
pub const WHERE_IT_STANDS: &str = "Where it stands";

pub fn done(share: &dyn Display) -> String {
    format!("{share} done")
}
