//! CSV tables for spreadsheets: objectives, key results and check-ins of a
//! period (or of all periods), one file each.
//!
//! Cells follow RFC 4180: a cell holding a comma, a quote or a line break is
//! quoted, with quotes doubled. Text a person typed that starts with `=`, `+`,
//! `-`, `@`, a tab or a carriage return is prefixed with `'`, so a spreadsheet
//! shows it instead of running it as a formula (CSV injection). Numbers are
//! written by Ladder, never typed text, so they stay numbers.

use super::{KeyResult, Measure, PeriodId, Reading, Workspace, bar};
use crate::text;
use chrono::NaiveDate;

/// One of the tables, as a person picks it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CsvTable {
    Objectives,
    KeyResults,
    CheckIns,
}

impl CsvTable {
    pub const ALL: [CsvTable; 3] = [
        CsvTable::Objectives,
        CsvTable::KeyResults,
        CsvTable::CheckIns,
    ];

    /// The part of the file name that says which table it is.
    pub fn file_stem(self) -> &'static str {
        match self {
            CsvTable::Objectives => "objectives",
            CsvTable::KeyResults => "key-results",
            CsvTable::CheckIns => "check-ins",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CsvTable::Objectives => text::common::OBJECTIVES,
            CsvTable::KeyResults => text::common::KEY_RESULTS_HEADING,
            CsvTable::CheckIns => text::common::CHECK_INS,
        }
    }
}

/// The three tables, as file contents.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CsvTables {
    pub objectives: String,
    pub key_results: String,
    pub check_ins: String,
}

/// A cell of text someone typed: neutralised, then quoted when needed.
pub fn text_cell(text: &str) -> String {
    let neutral = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

fn number_cell(value: f64) -> String {
    if value.is_finite() {
        super::format::plain_number(value)
    } else {
        String::new()
    }
}

fn row(cells: Vec<String>) -> String {
    let mut line = cells.join(",");
    line.push_str("\r\n");
    line
}

fn header(names: &[&str]) -> String {
    row(names.iter().map(|n| (*n).to_owned()).collect())
}

fn percent_cell(share: Option<f64>) -> String {
    share.map_or_else(String::new, |p| format!("{:.0}", bar(p) * 100.0))
}

impl CsvTables {
    pub fn table(&self, table: CsvTable) -> &str {
        match table {
            CsvTable::Objectives => &self.objectives,
            CsvTable::KeyResults => &self.key_results,
            CsvTable::CheckIns => &self.check_ins,
        }
    }
}

impl Workspace {
    /// The tables for `period`, or for every period when `None`; archived
    /// objectives are included and marked, since a spreadsheet is for analysis.
    pub fn csv_tables(&self, period: Option<&PeriodId>, today: NaiveDate) -> CsvTables {
        let period_name = |id: &PeriodId| self.period(id).map_or("", |p| p.name.as_str());
        let person = |id: Option<&super::PersonId>| id.map_or("", |p| self.person_name(p));
        let objectives: Vec<_> = self
            .objectives
            .iter()
            .filter(|o| period.is_none_or(|p| &o.period == p) && self.shows(o))
            .collect();

        let mut objective_table = header(&[
            "id",
            "period",
            "unit",
            "title",
            "lead",
            "aligned_to",
            "progress_pct",
            "status",
            "score",
            "archived",
        ]);
        let mut kr_table = header(&[
            "id",
            "objective_id",
            "objective",
            "title",
            "kind",
            "commitment",
            "weight",
            "start",
            "target",
            "current",
            "unit",
            "progress_pct",
            "status",
            "score",
            "graded",
            "lead",
        ]);
        let mut check_in_table = header(&[
            "id",
            "key_result_id",
            "key_result",
            "date",
            "value",
            "status",
            "note",
            "author",
        ]);
        for o in &objectives {
            objective_table.push_str(&row(vec![
                text_cell(o.id.as_str()),
                text_cell(period_name(&o.period)),
                text_cell(self.unit(&o.unit).map_or("", |u| u.name.as_str())),
                text_cell(&o.title),
                text_cell(person(o.lead.as_ref())),
                text_cell(o.parent.as_ref().map_or("", |p| p.as_str())),
                percent_cell(self.objective_progress(&o.id)),
                self.objective_status(&o.id, today)
                    .map_or_else(String::new, |s| s.label().to_owned()),
                self.objective_score(&o.id)
                    .map_or_else(String::new, |s| format!("{s:.1}")),
                o.archived.to_string(),
            ]));
            for kr in self.key_results_of(&o.id) {
                kr_table.push_str(&row(self.key_result_cells(kr, &o.title, today)));
                for c in self.check_ins_of(&kr.id) {
                    check_in_table.push_str(&row(vec![
                        text_cell(c.id.as_str()),
                        text_cell(kr.id.as_str()),
                        text_cell(&kr.title),
                        c.date.to_string(),
                        match c.reading {
                            Reading::Value(v) => number_cell(v),
                            Reading::Done(done) => {
                                if done { "done" } else { "not done" }.to_owned()
                            }
                        },
                        c.status.label().to_owned(),
                        text_cell(&c.note),
                        text_cell(person(c.author.as_ref())),
                    ]));
                }
            }
        }
        CsvTables {
            objectives: objective_table,
            key_results: kr_table,
            check_ins: check_in_table,
        }
    }

    fn key_result_cells(&self, kr: &KeyResult, objective: &str, today: NaiveDate) -> Vec<String> {
        let (kind, start, target, current, unit) = match &kr.measure {
            Measure::Metric {
                start,
                target,
                current,
                unit,
            } => (
                "metric",
                number_cell(*start),
                number_cell(*target),
                number_cell(*current),
                unit.as_str(),
            ),
            Measure::Percentage {
                start,
                target,
                current,
            } => (
                "percentage",
                number_cell(*start),
                number_cell(*target),
                number_cell(*current),
                "%",
            ),
            Measure::Milestone { done } => (
                "milestone",
                "not done".to_owned(),
                "done".to_owned(),
                if *done { "done" } else { "not done" }.to_owned(),
                "",
            ),
        };
        vec![
            text_cell(kr.id.as_str()),
            text_cell(kr.objective.as_str()),
            text_cell(objective),
            text_cell(&kr.title),
            kind.to_owned(),
            kr.commitment.label().to_lowercase(),
            number_cell(kr.weight),
            start,
            target,
            current,
            text_cell(unit),
            percent_cell(kr.measure.progress()),
            self.key_result_status(kr, today)
                .map_or_else(String::new, |s| s.label().to_owned()),
            format!("{:.1}", self.key_result_score(kr)),
            kr.grade.is_some().to_string(),
            text_cell(kr.lead.as_ref().map_or("", |p| self.person_name(p))),
        ]
    }
}
