//! What the page models' host tests build on: the sample company as of a
//! fixed day in its current quarter.

use crate::domain::{PeriodId, Workspace, sample_company};
use chrono::NaiveDate;

/// Mid-November 2026: the sample's current quarter is two-thirds gone.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 15).expect("a real day")
}

/// The sample company, the same on every call.
pub fn sample() -> Workspace {
    let mut n = 0;
    sample_company(today(), || {
        n += 1;
        n
    })
}

/// The period views open on.
pub fn current(ws: &Workspace) -> PeriodId {
    ws.default_period(today())
        .map(|p| p.id.clone())
        .expect("the sample has a current period")
}
