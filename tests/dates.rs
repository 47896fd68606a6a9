//! Every day, time and score Ladder shows a person is written by one
//! formatter, the reader's locale's: `ui::format` (the browser's `Intl`) in the app, a
//! `domain::format::Locale` the caller passes where the domain writes the
//! text, `Plain` on the command line and here. A German reader then never
//! sees "30. Nov. 2026" beside "1 Oct 2026", nor "Score 0,7" beside
//! "~0.7 is success".
//!
//! The compiler keeps chrono's own `Display` of a date (ISO) out of the
//! text: a text function takes a day as `&str`, already written. This test
//! checks the rest from the sources and by calling every such function.

use crate::common::{day, metric_kr, objective, org};
use crate::sources::sources;
use chrono::NaiveDate;
use ladder::domain::format::{Locale, Plain};
use ladder::domain::{CheckInDraft, Label, Status};
use ladder::text;
use std::collections::BTreeSet;

#[test]
fn no_day_is_written_with_a_chrono_pattern() {
    let mut found = Vec::new();
    for (path, source) in sources() {
        for (at, _) in source.match_indices(".format(\"") {
            let literal = &source[at + ".format(\"".len()..];
            let Some(end) = literal.find('"') else {
                continue;
            };
            let pattern = &literal[..end];
            if pattern.contains('%') {
                let line = source[..at].lines().count();
                found.push(format!("{path}:{line}: .format(\"{pattern}\")"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "days for people go through ui::format (or a Locale the caller passes); \
         a day for a program (a file name, a date field's value) through \
         date_serde::format_date and parse_date. A chrono pattern would bring \
         chrono's pattern parser and formatter into the app:\n{}",
        found.join("\n")
    );
}

/// A day as a German reader's browser writes it: what every text function
/// must show exactly as given.
const WRITTEN: &str = "30. Nov. 2026";

/// A text function called with a written day wherever it takes one.
type WithDay = fn(&str) -> String;

/// Every text function that shows a day, a time or a range of days, by name.
const SHOWING_A_DAY: &[(&str, WithDay)] = &[
    ("check_in::date_outside_period", |d| {
        text::check_in::date_outside_period(&"Q4", d)
    }),
    ("my_work::since_last_visit", |d| {
        text::my_work::since_last_visit(d)
    }),
    ("check_ins_page::last_check_in", |d| {
        text::check_ins_page::last_check_in(d, &3)
    }),
    ("coach::dismissed_on", |d| {
        text::coach::dismissed_on(d, &"seasonal")
    }),
    ("common::value_on", |d| text::common::value_on(&"42%", d)),
    ("header::saved_at", text::header::saved_at),
    ("header::synced_at", text::header::synced_at),
    ("import::exported_suffix", text::import::exported_suffix),
    ("import::changed_suffix", text::import::changed_suffix),
    ("key_result_page::status_chosen", |d| {
        text::key_result_page::status_chosen(d)
    }),
    ("key_result_page::check_in_of", |d| {
        text::key_result_page::check_in_of(d)
    }),
    ("key_result_page::metric_chart_desc_with_pace", |d| {
        text::key_result_page::metric_chart_desc_with_pace(&"€0", d, &"€5M", d, &"€4M", &"none")
    }),
    ("key_result_page::metric_chart_desc", |d| {
        text::key_result_page::metric_chart_desc(&"€0", d, &"€5M", d, &"none")
    }),
    ("kpi_list::correct_value_label", |d| {
        text::kpi_list::correct_value_label(&"41", &"NPS", d)
    }),
    ("kpi_list::delete_value_label", |d| {
        text::kpi_list::delete_value_label(&"41", &"NPS", d)
    }),
    ("kpi_list::chart_point", |d| {
        text::kpi_list::chart_point(&"41", d, &"healthy")
    }),
    ("kpi_list::history_entry", |d| {
        text::kpi_list::history_entry(&"41", d, &"healthy")
    }),
    (
        "my_goals_page::target_date",
        text::my_goals_page::target_date,
    ),
    ("my_goals_page::note_title", text::my_goals_page::note_title),
    ("my_goals_page::note_title_with", |d| {
        text::my_goals_page::note_title_with(&"Ada", d)
    }),
    ("overview_page::period_line", |d| {
        text::overview_page::period_line(&"Q4", d)
    }),
    ("print_page::sheet_subtitle", |d| {
        text::print_page::sheet_subtitle(d, &"4 objectives", d)
    }),
    ("retrospective::intro", |d| {
        text::retrospective::intro(d, &"", "0.0", "1.0", "0.7")
    }),
    ("revision::check_in", |d| {
        text::revision::check_in(d, &"Qualified leads")
    }),
    ("settings_page::backup_made", |d| {
        text::settings_page::backup_made(&"Backup", d)
    }),
    ("settings_page::period_range_and_count", |d| {
        text::settings_page::period_range_and_count(d, &"4 objectives")
    }),
    ("snapshot_banner::exported", text::snapshot_banner::exported),
    ("unit_page::last_check_in", text::unit_page::last_check_in),
];

#[test]
fn every_text_showing_a_day_shows_it_as_written() {
    for (name, write) in SHOWING_A_DAY {
        let sentence = write(WRITTEN);
        assert!(
            sentence.contains(WRITTEN),
            "{name} shows the day as the formatter wrote it: {sentence}"
        );
    }
}

/// Whether a parameter of a text function holds a written day, time or
/// range of days (`dates`), by the names the catalogue gives them. (`days`
/// is a number of days.)
fn names_a_day(param: &str) -> bool {
    ["date", "day", "dates", "time", "when", "on", "today"].contains(&param)
        || param.ends_with("_date")
}

/// `(module::function, parameter, type)` of every public text function.
fn text_parameters() -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for (path, source) in sources() {
        let Some(module) = path
            .strip_prefix("src/text/en/")
            .and_then(|file| file.strip_suffix(".rs"))
        else {
            continue;
        };
        for (at, _) in source.match_indices("pub fn ") {
            let rest = &source[at + "pub fn ".len()..];
            let (Some(open), Some(close)) = (rest.find('('), rest.find(')')) else {
                continue;
            };
            let function = format!("{module}::{}", &rest[..open]);
            for param in rest[open + 1..close].split(',') {
                if let Some((name, ty)) = param.split_once(':') {
                    found.push((
                        function.clone(),
                        name.trim().to_owned(),
                        ty.trim().to_owned(),
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn every_day_reaches_the_text_already_written_and_is_tested_above() {
    let mut showing = BTreeSet::new();
    for (function, param, ty) in text_parameters() {
        if names_a_day(&param) {
            assert_eq!(
                ty, "&str",
                "{function}({param}) takes the day as written (&str), so chrono's \
                 ISO Display of a date cannot reach a person"
            );
            showing.insert(function);
        }
    }
    let listed: BTreeSet<String> = SHOWING_A_DAY.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(
        showing, listed,
        "SHOWING_A_DAY lists every text function with a day in it"
    );
}

#[test]
fn plain_days_share_what_they_have_in_common() {
    assert_eq!(Plain.day(day(2026, 11, 3)), "3 Nov 2026");
    for (start, end, written) in [
        (day(2026, 10, 1), day(2026, 12, 31), "1 Oct – 31 Dec 2026"),
        (day(2026, 10, 1), day(2026, 10, 31), "1 – 31 Oct 2026"),
        (
            day(2026, 12, 1),
            day(2027, 2, 28),
            "1 Dec 2026 – 28 Feb 2027",
        ),
        (day(2026, 10, 1), day(2026, 10, 1), "1 Oct 2026"),
    ] {
        assert_eq!(Plain.days(start, end), written);
    }
}

/// A locale that marks what it wrote, so a test sees which days came from it.
struct Marked;

impl Locale for Marked {
    fn day(&self, date: NaiveDate) -> String {
        format!("⟨{date}⟩")
    }
    fn days(&self, start: NaiveDate, end: NaiveDate) -> String {
        format!("⟨{start}…{end}⟩")
    }
    fn score(&self, score: f64) -> String {
        format!("⟪{score}⟫")
    }
}

#[test]
fn the_domain_writes_days_with_the_locale_it_is_given() {
    let mut ws = org();
    ws.objectives.push(objective("o", "acme", "q4", None));
    ws.key_results.push(metric_kr("kr", "o", 0.0, 100.0, 0.0));

    let md = ws.retrospective(&"q4".into(), None, &Marked);
    assert!(md.contains("⟨2026-10-01…2026-12-31⟩. "), "{md}");

    let kr = ws.key_result(&"kr".into()).cloned().expect("kr");
    let outside = CheckInDraft {
        value: "5".to_owned(),
        status: Some(Status::OnTrack),
        date: "2026-09-30".to_owned(),
        ..CheckInDraft::default()
    };
    let errors = outside
        .validate(&ws, &kr, day(2026, 11, 20), &Marked)
        .expect_err("outside the period");
    assert!(
        errors
            .get("date")
            .is_some_and(|m| m.contains("⟨2026-10-01…2026-12-31⟩")),
        "{errors:?}"
    );

    let check_in = Label::CheckIn {
        date: day(2026, 11, 3),
        key_result: "Qualified leads".to_owned(),
    };
    assert_eq!(check_in.text(&Marked), "⟨2026-11-03⟩ on “Qualified leads”");
    assert_eq!(check_in.text(&Plain), "3 Nov 2026 on “Qualified leads”");
}

/// Whether a parameter of a text function holds a score or a size, by the
/// names the catalogue gives them.
fn names_a_score_or_size(param: &str) -> bool {
    [
        "score",
        "suggested",
        "zero",
        "full",
        "success",
        "size",
        "limit",
    ]
    .contains(&param)
}

#[test]
fn every_score_and_size_reaches_the_text_already_written() {
    let mut found = 0;
    for (function, param, ty) in text_parameters() {
        if names_a_score_or_size(&param) {
            found += 1;
            assert_eq!(
                ty, "&str",
                "{function}({param}) takes the number as the reader's locale wrote it \
                 (&str), never an f64 written with Rust's decimal point"
            );
        }
    }
    assert!(
        found >= 10,
        "the names above still find the scores ({found})"
    );
}

#[test]
fn plain_scores_have_one_decimal_and_no_minus_zero() {
    for (score, written) in [
        (0.7, "0.7"),
        (1.0, "1.0"),
        (0.0, "0.0"),
        (-0.01, "0.0"),
        (0.25, "0.3"),
    ] {
        assert_eq!(Plain.score(score), written);
    }
}

#[test]
fn the_domain_writes_scores_with_the_locale_it_is_given() {
    let mut ws = org();
    ws.objectives.push(objective("o", "acme", "q4", None));
    ws.key_results.push(metric_kr("kr", "o", 0.0, 100.0, 50.0));
    let md = ws.retrospective(&"q4".into(), None, &Marked);
    for written in [
        // The scale in the introduction, the bands, the scores, the kinds.
        "Scores run from ⟪0⟫ to ⟪1⟫",
        "about ⟪0.7⟫",
        "⟪0⟫–⟪0.3⟫ | ⟪0.4⟫–⟪0.6⟫ | ⟪0.7⟫–⟪1⟫",
        "Score: **⟪0.5⟫**",
        "| Commit (⟪1⟫ expected) | ⟪0.5⟫ |",
    ] {
        assert!(md.contains(written), "{written} in {md}");
    }
    assert!(!md.contains("0.5 "), "no score written by Rust: {md}");

    let draft = ladder::domain::GradeDraft {
        score: "0.9".to_owned(),
        ..ladder::domain::GradeDraft::default()
    };
    let errors = draft
        .validate(0.5, &Marked)
        .expect_err("a reason is needed");
    assert!(
        errors.get("reason").is_some_and(|m| m.contains("⟪0.5⟫")),
        "{errors:?}"
    );
    let out_of_range = ladder::domain::GradeDraft {
        score: "3".to_owned(),
        ..ladder::domain::GradeDraft::default()
    };
    let errors = out_of_range
        .validate(0.5, &Marked)
        .expect_err("out of range");
    assert!(
        errors
            .get("score")
            .is_some_and(|m| m.contains("⟪0⟫ and ⟪1⟫")),
        "{errors:?}"
    );
}
