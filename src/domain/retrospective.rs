//! The period retrospective as Markdown, to paste into a wiki: scores with
//! the commit/stretch expectation beside them, status trends, learnings and
//! reflections, per objective and per unit. It names no people at all, so
//! it can never read as a ranking of them. Its dates are written as the
//! reader's locale writes them, like every date Ladder shows.

use super::format::Locale;
use super::{Band, Commitment, Objective, PeriodId, Reflection, Status, UnitId, Workspace};
use crate::text;
use std::fmt::Write;

/// Text safe inside a Markdown table cell or heading: one line, with
/// Markdown and HTML punctuation escaped, so a title typed by someone (or
/// imported from a file) cannot inject links, images or markup into a wiki.
fn cell(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

/// Free text as a block quote: every line quoted, so it cannot become a
/// heading, a table row or a rule in the document around it.
fn quote(text: &str) -> String {
    text.trim()
        .lines()
        .map(|line| format!("> {}", cell(line)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn trend(statuses: &[Status]) -> String {
    if statuses.is_empty() {
        return text::retrospective::NO_CHECK_INS.to_owned();
    }
    statuses
        .iter()
        .map(|s| s.label())
        .collect::<Vec<_>>()
        .join(" → ")
}

impl Workspace {
    /// The objectives a retrospective covers: the period's, for `unit` and
    /// the units under it (everything when `None`), in organisation order.
    pub fn retrospective_objectives(
        &self,
        period: &PeriodId,
        unit: Option<&UnitId>,
    ) -> Vec<&Objective> {
        self.units_in_chart_order()
            .into_iter()
            .filter(|u| unit.is_none_or(|root| self.is_within(&u.id, root)))
            .flat_map(|u| {
                self.objectives.iter().filter(move |o| {
                    &o.period == period && !o.archived && o.unit == u.id && o.owner.is_none()
                })
            })
            .collect()
    }

    /// The retrospective of `period` for `unit` (the whole organisation
    /// when `None`), its dates and scores written as `locale` writes them.
    pub fn retrospective(
        &self,
        period: &PeriodId,
        unit: Option<&UnitId>,
        locale: &dyn Locale,
    ) -> String {
        let Some(p) = self.period(period) else {
            return String::new();
        };
        let scope = unit
            .and_then(|u| self.unit(u))
            .map_or_else(|| self.display_name().to_owned(), |u| u.name.clone());
        let (zero, success, full) = (
            locale.score(0.0),
            locale.score(Commitment::Stretch.expected_score()),
            locale.score(Commitment::Commit.expected_score()),
        );
        let mut md = String::new();
        let _ = writeln!(
            md,
            "{}",
            text::retrospective::title(&cell(&scope), &cell(&p.name))
        );
        let _ = writeln!(
            md,
            "{}",
            text::retrospective::intro(
                &locale.days(p.start, p.end),
                &if p.closed {
                    text::retrospective::CLOSED_SUFFIX
                } else {
                    ""
                },
                &zero,
                &full,
                &success,
            )
        );

        let objectives = self.retrospective_objectives(period, unit);
        let units: Vec<UnitId> = objectives.iter().map(|o| o.unit.clone()).collect();
        let d = self.score_distribution(period, &units);
        if d.total() > 0 {
            let _ = writeln!(md, "{}", text::retrospective::SCORES_HEADING);
            let _ = writeln!(
                md,
                "{}",
                text::retrospective::scores_table_head(
                    &Band::ALL.map(|b| b.label(locale)).join(" | "),
                )
            );
            let _ = writeln!(md, "| --- | --- | --- | --- |");
            for (name, row) in [
                (text::common::COMMIT, d.commit),
                (text::common::STRETCH, d.stretch),
            ] {
                let _ = writeln!(md, "| {name} | {} | {} | {} |", row[0], row[1], row[2]);
            }
            md.push('\n');
            if let Some(note) = d.suggested_note() {
                let _ = writeln!(md, "{note}\n");
            }
        }

        if objectives.is_empty() {
            let _ = writeln!(md, "{}", text::common::NO_OBJECTIVES_IN_PERIOD);
        }
        for o in objectives {
            let unit_name = self.unit(&o.unit).map_or("", |u| u.name.as_str());
            let _ = writeln!(md, "## {} ({})\n", cell(&o.title), cell(unit_name));
            if let Some(score) = self.objective_score(&o.id) {
                let _ = writeln!(
                    md,
                    "{}",
                    text::retrospective::objective_score(&locale.score(score))
                );
            }
            let _ = writeln!(md, "{}", text::retrospective::KEY_RESULTS_TABLE_HEAD);
            let mut learnings = Vec::new();
            for kr in self.key_results_of(&o.id) {
                let kind = match kr.commitment {
                    Commitment::Commit => text::common::commit_explained(&full),
                    Commitment::Stretch => text::common::stretch_explained(&success),
                };
                let _ = writeln!(
                    md,
                    "| {} | {kind} | {} | {} |",
                    cell(&kr.title),
                    locale.score(self.key_result_score(kr)),
                    trend(&self.status_trend(kr))
                );
                if let Some(g) = &kr.grade {
                    if g.experiment {
                        learnings.push(text::retrospective::experiment_learning(
                            &cell(&kr.title),
                            &cell(&g.learning),
                        ));
                    } else if !g.learning.trim().is_empty() {
                        learnings.push(format!("- **{}**: {}", cell(&kr.title), cell(&g.learning)));
                    }
                    if !g.reason.trim().is_empty() {
                        learnings.push(text::retrospective::score_adjusted(
                            &cell(&kr.title),
                            &cell(&g.reason),
                        ));
                    }
                }
            }
            md.push('\n');
            if !learnings.is_empty() {
                let _ = writeln!(
                    md,
                    "{}",
                    text::retrospective::learnings_section(&learnings.join("\n"))
                );
            }
            if !o.reflection.is_empty() {
                let _ = writeln!(md, "{}", text::retrospective::REFLECTION_HEADING);
                for ((_, name, question), answer) in
                    Reflection::QUESTIONS.iter().zip(o.reflection.answers())
                {
                    if !answer.trim().is_empty() {
                        let _ = writeln!(md, "**{name}** — {question}\n\n{}\n", quote(answer));
                    }
                }
            }
        }
        md
    }
}
