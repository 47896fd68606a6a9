//! The Leptos user interface: the app shell, pages and components.
//!
//! All reactivity lives here. Components get the workspace through
//! the context types of [`state`] and never touch storage or JSON directly.

mod app;
mod app_update;
mod appearance;
pub mod clock;
mod components;
mod drafts;
mod due_rows;
#[cfg(test)]
mod fixtures;
mod focus;
mod format;
mod forms;
mod lazy_pages;
mod notices;
mod pages;
mod personal_history;
mod personal_state;
pub mod route;
mod router;
mod shortcuts;
pub mod state;
mod summary;
#[cfg(feature = "test-hooks")]
mod test_hooks;
mod timing;
mod undo;
mod visits;

pub use app::{App, PEOPLE_LIST, SelectedPeriod};
