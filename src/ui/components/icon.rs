//! One drawn icon set, in place of text symbols whose look depends on the
//! fonts of the machine (↶ ↷ ⏰ ✓ ✕ came in four styles). Outlines on a
//! 24-unit grid, stroked in the text's colour, so an icon takes the colour
//! and size of the words beside it. Always decorative: the words, or the
//! control's accessible name, say what it means.

use crate::domain::{Health, Status};
use leptos::prelude::*;

/// A status's icon, shown with its colour and word.
pub fn status_icon(status: Status) -> IconName {
    match status {
        Status::OnTrack => IconName::Check,
        Status::AtRisk => IconName::Alert,
        Status::OffTrack => IconName::Cross,
    }
}

/// A KPI's health as an icon, shown with its colour and word.
pub fn health_icon(health: Health) -> IconName {
    match health {
        Health::Healthy => IconName::Check,
        Health::Warning => IconName::Alert,
        Health::Unhealthy => IconName::Cross,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IconName {
    /// A person: My work.
    Person,
    /// Boxes in a tree: the overview's cascade.
    Cascade,
    /// Two people: teams.
    People,
    /// A tick in a circle: check-ins.
    CheckCircle,
    /// A padlock: private data.
    Lock,
    /// Three sliders: settings.
    Sliders,
    Undo,
    Redo,
    Previous,
    Next,
    Close,
    /// On track, healthy, done.
    Check,
    /// At risk, a warning.
    Alert,
    /// Off track, unhealthy.
    Cross,
    /// Not checked in, no status yet.
    Open,
    /// Due for a check-in.
    Clock,
    /// Three dots: more actions.
    More,
}

impl IconName {
    /// Its class (`icon-check`), for a style of its own.
    fn slug(self) -> &'static str {
        match self {
            IconName::Person => "person",
            IconName::Cascade => "cascade",
            IconName::People => "people",
            IconName::CheckCircle => "check-circle",
            IconName::Lock => "lock",
            IconName::Sliders => "sliders",
            IconName::Undo => "undo",
            IconName::Redo => "redo",
            IconName::Previous => "previous",
            IconName::Next => "next",
            IconName::Close => "close",
            IconName::Check => "check",
            IconName::Alert => "alert",
            IconName::Cross => "cross",
            IconName::Open => "open",
            IconName::Clock => "clock",
            IconName::More => "more",
        }
    }

    /// The outline, as one SVG path (circles drawn as two arcs).
    fn path(self) -> &'static str {
        match self {
            IconName::Person => {
                "M12 4a4 4 0 1 0 0 8a4 4 0 1 0 0-8M4 21v-1a6 6 0 0 1 6-6h4a6 6 0 0 1 6 6v1"
            }
            IconName::Cascade => {
                "M10 2h4a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-4a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z\
                 M3 17h4a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1z\
                 M17 17h4a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-4a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1z\
                 M12 7v5M5 17v-3h14v3"
            }
            IconName::People => {
                "M9 4.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7M2 21v-1a5 5 0 0 1 5-5h4a5 5 0 0 1 5 5v1\
                 M16 4.6a3.5 3.5 0 0 1 0 6.8M19 15.2a5 5 0 0 1 3 4.8v1"
            }
            IconName::CheckCircle => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M8 12.5l3 3 5-6",
            IconName::Lock => {
                "M7 11h10a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2v-6a2 2 0 0 1 2-2z\
                 M8 11V7a4 4 0 0 1 8 0v4"
            }
            IconName::Sliders => {
                "M4 6h9M17 6h3M15 4a2 2 0 1 0 0 4a2 2 0 1 0 0-4M4 12h3M11 12h9\
                 M9 10a2 2 0 1 0 0 4a2 2 0 1 0 0-4M4 18h11M19 18h1M17 16a2 2 0 1 0 0 4a2 2 0 1 0 0-4"
            }
            IconName::Undo => "M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",
            IconName::Redo => "M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13",
            IconName::Previous => "M15 18l-6-6 6-6",
            IconName::Next => "M9 18l6-6-6-6",
            IconName::Close | IconName::Cross => "M6 6l12 12M18 6L6 18",
            IconName::Check => "M5 12.5l4.5 4.5L19 7",
            IconName::Alert => "M12 5v9M12 19v.01",
            IconName::Open => "M12 5a7 7 0 1 0 0 14a7 7 0 1 0 0-14",
            IconName::Clock => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 2",
            IconName::More => "M5 12h.01M12 12h.01M19 12h.01",
        }
    }
}

#[component]
pub fn Icon(
    icon: IconName,
    /// Classes beside `icon`, for a colour or a size of its own.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    view! {
        <svg
            class=format!("icon icon-{} {class}", icon.slug())
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
        >
            <path d=icon.path() />
        </svg>
    }
}
