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

fn js_date(at: DateTime<Utc>) -> js_sys::Date {
    js_sys::Date::new(&(at.timestamp_millis() as f64).into())
}

/// A time of day in the person's locale and time zone, e.g. "17:03".
pub fn format_time(at: DateTime<Utc>) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"hour".into(), &"2-digit".into());
    let _ = js_sys::Reflect::set(&options, &"minute".into(), &"2-digit".into());
    js_date(at)
        .to_locale_time_string_with_options(&locale(), &options)
        .into()
}

/// A date and time in the person's locale and time zone.
pub fn format_date_time(at: DateTime<Utc>) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    js_date(at).to_locale_string(&locale(), &options).into()
}
