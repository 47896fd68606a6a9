//! Quarters have real boundaries, follow each other without gaps, and pace
//! runs from the first day to the last.

use crate::common::day;
use chrono::{Datelike, Days, NaiveDate};
use ladder::domain::{Period, PeriodId, next_quarter, previous_quarter, quarter_of};
use proptest::prelude::*;

fn quarter(year: i32, q: u32) -> Period {
    Period::quarter(PeriodId::from("p"), (year, q)).expect("valid quarter")
}

#[test]
fn quarters_have_calendar_boundaries() {
    let q4 = quarter(2026, 4);
    assert_eq!(q4.name, "2026 Q4");
    assert_eq!((q4.start, q4.end), (day(2026, 10, 1), day(2026, 12, 31)));
    let q1 = quarter(2024, 1);
    assert_eq!((q1.start, q1.end), (day(2024, 1, 1), day(2024, 3, 31)));
    assert_eq!(q1.days(), 91, "2024 is a leap year");
    assert_eq!(quarter(2026, 2).end, day(2026, 6, 30));
    assert!(Period::quarter(PeriodId::from("p"), (2026, 5)).is_none());
    assert!(Period::quarter(PeriodId::from("p"), (2026, 0)).is_none());
}

#[test]
fn both_ends_belong_to_the_period() {
    let q4 = quarter(2026, 4);
    assert!(q4.contains(day(2026, 10, 1)));
    assert!(q4.contains(day(2026, 12, 31)));
    assert!(!q4.contains(day(2026, 9, 30)));
    assert!(!q4.contains(day(2027, 1, 1)));
}

#[test]
fn pace_runs_from_the_first_day_to_the_last() {
    let q4 = quarter(2026, 4);
    assert_eq!(q4.elapsed(day(2026, 9, 1)), 0.0);
    assert!((q4.elapsed(day(2026, 10, 1)) - 1.0 / 92.0).abs() < 1e-12);
    assert_eq!(q4.elapsed(day(2026, 12, 31)), 1.0);
    assert_eq!(q4.elapsed(day(2027, 2, 1)), 1.0);
}

#[test]
fn quarter_arithmetic_wraps_years() {
    assert_eq!(next_quarter((2026, 4)), (2027, 1));
    assert_eq!(previous_quarter((2026, 1)), (2025, 4));
    assert_eq!(quarter_of(day(2026, 11, 25)), (2026, 4));
    assert_eq!(quarter_of(day(2026, 1, 1)), (2026, 1));
    assert_eq!(quarter_of(day(2026, 6, 30)), (2026, 2));
}

fn any_day() -> impl Strategy<Value = NaiveDate> {
    (1900i32..2200, 1u32..=366)
        .prop_filter_map("valid day of year", |(y, d)| NaiveDate::from_yo_opt(y, d))
}

proptest! {
    #[test]
    fn every_day_is_in_exactly_its_quarter(date in any_day()) {
        let (year, q) = quarter_of(date);
        let period = quarter(year, q);
        prop_assert!(period.contains(date));
        prop_assert!(!quarter(next_quarter((year, q)).0, next_quarter((year, q)).1).contains(date));
        let (py, pq) = previous_quarter((year, q));
        prop_assert!(!quarter(py, pq).contains(date));
    }

    #[test]
    fn consecutive_quarters_touch_without_gap(year in 1900i32..2200, q in 1u32..=4) {
        let this = quarter(year, q);
        let (ny, nq) = next_quarter((year, q));
        let next = quarter(ny, nq);
        prop_assert_eq!(this.end.checked_add_days(Days::new(1)), Some(next.start));
        prop_assert_eq!(this.start.day(), 1);
        prop_assert!((90..=92).contains(&this.days()));
    }

    #[test]
    fn pace_never_goes_backwards(a in any_day(), b in any_day()) {
        let period = quarter(2026, 4);
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(period.elapsed(early) <= period.elapsed(late));
        prop_assert!((0.0..=1.0).contains(&period.elapsed(a)));
    }
}
