//! Text for `cascade_tree`.

use std::fmt::Display;

pub fn progress_label(title: &dyn Display) -> String {
    format!("Progress of “{title}”")
}
