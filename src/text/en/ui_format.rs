//! Text for `ui_format`.

use std::fmt::Display;

pub fn measure_values(current: &dyn Display, target: &dyn Display, start: &dyn Display) -> String {
    format!("{current} of {target} · started at {start}")
}

pub const NOT_DONE_YET: &str = "Not done yet";
