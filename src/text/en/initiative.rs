//! Text for `initiative`.

// Statuses.
pub const PLANNED: &str = "Planned";
pub const IN_PROGRESS: &str = "In progress";
pub const DROPPED: &str = "Dropped";

// Form errors.
pub const TITLE_REQUIRED: &str =
    "Say what the work is, e.g. “Run a webinar series for DACH prospects”.";
pub const INVALID_LINK: &str = "Enter a web address starting with https://";
