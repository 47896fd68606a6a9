//! One component per route.

mod check_ins;
mod key_result;
mod my_goals;
mod my_work;
mod objective;
mod overview;
mod person;
mod print;
mod settings;
mod summary;
mod teams;
mod unit;

pub use check_ins::CheckInsPage;
pub use key_result::KeyResultPage;
pub use my_goals::MyGoalsPage;
pub use my_work::MyWorkPage;
pub use objective::ObjectivePage;
pub use overview::OverviewPage;
pub use person::PersonPage;
pub use print::PrintPage;
pub use settings::SettingsPage;
pub use summary::SummaryPage;
pub use teams::TeamsPage;
pub use unit::UnitPage;
