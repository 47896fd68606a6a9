//! What the overview shows of a period, as pure functions of the workspace
//! tested on the host. Each feeds a memo of its own: typing in the filter
//! recomputes only the matches, a check-in only what it changes.

use crate::domain::format::Locale;
use crate::domain::{Filter, PeriodId, Status, StatusCounts, Workspace};
use crate::text;
use crate::ui::summary::{ObjectiveSummary, summarize};
use chrono::NaiveDate;

/// "Q4 2026 · 1 Oct – 31 Dec 2026", its days as `dates` writes them, or
/// `None` without the period.
pub fn period_line(ws: &Workspace, period: &PeriodId, dates: &dyn Locale) -> Option<String> {
    let p = ws.period(period)?;
    Some(text::overview_page::period_line(
        &p.name,
        &dates.days(p.start, p.end),
    ))
}

/// The period's key results by the status of their latest check-in, over
/// every unit.
pub fn status_totals(ws: &Workspace, period: &PeriodId, today: NaiveDate) -> StatusCounts {
    ws.status_counts(period, today)
        .into_iter()
        .fold(StatusCounts::default(), |mut sum, (_, c)| {
            sum.on_track += c.on_track;
            sum.at_risk += c.at_risk;
            sum.off_track += c.off_track;
            sum.not_checked_in += c.not_checked_in;
            sum
        })
}

/// The status strip's entries, in the order it shows them; `None` is "not
/// checked in".
pub fn strip(totals: StatusCounts) -> [(Option<Status>, usize); 4] {
    [
        (Some(Status::OnTrack), totals.on_track),
        (Some(Status::AtRisk), totals.at_risk),
        (Some(Status::OffTrack), totals.off_track),
        (None, totals.not_checked_in),
    ]
}

/// The period's objectives `filter` matches; none while it is empty (the
/// cascade shows then).
pub fn matches(
    ws: &Workspace,
    period: &PeriodId,
    filter: &Filter,
    today: NaiveDate,
) -> Vec<ObjectiveSummary> {
    if filter.is_empty() {
        return Vec::new();
    }
    ws.objectives_in(period)
        .filter(|o| filter.matches(ws, o))
        .filter_map(|o| summarize(ws, &o.id, today))
        .collect()
}

/// The offer to plan the period after `current`, late in it: the sentence
/// and the button's label.
pub fn plan_next(ws: &Workspace, current: &PeriodId, today: NaiveDate) -> Option<(String, String)> {
    let next = match ws.next_to_plan(current, today)? {
        Ok(period) => period.name.clone(),
        Err(_) => ws.next_period_name(current)?,
    };
    let now = ws.period(current)?;
    let left = usize::try_from((now.end - today).num_days() + 1).unwrap_or(0);
    Some((
        text::overview_page::plan_next(&now.name, &text::counts::days(left), &next),
        text::overview_page::plan_button(&next),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::Plain;
    use crate::ui::fixtures::{current, sample, today};

    #[test]
    fn the_period_line_names_the_period_and_its_dates() {
        let ws = sample();
        let period = current(&ws);
        let line = period_line(&ws, &period, &Plain).expect("exists");
        let p = ws.period(&period).expect("exists");
        assert_eq!(
            line,
            text::overview_page::period_line(&p.name, &Plain.days(p.start, p.end))
        );
        assert_eq!(period_line(&ws, &"nope".into(), &Plain), None);
    }

    #[test]
    fn the_strip_counts_every_key_result_of_the_period_once() {
        let ws = sample();
        let period = current(&ws);
        let shown: usize = strip(status_totals(&ws, &period, today()))
            .iter()
            .map(|(_, n)| n)
            .sum();
        let key_results: usize = ws
            .objectives_in(&period)
            .filter(|o| !o.archived && o.owner.is_none())
            .map(|o| ws.key_results_of(&o.id).len())
            .sum();
        assert!(shown > 0);
        assert_eq!(shown, key_results);
    }

    #[test]
    fn a_filter_finds_objectives_by_their_words_and_nothing_without_one() {
        let ws = sample();
        let period = current(&ws);
        assert_eq!(matches(&ws, &period, &Filter::default(), today()), []);
        let some = ws
            .objectives_in(&period)
            .next()
            .expect("the sample has objectives");
        let word = some
            .title
            .split_whitespace()
            .last()
            .unwrap_or_default()
            .to_owned();
        let found = matches(
            &ws,
            &period,
            &Filter {
                text: word.clone(),
                ..Filter::default()
            },
            today(),
        );
        assert!(found.iter().any(|s| s.id == some.id));
        let nothing = Filter {
            text: "no objective says this".to_owned(),
            ..Filter::default()
        };
        assert_eq!(matches(&ws, &period, &nothing, today()), []);
    }

    #[test]
    fn planning_the_next_quarter_is_offered_late_in_an_empty_successor() {
        let ws = sample();
        let period = current(&ws);
        let end = ws.period(&period).map(|p| p.end).expect("exists");
        let (sentence, button) =
            plan_next(&ws, &period, end - chrono::Days::new(1)).expect("offered");
        assert!(sentence.contains("2 days"), "{sentence}");
        assert!(button.starts_with("Plan "), "{button}");
        assert_eq!(plan_next(&ws, &period, today()), None, "too early");
    }
}
