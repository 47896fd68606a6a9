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
            let groups: Vec<&str> = compact.split(',').collect();
            let thousands = groups.len() > 1
                && !groups[0].trim_start_matches(['-', '+']).is_empty()
                && groups[1..].iter().all(|g| g.len() == 3);
            if thousands {
                compact.replace(',', "")
            } else if groups.len() == 2 {
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
