//! Text for `merge`.

// A field with no value, in the list of differences.
pub const EMPTY_VALUE: &str = "(empty)";
