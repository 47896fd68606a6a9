//! Text for `rollover`.

pub const ALREADY_ROLLED_OVER: &str = "Those key results have already been rolled over.";
