//! One component per route.

mod not_found;
mod objective;
mod overview;
mod settings;
mod teams;
mod unit;

pub use not_found::NotFoundPage;
pub use objective::ObjectivePage;
pub use overview::OverviewPage;
pub use settings::SettingsPage;
pub use teams::TeamsPage;
pub use unit::UnitPage;
