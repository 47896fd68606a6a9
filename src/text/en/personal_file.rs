//! Text for `personal_file`.

use std::fmt::Display;

pub const SNAPSHOT_HOLDS_NO_PRIVATE_GOALS: &str = "This snapshot holds no private goals: it was exported without \
                 “Include my private goals”.";

pub fn too_new(version: &dyn Display, supported: &dyn Display) -> String {
    format!(
        "These private goals were saved by a newer version of Ladder (version \
                 {version}); this version reads version {supported}."
    )
}

pub fn invalid_json(error: &dyn Display) -> String {
    format!("The data is not valid JSON: {error}.")
}
pub const NO_FORMAT_VERSION: &str = "The private data has no format version.";
