//! Components shared by several pages.

mod banners;
mod cascade_tree;
mod chart;
mod coach_panel;
mod confirm;
mod dependency_list;
mod fields;
mod form_actions;
mod header;
mod import;
mod kpi_list;
mod lock_icon;
mod modal;
mod not_found;
mod objective_card;
mod progress;
mod snapshot_banner;
mod toast;

pub use banners::Banners;
pub use cascade_tree::CascadeTree;
pub use chart::{ChartTable, Guide, LineChart, Sparkline, StatusBars};
pub use coach_panel::{CoachMark, CoachPanel, CoachScope, coach_findings};
pub use confirm::ConfirmDialog;
pub use dependency_list::{DependencyList, WorkLink, work_link};
pub use fields::{Choice, SelectField, TextAreaField, TextField};
pub use form_actions::FormActions;
pub use header::Header;
pub use import::{ImportButton, ImportDialog, scope_text, take_picked_file};
pub use kpi_list::KpiList;
pub use lock_icon::LockIcon;
pub use modal::Modal;
pub use not_found::NotFound;
pub use objective_card::{ObjectiveCard, children_note};
pub use progress::{CommitmentTag, ProgressBar, StatusBadge};
pub use snapshot_banner::SnapshotBanner;
pub use toast::ToastHost;
