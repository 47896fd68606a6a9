//! What a key result's page shows, built by a pure function of
//! (workspace, key result, today) and tested on the host.

use crate::domain::{
    CheckInId, KeyResult, KeyResultId, Period, Reading, Status, Workspace, value_series,
};
use crate::text;
use crate::ui::route::Page;
use crate::ui::summary::objective_href;

/// Everything the page shows, computed once per change of the workspace.
#[derive(Clone, PartialEq, Debug)]
pub struct KeyResultPageView {
    pub kr: KeyResult,
    pub objective_title: String,
    pub objective_href: String,
    pub unit: String,
    pub period: Period,
    pub lead: String,
    pub closed: bool,
    pub progress: Option<f64>,
    pub expected: Option<f64>,
    pub status: Option<Status>,
    /// The day of the latest check-in, whose status is shown; the status
    /// is suggested by pace without one.
    pub status_chosen_on: Option<chrono::NaiveDate>,
    pub due: Option<String>,
    pub history: Vec<HistoryRow>,
    /// Checked-in values, oldest first.
    pub series: Vec<(chrono::NaiveDate, f64)>,
    /// Where pace expects it at the period's end (0.7 of the way for a stretch).
    pub pace_end: Option<f64>,
    pub rolled_from: Option<(String, String)>,
    pub rolled_to: Vec<(String, String)>,
}

#[derive(Clone, PartialEq, Debug)]
pub struct HistoryRow {
    pub id: CheckInId,
    pub date: chrono::NaiveDate,
    pub reading: Reading,
    pub status: Status,
    pub note: String,
    pub author: Option<String>,
    /// What pace expected on that day, in the key result's own terms.
    pub pace: Option<f64>,
}

pub fn build(
    ws: &Workspace,
    id: &KeyResultId,
    today: chrono::NaiveDate,
) -> Option<KeyResultPageView> {
    let kr = ws.key_result(id)?.clone();
    let objective = ws.objective(&kr.objective)?;
    let period = ws.period(&objective.period)?.clone();
    // One list of the check-ins serves the history, the chart, the status
    // and whether the key result is due.
    let check_ins = ws.check_ins_of(id);
    let latest = check_ins.last().copied();
    let due = ws.due_of(&kr, latest, today).map(|d| match d.last {
        Some(_) => text::key_result_page::due_for_check_in(&d.days),
        None => text::key_result_page::DUE_NO_CHECK_IN_YET.to_owned(),
    });
    let history = check_ins
        .iter()
        .rev()
        .map(|c| HistoryRow {
            id: c.id.clone(),
            date: c.date,
            reading: c.reading,
            status: c.status,
            note: c.note.clone(),
            author: c.author.as_ref().map(|a| ws.person_name(a).to_owned()),
            pace: ws.expected_value(&kr, c.date),
        })
        .collect();
    let link_to = |k: &KeyResult| {
        let period = ws
            .objective(&k.objective)
            .and_then(|o| ws.period(&o.period))
            .map_or("", |p| p.name.as_str());
        (
            text::common::title_in_period(&k.title, &period),
            crate::ui::route::Route::from(Page::KeyResult(k.id.clone())).href(),
        )
    };
    Some(KeyResultPageView {
        objective_title: objective.title.clone(),
        objective_href: objective_href(&objective.id, &objective.period),
        unit: ws
            .unit(&objective.unit)
            .map(|u| u.name.clone())
            .unwrap_or_default(),
        lead: kr.lead.as_ref().map_or_else(
            || text::common::NO_LEAD.to_owned(),
            |l| ws.person_name(l).to_owned(),
        ),
        closed: period.closed,
        progress: kr.measure.progress(),
        expected: ws.expected_progress(&kr, today),
        status: ws.key_result_status_given(&kr, latest, today),
        status_chosen_on: latest.map(|c| c.date),
        due,
        history,
        series: value_series(&check_ins),
        pace_end: ws.expected_value(&kr, period.end),
        rolled_from: kr
            .rolled_from
            .as_ref()
            .and_then(|r| ws.key_result(r))
            .map(link_to),
        rolled_to: ws.rolled_copies(id).map(link_to).collect(),
        period,
        kr,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixtures::{sample, today};

    #[test]
    fn a_key_result_that_does_not_exist_has_no_page() {
        assert_eq!(build(&sample(), &"nope".into(), today()), None);
    }

    #[test]
    fn the_history_is_newest_first_and_the_chart_oldest_first() {
        let ws = sample();
        let kr = ws
            .key_results
            .iter()
            .max_by_key(|k| ws.check_ins_of(&k.id).len())
            .expect("the sample has key results");
        let page = build(&ws, &kr.id, today()).expect("exists");
        assert!(page.history.len() >= 2, "the sample has check-ins");
        assert!(page.history.windows(2).all(|w| w[0].date >= w[1].date));
        assert!(page.series.windows(2).all(|w| w[0].0 <= w[1].0));
        assert_eq!(page.status_chosen_on, Some(page.history[0].date));
        assert_eq!(
            page.objective_title,
            ws.objective(&kr.objective)
                .map(|o| o.title.clone())
                .unwrap_or_default()
        );
    }

    #[test]
    fn without_check_ins_the_status_is_suggested() {
        let mut ws = sample();
        let id = ws.key_results[0].id.clone();
        ws.check_ins.retain(|c| c.key_result != id);
        let page = build(&ws, &id, today()).expect("exists");
        assert_eq!(page.status_chosen_on, None);
        assert!(page.history.is_empty() && page.series.is_empty());
    }
}
