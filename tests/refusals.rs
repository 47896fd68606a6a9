//! Every refusal of a file or a merge says, in a team lead's words, what is
//! wrong (naming the record by its title where the file gives one) and what
//! to do about it, and keeps the exact place as a detail for support. None
//! passes on the words of Rust or serde.

use crate::common::{day, org, unit};
use ladder::domain::refusal::Refusal;
use ladder::domain::{
    Grade, HealthyRange, Measure, Reading, Rule, UnitKind, Workspace, sample_company,
};
use ladder::storage::refusal::explain;
use ladder::storage::snapshot::{
    DecodeError, Migration, decode_and_check, decode_with, encode_export,
};
use serde_json::Value;

/// Words of Rust, serde or JSON parsing that a person should never read.
const LEAKS: &[&str] = &[
    "invalid type",
    "invalid value",
    "invalid length",
    "expected",
    "EOF",
    "unknown variant",
    "missing field",
    "duplicate field",
    "serde",
    "Error",
    "sequence",
    "struct",
    "f64",
    "`",
    "\\\"",
];

/// A refusal a person can act on: sentences, a remedy, no leaked words.
fn assert_readable(what: &str, refusal: &Refusal) {
    for (part, words) in [("problem", &refusal.problem), ("remedy", &refusal.remedy)] {
        assert!(
            words.ends_with('.') && words.len() > 10,
            "{what}: the {part} is a sentence: {refusal:?}"
        );
        assert!(
            words.starts_with(|c: char| c.is_uppercase()),
            "{what}: the {part} starts a sentence: {refusal:?}"
        );
    }
    let all = format!("{refusal}");
    for leak in LEAKS {
        assert!(!all.contains(leak), "{what}: {leak:?} leaks into {all:?}");
    }
}

/// The sample company, which has every kind of record.
fn living() -> Workspace {
    let mut seed = 0u64;
    sample_company(day(2026, 11, 25), || {
        seed += 1;
        seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    })
}

/// Every rule, so the cases below cannot miss one (`case` matches them all).
const RULES: [Rule; 18] = [
    Rule::DuplicateId,
    Rule::MissingReference,
    Rule::Blank,
    Rule::NotANumber,
    Rule::SecondCompany,
    Rule::NoParentUnit,
    Rule::WrongParentKind,
    Rule::EndsBeforeStart,
    Rule::AlignmentCycle,
    Rule::TargetEqualsStart,
    Rule::WeightNotPositive,
    Rule::ScoreOutOfRange,
    Rule::PercentageOutOfRange,
    Rule::MilestoneNeedsDone,
    Rule::NumberNeedsValue,
    Rule::LimitsReversed,
    Rule::NegativeMargin,
    Rule::NotAWebLink,
];

fn metric(ws: &Workspace) -> usize {
    ws.key_results
        .iter()
        .position(|kr| matches!(kr.measure, Measure::Metric { .. }))
        .expect("the sample has a metric key result")
}

fn checked_in_metric(ws: &Workspace) -> usize {
    ws.key_results
        .iter()
        .position(|kr| {
            matches!(kr.measure, Measure::Metric { .. }) && ws.latest_check_in(&kr.id).is_some()
        })
        .expect("the sample has a checked-in metric")
}

/// The sample broken by `rule`, and the names its message must hold.
fn case(rule: Rule) -> (Workspace, Vec<String>) {
    let mut ws = living();
    let names = match rule {
        Rule::DuplicateId => {
            ws.people[1].id = ws.people[0].id.clone();
            vec![ws.people[0].name.clone(), ws.people[1].name.clone()]
        }
        Rule::MissingReference => {
            ws.key_results[0].objective = "gone".into();
            vec![ws.key_results[0].title.clone(), "gone".to_owned()]
        }
        Rule::Blank => {
            ws.objectives[0].title = " ".to_owned();
            vec!["1st objective in the file".to_owned()]
        }
        Rule::NotANumber => {
            let k = metric(&ws);
            if let Measure::Metric { start, .. } = &mut ws.key_results[k].measure {
                *start = f64::NAN;
            }
            vec![ws.key_results[k].title.clone()]
        }
        Rule::SecondCompany => {
            let mut second = unit("northwind", UnitKind::Company, None);
            second.name = "Northwind".to_owned();
            ws.units.push(second);
            vec![ws.units[0].name.clone(), "Northwind".to_owned()]
        }
        Rule::NoParentUnit => {
            let u = ws
                .units
                .iter()
                .position(|u| u.kind != UnitKind::Company)
                .expect("unit");
            ws.units[u].parent = None;
            vec![ws.units[u].name.clone()]
        }
        Rule::WrongParentKind => {
            let teams: Vec<usize> = (0..ws.units.len())
                .filter(|&u| ws.units[u].kind == UnitKind::Team)
                .collect();
            let (team, other) = (teams[0], teams[1]);
            ws.units[team].parent = Some(ws.units[other].id.clone());
            vec![ws.units[team].name.clone(), ws.units[other].name.clone()]
        }
        Rule::EndsBeforeStart => {
            ws.periods[0].end = ws.periods[0].start - chrono::Days::new(1);
            vec![ws.periods[0].name.clone()]
        }
        Rule::AlignmentCycle => {
            let child = ws
                .objectives
                .iter()
                .position(|o| o.parent.is_some())
                .expect("aligned");
            let parent = ws.objectives[child].parent.clone().expect("aligned");
            let up = ws
                .objectives
                .iter()
                .position(|o| o.id == parent)
                .expect("parent");
            ws.objectives[up].parent = Some(ws.objectives[child].id.clone());
            vec![ws.objectives[child].title.clone()]
        }
        Rule::TargetEqualsStart => {
            let k = metric(&ws);
            if let Measure::Metric { start, target, .. } = &mut ws.key_results[k].measure {
                *target = *start;
            }
            vec![ws.key_results[k].title.clone()]
        }
        Rule::WeightNotPositive => {
            ws.key_results[0].weight = 0.0;
            vec![ws.key_results[0].title.clone()]
        }
        Rule::ScoreOutOfRange => {
            ws.key_results[0].grade = Some(Grade {
                score: 2.0,
                reason: String::new(),
                experiment: false,
                learning: String::new(),
            });
            vec![ws.key_results[0].title.clone()]
        }
        Rule::PercentageOutOfRange => {
            ws.key_results[0].measure = Measure::Percentage {
                start: 0.0,
                target: 150.0,
                current: 0.0,
            };
            vec![ws.key_results[0].title.clone()]
        }
        Rule::MilestoneNeedsDone => {
            let k = checked_in_metric(&ws);
            ws.key_results[k].measure = Measure::Milestone { done: false };
            vec![ws.key_results[k].title.clone()]
        }
        Rule::NumberNeedsValue => {
            let k = checked_in_metric(&ws);
            let id = ws.key_results[k].id.clone();
            let c = ws
                .check_ins
                .iter()
                .position(|c| c.key_result == id)
                .expect("check-in");
            ws.check_ins[c].reading = Reading::Done(true);
            vec![ws.key_results[k].title.clone()]
        }
        Rule::LimitsReversed => {
            ws.kpis[0].healthy = HealthyRange::Between { min: 5.0, max: 2.0 };
            vec![ws.kpis[0].name.clone()]
        }
        Rule::NegativeMargin => {
            ws.kpis[0].warning_margin = Some(-1.0);
            vec![ws.kpis[0].name.clone()]
        }
        Rule::NotAWebLink => {
            ws.initiatives[0].link = "javascript:alert(1)".to_owned();
            vec![
                ws.initiatives[0].title.clone(),
                "javascript:alert(1)".to_owned(),
            ]
        }
    };
    (ws, names)
}

#[test]
fn every_broken_rule_names_its_record_and_says_what_to_do() {
    assert!(living().problems().is_empty());
    for rule in RULES {
        let (ws, names) = case(rule);
        let problems = ws.problems();
        let problem = problems
            .iter()
            .filter(|p| p.rule == rule)
            .find(|p| names.iter().all(|name| p.message.contains(name.as_str())))
            .unwrap_or_else(|| panic!("{rule:?} is found, naming {names:?}: {problems:#?}"));
        let from_file = Refusal::of_file(std::slice::from_ref(problem)).expect("a refusal");
        assert_readable(&format!("{rule:?}"), &from_file);
        assert_eq!(
            from_file.detail,
            Some(format!("workspace.{}", problem.path))
        );

        // The file as it would arrive: the same words, one place, the rest
        // counted. (A number that is not one is written as null, which the
        // file's reader refuses first.)
        let text =
            encode_export(&ws, "2026-11-25T17:00:00Z".parse().expect("a time")).expect("encodes");
        let error = decode_and_check(&text).expect_err("refused");
        let refusal = explain(&text, &error);
        assert_readable(&format!("{rule:?} in a file"), &refusal);
        if let DecodeError::Invalid(_) = error {
            assert!(
                refusal.problem.starts_with(&problems[0].message),
                "{refusal:?}"
            );
        }
    }
}

#[test]
fn a_merge_of_two_organisations_says_so_and_offers_the_ways_that_work() {
    let mine = org();
    let mut theirs = Workspace {
        name: "Northwind".to_owned(),
        ..Workspace::default()
    };
    let mut company = unit("northwind", UnitKind::Company, None);
    company.name = "Northwind".to_owned();
    theirs.units.push(company);
    let merged = mine.merge(
        &theirs,
        &Default::default(),
        &"me".into(),
        "2026-11-25T17:00:00Z".parse().expect("a time"),
    );
    let problems = merged.workspace.problems();
    let refusal = Refusal::of_merge(&problems).expect("refused");
    assert_readable("two companies", &refusal);
    assert_eq!(
        refusal.problem,
        "There are two company-level units, “acme” and “Northwind”, and a workspace has one company."
    );
    assert!(refusal.remedy.contains("read-only"), "{refusal:?}");
    assert!(
        refusal.remedy.contains("replace your workspace"),
        "{refusal:?}"
    );
    assert_eq!(refusal.detail.as_deref(), Some("units[5].kind"));
}

/// Explains `text`'s refusal and checks it holds `words` and `detail`.
fn check_file(text: &str, words: &str, detail: Option<&str>) -> Refusal {
    let error = decode_and_check(text).expect_err(text);
    let refusal = explain(text, &error);
    assert_readable(text, &refusal);
    assert!(
        refusal.problem.contains(words),
        "{text}: {words:?} in {refusal:?}"
    );
    assert_eq!(refusal.detail.as_deref(), detail, "{text}");
    refusal
}

fn ladder(workspace: Value) -> String {
    serde_json::json!({"format": "ladder", "version": 5, "workspace": workspace}).to_string()
}

#[test]
fn a_file_that_is_not_a_workspace_says_what_it_is() {
    check_file("", "The file is empty.", None);
    check_file("  \n", "The file is empty.", None);
    check_file("%PDF-1.7\n%âãÏÓ", "PDF document", None);
    check_file("PK\u{3}\u{4}\u{14}", "compressed or office file", None);
    check_file("title,unit,period\r\nGrow,Sales,Q4\r\n", "(CSV)", None);
    check_file("# Retrospective: Acme · 2026 Q4\n", "Markdown", None);
    check_file("<!doctype html><html>", "web page", None);
    check_file("hello", "Ladder's files are JSON text", None);
    check_file(r#"{"hello": "world"}"#, "not one Ladder wrote", None);
    check_file("[1, 2]", "not one Ladder wrote", None);
    check_file(
        r#"{"format": "trello"}"#,
        "another program (its format is “trello”)",
        None,
    );
    let personal = check_file(
        r#"{"format": "ladder-personal", "version": 1, "personal": {}}"#,
        "private goals",
        None,
    );
    assert!(personal.remedy.contains("My goals"), "{personal:?}");
    assert!(
        personal.remedy.contains("Restore from file"),
        "{personal:?}"
    );
}

#[test]
fn a_damaged_or_foreign_version_file_says_what_to_do() {
    check_file(
        r#"{"format": "ladder", "version": 1, oops"#,
        "The file is damaged",
        Some("line 1, column 36"),
    );
    let cut = check_file(
        r#"{"format":"ladder","version":1,"workspace":{"name":"A""#,
        "cut off",
        Some("line 1, column 54"),
    );
    assert!(cut.remedy.contains("again"), "{cut:?}");
    let newer = check_file(
        r#"{"format":"ladder","version":99,"workspace":{}}"#,
        "newer version of Ladder (format 99)",
        None,
    );
    assert!(newer.remedy.starts_with("Reload the page"), "{newer:?}");
    check_file(
        r#"{"format":"ladder","version":"one","workspace":{}}"#,
        "does not say which version",
        Some("version"),
    );
    check_file(
        r#"{"format":"ladder","version":1}"#,
        "holds no workspace",
        Some("workspace"),
    );

    fn refuse(_: &mut Value) -> Result<(), String> {
        Err("units cannot be split.".to_owned())
    }
    let steps: &[Migration] = &[refuse];
    let text = r#"{"format":"ladder","version":1,"workspace":{}}"#;
    let error = decode_with(text, steps).expect_err("fails");
    assert!(matches!(error, DecodeError::Migration { .. }));
    let older = explain(text, &error);
    assert_readable("a failed migration", &older);
    assert!(older.problem.contains("older version of Ladder (format 1)"));
}

#[test]
fn a_field_ladder_cannot_read_is_named_with_its_record() {
    let objective = |title: Value| {
        ladder(serde_json::json!({
            "units": [{"id": "u1", "name": "Typo Inc", "kind": "company"}],
            "periods": [{"id": "p1", "name": "2026 Q4", "start": "2026-10-01", "end": "2026-12-31"}],
            "objectives": [{"id": "o1", "title": title, "unit": "u1", "period": "p1"}],
        }))
    };
    check_file(
        &objective(serde_json::json!(42)),
        "The “title” of the 1st objective in the file is the number 42, where Ladder needs text.",
        Some("workspace.objectives[0].title"),
    );
    check_file(
        &objective(Value::Null),
        "The “title” of the 1st objective in the file is empty, where Ladder needs text.",
        Some("workspace.objectives[0].title"),
    );
    check_file(
        &ladder(serde_json::json!({"units": [{"id": "u", "name": "Tribe", "kind": "tribe"}]})),
        "The “kind” of the unit “Tribe” is “tribe”, which Ladder does not know.",
        Some("workspace.units[0].kind"),
    );
    check_file(
        &ladder(serde_json::json!({"periods": [
            {"id": "a", "name": "Q1", "start": "2026-01-01", "end": "2026-03-31"},
            {"id": "b", "name": "Q2", "start": "2026-04-01", "end": "April"}]})),
        "The “end” of the period “Q2” cannot be read: “April” is not a date like 2026-03-31.",
        Some("workspace.periods[1].end"),
    );
    check_file(
        &ladder(serde_json::json!({"people": [{"name": "Ada"}]})),
        "The person “Ada” has no “id”, which Ladder needs.",
        Some("workspace.people[0]"),
    );
    check_file(
        &ladder(serde_json::json!({"name": 5})),
        "The “name” of the workspace is the number 5, where Ladder needs text.",
        Some("workspace.name"),
    );
    check_file(
        r#"{"format":"ladder","version":1,"exported_at":"yesterday","workspace":{}}"#,
        "The “exported_at” of the file cannot be read: “yesterday” is not a date and time",
        Some("exported_at"),
    );
}

#[test]
fn records_that_do_not_fit_together_are_named_by_title() {
    let orphan = check_file(
        &ladder(
            serde_json::json!({"key_results": [{"id": "k1", "objective": "gone",
            "title": "Orphan", "measure": {"kind": "milestone", "done": false}}]}),
        ),
        "The key result “Orphan” refers to an objective that is not there (id “gone”).",
        Some("workspace.key_results[0].objective"),
    );
    assert!(
        orphan.remedy.contains("export it from Ladder again"),
        "{orphan:?}"
    );
    check_file(
        &ladder(
            serde_json::json!({"people": [{"id": "p1", "name": "Ada"}, {"id": "p1", "name": "Grace"}]}),
        ),
        "The person “Grace” has the id “p1”, which the person “Ada” has too.",
        Some("workspace.people[1].id"),
    );
    check_file(
        &ladder(
            serde_json::json!({"people": [{"id": "p1", "name": "Ada"}, {"id": "p1", "name": "Grace"}, {"id": "p1", "name": "Lin"}]}),
        ),
        "There is 1 more problem.",
        Some("workspace.people[1].id"),
    );
}
