//! Periods: the time boxes OKRs belong to, usually quarters.

use super::{PeriodId, Revision};
use crate::text;
use chrono::{Datelike, NaiveDate};
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
    /// A closed period's OKRs are read-only: graded, reflected on, done.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub closed: bool,
    /// Which browsers changed the record, and when last: how merging tells
    /// a newer version from a concurrent one.
    #[serde(default, skip_serializing_if = "Revision::is_new")]
    pub rev: Revision,
}

/// Reads a `YYYY-MM-DD` date, with a message that shows the expected form.
fn day<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(d)?;
    text.parse()
        .map_err(|_| serde::de::Error::custom(text::period::invalid_date(&text)))
}

/// A calendar quarter: `(year, 1..=4)`.
pub type Quarter = (i32, u32);

/// The quarter a day falls in.
pub fn quarter_of(day: NaiveDate) -> Quarter {
    (day.year(), day.month0() / 3 + 1)
}

/// The quarter after `(year, q)`.
pub fn next_quarter((year, q): Quarter) -> Quarter {
    if q >= 4 { (year + 1, 1) } else { (year, q + 1) }
}

/// The quarter before `(year, q)`.
pub fn previous_quarter((year, q): Quarter) -> Quarter {
    if q <= 1 { (year - 1, 4) } else { (year, q - 1) }
}

impl Period {
    /// The calendar quarter `(year, q)`, named like "2026 Q4"; `None` for a
    /// quarter number outside 1–4 or a year chrono cannot represent.
    pub fn quarter(id: PeriodId, (year, q): Quarter) -> Option<Period> {
        if !(1..=4).contains(&q) {
            return None;
        }
        let start = NaiveDate::from_ymd_opt(year, (q - 1) * 3 + 1, 1)?;
        let (next_year, next_q) = next_quarter((year, q));
        let end = NaiveDate::from_ymd_opt(next_year, (next_q - 1) * 3 + 1, 1)?.pred_opt()?;
        Some(Period {
            id,
            name: format!("{year} Q{q}"),
            start,
            end,
            closed: false,
            rev: Revision::default(),
        })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    /// Number of days, both ends included.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// The share of the period that has passed by the end of `day`, in `0..=1`:
    /// linear pace says this much of every target should be reached by then.
    pub fn elapsed(&self, day: NaiveDate) -> f64 {
        let days = self.days();
        if days <= 0 {
            return 1.0;
        }
        let passed = (day - self.start).num_days() + 1;
        (passed as f64 / days as f64).clamp(0.0, 1.0)
    }
}
