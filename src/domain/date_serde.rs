//! Dates and timestamps as Ladder writes them, read without chrono's general parser.
//!
//! A large workspace holds a date on every check-in and KPI reading and a
//! timestamp on every edited record: well over 100,000 of them, all parsed
//! when the app starts. chrono's `FromStr` accepts many layouts and spends
//! about a microsecond on each in WebAssembly. The two layouts chrono's own
//! serializer writes, `2025-03-31` and `2025-03-31T09:15:00Z` (with an
//! optional fraction), are read here by position; anything else goes to
//! chrono, so every text accepted before is accepted now, with the same value
//! and the same error message.
//!
//! Use with `#[serde(with = "date_serde::date")]` or `"date_serde::optional_utc"`.

use chrono::{DateTime, FixedOffset, NaiveDate, ParseError, Utc};
use serde::de::{self, Deserializer, Visitor};
use std::fmt;

/// The date in `text`, exactly as `text.parse::<NaiveDate>()` reads it.
pub fn parse_date(text: &str) -> Result<NaiveDate, ParseError> {
    match ymd(text.as_bytes()) {
        Some(date) if text.len() == 10 => Ok(date),
        _ => text.parse(),
    }
}

/// The instant in `text`, exactly as chrono's `DateTime<Utc>` deserializer
/// reads it (RFC 3339 with any offset, converted to UTC).
pub fn parse_utc(text: &str) -> Result<DateTime<Utc>, ParseError> {
    match utc(text.as_bytes()) {
        Some(instant) => Ok(instant),
        None => text
            .parse::<DateTime<FixedOffset>>()
            .map(|t| t.with_timezone(&Utc)),
    }
}

/// `YYYY-MM-DD` at the start of `b`.
fn ymd(b: &[u8]) -> Option<NaiveDate> {
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.fffZ` (1 to 9 digits of fraction).
fn utc(b: &[u8]) -> Option<DateTime<Utc>> {
    let date = ymd(b)?;
    if b.len() < 20 || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b.last() != Some(&b'Z') {
        return None;
    }
    let hour = digits(&b[11..13])?;
    let minute = digits(&b[14..16])?;
    // A leap second (`:60`) is left to chrono, which gives it its own representation.
    let second = digits(&b[17..19]).filter(|s| *s < 60)?;
    let nanos = match &b[19..b.len() - 1] {
        [] => 0,
        [b'.', fraction @ ..] if (1..=9).contains(&fraction.len()) => {
            digits(fraction)? * 10u32.pow(9 - u32::try_from(fraction.len()).ok()?)
        }
        _ => return None,
    };
    Some(
        date.and_hms_nano_opt(hour, minute, second, nanos)?
            .and_utc(),
    )
}

/// The number written in `b`, which must be ASCII digits only (at most 9).
fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// `NaiveDate` as chrono writes it, read through [`parse_date`].
pub mod date {
    use super::*;
    use serde::Serializer;

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(date, s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(DateVisitor)
    }
}

/// `Option<DateTime<Utc>>` as chrono writes it, read through [`parse_utc`].
pub mod optional_utc {
    use super::*;
    use serde::Serializer;

    pub fn serialize<S: Serializer>(at: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(at, s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        d.deserialize_option(OptionalUtcVisitor)
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a formatted date string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NaiveDate, E> {
        parse_date(text).map_err(E::custom)
    }
}

struct UtcVisitor;

impl Visitor<'_> for UtcVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<DateTime<Utc>, E> {
        parse_utc(text).map_err(E::custom)
    }
}

struct OptionalUtcVisitor;

impl<'de> Visitor<'de> for OptionalUtcVisitor {
    type Value = Option<DateTime<Utc>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an RFC 3339 formatted date and time string or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(UtcVisitor).map(Some)
    }
}
