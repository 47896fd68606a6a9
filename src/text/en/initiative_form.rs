//! Text for `initiative_form`.

pub const EDIT_INITIATIVE: &str = "Edit initiative";
pub const NEW_INITIATIVE: &str = "New initiative";
pub const INTRO: &str = "The work that should move this key result. Initiatives never count toward progress: the outcome does.";
pub const LINK_OPTIONAL: &str = "Link (optional)";
pub const SAVE_INITIATIVE: &str = "Save initiative";
