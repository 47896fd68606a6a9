//! Status: how a key result or objective is doing, as a signal, not a verdict.

use crate::text;
use serde::{Deserialize, Serialize};

/// On track, at risk, or off track ("needs help": a call for support). Ordered
/// from least to most in need of attention, so `max` is the one to look at.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    OnTrack,
    AtRisk,
    OffTrack,
}

/// How far behind linear pace still counts as on track, in progress points.
const ON_TRACK_BEHIND: f64 = 0.10;
/// How far behind pace is at risk rather than needing help.
const AT_RISK_BEHIND: f64 = 0.25;

impl Status {
    pub const ALL: [Status; 3] = [Status::OnTrack, Status::AtRisk, Status::OffTrack];

    pub fn from_slug(slug: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The status pace suggests: `progress` against the `expected` share of the
    /// period that has passed. Up to 10 points behind is on track, up to 25 at risk.
    pub fn suggested(progress: f64, expected: f64) -> Status {
        let behind = expected - progress;
        if behind <= ON_TRACK_BEHIND {
            Status::OnTrack
        } else if behind <= AT_RISK_BEHIND {
            Status::AtRisk
        } else {
            Status::OffTrack
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::OnTrack => text::common::ON_TRACK,
            Status::AtRisk => text::common::AT_RISK,
            Status::OffTrack => text::common::NEEDS_HELP,
        }
    }

    /// The symbol shown with the colour, so status never relies on colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            Status::OnTrack => "✓",
            Status::AtRisk => "!",
            Status::OffTrack => "✕",
        }
    }

    /// A stable name for styling (`status-on-track`).
    pub fn slug(self) -> &'static str {
        match self {
            Status::OnTrack => "on-track",
            Status::AtRisk => "at-risk",
            Status::OffTrack => "off-track",
        }
    }
}
