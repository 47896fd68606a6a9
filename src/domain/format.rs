//! Numbers, dates and names written the same way whatever the browser's
//! locale: for Markdown summaries, CSV files, file names, and as the
//! fallback of the UI's locale formats.

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

/// A day as people read it in lists and messages: "3 Nov 2026".
pub fn day(date: chrono::NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

/// The name of a file downloaded from `ws`: Ladder, the organisation, the
/// `parts` it holds (a unit, a period, a table) and the day, so files from
/// two organisations, or two parts of one, never collide:
/// `ladder-northwind-marketing-2026-q4-2026-12-03.json`.
pub fn download_name(
    organisation: &str,
    parts: &[&str],
    day: chrono::NaiveDate,
    extension: &str,
) -> String {
    let stem: Vec<String> = std::iter::once("ladder")
        .chain(std::iter::once(organisation))
        .chain(parts.iter().copied())
        .map(file_slug)
        .filter(|slug| !slug.is_empty())
        .collect();
    format!("{}-{}.{extension}", stem.join("-"), day.format("%Y-%m-%d"))
}

/// A name made safe for a file name: lower case letters and digits joined by dashes.
pub fn file_slug(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}
