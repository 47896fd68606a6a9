//! What a page shows about an objective at a glance, computed once from the
//! workspace so lists and trees render plain values.

use crate::domain::{Alignment, ObjectiveId, PeriodId, Status, Workspace};
use crate::text;
use crate::ui::route::{Page, Route};
use chrono::NaiveDate;

/// An objective as a row shows it. `Hash`/`Eq` so keyed lists re-render a row
/// exactly when something it shows has changed (progress in whole percents).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct ObjectiveSummary {
    pub id: ObjectiveId,
    pub title: String,
    pub unit: String,
    pub unit_kind: &'static str,
    pub lead: String,
    pub progress_pct: Option<i64>,
    pub pace_pct: Option<i64>,
    pub status: Option<Status>,
    /// Aligned children, and how many of them are on track.
    pub children: (usize, usize),
    /// "Ladders up to …" or why it does not.
    pub alignment: String,
    pub href: String,
}

impl ObjectiveSummary {
    pub fn progress(&self) -> Option<f64> {
        self.progress_pct.map(|p| p as f64 / 100.0)
    }

    pub fn pace(&self) -> Option<f64> {
        self.pace_pct.map(|p| p as f64 / 100.0)
    }

    /// What no status means: its key results are new and not checked in
    /// yet, or it has nothing to measure.
    pub fn no_status(&self) -> &'static str {
        if self.progress_pct.is_some() {
            crate::text::common::NOT_CHECKED_IN
        } else {
            crate::text::progress::NOT_MEASURED
        }
    }
}

/// The link to an objective, showing its own period.
pub fn objective_href(id: &ObjectiveId, period: &PeriodId) -> String {
    Route::from(Page::Objective(id.clone()))
        .with_period(period.clone())
        .href()
}

fn pct(value: f64) -> i64 {
    (value * 100.0).round() as i64
}

/// The summary of one objective.
pub fn summarize(ws: &Workspace, id: &ObjectiveId, today: NaiveDate) -> Option<ObjectiveSummary> {
    let objective = ws.objective(id)?;
    let unit = ws.unit(&objective.unit);
    let children = ws.aligned_children(id);
    let on_track = children
        .iter()
        .filter(|c| ws.objective_status(&c.id, today) == Some(Status::OnTrack))
        .count();
    let alignment = match ws.alignment(objective) {
        Alignment::Top => text::ui_summary::COMPANY_OBJECTIVE.to_owned(),
        Alignment::Aligned(parent) => {
            text::ui_summary::ladders_up_to(&ws.objective(&parent).map_or("", |p| p.title.as_str()))
        }
        Alignment::Unaligned(reason) => text::ui_summary::not_aligned(&reason.reason()),
    };
    Some(ObjectiveSummary {
        id: id.clone(),
        title: objective.title.clone(),
        unit: match &objective.owner {
            Some(owner) => ws.person_name(owner).to_owned(),
            None => unit.map_or_else(
                || text::ui_summary::UNKNOWN_UNIT.to_owned(),
                |u| u.name.clone(),
            ),
        },
        unit_kind: match objective.owner {
            Some(_) => text::common::INDIVIDUAL,
            None => unit.map_or("", |u| u.kind.label()),
        },
        lead: objective.lead.as_ref().map_or_else(
            || text::common::NO_LEAD.to_owned(),
            |l| ws.person_name(l).to_owned(),
        ),
        progress_pct: ws.objective_progress(id).map(pct),
        pace_pct: ws.objective_expected_progress(id, today).map(pct),
        status: ws.objective_status(id, today),
        children: (children.len(), on_track),
        alignment,
        href: objective_href(id, &objective.period),
    })
}
