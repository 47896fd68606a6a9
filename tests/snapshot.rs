//! The file format: round trips, migrations, and the messages bad files get.
use chrono::{DateTime, NaiveDate, Utc};
use ladder::domain::{
    CheckIn, Commitment, Grade, HealthyRange, Initiative, InitiativeStatus, KeyResult, Kpi,
    KpiReading, Measure, Objective, OrgUnit, Period, Person, Reading, Reflection, Revision,
    Settings, Status, UnitKind, WorkRef, Workspace,
};
use ladder::storage::snapshot::{
    DecodeError, FORMAT, Migration, VERSION, decode, decode_and_check, decode_with, encode_export,
    encode_stored,
};
use serde_json::{Value, json};

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("test timestamps are valid")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test dates are valid")
}

fn sample() -> Workspace {
    Workspace {
        name: "Acme".to_owned(),
        units: vec![
            OrgUnit {
                dismissed: Vec::new(),
                id: "company".into(),
                name: "Acme".to_owned(),
                kind: UnitKind::Company,
                parent: None,
                lead: Some("ada".into()),
                archived: false,
                rev: Revision::default(),
            },
            OrgUnit {
                dismissed: Vec::new(),
                id: "sales".into(),
                name: "Sales".to_owned(),
                kind: UnitKind::Department,
                parent: Some("company".into()),
                lead: None,
                archived: true,
                rev: Revision::default(),
            },
        ]
        .into(),
        people: vec![Person {
            id: "ada".into(),
            name: "Ada".to_owned(),
            role: Some("CEO".to_owned()),
            unit: Some("company".into()),
            rev: Revision::default(),
        }]
        .into(),
        periods: vec![Period {
            id: "q4".into(),
            name: "2026 Q4".to_owned(),
            start: day(2026, 10, 1),
            end: day(2026, 12, 31),
            closed: false,
            rev: Revision::default(),
        }]
        .into(),
        objectives: vec![Objective {
            dismissed: Vec::new(),
            id: "grow".into(),
            title: "Expand into new markets".to_owned(),
            description: "DE and FR first".to_owned(),
            unit: "company".into(),
            period: "q4".into(),
            lead: Some("ada".into()),
            contributors: vec!["ada".into()],
            parent: None,
            depends_on: vec![WorkRef::KeyResult("de".into())],
            archived: false,
            reflection: Reflection {
                learning: "Partners open doors".to_owned(),
                ..Reflection::default()
            },
            rolled_from: None,
            owner: None,
            rev: Revision::default(),
        }]
        .into(),
        key_results: vec![KeyResult {
            dismissed: Vec::new(),
            id: "de".into(),
            objective: "grow".into(),
            title: "Close €5M in DE".to_owned(),
            lead: Some("ada".into()),
            measure: Measure::Metric {
                start: 0.0,
                target: 5_000_000.0,
                current: 1_250_000.5,
                unit: "€".to_owned(),
            },
            commitment: Commitment::Stretch,
            weight: 2.0,
            depends_on: Vec::new(),
            grade: Some(Grade {
                score: 0.6,
                reason: "Two deals slipped to January".to_owned(),
                experiment: false,
                learning: String::new(),
            }),
            rolled_from: None,
            created: None,
            rev: Revision::default(),
        }]
        .into(),
        check_ins: vec![CheckIn {
            id: "c1".into(),
            key_result: "de".into(),
            date: day(2026, 11, 2),
            reading: Reading::Value(1_250_000.5),
            status: Status::AtRisk,
            note: "Slow month".to_owned(),
            author: Some("ada".into()),
            rev: Revision::default(),
        }]
        .into(),
        initiatives: vec![Initiative {
            id: "i1".into(),
            key_result: "de".into(),
            title: "Hire a DACH seller".to_owned(),
            lead: None,
            status: InitiativeStatus::InProgress,
            link: "https://example.com/ticket/1".to_owned(),
            rev: Revision::default(),
        }]
        .into(),
        kpis: vec![Kpi {
            id: "k1".into(),
            unit: "company".into(),
            name: "Uptime".to_owned(),
            measure_unit: "%".to_owned(),
            healthy: HealthyRange::Between {
                min: 99.5,
                max: 100.0,
            },
            warning_margin: Some(0.2),
            readings: vec![KpiReading {
                date: day(2026, 11, 3),
                value: 99.7,
                note: String::new(),
            }],
            archived: false,
            owner: None,
            rev: Revision::default(),
        }]
        .into(),
        current_period: Some("q4".into()),
        settings: Settings {
            me: Some("ada".into()),
            ..Settings::default()
        },
        sample: true,
        // Stamped, so the round trips below carry it.
        organisation_rev: Revision {
            updated_at: None,
            edits: serde_json::from_str(r#"{"r1":2}"#).expect("edit counts"),
        },
    }
}

#[test]
fn export_round_trips() {
    let workspace = sample();
    let text = encode_export(&workspace, at("2026-11-25T17:00:00Z")).expect("encodes");
    let envelope = decode(&text).expect("decodes");
    assert_eq!(envelope.workspace, workspace);
    assert_eq!(envelope.format, FORMAT);
    assert_eq!(envelope.version, VERSION);
    assert_eq!(envelope.exported_at, Some(at("2026-11-25T17:00:00Z")));
    assert_eq!(envelope.revision, None);
}

#[test]
fn stored_value_round_trips_with_its_revision() {
    let workspace = sample();
    let text = encode_stored(&workspace, 42, at("2026-11-25T17:00:00Z")).expect("encodes");
    let envelope = decode(&text).expect("decodes");
    assert_eq!(envelope.workspace, workspace);
    assert_eq!(envelope.revision, Some(42));
    assert_eq!(envelope.saved_at, Some(at("2026-11-25T17:00:00Z")));
}

#[test]
fn envelope_has_the_documented_shape() {
    let text = encode_export(&Workspace::default(), at("2026-01-02T03:04:05Z")).expect("encodes");
    let value: Value = serde_json::from_str(&text).expect("is JSON");
    assert_eq!(
        value,
        json!({
            "format": "ladder",
            "version": 6,
            "exported_at": "2026-01-02T03:04:05Z",
            "workspace": {
                "name": "", "settings": { "check_in_every_days": 7 }, "units": [], "people": [], "periods": [],
                "objectives": [], "key_results": []
            }
        })
    );
}

#[test]
fn minimal_workspace_uses_defaults() {
    let envelope = decode(r#"{"format":"ladder","version":1,"workspace":{}}"#).expect("decodes");
    assert_eq!(envelope.workspace, Workspace::default());
}

#[test]
fn downloads_are_named_after_the_organisation_the_part_and_the_day() {
    use ladder::domain::format::download_name;
    let today = day(2026, 12, 3);
    assert_eq!(
        download_name("Northwind", &["Marketing", "2026 Q4"], today, "json"),
        "ladder-northwind-marketing-2026-q4-2026-12-03.json"
    );
    assert_eq!(
        download_name("Café Zürich & Co.", &[], today, "json"),
        "ladder-café-zürich-co-2026-12-03.json"
    );
    assert_eq!(
        download_name("", &["objectives"], today, "csv"),
        "ladder-objectives-2026-12-03.csv"
    );
    assert_eq!(
        download_name(" ", &["", "!"], today, "json"),
        "ladder-2026-12-03.json"
    );
}

/// Decodes `text` and compares the error's message with `expected`.
fn check_error(text: &str, expected: &str) {
    match decode(text) {
        Ok(envelope) => panic!("expected an error, decoded {envelope:?}"),
        Err(error) => assert_eq!(error.to_string(), expected),
    }
}

#[test]
fn bad_files_get_messages_that_say_what_and_where() {
    check_error(
        "{not json",
        "The data is not valid JSON: key must be a string (line 1, column 2).",
    );
    check_error(
        r#"{"format":"ladder","version":1,"workspace":{"name":"A""#,
        "The data is not valid JSON: EOF while parsing an object (line 1, column 54).",
    );
    check_error(
        "[1, 2]",
        "This is not a Ladder file: it has no \"format\": \"ladder\" field.",
    );
    check_error(
        r#"{"format":"trello","version":1,"workspace":{}}"#,
        "This is not a Ladder file: it has no \"format\": \"ladder\" field.",
    );
    check_error(
        r#"{"format":"ladder","version":"one","workspace":{}}"#,
        "version: expected a format version from 1 to 6.",
    );
    check_error(
        r#"{"format":"ladder","version":0,"workspace":{}}"#,
        "version: expected a format version from 1 to 6.",
    );
    check_error(
        r#"{"format":"ladder","version":7,"workspace":{}}"#,
        "This file was written by a newer version of Ladder (format version 7); \
         this version reads format versions 1 to 6.",
    );
    check_error(
        r#"{"format":"ladder","version":1}"#,
        "workspace: missing; a Ladder file must contain a workspace.",
    );
    check_error(
        r#"{"format":"ladder","version":1,"workspace":{"name":5}}"#,
        "workspace.name: invalid type: integer `5`, expected a string.",
    );
    check_error(
        r#"{"format":"ladder","version":1,"workspace":{"periods":[
            {"id":"a","name":"Q1","start":"2026-01-01","end":"2026-03-31"},
            {"id":"b","name":"Q2","start":"2026-04-01","end":"April"}]}}"#,
        "workspace.periods[1].end: “April” is not a date like 2026-03-31.",
    );
    check_error(
        r#"{"format":"ladder","version":1,"workspace":{"units":[{"id":"u","name":"U","kind":"tribe"}]}}"#,
        "workspace.units[0].kind: unknown variant `tribe`, expected one of `company`, `department`, `team`.",
    );
    check_error(
        r#"{"format":"ladder","version":1,"exported_at":"yesterday","workspace":{}}"#,
        "exported_at: “yesterday” is not a date and time like 2026-11-25T17:00:00Z.",
    );
}

#[test]
fn integrity_problems_are_reported_with_their_path() {
    let mut workspace = sample();
    workspace.objectives[0].unit = "ghost".into();
    workspace.people.push(workspace.people[0].clone());
    let text = encode_export(&workspace, at("2026-11-25T17:00:00Z")).expect("encodes");
    assert!(
        decode(&text).is_ok(),
        "Ladder's own saved data is read even with a flaw"
    );
    let error = decode_and_check(&text).expect_err("is rejected");
    assert_eq!(
        error.to_string(),
        "workspace.people[1].id: The person “Ada” has the id “ada”, which the person “Ada” has \
         too. There is 1 more problem."
    );
    let DecodeError::Invalid(problems) = error else {
        panic!("expected integrity problems, got {error:?}");
    };
    assert_eq!(problems[1].path, "objectives[0].unit");
}

/// A pretend version 1 → 2 step: version 1 called the organisation name `organisation`.
fn rename_organisation(workspace: &mut Value) -> Result<(), String> {
    let map = workspace
        .as_object_mut()
        .ok_or("the workspace is not an object")?;
    if let Some(name) = map.remove("organisation") {
        map.insert("name".to_owned(), name);
    }
    Ok(())
}

fn refuse(_: &mut Value) -> Result<(), String> {
    Err("units cannot be split".to_owned())
}

#[test]
fn migrations_run_from_the_file_version_to_the_current_one() {
    let steps: &[Migration] = &[rename_organisation];
    let old = r#"{"format":"ladder","version":1,"workspace":{"organisation":"Old Co"}}"#;
    let envelope = decode_with(old, steps).expect("migrates");
    assert_eq!(envelope.workspace.name, "Old Co");
    assert_eq!(envelope.version, 2, "a migrated envelope is current");

    // A file already at version 2 is not migrated again.
    let current =
        r#"{"format":"ladder","version":2,"workspace":{"name":"New Co","organisation":"x"}}"#;
    assert_eq!(
        decode_with(current, steps).expect("decodes").workspace.name,
        "New Co"
    );

    let newer = r#"{"format":"ladder","version":3,"workspace":{}}"#;
    assert_eq!(
        decode_with(newer, steps),
        Err(DecodeError::TooNew { version: 3 })
    );
}

#[test]
fn a_failing_migration_says_which_version_it_came_from() {
    let steps: &[Migration] = &[rename_organisation, refuse];
    let error =
        decode_with(r#"{"format":"ladder","version":1,"workspace":{}}"#, steps).expect_err("fails");
    assert_eq!(
        error,
        DecodeError::Migration {
            from: 2,
            message: "units cannot be split".to_owned()
        }
    );
    assert_eq!(
        error.to_string(),
        "This file could not be upgraded from format version 2: units cannot be split"
    );
}

#[test]
fn every_past_version_fixture_still_reads() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    for version in 1..=VERSION {
        let path = format!("{dir}/snapshot-v{version}.json");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let envelope = decode_and_check(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(
            envelope.version, VERSION,
            "{path} is migrated to the current version"
        );
        assert!(
            !envelope.workspace.objectives.is_empty(),
            "{path} has objectives"
        );
    }
}

fn problems_of(workspace: &Workspace) -> Vec<String> {
    let text = encode_export(workspace, at("2026-11-25T17:00:00Z")).expect("encodes");
    match decode_and_check(&text) {
        Err(DecodeError::Invalid(problems)) => problems.iter().map(|p| p.to_string()).collect(),
        other => panic!("expected integrity problems, got {other:?}"),
    }
}

#[test]
fn imports_are_checked_for_readings_rollover_links_and_kpi_ranges() {
    let mut seed = 0u64;
    let living = ladder::domain::sample_company(day(2026, 11, 25), || {
        seed += 1;
        seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    });
    assert!(living.problems().is_empty());

    let mut wrong_kind = living.clone();
    let metric = wrong_kind
        .check_ins
        .iter()
        .position(|c| matches!(c.reading, ladder::domain::Reading::Value(_)))
        .expect("a metric check-in");
    wrong_kind.check_ins[metric].reading = ladder::domain::Reading::Done(true);
    let found = problems_of(&wrong_kind);
    assert!(
        found.iter().any(
            |p| p.contains(&format!("check_ins[{metric}].done")) && p.contains("needs a value")
        ),
        "{found:?}"
    );

    let mut dangling = living.clone();
    dangling.key_results[0].rolled_from = Some("gone".into());
    let found = problems_of(&dangling);
    assert!(
        found
            .iter()
            .any(|p| p.contains("key_results[0].rolled_from")),
        "{found:?}"
    );

    let mut kpi = living.clone();
    kpi.kpis[0].healthy = ladder::domain::HealthyRange::Between { min: 5.0, max: 2.0 };
    kpi.kpis[0].warning_margin = Some(-1.0);
    let found = problems_of(&kpi);
    assert!(
        found.iter().any(|p| p.contains("kpis[0].healthy.max")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.contains("kpis[0].warning_margin")),
        "{found:?}"
    );
}

#[test]
fn an_imported_current_value_follows_the_latest_check_in() {
    let mut seed = 0u64;
    let mut living = ladder::domain::sample_company(day(2026, 11, 25), || {
        seed += 1;
        seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    });
    let expected = living.clone();
    let kr = living
        .key_results
        .iter()
        .position(|kr| {
            matches!(kr.measure, ladder::domain::Measure::Metric { .. })
                && expected.latest_check_in(&kr.id).is_some()
        })
        .expect("a checked-in metric");
    if let ladder::domain::Measure::Metric { current, .. } = &mut living.key_results[kr].measure {
        *current = 123_456.0;
    }
    let text = encode_export(&living, at("2026-11-25T17:00:00Z")).expect("encodes");
    let envelope = decode_and_check(&text).expect("a hand-edited value is repaired, not refused");
    assert_eq!(envelope.workspace.key_results[kr], expected.key_results[kr]);
}

/// `sample()` with a second initiative whose link is `link`, exported.
fn with_link(link: &str) -> String {
    let mut workspace = sample();
    let mut second = workspace.initiatives[0].clone();
    second.id = "i2".into();
    second.link = link.to_owned();
    workspace.initiatives.push(second);
    encode_export(&workspace, at("2026-11-25T17:00:00Z")).expect("encodes")
}

#[test]
fn an_imported_link_that_is_not_a_web_link_is_refused_where_it_is() {
    for link in [
        "javascript:alert(1)",
        " JavaScript:alert(document.cookie)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "javascript://example.com/%0Aalert(1)",
        "\u{1}https://example.com",
        "ht\ttps://example.com",
        "example.com",
        "ftp://example.com",
    ] {
        let text = with_link(link);
        assert!(
            decode(&text).is_ok(),
            "Ladder's own saved data is read even with such a link"
        );
        let error = decode_and_check(&text).expect_err(link);
        assert_eq!(
            error.to_string(),
            format!(
                "workspace.initiatives[1].link: The initiative “{}” links to “{}”, which is not \
                 a web address starting with https:// or http://.",
                sample().initiatives[0].title,
                link.trim()
            ),
            "{link:?}"
        );
    }
}

#[test]
fn web_links_and_no_link_import_as_they_are() {
    for link in [
        "https://example.com/ticket/2",
        "http://intranet/wiki",
        "HTTPS://EXAMPLE.COM/X",
        "Http://example.com",
        "",
        "  ",
        " https://example.com/padded ",
    ] {
        let envelope =
            decode_and_check(&with_link(link)).unwrap_or_else(|e| panic!("{link:?}: {e}"));
        let initiative = &envelope.workspace.initiatives[1];
        assert_eq!(initiative.link, link, "kept exactly as written");
        assert_eq!(
            initiative.safe_link(),
            Some(link.trim()).filter(|l| !l.is_empty()),
            "{link:?}"
        );
    }
}

#[test]
fn the_form_the_import_and_the_page_agree_on_what_a_web_link_is() {
    for (link, web) in [
        ("https://example.com", true),
        ("HTTP://example.com", true),
        ("  http://example.com  ", true),
        ("javascript:alert(1)", false),
        ("JAVASCRIPT:alert(1)", false),
        ("data:text/html,x", false),
        ("vbscript:x", false),
        ("mailto:ada@example.com", false),
        ("//example.com", false),
    ] {
        assert_eq!(ladder::domain::web_link(link).is_some(), web, "{link:?}");
        let draft = ladder::domain::InitiativeDraft {
            title: "Run webinars".to_owned(),
            link: link.to_owned(),
            ..Default::default()
        };
        assert_eq!(draft.validate(&sample()).is_ok(), web, "{link:?}");
        assert_eq!(decode_and_check(&with_link(link)).is_ok(), web, "{link:?}");
    }
}

/// Found by the fuzzer: an answer of only spaces was left out of files
/// (and saves), so what was typed did not come back.
#[test]
fn a_reflection_answer_of_spaces_comes_back() {
    let mut workspace = sample();
    workspace.objectives[0].reflection.learning = " ".to_owned();
    let text = encode_export(&workspace, at("2026-11-25T17:00:00Z")).expect("encodes");
    assert_eq!(decode(&text).expect("decodes").workspace, workspace);
}

/// Found by the fuzzer: a percentage key result's own values were not
/// checked (its check-ins were), so a file could hold a start of -1e308.
#[test]
fn a_percentage_key_result_outside_0_to_100_is_refused() {
    let mut workspace = sample();
    let kr = workspace
        .key_results
        .iter()
        .position(|kr| matches!(kr.measure, Measure::Percentage { .. }))
        .unwrap_or(0);
    workspace.key_results[kr].measure = Measure::Percentage {
        start: -1e308,
        target: 100.0,
        current: 100.5,
    };
    workspace
        .check_ins
        .retain(|c| c.key_result != workspace.key_results[kr].id);
    let found = problems_of(&workspace);
    let title = &workspace.key_results[kr].title;
    assert_eq!(
        found,
        [
            format!(
                "key_results[{kr}].measure.start: The key result “{title}” has a start value \
                 outside 0–100%."
            ),
            format!(
                "key_results[{kr}].measure.current: The key result “{title}” has a current \
                 value outside 0–100%."
            ),
        ]
    );
}
