//! The fast date readers agree with chrono on every text: the same value
//! where chrono reads one, an error (with chrono's message) where it does not.
//! The fast writers write exactly what chrono's serializer writes.
//!
//! They also stand in for chrono's `%Y-%m-%d` pattern (which brought chrono's
//! whole pattern parser and formatter into the app): a day for a program (a
//! file name, a date field, the stored visits) is written as that pattern
//! wrote it, and every text the pattern read is read to the same day.
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, SecondsFormat, TimeZone, Utc};
use ladder::domain::date_serde::{format_date, format_utc, parse_date, parse_utc};
use ladder::domain::{CheckIn, Revision};
use proptest::prelude::*;

fn chrono_utc(text: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    text.parse::<DateTime<FixedOffset>>()
        .map(|t| t.with_timezone(&Utc))
}

fn same_as_chrono(text: &str) {
    assert_eq!(parse_date(text), text.parse::<NaiveDate>(), "date {text:?}");
    assert_eq!(parse_utc(text), chrono_utc(text), "instant {text:?}");
}

#[test]
fn the_layouts_ladder_writes_and_their_near_misses() {
    for text in [
        "2025-03-31",
        "0000-01-01",
        "9999-12-31",
        "2024-02-29",
        "2023-02-29",
        "2025-13-01",
        "2025-00-10",
        "2025-1-05",
        "2025-01-5",
        "+2025-01-05",
        "2025-01-05 ",
        " 2025-01-05",
        "2025/01/05",
        "２０２５-01-05",
        "2025-03-31T09:15:00Z",
        "2025-03-31T09:15:00.5Z",
        "2025-03-31T09:15:00.123456789Z",
        "2025-03-31T09:15:00.1234567891Z",
        "2025-03-31T09:15:00.Z",
        "2025-03-31T09:15:00+02:00",
        "2025-03-31T09:15:00z",
        "2025-03-31t09:15:00Z",
        "2025-03-31 09:15:00Z",
        "2025-03-31T24:00:00Z",
        "2025-03-31T23:60:00Z",
        "2016-12-31T23:59:60Z",
        "2025-03-31T9:15:00Z",
        "2025-03-31T09:15Z",
        "",
        "Z",
        "not a date",
    ] {
        same_as_chrono(text);
    }
}

#[test]
fn records_read_their_dates_through_the_fast_path() {
    let check_in: CheckIn = serde_json::from_str(
        r#"{"id":"c1","key_result":"k1","date":"2025-03-31","value":4,"status":"on_track",
            "rev":{"updated_at":"2025-03-31T09:15:00.250Z","edits":{"r1":2}}}"#,
    )
    .expect("reads");
    assert_eq!(
        check_in.date,
        NaiveDate::from_ymd_opt(2025, 3, 31).expect("a date")
    );
    let expected = Utc
        .with_ymd_and_hms(2025, 3, 31, 9, 15, 0)
        .single()
        .expect("an instant")
        + chrono::Duration::milliseconds(250);
    assert_eq!(check_in.rev.updated_at, Some(expected));
    let written = serde_json::to_string(&check_in).expect("writes");
    assert!(written.contains(r#""date":"2025-03-31""#), "{written}");
    assert!(
        written.contains(r#""updated_at":"2025-03-31T09:15:00.250Z""#),
        "{written}"
    );

    let none: Revision = serde_json::from_str(r#"{"updated_at":null}"#).expect("reads");
    assert_eq!(none.updated_at, None);
    let bad = serde_json::from_str::<Revision>(r#"{"updated_at":"yesterday"}"#)
        .expect_err("refused")
        .to_string();
    let chrono_says = chrono_utc("yesterday").expect_err("refused").to_string();
    assert!(bad.contains(&chrono_says), "{bad}");
}

/// What chrono's own serializer writes, without the JSON quotes.
fn chrono_writes<T: serde::Serialize>(value: &T) -> String {
    let json = serde_json::to_string(value).expect("writes");
    json.trim_matches('"').to_owned()
}

#[test]
fn writes_what_chrono_writes_at_the_edges() {
    let leap = DateTime::from_timestamp(1_483_228_799, 1_500_000_000).expect("a leap second");
    for at in [
        DateTime::UNIX_EPOCH,
        leap,
        DateTime::from_timestamp(-62_167_219_200, 0).expect("year 0"),
        DateTime::from_timestamp(-62_167_219_201, 0).expect("year -1"),
        DateTime::from_timestamp(253_402_300_800, 5).expect("year 10000"),
        DateTime::from_timestamp(1_700_000_000, 120_000_000).expect("millis"),
        DateTime::from_timestamp(1_700_000_000, 120_500_000).expect("micros"),
        DateTime::from_timestamp(1_700_000_000, 120_500_001).expect("nanos"),
    ] {
        assert_eq!(format_utc(at), chrono_writes(&at), "{at:?}");
        let date = at.date_naive();
        assert_eq!(format_date(date), chrono_writes(&date), "{date:?}");
    }
    let revision = Revision {
        updated_at: Some(leap),
        ..Revision::default()
    };
    let written = serde_json::to_string(&revision).expect("writes");
    let read: Revision = serde_json::from_str(&written).expect("reads");
    assert_eq!(read.updated_at, Some(leap), "{written}");
}

proptest! {
    #[test]
    fn any_instant_is_written_as_chrono_writes_it(
        seconds in -62_135_596_800i64..253_402_300_799,
        nanos in prop_oneof![
            Just(0u32),
            (0u32..1_000).prop_map(|ms| ms * 1_000_000),
            (0u32..1_000_000).prop_map(|us| us * 1_000),
            0u32..1_000_000_000,
        ],
    ) {
        let at = DateTime::from_timestamp(seconds, nanos).expect("in range");
        prop_assert_eq!(format_utc(at), chrono_writes(&at));
        prop_assert_eq!(format_date(at.date_naive()), chrono_writes(&at.date_naive()));
        prop_assert_eq!(parse_utc(&format_utc(at)), Ok(at));
    }

    #[test]
    fn any_instant_chrono_writes_reads_back(
        seconds in -62_135_596_800i64..253_402_300_799,
        nanos in 0u32..1_000_000_000,
        format in 0usize..5,
    ) {
        let instant = DateTime::from_timestamp(seconds, nanos).expect("in range");
        let precision = [
            SecondsFormat::Secs,
            SecondsFormat::Millis,
            SecondsFormat::Micros,
            SecondsFormat::Nanos,
            SecondsFormat::AutoSi,
        ][format];
        let text = instant.to_rfc3339_opts(precision, true);
        prop_assert_eq!(parse_utc(&text), chrono_utc(&text));
        let date = instant.date_naive().to_string();
        prop_assert_eq!(parse_date(&date), Ok(instant.date_naive()));
    }

    #[test]
    fn any_text_reads_as_chrono_reads_it(text in "[0-9T:.Z+ -]{0,32}") {
        prop_assert_eq!(parse_date(&text), text.parse::<NaiveDate>());
        prop_assert_eq!(parse_utc(&text), chrono_utc(&text));
    }

    #[test]
    fn near_misses_of_the_layouts_read_as_chrono_reads_them(
        y in 0u32..10_000, m in 0u32..14, d in 0u32..33,
        h in 0u32..26, mi in 0u32..62, s in 0u32..62,
        fraction in "(\\.[0-9]{0,11})?",
        end in "Z|z|\\+00:00|",
    ) {
        let date = format!("{y:04}-{m:02}-{d:02}");
        let instant = format!("{date}T{h:02}:{mi:02}:{s:02}{fraction}{end}");
        prop_assert_eq!(parse_date(&date), date.parse::<NaiveDate>());
        prop_assert_eq!(parse_utc(&instant), chrono_utc(&instant));
    }

    #[test]
    fn any_day_is_written_as_the_iso_pattern_wrote_it(
        days in NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce(),
    ) {
        let day = NaiveDate::from_num_days_from_ce_opt(days).expect("in range");
        prop_assert_eq!(format_date(day), day.format("%Y-%m-%d").to_string());
    }

    #[test]
    fn any_text_the_iso_pattern_read_reads_to_the_same_day(text in "[0-9+ -]{0,14}") {
        if let Ok(day) = NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
            prop_assert_eq!(parse_date(&text), Ok(day));
        }
    }

    #[test]
    fn near_misses_the_iso_pattern_read_read_to_the_same_day(
        y in 0u32..10_000, m in 0u32..14, d in 0u32..33,
        y_width in 1usize..5, m_width in 1usize..3, d_width in 1usize..3,
    ) {
        let text = format!("{y:0y_width$}-{m:0m_width$}-{d:0d_width$}");
        if let Ok(day) = NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
            prop_assert_eq!(parse_date(&text), Ok(day));
        }
    }
}
