//! Form validation: every bad value gets a message at its own field, and
//! numbers are read the way people type them.

use crate::common::{objective, org};
use ladder::domain::format::plain_number;
use ladder::domain::{
    Commitment, DecimalMark, KeyResultDraft, Measure, MeasureKind, NumberError, ObjectiveDraft,
    PeriodDraft, PeriodId, PersonDraft, UnitDraft, UnitKind, parse_number,
};
use proptest::prelude::*;

fn number(text: &str, expected: f64) {
    assert_eq!(parse_number(text), Ok(expected), "reading {text:?}");
}

#[test]
fn numbers_are_read_as_people_type_them() {
    number("5000000", 5_000_000.0);
    number("5,000,000", 5_000_000.0);
    number("5 000 000", 5_000_000.0);
    number("5\u{202f}000", 5_000.0);
    number("1_500", 1_500.0);
    number("0.25", 0.25);
    number("2,5", 2.5);
    number("1.234,5", 1_234.5);
    number("1,234.5", 1_234.5);
    number("0,250", 0.25);
    number("-12", -12.0);
    number("−12", -12.0);
    number("+3", 3.0);
    number(" 42 ", 42.0);
    number(".5", 0.5);
    assert_eq!(parse_number(""), Err(NumberError::Empty));
    assert_eq!(parse_number("   "), Err(NumberError::Empty));
    for bad in [
        "abc", "12abc", "1,2,3", "--1", "1-2", "€5", "1e5", "NaN", "inf", ",", ".",
    ] {
        assert!(parse_number(bad).is_err(), "{bad:?} must be refused");
    }
    assert_eq!(
        parse_number("abc").map_err(|e| e.to_string()),
        Err("“abc” is not a number. Use digits, like 1500 or 2.5.".to_owned())
    );
}

/// Where a comma marks decimals (German, French…), a person's `1.500` is
/// fifteen hundred, not one and a half.
#[test]
fn numbers_typed_with_a_decimal_comma() {
    let read = |typed: &str| parse_number(&DecimalMark::Comma.read(typed));
    assert_eq!(read("1.500"), Ok(1_500.0));
    assert_eq!(read("12.000.000"), Ok(12_000_000.0));
    assert_eq!(read("-1.500"), Ok(-1_500.0));
    assert_eq!(read("1,5"), Ok(1.5));
    assert_eq!(read("1,500"), Ok(1.5));
    assert_eq!(read("1.500,25"), Ok(1_500.25));
    assert_eq!(read("1 500,5"), Ok(1_500.5));
    // What can only be English is still understood.
    assert_eq!(read("0.25"), Ok(0.25));
    assert_eq!(read("0.250"), Ok(0.25));
    assert_eq!(read("1234.567"), Ok(1_234.567));
    assert_eq!(read("1.5"), Ok(1.5));
    assert_eq!(read("1,500.25"), Ok(1_500.25));
    // Text that is not a number comes back as typed, for the message.
    assert_eq!(DecimalMark::Comma.read("1,5,5"), "1,5,5");
    assert_eq!(
        read("1,5,5").map_err(|e| e.to_string()),
        Err("“1,5,5” is not a number. Use digits, like 1500 or 2.5.".to_owned())
    );
    assert_eq!(DecimalMark::Comma.localise("1500.25"), "1500,25");
    // Where a point marks decimals nothing is rewritten.
    assert_eq!(DecimalMark::Point.read(" 1.500 "), "1.500");
    assert_eq!(DecimalMark::Point.localise("1500.25"), "1500.25");
}

proptest! {
    /// A stored value shown in a form and saved unchanged stays the same value,
    /// whichever mark the browser's language uses.
    #[test]
    fn a_stored_number_shown_in_a_form_reads_back(v in -1.0e9f64..1.0e9) {
        for mark in [DecimalMark::Point, DecimalMark::Comma] {
            let shown = mark.localise(&plain_number(v));
            prop_assert_eq!(parse_number(&mark.read(&shown)), Ok(v), "{:?} {}", mark, shown);
        }
    }

    #[test]
    fn formatted_numbers_read_back(n in -1_000_000_000i64..1_000_000_000) {
        let plain = n.to_string();
        prop_assert_eq!(parse_number(&plain), Ok(n as f64));
        // With thousands separators, as the UI shows them.
        let digits = n.unsigned_abs().to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        let grouped = if n < 0 { format!("-{grouped}") } else { grouped };
        prop_assert_eq!(parse_number(&grouped), Ok(n as f64));
    }

    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in ".{0,20}") {
        let _ = parse_number(&text);
    }
}

fn kr_draft() -> KeyResultDraft {
    KeyResultDraft {
        title: "Close €5M".to_owned(),
        lead: "ada lovelace".to_owned(),
        start: "0".to_owned(),
        target: "5,000,000".to_owned(),
        unit: "€".to_owned(),
        ..KeyResultDraft::default()
    }
}

#[test]
fn a_good_key_result_draft_becomes_a_measure() {
    let ws = org();
    let valid = kr_draft().validate(&ws).expect("valid");
    assert_eq!(valid.lead, "ada".into());
    assert_eq!(
        valid.measure,
        Measure::Metric {
            start: 0.0,
            target: 5_000_000.0,
            current: 0.0,
            unit: "€".to_owned()
        },
        "an empty current value starts at the start value"
    );
    assert_eq!(valid.weight, 1.0);
    assert_eq!(valid.commitment, Commitment::Commit);
}

fn kr_error(change: impl FnOnce(&mut KeyResultDraft), field: &str, message: &str) {
    let mut draft = kr_draft();
    change(&mut draft);
    let errors = draft.validate(&org()).expect_err("invalid");
    assert_eq!(errors.get(field), Some(message), "{errors:?}");
}

#[test]
fn bad_key_result_values_are_reported_at_their_field() {
    kr_error(
        |d| d.title = "  ".to_owned(),
        "title",
        "Give the key result a title.",
    );
    kr_error(|d| d.lead = String::new(), "lead", "Choose who leads this.");
    kr_error(
        |d| d.lead = "Zed".to_owned(),
        "lead",
        "No one called “Zed” is in the organisation yet.",
    );
    kr_error(
        |d| d.target = "0".to_owned(),
        "target",
        "The target must differ from the start value; otherwise there is nothing to measure.",
    );
    kr_error(
        |d| d.start = "lots".to_owned(),
        "start",
        "“lots” is not a number. Use digits, like 1500 or 2.5.",
    );
    kr_error(|d| d.target = String::new(), "target", "Enter a number.");
    kr_error(
        |d| d.current = "x".to_owned(),
        "current",
        "“x” is not a number. Use digits, like 1500 or 2.5.",
    );
    kr_error(
        |d| d.weight = "0".to_owned(),
        "weight",
        "The weight must be more than 0.",
    );
    kr_error(
        |d| {
            d.kind = MeasureKind::Percentage;
            d.target = "120".to_owned();
        },
        "target",
        "A percentage goes from 0 to 100.",
    );
}

#[test]
fn milestones_need_no_numbers() {
    let draft = KeyResultDraft {
        kind: MeasureKind::Milestone,
        start: "nonsense".to_owned(),
        done: true,
        ..kr_draft()
    };
    assert_eq!(
        draft.validate(&org()).expect("valid").measure,
        Measure::Milestone { done: true }
    );
}

#[test]
fn several_mistakes_are_reported_together() {
    let draft = KeyResultDraft {
        title: String::new(),
        start: "a".to_owned(),
        target: "b".to_owned(),
        ..kr_draft()
    };
    let errors = draft.validate(&org()).expect_err("invalid");
    let fields: Vec<&str> = errors.fields().collect();
    assert_eq!(fields, ["title", "start", "target"]);
}

#[test]
fn objective_drafts_check_title_lead_and_alignment() {
    let mut ws = org();
    ws.objectives.push(objective("grow", "acme", "q4", None));
    let draft = ObjectiveDraft {
        title: "Close €5M in new business".to_owned(),
        unit: Some("sales".into()),
        period: Some("q4".into()),
        lead: "Bo Chen".to_owned(),
        contributors: "Ada Lovelace, bo chen, ada lovelace".to_owned(),
        parent: Some("grow".into()),
        ..ObjectiveDraft::default()
    };
    let valid = draft.validate(&ws, None).expect("valid");
    assert_eq!(valid.lead, "bo".into());
    assert_eq!(
        valid.contributors,
        vec!["ada".into(), "bo".into()],
        "no duplicates"
    );

    let bad = ObjectiveDraft {
        title: String::new(),
        lead: "Nobody".to_owned(),
        contributors: "Ada Lovelace, Ghost".to_owned(),
        parent: Some("grow".into()),
        unit: Some("acme".into()),
        ..draft
    };
    let errors = bad.validate(&ws, None).expect_err("invalid");
    assert_eq!(errors.get("title"), Some("Give the objective a title."));
    assert!(errors.get("lead").is_some_and(|m| m.contains("“Nobody”")));
    assert!(
        errors
            .get("contributors")
            .is_some_and(|m| m.contains("“Ghost”"))
    );
    assert!(
        errors
            .get("parent")
            .is_some_and(|m| m.contains("higher level"))
    );
}

#[test]
fn unit_drafts_follow_the_organisation_shape() {
    let ws = org();
    let draft = |name: &str, kind, parent: Option<&str>| UnitDraft {
        name: name.to_owned(),
        kind,
        parent: parent.map(Into::into),
        lead: String::new(),
    };
    assert!(
        draft("Product", UnitKind::Department, Some("acme"))
            .validate(&ws, None)
            .is_ok()
    );
    assert!(
        draft("Platform", UnitKind::Team, Some("sales"))
            .validate(&ws, None)
            .is_ok()
    );
    let message = |d: UnitDraft, field: &str| {
        d.validate(&ws, None)
            .expect_err("invalid")
            .get(field)
            .map(str::to_owned)
    };
    assert_eq!(
        message(draft("Sales", UnitKind::Department, Some("acme")), "name"),
        Some("There is already a unit called “Sales” here.".to_owned())
    );
    assert_eq!(
        message(draft("Other Co", UnitKind::Company, None), "parent"),
        Some("There is already a company, “acme”; add departments and teams under it.".to_owned())
    );
    assert_eq!(
        message(draft("Ops", UnitKind::Department, Some("sales")), "parent"),
        Some("A department sits under the company.".to_owned())
    );
    assert_eq!(
        message(draft("Ops", UnitKind::Team, Some("dach")), "parent"),
        Some("A team sits under a department or directly under the company.".to_owned())
    );
    assert_eq!(
        message(draft("Ops", UnitKind::Team, None), "parent"),
        Some("A team sits under a department or directly under the company.".to_owned())
    );
}

#[test]
fn a_unit_cannot_move_under_itself() {
    let ws = org();
    let moved = UnitDraft {
        name: "sales".to_owned(),
        kind: UnitKind::Department,
        parent: Some("dach".into()),
        lead: String::new(),
    };
    let errors = moved
        .validate(&ws, Some(&"sales".into()))
        .expect_err("invalid");
    assert_eq!(
        errors.get("parent"),
        Some("A unit cannot sit under itself or one of its own sub-units.")
    );
}

#[test]
fn people_need_distinct_names() {
    let ws = org();
    let draft = PersonDraft {
        name: "ada LOVELACE".to_owned(),
        ..PersonDraft::default()
    };
    assert!(draft.validate(&ws, None).is_err());
    assert!(
        draft.validate(&ws, Some(&"ada".into())).is_ok(),
        "renaming oneself is fine"
    );
    let empty = PersonDraft::default();
    assert_eq!(
        empty.validate(&ws, None).expect_err("invalid").get("name"),
        Some("Enter the person's name.")
    );
}

#[test]
fn custom_periods_need_a_name_and_an_ordered_range() {
    let ws = org();
    let draft = |name: &str, start: &str, end: &str| PeriodDraft {
        name: name.to_owned(),
        start: start.to_owned(),
        end: end.to_owned(),
    };
    assert!(
        draft("2027 H1", "2027-01-01", "2027-06-30")
            .validate(&ws, None)
            .is_ok()
    );
    let errors = draft("", "2027-06-30", "2027-01-01")
        .validate(&ws, None)
        .expect_err("invalid");
    assert!(errors.get("name").is_some());
    assert_eq!(
        errors.get("end"),
        Some("The period must end on or after its first day.")
    );
    let errors = draft("2026 Q4", "soon", "")
        .validate(&ws, None)
        .expect_err("invalid");
    assert_eq!(
        errors.get("name"),
        Some("There is already a period called “2026 Q4”.")
    );
    assert_eq!(
        errors.get("start"),
        Some("“soon” is not a date; use YYYY-MM-DD.")
    );
    assert_eq!(errors.get("end"), Some("Choose a date."));
    // Editing a period may keep its own name.
    let mut ws = ws;
    let q4 = PeriodId::from("q4");
    let edit = PeriodDraft::of(&ws, &q4).expect("q4 exists");
    let valid = PeriodDraft {
        end: "2027-01-15".to_owned(),
        ..edit
    }
    .validate(&ws, Some(&q4))
    .expect("its own name is fine");
    ws.update_period(&q4, valid);
    assert_eq!(
        ws.period(&q4).map(|p| p.end.to_string()),
        Some("2027-01-15".to_owned())
    );
}
