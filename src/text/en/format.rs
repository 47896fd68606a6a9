//! Text for `format`: days as the language writes them where the browser's
//! `Intl` cannot be asked (host tests, a browser whose `Intl` fails). The
//! browser's own way wins wherever it can be asked.

use std::fmt::Display;

/// Short month names, January first.
pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "3 Nov 2026"
pub fn day(number: &dyn Display, month: &dyn Display, year: &dyn Display) -> String {
    format!("{number} {month} {year}")
}

/// Two days of one month: "1 – 31 Oct 2026"; `last` is written whole.
pub fn days_in_month(first: &dyn Display, last: &str) -> String {
    format!("{first} – {last}")
}

/// Two days of one year: "1 Oct – 31 Dec 2026"; `last` is written whole.
pub fn days_in_year(first: &dyn Display, first_month: &dyn Display, last: &str) -> String {
    format!("{first} {first_month} – {last}")
}

/// Two days of different years, each written whole: "1 Dec 2026 – 28 Feb 2027".
pub fn days_apart(first: &str, last: &str) -> String {
    format!("{first} – {last}")
}

/// A size where the browser cannot write one: "12.5 MB", "40 kB".
pub fn megabytes(amount: &dyn Display) -> String {
    format!("{amount} MB")
}
pub fn kilobytes(amount: &dyn Display) -> String {
    format!("{amount} kB")
}
