//! The browser's clock, locale and randomness, handed to the pure domain as values.

use chrono::{DateTime, NaiveDate, Utc};

pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// Today in the person's own time zone.
pub fn today() -> NaiveDate {
    let date = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_default()
}

/// 64 random bits for a new id. `Math.random` is enough: ids must be unique, not secret.
pub fn random_bits() -> u64 {
    let half = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (half() << 32) | half()
}

/// The browser's preferred language, for formatting numbers and dates.
pub fn locale() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_else(|| "en".to_owned())
}
