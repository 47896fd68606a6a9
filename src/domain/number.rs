//! Reading numbers as people type them: `5,000,000`, `1 500`, `0.25`, `2,5`.

use crate::text;
use std::fmt;

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum NumberError {
    Empty,
    NotANumber(String),
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumberError::Empty => f.write_str(text::number::NUMBER_REQUIRED),
            NumberError::NotANumber(typed) => f.write_str(&text::number::not_a_number(&typed)),
        }
    }
}

/// The mark between the whole part and the fraction in the language a person
/// types numbers in: `2.5` or `2,5`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DecimalMark {
    Point,
    Comma,
}

impl DecimalMark {
    /// A number as Ladder writes it (`1500.25`), as this language writes it
    /// for a form to show: `1500,25`. There is no grouping, so it reads back
    /// the same.
    pub fn localise(self, plain: &str) -> String {
        match self {
            DecimalMark::Point => plain.to_owned(),
            DecimalMark::Comma => plain.replace('.', ","),
        }
    }

    /// A number typed in this language, rewritten for [`parse_number`].
    ///
    /// Where a comma marks decimals, a lone `.` before groups of three digits
    /// groups thousands (`1.500` is fifteen hundred, as a German reader
    /// means it) and a lone `,` is the decimal mark (`1,5`). Anything else
    /// comes back unchanged: `parse_number` reads it as before, and a
    /// message about text that is not a number quotes what was typed.
    pub fn read(self, typed: &str) -> String {
        let text = typed.trim();
        if self == DecimalMark::Point {
            return text.to_owned();
        }
        let rewritten = match (text.matches(',').count(), text.matches('.').count()) {
            (1, _) if text.rfind(',') > text.rfind('.') => text.replace('.', "").replace(',', "."),
            (0, dots) if dots > 0 && groups_thousands(text, '.') => text.replace('.', ""),
            _ => return text.to_owned(),
        };
        if parse_number(&rewritten).is_ok() {
            rewritten
        } else {
            text.to_owned()
        }
    }
}

/// True when `mark` groups thousands: one to three digits that do not start
/// with 0, then groups of exactly three (`1.500`, `-12.000.000`). `0.250`
/// and `1234.567` are decimals.
fn groups_thousands(text: &str, mark: char) -> bool {
    let mut groups = text.split(mark);
    let lead = groups
        .next()
        .map(|first| first.trim_start_matches(['-', '+', '−']))
        .unwrap_or_default();
    (1..=3).contains(&lead.len())
        && !lead.starts_with('0')
        && lead.chars().all(|c| c.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// Parses a number typed by a person.
///
/// Spaces (also thin and non-breaking) and underscores group digits. When both
/// `,` and `.` appear, the later one is the decimal mark. A lone `,` is a
/// thousands separator when every group after it has exactly three digits
/// (`1,500`, `5,000,000`), and a decimal comma otherwise (`2,5`).
pub fn parse_number(text: &str) -> Result<f64, NumberError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(NumberError::Empty);
    }
    let invalid = || NumberError::NotANumber(trimmed.to_owned());
    let compact: String = trimmed
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    let normalised = match (compact.rfind(','), compact.rfind('.')) {
        (Some(comma), Some(dot)) if comma > dot => compact.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => compact.replace(',', ""),
        (Some(_), None) => {
            if groups_thousands(&compact, ',') {
                compact.replace(',', "")
            } else if compact.matches(',').count() == 1 {
                compact.replace(',', ".")
            } else {
                return Err(invalid());
            }
        }
        (None, _) => compact,
    };
    let valid_chars = normalised
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && (c == '-' || c == '+')));
    if !valid_chars || !normalised.chars().any(|c| c.is_ascii_digit()) {
        return Err(invalid());
    }
    match normalised.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(value),
        _ => Err(invalid()),
    }
}
