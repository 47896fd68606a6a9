//! Text for `one_on_one`.

// The GROW prompts: heading, then question (the Goal heading is common).
pub const GOAL_QUESTION: &str = "What do you want from this conversation, and from the next weeks?";
pub const REALITY: &str = "Reality";
pub const REALITY_QUESTION: &str =
    "Where do things stand now? What have you tried, what is in the way?";
pub const OPTIONS: &str = "Options";
pub const OPTIONS_QUESTION: &str = "What could you do? Which support would help?";
pub const WILL: &str = "Will — the way forward";
pub const WILL_QUESTION: &str = "What will you do next, and by when?";

// Form errors.
pub const INVALID_DATE: &str = "Enter the day of the conversation, like 2026-12-01.";
pub const NOTHING_WRITTEN: &str = "Write at least one of Goal, Reality, Options or Will.";
