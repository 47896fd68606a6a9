//! Components shared by several pages.

mod banners;
mod cascade_tree;
mod chart;
mod coach_panel;
mod confirm;
mod dependency_list;
mod due_list;
mod editable;
mod fields;
mod form_actions;
mod header;
mod icon;
mod import;
mod involvement;
mod kpi_list;
mod lock_icon;
mod me_field;
mod modal;
mod more_menu;
mod not_found;
mod objective_card;
mod person_field;
mod progress;
mod shortcut_button;
mod shortcut_help;
mod snapshot_banner;
mod toast;

pub use banners::Banners;
pub use cascade_tree::CascadeTree;
pub use chart::{ChartTable, Guide, LineChart, Sparkline, StatusBars};
pub use coach_panel::{CoachMark, CoachPanel, CoachScope, coach_findings};
pub use confirm::ConfirmDialog;
pub use dependency_list::{DependencyList, WorkLink, work_link};
pub use due_list::DueList;
pub use editable::Editable;
pub use fields::{Choice, SelectField, TextAreaField, TextField};
pub use form_actions::{Another, FormActions};
pub use header::{Header, sync_words};
pub use icon::{Icon, IconName, health_icon, status_icon};
pub use import::{
    ConflictChoice, ImportButton, ImportDialog, RefusalNote, scope_text, take_picked_file,
};
pub use involvement::Involvement;
pub use kpi_list::KpiList;
pub use lock_icon::LockIcon;
pub use me_field::MeField;
pub use modal::Modal;
pub use more_menu::MoreMenu;
pub use not_found::NotFound;
pub use objective_card::{ObjectiveCard, children_note};
pub use person_field::{PersonField, add_person_named};
pub use progress::{CommitmentTag, ProgressBar, StatusBadge};
pub use shortcut_button::{NewObjectiveButton, ShortcutButton};
pub use shortcut_help::{KeyHint, ShortcutHelp};
pub use snapshot_banner::SnapshotBanner;
pub use toast::ToastHost;
