//! Text for `appearance`.

use std::fmt::Display;

pub const MATCH_THIS_DEVICE: &str = "Match this device";
pub const LIGHT: &str = "Light";
pub const DARK: &str = "Dark";
pub fn scheme_not_remembered(reason: &dyn Display) -> String {
    format!(
        "This browser could not remember the colour scheme ({reason}); it applies until you close the tab."
    )
}
