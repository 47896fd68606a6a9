//! Components shared by several pages.

mod banners;
mod cascade_tree;
mod confirm;
mod fields;
mod header;
mod import;
mod modal;
mod objective_card;
mod progress;
mod toast;

pub use banners::Banners;
pub use cascade_tree::CascadeTree;
pub use confirm::ConfirmDialog;
pub use fields::{SelectField, TextAreaField, TextField, focus_field};
pub use header::Header;
pub use import::ImportButton;
pub use modal::Modal;
pub use objective_card::{ObjectiveCard, children_note};
pub use progress::{CommitmentTag, ProgressBar, StatusBadge};
pub use toast::ToastHost;
