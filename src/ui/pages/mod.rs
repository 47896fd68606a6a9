//! One component per route.

mod not_found;
mod overview;
mod settings;

pub use not_found::NotFoundPage;
pub use overview::OverviewPage;
pub use settings::SettingsPage;
