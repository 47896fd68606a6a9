//! Text for `parts`.

pub const ORDER_MISMATCH: &str = "does not match the stored parts";
