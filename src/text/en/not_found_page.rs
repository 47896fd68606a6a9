//! Text for `not_found_page`.

pub const NOTHING_HERE: &str = "There is nothing at this address. The link may be from a newer version of Ladder, or mistyped.";
pub const GO_TO_OVERVIEW: &str = "Go to the overview";
