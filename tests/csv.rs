//! CSV export for spreadsheets: quoting, formula neutralisation, and tables
//! that match the workspace.

use crate::common::{day, metric_kr, objective, org};
use ladder::domain::{CsvTable, sample_company, text_cell};
use proptest::prelude::*;

/// Splits one CSV document into rows of cells, following RFC 4180.
fn parse(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn cells_are_quoted_and_formulas_neutralised() {
    assert_eq!(text_cell("plain"), "plain");
    assert_eq!(text_cell("a, b"), "\"a, b\"");
    assert_eq!(text_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(text_cell("two\nlines"), "\"two\nlines\"");
    for formula in ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"] {
        assert!(
            text_cell(formula).trim_start_matches('"').starts_with('\''),
            "{formula:?}"
        );
    }
    assert_eq!(text_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
}

#[test]
fn the_tables_hold_every_objective_key_result_and_check_in() {
    let mut seed = 0u64;
    let ws = sample_company(day(2026, 11, 25), || {
        seed += 1;
        seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    });
    let all = ws.csv_tables(None, day(2026, 11, 25));
    let objectives = parse(all.table(CsvTable::Objectives));
    let key_results = parse(all.table(CsvTable::KeyResults));
    let check_ins = parse(all.table(CsvTable::CheckIns));
    assert_eq!(objectives.len(), ws.objectives.len() + 1);
    assert_eq!(key_results.len(), ws.key_results.len() + 1);
    assert_eq!(check_ins.len(), ws.check_ins.len() + 1);
    assert_eq!(objectives[0][..4], ["id", "period", "unit", "title"]);
    for table in [&objectives, &key_results, &check_ins] {
        let width = table[0].len();
        assert!(table.iter().all(|row| row.len() == width));
    }
    let nps = key_results
        .iter()
        .find(|row| row[3] == "Raise NPS from 32 to 45")
        .expect("the NPS key result");
    assert_eq!(
        (nps[4].as_str(), nps[7].as_str(), nps[8].as_str()),
        ("metric", "32", "45")
    );

    let current = ws.default_period(day(2026, 11, 25)).map(|p| p.id.clone());
    let one = ws.csv_tables(current.as_ref(), day(2026, 11, 25));
    let in_period = ws
        .objectives
        .iter()
        .filter(|o| Some(&o.period) == current.as_ref())
        .count();
    assert_eq!(parse(&one.objectives).len(), in_period + 1);
}

#[test]
fn negative_numbers_stay_numbers_while_typed_text_is_neutralised() {
    let mut ws = org();
    let mut o = objective("o", "acme", "q4", None);
    o.title = "=cmd|' /C calc'!A0".to_owned();
    ws.objectives.push(o);
    ws.key_results.push(metric_kr("kr", "o", -5.0, 5.0, -1.0));
    let tables = ws.csv_tables(None, day(2026, 11, 25));
    let objectives = parse(&tables.objectives);
    assert!(objectives[1][3].starts_with("'="));
    let kr = &parse(&tables.key_results)[1];
    assert_eq!((kr[7].as_str(), kr[9].as_str()), ("-5", "-1"));
}

proptest! {
    /// Whatever is typed comes back intact (after the neutralising quote) once parsed.
    #[test]
    fn any_text_survives_a_round_trip(text in "\\PC*") {
        let doc = format!("{}\r\n", text_cell(&text));
        let parsed = parse(&doc);
        let cell = parsed[0][0].clone();
        let expected = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.clone() };
        prop_assert_eq!(cell, expected);
    }
}
