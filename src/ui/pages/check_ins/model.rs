//! What the check-ins page shows for a period: the rhythm, what is due
//! (the current person's first) and the statuses per unit. Pure functions
//! of the workspace, tested on the host; each feeds a memo of its own, so
//! the due list is not rebuilt when only the dashboard changes.

use crate::domain::{CADENCES, KeyResultId, PeriodId, StatusCounts, Workspace};
use crate::text;
use crate::ui::route::{Page, Route};
use crate::ui::summary::objective_href;
use chrono::NaiveDate;

/// A key result due for a check-in, as its row shows it.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct DueRow {
    pub id: KeyResultId,
    pub title: String,
    pub href: String,
    pub objective: String,
    pub objective_href: String,
    pub unit: String,
    pub lead: String,
    /// Led by the person using this browser ("This is me").
    pub mine: bool,
    /// The last check-in, if there was one in the period.
    pub last: Option<NaiveDate>,
    /// Days since the last check-in, or since the period began.
    pub days: i64,
}

/// "Due in Q4 2026, weekly": the period and the check-in rhythm.
pub fn heading(ws: &Workspace, period: Option<&PeriodId>) -> String {
    let cadence = ws.settings.check_in_every_days;
    let rhythm = CADENCES
        .iter()
        .find(|(days, _)| *days == cadence)
        .map_or_else(
            || text::check_ins_page::every_days(cadence),
            |(_, name)| text::common::in_sentence(name),
        );
    let name = period
        .and_then(|p| ws.period(p))
        .map(|p| p.name.as_str())
        .unwrap_or_default();
    text::check_ins_page::due_rhythm(&name, &rhythm)
}

/// Whether `period` is open and `today` falls in it: only then is anything due.
pub fn under_way(ws: &Workspace, period: &PeriodId, today: NaiveDate) -> bool {
    ws.period(period)
        .is_some_and(|p| p.contains(today) && !p.closed)
}

/// What is due in `period`: the current person's first, then everyone's,
/// longest-waiting first.
pub fn due(ws: &Workspace, period: &PeriodId, today: NaiveDate) -> Vec<DueRow> {
    let me = ws.settings.me.clone();
    let mut rows: Vec<DueRow> = ws
        .due_for_check_in(period, &[], today)
        .into_iter()
        .filter_map(|d| {
            let kr = ws.key_result(&d.key_result)?;
            let objective = ws.objective(&d.objective)?;
            Some(DueRow {
                id: kr.id.clone(),
                title: kr.title.clone(),
                href: Route::from(Page::KeyResult(kr.id.clone())).href(),
                objective: objective.title.clone(),
                objective_href: objective_href(&objective.id, &objective.period),
                unit: ws.unit(&d.unit).map(|u| u.name.clone()).unwrap_or_default(),
                lead: kr.lead.as_ref().map_or_else(
                    || text::common::NO_LEAD.to_owned(),
                    |l| ws.person_name(l).to_owned(),
                ),
                mine: me.is_some() && kr.lead == me,
                last: d.last,
                days: d.days,
            })
        })
        .collect();
    // Stable: the longest-waiting order holds within each group.
    rows.sort_by_key(|r| !r.mine);
    rows
}

/// Statuses per unit in `period`: (unit name, counts).
pub fn dashboard(
    ws: &Workspace,
    period: &PeriodId,
    today: NaiveDate,
) -> Vec<(String, StatusCounts)> {
    ws.status_counts(period, today)
        .into_iter()
        .map(|(unit, counts)| {
            (
                ws.unit(&unit).map(|u| u.name.clone()).unwrap_or_default(),
                counts,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixtures::{current, sample, today};

    #[test]
    fn the_heading_names_the_period_and_the_rhythm() {
        let ws = sample();
        let period = current(&ws);
        let name = ws
            .period(&period)
            .map(|p| p.name.clone())
            .unwrap_or_default();
        assert!(heading(&ws, Some(&period)).contains(&name));
        let mut odd = ws.clone();
        odd.settings.check_in_every_days = 5;
        assert_ne!(heading(&odd, Some(&period)), heading(&ws, Some(&period)));
    }

    #[test]
    fn the_current_persons_key_results_come_first() {
        let mut ws = sample();
        let period = current(&ws);
        assert!(under_way(&ws, &period, today()));
        let rows = due(&ws, &period, today());
        assert!(rows.len() > 1, "the sample has key results due");
        let last_lead = rows
            .iter()
            .rev()
            .find_map(|r| ws.key_result(&r.id).and_then(|k| k.lead.clone()))
            .expect("a due key result has a lead");
        ws.settings.me = Some(last_lead.clone());
        let rows = due(&ws, &period, today());
        assert!(rows[0].mine);
        let first_other = rows.iter().position(|r| !r.mine).unwrap_or(rows.len());
        assert!(
            rows[first_other..].iter().all(|r| !r.mine),
            "mine, then the rest"
        );
    }

    #[test]
    fn nothing_is_under_way_once_the_period_is_closed_or_over() {
        let mut ws = sample();
        let period = current(&ws);
        let end = ws.period(&period).map(|p| p.end).expect("exists");
        assert!(!under_way(&ws, &period, end + chrono::Days::new(1)));
        ws.set_period_closed(&period, true);
        assert!(!under_way(&ws, &period, today()));
    }

    #[test]
    fn the_dashboard_counts_every_key_result_once() {
        let ws = sample();
        let period = current(&ws);
        let total: usize = dashboard(&ws, &period, today())
            .iter()
            .map(|(_, c)| c.total())
            .sum();
        let expected: usize = ws
            .status_counts(&period, today())
            .iter()
            .map(|(_, c)| c.total())
            .sum();
        assert_eq!(total, expected);
        assert!(total > 0);
    }
}
