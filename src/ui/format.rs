//! Numbers, dates and wording as people read them, in their browser's
//! locale: every number, day and time the app shows goes through here.

use super::clock;
use crate::domain::format::{Locale, Plain, plain_number, with_unit};
use crate::domain::measure_sentence::unit_words;
use crate::domain::{Commitment, DecimalMark, Measure, Workspace};
use crate::text::{self, UnitWords};
use chrono::{DateTime, NaiveDate, Utc};
use js_sys::{Array, Function, Intl, Object, Reflect};
use std::cell::{Cell, OnceCell, RefCell};
use wasm_bindgen::JsValue;

/// Currency symbols people type as a unit, with the code `Intl` formats them
/// by, so the locale decides where the symbol goes: `€5,000,000` in English,
/// `5.000.000 €` in German; and the name of the short form's formatter.
const CURRENCIES: [(&str, &str, &str); 5] = [
    ("€", "EUR", "EUR-compact"),
    ("$", "USD", "USD-compact"),
    ("£", "GBP", "GBP-compact"),
    ("¥", "JPY", "JPY-compact"),
    ("₹", "INR", "INR-compact"),
];

thread_local! {
    /// `Intl` formatters are costly to create and the locale does not change
    /// while the page is open: one of each kind, made on first use.
    static FORMATTERS: RefCell<Vec<(&'static str, Function)>> = const { RefCell::new(Vec::new()) };
    static DECIMAL_MARK: Cell<Option<DecimalMark>> = const { Cell::new(None) };
    /// Days are written by one formatter, kept whole rather than as its
    /// `format` function: a range is its `formatRange`.
    static DAYS: OnceCell<Intl::DateTimeFormat> = const { OnceCell::new() };
}

/// The browser's decimal mark, read once from how it writes one and a half.
fn decimal_mark() -> DecimalMark {
    DECIMAL_MARK.with(|known| {
        known.get().unwrap_or_else(|| {
            let mark = if number(1.5).contains(',') {
                DecimalMark::Comma
            } else {
                DecimalMark::Point
            };
            known.set(Some(mark));
            mark
        })
    })
}

/// A stored number as a form field shows it: `1500,25` where a comma marks
/// decimals.
pub fn editable_number(plain: &str) -> String {
    decimal_mark().localise(plain)
}

/// What a person typed in a number field, for the domain to read: in German
/// `1.500` is fifteen hundred.
pub fn typed_number(text: &str) -> String {
    decimal_mark().read(text)
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let options = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&options, &(*key).into(), value);
    }
    options
}

/// Formats `value` with the formatter named `kind`, made by `make` the first time.
fn format_with(
    kind: &'static str,
    make: impl FnOnce(&Array) -> Function,
    value: &JsValue,
) -> Option<String> {
    let format = FORMATTERS.with_borrow_mut(|made| {
        if let Some((_, f)) = made.iter().find(|(k, _)| *k == kind) {
            return f.clone();
        }
        let f = make(&Array::of1(&clock::locale().into()));
        made.push((kind, f.clone()));
        f
    });
    format.call1(&JsValue::NULL, value).ok()?.as_string()
}

/// `pairs` is called only when the formatter of `kind` is first made: the
/// options are JS values, and most calls reuse a formatter.
fn number_format(
    kind: &'static str,
    value: f64,
    pairs: impl FnOnce() -> Vec<(&'static str, JsValue)>,
) -> Option<String> {
    format_with(
        kind,
        |locales| Intl::NumberFormat::new(locales, &options(&pairs())).format(),
        &value.into(),
    )
}

/// A number with the locale's separators and at most two decimals: `5,000,000`, `5.000.000`.
pub fn number(value: f64) -> String {
    number_format("number", value, || {
        vec![("maximumFractionDigits", 2.into()), never_minus_zero()]
    })
    .unwrap_or_else(|| value.to_string())
}

/// A value that rounds to zero is written `0`, never `-0`.
fn never_minus_zero() -> (&'static str, JsValue) {
    ("signDisplay", "negative".into())
}

/// A value with its unit: `€5,000,000`, `1,000 leads`, `42%`, each as the
/// browser's locale writes it (`5 000 000 €`, `42 %` in French).
pub fn value(value: f64, unit: &str) -> String {
    let unit = unit.trim();
    let localised = if unit == "%" {
        number_format("percent", value / 100.0, || {
            vec![
                ("style", "percent".into()),
                ("maximumFractionDigits", 2.into()),
                never_minus_zero(),
            ]
        })
    } else {
        CURRENCIES
            .iter()
            .find(|(symbol, _, _)| *symbol == unit)
            .and_then(|(_, code, _)| {
                number_format(code, value, || {
                    vec![
                        ("style", "currency".into()),
                        ("currency", (*code).into()),
                        // "$", not "US$" in Australia: the person typed the symbol.
                        ("currencyDisplay", "narrowSymbol".into()),
                        // €12.50 and €5,000,000, never €12.5.
                        ("trailingZeroDisplay", "stripIfInteger".into()),
                        never_minus_zero(),
                    ]
                })
            })
    };
    localised.unwrap_or_else(|| with_unit(&number(value), unit))
}

/// A value on a chart's axis, short: `€5M`, `250K`, `2.5%`, `40` (`5 Mio. €`
/// in German). A unit that is a word (`partners`, `NPS`) is left to the
/// chart's title and table: beside every tick it would crowd the narrow
/// margin of a phone.
pub fn axis_value(value: f64, unit: &str) -> String {
    let unit = unit.trim();
    if unit == "%" {
        return self::value(value, unit);
    }
    let compact = |kind, extra: Vec<(&'static str, JsValue)>| {
        number_format(kind, value, move || {
            let mut pairs = vec![
                ("notation", "compact".into()),
                ("maximumFractionDigits", 2.into()),
                never_minus_zero(),
            ];
            pairs.extend(extra);
            pairs
        })
    };
    let currency = CURRENCIES
        .iter()
        .find(|(symbol, _, _)| *symbol == unit)
        .and_then(|(_, code, kind)| {
            compact(
                kind,
                vec![
                    ("style", "currency".into()),
                    ("currency", (*code).into()),
                    ("currencyDisplay", "narrowSymbol".into()),
                ],
            )
        });
    currency.unwrap_or_else(|| {
        let number = compact("compact", Vec::new()).unwrap_or_else(|| number(value));
        match unit_words(unit) {
            UnitWords::OnNumbers => with_unit(&number, unit),
            UnitWords::Counted(_) | UnitWords::Label(_) => number,
        }
    })
}

/// Progress as a whole percentage: `45%`, `120%` (`45 %` where that is the custom).
pub fn percent(progress: f64) -> String {
    // Adding 0.0 turns the -0 of a tiny negative progress into 0.
    let whole = (progress * 100.0).round() + 0.0;
    number_format("percent-whole", whole / 100.0, || {
        vec![
            ("style", "percent".into()),
            ("maximumFractionDigits", 0.into()),
        ]
    })
    .unwrap_or_else(|| format!("{whole}%"))
}

/// A score with its one decimal: `0.7`, `1.0` (`0,7` in German).
pub fn score(score: f64) -> String {
    number_format("score", score, || {
        vec![
            ("minimumFractionDigits", 1.into()),
            ("maximumFractionDigits", 1.into()),
            never_minus_zero(),
        ]
    })
    .unwrap_or_else(|| Plain.score(score))
}

/// The marks of the score scale as the locale writes them, for the
/// sentences that explain it.
pub struct Scale {
    /// Nothing achieved: `0.0`.
    pub zero: String,
    /// A stretch key result's success: `0.7`.
    pub success: String,
    /// Fully met, as a commit key result is expected to be: `1.0`.
    pub full: String,
}

pub fn scale() -> Scale {
    Scale {
        zero: score(0.0),
        success: score(Commitment::Stretch.expected_score()),
        full: score(Commitment::Commit.expected_score()),
    }
}

/// A size in bytes as the locale writes it, in megabytes to one decimal or,
/// below one, in whole kilobytes: `12.5 MB`, `40 kB` (`12,5 MB` in German).
pub fn size(bytes: f64) -> String {
    let (unit, amount, fallback): (&'static str, f64, fn(&dyn std::fmt::Display) -> String) =
        if bytes >= 1_000_000.0 {
            ("megabyte", bytes / 1_000_000.0, text::format::megabytes)
        } else {
            ("kilobyte", (bytes / 1000.0).ceil(), text::format::kilobytes)
        };
    number_format(unit, amount, || {
        vec![
            ("style", "unit".into()),
            ("unit", unit.into()),
            ("maximumFractionDigits", 1.into()),
        ]
    })
    .unwrap_or_else(|| fallback(&plain_number((amount * 10.0).round() / 10.0)))
}

/// Calls `write` with the locale's formatter of days, made on first use.
fn with_days<T>(write: impl FnOnce(&Intl::DateTimeFormat) -> T) -> T {
    DAYS.with(|days| {
        write(days.get_or_init(|| {
            let options = options(&[
                ("day", "numeric".into()),
                ("month", "short".into()),
                ("year", "numeric".into()),
                // The date is a calendar day, not an instant: never shift it.
                ("timeZone", "UTC".into()),
            ]);
            Intl::DateTimeFormat::new(&Array::of1(&clock::locale().into()), &options)
        }))
    })
}

/// A calendar day as the instant `Intl` formats in UTC: its midnight there.
fn js_day(date: NaiveDate) -> Option<js_sys::Date> {
    let midnight = date.and_hms_opt(0, 0, 0)?.and_utc().timestamp_millis();
    Some(js_sys::Date::new(&(midnight as f64).into()))
}

/// A day as the locale writes it, month in short words: `3 Nov 2026`,
/// `Nov 3, 2026`, `3. Nov. 2026`.
pub fn day(date: NaiveDate) -> String {
    js_day(date)
        .and_then(|at| with_days(|days| days.format().call1(&JsValue::NULL, &at).ok()))
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| Plain.day(date))
}

/// A period's days as the locale writes a range, what the two days share
/// written once: `1 Oct – 31 Dec 2026`, `Oct 1 – Dec 31, 2026`,
/// `1. Okt. – 31. Dez. 2026`.
pub fn days(start: NaiveDate, end: NaiveDate) -> String {
    js_day(start)
        .zip(js_day(end))
        .and_then(|(from, to)| with_days(|days| days.format_range(&from, &to).ok()))
        .map(String::from)
        .unwrap_or_else(|| Plain.days(start, end))
}

/// A time of day in the person's locale and time zone: `17:03`, `5:03 PM`.
pub fn time(at: DateTime<Utc>) -> String {
    moment("time", at, || {
        vec![("hour", "2-digit".into()), ("minute", "2-digit".into())]
    })
}

/// A day and time in the person's locale and time zone: `3 Dec 2026, 10:42`.
pub fn day_and_time(at: DateTime<Utc>) -> String {
    moment("day-and-time", at, || {
        vec![
            ("dateStyle", "medium".into()),
            ("timeStyle", "short".into()),
        ]
    })
}

/// An instant written by the formatter of `kind`, in the browser's time
/// zone (an instant, unlike a calendar day, is where the person is).
fn moment(
    kind: &'static str,
    at: DateTime<Utc>,
    pairs: impl FnOnce() -> Vec<(&'static str, JsValue)>,
) -> String {
    let instant = js_sys::Date::new(&(at.timestamp_millis() as f64).into());
    format_with(
        kind,
        |locales| Intl::DateTimeFormat::new(locales, &options(&pairs())).format(),
        &instant,
    )
    .unwrap_or_else(|| at.to_rfc3339())
}

/// The browser's locale for domain code that writes days into text (the
/// retrospective, a form's messages, a merge's labels).
pub struct Browser;

impl Locale for Browser {
    fn score(&self, score: f64) -> String {
        self::score(score)
    }

    fn day(&self, date: NaiveDate) -> String {
        day(date)
    }

    fn days(&self, start: NaiveDate, end: NaiveDate) -> String {
        days(start, end)
    }
}

/// What a workspace holds, in one line: "2 units, 5 people, 4 objectives".
pub fn workspace_contents(ws: &Workspace) -> String {
    [
        text::counts::units(ws.units.len()),
        text::counts::people(ws.people.len()),
        text::counts::objectives(ws.objectives.len()),
    ]
    .join(", ")
}

/// A key result's measure as a sentence, its numbers as the browser's
/// locale writes them: "1 of 3 partners", "€155, down from €180 towards €120".
pub fn measure_sentence(measure: &Measure) -> String {
    crate::domain::measure_sentence::measure_sentence(measure, &value)
}
