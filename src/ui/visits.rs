//! "Since your last visit": the day this browser last opened Ladder before
//! today, kept for the whole of today, so the list of what changed stays
//! put through reloads instead of emptying at each one.

use crate::storage::local;
use chrono::NaiveDate;

/// The day of the visit before today's, if there was one. Provided through
/// context.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LastVisit(pub Option<NaiveDate>);

/// Records today's visit and says which came before it. A browser that
/// cannot store it simply has no last visit next time.
pub fn start(today: NaiveDate) -> LastVisit {
    let (last, days) = record(&local::visits(), today);
    if let Some(days) = days {
        let _ = local::set_visits(&days);
    }
    LastVisit(last)
}

/// Given the stored visits (latest first) and today: the visit before
/// today's, and what to store, if it changes.
fn record(days: &[NaiveDate], today: NaiveDate) -> (Option<NaiveDate>, Option<Vec<NaiveDate>>) {
    match days {
        [latest, before, ..] if *latest == today => (Some(*before).filter(|b| *b < today), None),
        [latest] if *latest == today => (None, None),
        // A clock set back leaves a "visit" in the future: it is no last visit.
        [latest, ..] if *latest < today => (Some(*latest), Some(vec![today, *latest])),
        _ => (None, Some(vec![today])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).expect("a date")
    }

    #[test]
    fn the_last_visit_is_the_day_before_today_and_holds_all_day() {
        assert_eq!(record(&[], day(4)), (None, Some(vec![day(4)])));
        assert_eq!(record(&[day(4)], day(4)), (None, None));
        assert_eq!(
            record(&[day(1)], day(4)),
            (Some(day(1)), Some(vec![day(4), day(1)]))
        );
        // Reloading later the same day keeps the same last visit.
        assert_eq!(record(&[day(4), day(1)], day(4)), (Some(day(1)), None));
        assert_eq!(
            record(&[day(9), day(1)], day(4)),
            (None, Some(vec![day(4)])),
            "a visit in the future is forgotten"
        );
    }
}
