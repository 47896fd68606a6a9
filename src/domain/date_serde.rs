//! Dates and timestamps as Ladder writes them, without chrono's general
//! parser and formatter.
//!
//! A large workspace holds a date on every check-in and KPI reading and a
//! timestamp on every edited record: well over 100,000 of them, all parsed
//! when the app starts, and thousands written at every save. chrono's
//! `FromStr` accepts many layouts and spends about a microsecond on each in
//! WebAssembly, and its serializer goes through `fmt`. The two layouts
//! chrono's serializer writes, `2025-03-31` and `2025-03-31T09:15:00Z` (with
//! an optional fraction), are read and written here by position; anything
//! else goes to chrono, so every text accepted before is accepted now, with
//! the same value and the same error message, and every text written is
//! the one chrono writes.
//!
//! Use with `#[serde(with = "date_serde::date")]`, `"date_serde::optional_date"`
//! or `"date_serde::optional_utc"`.

use crate::text;
use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, ParseError, SecondsFormat, Timelike, Utc,
};
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

/// `date` as chrono writes it, for the years it writes with four digits.
fn write_date(date: NaiveDate, out: &mut Ascii) -> Option<()> {
    let year = u32::try_from(date.year()).ok().filter(|y| *y <= 9999)?;
    push_digits(out, year, 4);
    out.push(b'-');
    push_digits(out, date.month(), 2);
    out.push(b'-');
    push_digits(out, date.day(), 2);
    Some(())
}

/// `at` as chrono's serializer writes it (RFC 3339, `Z`, the fraction in
/// milli-, micro- or nanoseconds, whichever is exact), for four-digit years
/// and no leap second.
fn write_utc(at: DateTime<Utc>, out: &mut Ascii) -> Option<()> {
    let nanos = at.nanosecond();
    if nanos >= 1_000_000_000 {
        return None;
    }
    write_date(at.date_naive(), out)?;
    out.push(b'T');
    push_digits(out, at.hour(), 2);
    out.push(b':');
    push_digits(out, at.minute(), 2);
    out.push(b':');
    push_digits(out, at.second(), 2);
    if nanos != 0 {
        out.push(b'.');
        if nanos.is_multiple_of(1_000_000) {
            push_digits(out, nanos / 1_000_000, 3);
        } else if nanos.is_multiple_of(1_000) {
            push_digits(out, nanos / 1_000, 6);
        } else {
            push_digits(out, nanos, 9);
        }
    }
    out.push(b'Z');
    Some(())
}

/// `value` in exactly `width` decimal digits (it must fit).
fn push_digits(out: &mut Ascii, value: u32, width: u32) {
    for place in (0..width).rev() {
        let digit = value / 10u32.pow(place) % 10;
        out.push(b'0' + digit as u8);
    }
}

/// Room for the longest text [`write_utc`] writes, on the stack: a save
/// writes thousands of dates, and none of them needs an allocation.
struct Ascii {
    bytes: [u8; 32],
    len: usize,
}

impl Ascii {
    fn new() -> Ascii {
        Ascii {
            bytes: [0; 32],
            len: 0,
        }
    }

    fn push(&mut self, byte: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = byte;
            self.len += 1;
        }
    }

    fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(self.bytes.get(..self.len)?).ok()
    }
}

/// Writes the text [`date::serialize`] writes for `date` to `write`.
fn with_date<R>(date: NaiveDate, write: impl FnOnce(&str) -> R) -> R {
    let mut out = Ascii::new();
    match write_date(date, &mut out).and_then(|()| out.as_str()) {
        Some(text) => write(text),
        None => write(&date.to_string()),
    }
}

/// Writes the text [`optional_utc::serialize`] writes for `at` to `write`.
fn with_utc<R>(at: DateTime<Utc>, write: impl FnOnce(&str) -> R) -> R {
    let mut out = Ascii::new();
    match write_utc(at, &mut out).and_then(|()| out.as_str()) {
        Some(text) => write(text),
        None => write(&at.to_rfc3339_opts(SecondsFormat::AutoSi, true)),
    }
}

/// The text [`date::serialize`] writes for `date`.
pub fn format_date(date: NaiveDate) -> String {
    with_date(date, str::to_owned)
}

/// The text [`optional_utc::serialize`] writes for `at`.
pub fn format_utc(at: DateTime<Utc>) -> String {
    with_utc(at, str::to_owned)
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
        with_date(*date, |text| s.serialize_str(text))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(DateVisitor)
    }
}

/// `Option<NaiveDate>` as chrono writes it, read through [`parse_date`].
pub mod optional_date {
    use super::*;
    use serde::Serializer;

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => with_date(*date, |text| s.serialize_some(text)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        d.deserialize_option(OptionalDateVisitor)
    }
}

/// `Option<DateTime<Utc>>` as chrono writes it, read through [`parse_utc`].
pub mod optional_utc {
    use super::*;
    use serde::Serializer;

    pub fn serialize<S: Serializer>(at: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => with_utc(*at, |text| s.serialize_some(text)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        d.deserialize_option(OptionalUtcVisitor)
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(text::date_serde::EXPECTING_DATE)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NaiveDate, E> {
        parse_date(text).map_err(E::custom)
    }
}

struct UtcVisitor;

impl Visitor<'_> for UtcVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(text::date_serde::EXPECTING_DATE_TIME)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<DateTime<Utc>, E> {
        parse_utc(text).map_err(E::custom)
    }
}

struct OptionalDateVisitor;

impl<'de> Visitor<'de> for OptionalDateVisitor {
    type Value = Option<NaiveDate>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(text::date_serde::EXPECTING_OPTIONAL_DATE)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(DateVisitor).map(Some)
    }
}

struct OptionalUtcVisitor;

impl<'de> Visitor<'de> for OptionalUtcVisitor {
    type Value = Option<DateTime<Utc>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(text::date_serde::EXPECTING_OPTIONAL_DATE_TIME)
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
