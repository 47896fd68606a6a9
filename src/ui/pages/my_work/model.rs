//! What "My work" shows: the reader's due key results and what others
//! reported on their work since their last visit. Pure functions of the
//! workspace, tested on the host.

use crate::domain::{CheckInId, Measure, PeriodId, PersonId, Status, Workspace};
use crate::ui::due_rows::{DueRow, due};
use crate::ui::route::{Page, Route};
use chrono::NaiveDate;

/// How many of the latest check-ins by others the page lists; the rest are
/// counted, and each is on its key result's page.
pub const NEWS_SHOWN: usize = 20;

/// A check-in someone else made on the reader's work.
#[derive(Clone, PartialEq, Debug)]
pub struct NewsRow {
    pub id: CheckInId,
    /// Who checked in, if the check-in says.
    pub who: Option<String>,
    pub key_result: String,
    pub href: String,
    /// The key result's measure as the check-in left it.
    pub measure: Measure,
    pub status: Status,
    pub date: NaiveDate,
    pub note: String,
}

/// The key results `me` leads that are due in `period`.
pub fn my_due(ws: &Workspace, period: &PeriodId, today: NaiveDate) -> Vec<DueRow> {
    let mut rows = due(ws, period, today);
    rows.retain(|r| r.mine);
    rows
}

/// The latest [`NEWS_SHOWN`] check-ins others made on `me`'s work dated
/// `since` or later, and how many more there are.
pub fn news(ws: &Workspace, me: &PersonId, since: NaiveDate) -> (Vec<NewsRow>, usize) {
    let found = ws.news_for(me, since);
    let more = found.len().saturating_sub(NEWS_SHOWN);
    let rows = found
        .into_iter()
        .take(NEWS_SHOWN)
        .filter_map(|c| {
            let kr = ws.key_result(&c.key_result)?;
            Some(NewsRow {
                id: c.id.clone(),
                who: c.author.as_ref().map(|a| ws.person_name(a).to_owned()),
                key_result: kr.title.clone(),
                href: Route::from(Page::KeyResult(kr.id.clone())).href(),
                measure: kr.measure.with_reading(c.reading),
                status: c.status,
                date: c.date,
                note: c.note.clone(),
            })
        })
        .collect();
    (rows, more)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixtures::{current, sample, today};

    /// The sample with "This is me" set to the lead of a due key result.
    fn with_me() -> (Workspace, PersonId) {
        let mut ws = sample();
        let period = current(&ws);
        let lead = due(&ws, &period, today())
            .iter()
            .find_map(|r| ws.key_result(&r.id).and_then(|k| k.lead.clone()))
            .expect("a due key result has a lead");
        ws.settings.me = Some(lead.clone());
        (ws, lead)
    }

    #[test]
    fn only_my_due_key_results_are_listed() {
        let (ws, me) = with_me();
        let period = current(&ws);
        let rows = my_due(&ws, &period, today());
        assert!(!rows.is_empty());
        assert!(rows.iter().all(|r| r.mine));
        assert!(rows.iter().all(|r| {
            ws.key_result(&r.id)
                .is_some_and(|k| k.lead.as_ref() == Some(&me))
        }));
    }

    #[test]
    fn news_names_who_checked_in_and_is_bounded() {
        let (ws, me) = with_me();
        let (rows, more) = news(&ws, &me, NaiveDate::MIN);
        let all = ws.news_for(&me, NaiveDate::MIN).len();
        assert_eq!(rows.len() + more, all);
        assert!(rows.len() <= NEWS_SHOWN);
        let my_name = ws.person_name(&me).to_owned();
        assert!(
            rows.iter()
                .all(|r| r.who.as_deref() != Some(my_name.as_str()))
        );
        assert!(
            rows.windows(2).all(|w| w[0].date >= w[1].date),
            "newest first"
        );
        let (none, more) = news(&ws, &me, today() + chrono::Days::new(1));
        assert!(none.is_empty() && more == 0);
    }
}
