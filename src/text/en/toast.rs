//! Text for `toast`.

pub const MESSAGES: &str = "Messages";
