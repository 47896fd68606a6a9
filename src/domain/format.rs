//! Numbers, dates and names written the same way whatever the browser's
//! locale: for CSV files and file names, and as the fallback of the UI's
//! locale formats. Text for people that the domain writes (the
//! retrospective, a form's messages) takes its dates from a [`Locale`] the
//! caller passes, so the app writes them as the browser's language does.

use super::date_serde;
use crate::text;
use chrono::{Datelike, NaiveDate};

/// Units written before the number, without a space.
const PREFIX_UNITS: [&str; 5] = ["€", "$", "£", "¥", "₹"];

/// Puts a unit beside an already formatted number: `€5,000,000`, `42%`,
/// `1,000 leads`. Currency symbols go first; `%` follows directly; any
/// other unit follows after a space.
pub fn with_unit(number: &str, unit: &str) -> String {
    let unit = unit.trim();
    if unit.is_empty() {
        return number.to_owned();
    }
    if PREFIX_UNITS.contains(&unit) {
        match number.strip_prefix('-') {
            Some(magnitude) => format!("-{unit}{magnitude}"),
            None => format!("{unit}{number}"),
        }
    } else if unit == "%" {
        format!("{number}%")
    } else {
        format!("{number} {unit}")
    }
}

/// Plain text for a stored number in a form field: no grouping, no trailing zeros.
pub fn plain_number(value: f64) -> String {
    let text = format!("{value}");
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

/// An estimate, such as where the ideal pace says a key result should be,
/// rounded as people write one: to 3 significant figures, and never finer
/// than one decimal more than the start and the target are written with.
/// `€271,739.13` on the way from €0 to €5,000,000 is `€272,000`; 1.4673
/// partners on the way from 0 to 3 is 1.5; 2.6667% from 3% to 2% is 2.7%.
pub fn round_estimate(value: f64, start: f64, target: f64) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let three_figures = 2 - magnitude;
    let as_written = decimals(start).max(decimals(target)) + 1;
    round_to(value, three_figures.min(as_written))
}

/// How many decimals `value` is written with (at most 6).
fn decimals(value: f64) -> i32 {
    (0..6)
        .find(|&d| {
            let scaled = value * 10f64.powi(d);
            (scaled - scaled.round()).abs() < 1e-6
        })
        .unwrap_or(6)
}

/// `value` to `decimals` places; a negative count rounds to tens, hundreds…
/// Dividing by a whole power of ten keeps the result the number people
/// write (0.3, not 0.30000000000000004).
fn round_to(value: f64, decimals: i32) -> f64 {
    // Adding 0.0 turns a -0 into 0.
    if decimals >= 0 {
        let scale = 10f64.powi(decimals);
        (value * scale).round() / scale + 0.0
    } else {
        let scale = 10f64.powi(-decimals);
        (value / scale).round() * scale + 0.0
    }
}

/// How days and scores are written for the person reading them. The domain
/// cannot ask the browser, so code that writes text with a date or a score
/// in it takes one of these: the app passes the browser's
/// (`ui::format::Browser`, through `Intl`), the host tests [`Plain`].
pub trait Locale {
    /// A score, always with its one decimal: "0.7", "1.0" ("0,7" in German).
    fn score(&self, score: f64) -> String;
    /// A day: "3 Nov 2026", "Nov 3, 2026", "3. Nov. 2026".
    fn day(&self, date: NaiveDate) -> String;
    /// The days from `start` to `end`, what they share written once: "1 Oct
    /// – 31 Dec 2026", "Oct 1 – Dec 31, 2026", "1. Okt. – 31. Dez. 2026".
    fn days(&self, start: NaiveDate, end: NaiveDate) -> String;
}

/// Days and scores as British English writes them, whatever the browser
/// says: the app's fallback where `Intl` fails, and a fixed locale for host
/// tests.
#[derive(Clone, Copy, Debug, Default)]
pub struct Plain;

fn month(date: NaiveDate) -> &'static str {
    text::format::MONTHS[date.month0() as usize]
}

impl Locale for Plain {
    fn score(&self, score: f64) -> String {
        // Adding 0.0 turns the -0 of a rounding into 0.
        format!("{:.1}", (score * 10.0).round() / 10.0 + 0.0)
    }

    fn day(&self, date: NaiveDate) -> String {
        text::format::day(&date.day(), &month(date), &date.year())
    }

    fn days(&self, start: NaiveDate, end: NaiveDate) -> String {
        let whole_end = self.day(end);
        if start == end {
            whole_end
        } else if start.year() != end.year() {
            text::format::days_apart(&self.day(start), &whole_end)
        } else if start.month() != end.month() {
            text::format::days_in_year(&start.day(), &month(start), &whole_end)
        } else {
            text::format::days_in_month(&start.day(), &whole_end)
        }
    }
}

/// The name of a file downloaded from `ws`: Ladder, the organisation, the
/// `parts` it holds (a unit, a period, a table) and the day, so files from
/// two organisations, or two parts of one, never collide:
/// `ladder-northwind-marketing-2026-q4-2026-12-03.json`.
pub fn download_name(
    organisation: &str,
    parts: &[&str],
    day: NaiveDate,
    extension: &str,
) -> String {
    let stem: Vec<String> = std::iter::once("ladder")
        .chain(std::iter::once(organisation))
        .chain(parts.iter().copied())
        .map(file_slug)
        .filter(|slug| !slug.is_empty())
        .collect();
    format!(
        "{}-{}.{extension}",
        stem.join("-"),
        date_serde::format_date(day)
    )
}

/// A name made safe for a file name: lower case letters and digits joined by dashes.
pub fn file_slug(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}
