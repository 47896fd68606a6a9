//! Text for `packed`.

pub const NOT_PACKED: &str = "the stored value is not in Ladder's packed form";
pub const NO_LENGTH: &str = "the packed value has no length";
pub const LENGTH_NOT_NUMBER: &str = "the packed value's length is not a number";
pub const INVALID_CHARACTER: &str = "the packed value contains a character it cannot hold";
pub const CUT_SHORT: &str = "the packed value is cut short";
pub const DAMAGED: &str = "the packed value is damaged";
pub const NOT_TEXT: &str = "the packed value is not text";
