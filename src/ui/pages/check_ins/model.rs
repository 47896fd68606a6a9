//! What the check-ins page shows for a period: the rhythm, what is due
//! (`ui::due_rows`) and the statuses per unit. Pure functions
//! of the workspace, tested on the host; each feeds a memo of its own, so
//! the due list is not rebuilt when only the dashboard changes.

use crate::domain::{CADENCES, PeriodId, StatusCounts, Workspace};
use crate::text;
use chrono::NaiveDate;

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
