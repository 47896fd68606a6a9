//! Key results due for a check-in, as a row of a due list shows them: the
//! check-ins page lists everyone's (the current person's first), "My work"
//! only the current person's.

use crate::domain::{KeyResultId, PeriodId, Workspace};
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixtures::{current, sample, today};

    #[test]
    fn the_current_persons_key_results_come_first() {
        let mut ws = sample();
        let period = current(&ws);
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
}
