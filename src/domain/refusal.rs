//! Why a file or a merge was refused, as the person who asked for it reads
//! it: what is wrong, in their words and naming the record by its title;
//! what they can do about it; and, for whoever helps them, where exactly
//! (`workspace.units[4].kind`). `storage::refusal` explains a file that
//! cannot be read; this module a workspace whose records do not fit
//! together, from a file or from a merge.

use super::{Problem, Rule};
use crate::text;
use std::fmt;

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Refusal {
    /// What is wrong: "There are two company-level units, “Northwind” and “Acme”, …".
    pub problem: String,
    /// What to do about it: "Open it read-only to look at it, …".
    pub remedy: String,
    /// Where exactly, for support: a field's path, a line and column.
    pub detail: Option<String>,
}

impl Refusal {
    pub fn new(problem: String, remedy: &str, detail: Option<String>) -> Refusal {
        Refusal {
            problem,
            remedy: remedy.to_owned(),
            detail,
        }
    }

    /// A file whose records break `problems` (the first is explained, the
    /// rest counted); `None` when there are none.
    pub fn of_file(problems: &[Problem]) -> Option<Refusal> {
        let (first, rest) = problems.split_first()?;
        Some(Refusal::new(
            with_more(&first.message, rest.len()),
            text::refusal::FILE_INCONSISTENT,
            Some(format!("workspace.{}", first.path)),
        ))
    }

    /// A merge whose result would break `problems`; `None` when there are none.
    pub fn of_merge(problems: &[Problem]) -> Option<Refusal> {
        let (first, rest) = problems.split_first()?;
        Some(Refusal::new(
            with_more(&first.message, rest.len()),
            merge_remedy(problems),
            Some(first.path.clone()),
        ))
    }
}

/// What to do about a merge whose result would break `problems`.
pub fn merge_remedy(problems: &[Problem]) -> &'static str {
    // Two companies are two organisations: no choice of copies mends that.
    if problems.iter().any(|p| p.rule == Rule::SecondCompany) {
        text::refusal::MERGE_TWO_COMPANIES
    } else {
        text::refusal::MERGE_INCONSISTENT
    }
}

fn with_more(message: &str, more: usize) -> String {
    if more == 0 {
        message.to_owned()
    } else {
        format!("{message}{}", text::refusal::more_problems(more))
    }
}

/// One paragraph, for where only text fits (the command line, a toast).
impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.problem, self.remedy)?;
        match &self.detail {
            Some(detail) => write!(f, " ({})", text::refusal::details(detail)),
            None => Ok(()),
        }
    }
}
