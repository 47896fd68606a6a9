//! Text for `key_result`.

pub const STRETCH_EXPECTATION: &str = "~0.7 is success";

pub const COMMIT_EXPECTATION: &str = "expected: 1.0";
