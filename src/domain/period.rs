//! Periods: the time boxes OKRs belong to, usually quarters.

use super::PeriodId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A named date range; both ends are inclusive.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Period {
    pub id: PeriodId,
    pub name: String,
    #[serde(deserialize_with = "day")]
    pub start: NaiveDate,
    #[serde(deserialize_with = "day")]
    pub end: NaiveDate,
}

/// Reads a `YYYY-MM-DD` date, with a message that shows the expected form.
fn day<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(d)?;
    text.parse()
        .map_err(|_| serde::de::Error::custom(format!("“{text}” is not a date like 2026-03-31")))
}

impl Period {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}
