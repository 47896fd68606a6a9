//! Text for `parts`.

use std::fmt::Display;

pub const ORDER_MISMATCH: &str = "does not match the stored parts";

/// Where a damaged stored value is reported.
pub const STORED_WORKSPACE: &str = "stored workspace";

pub fn missing_part(key: &dyn Display) -> String {
    format!("its part “{key}” is missing")
}
