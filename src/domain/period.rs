//! Periods: the time boxes OKRs belong to, usually quarters.

use super::PeriodId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A named date range; both ends are inclusive.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Period {
    pub id: PeriodId,
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}
