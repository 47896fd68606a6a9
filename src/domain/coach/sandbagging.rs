//! A sign of sandbagging: a unit whose commit key results are all met
//! within the first third of the period, period after period, is likely
//! setting targets it is sure of. Scores are for learning, so this is
//! information for the unit, never a judgement of anyone.

use super::{Finding, Rule, Subject, UnitObjectives};
use crate::domain::{Commitment, Period, UnitId, Workspace};
use crate::text;
use chrono::NaiveDate;

/// Periods in a row before the coach speaks.
const PERIODS_IN_A_ROW: usize = 2;

pub(super) fn check(
    ws: &Workspace,
    units: &UnitObjectives,
    today: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let periods: Vec<&Period> = ws
        .periods_in_order()
        .into_iter()
        .filter(|p| first_third_end(p) <= today)
        .collect();
    for unit in ws.units.iter() {
        let mut in_a_row = 0;
        let mut last = None;
        for period in &periods {
            match met_early(ws, units, &unit.id, period) {
                Some(true) => {
                    in_a_row += 1;
                    last = Some(*period);
                }
                // A period without commitments breaks the row as well.
                Some(false) | None => in_a_row = 0,
            }
        }
        if in_a_row >= PERIODS_IN_A_ROW
            && let Some(period) = last
        {
            out.push(Finding {
                rule: Rule::EarlyFullScores,
                subject: Subject::Unit {
                    unit: unit.id.clone(),
                    period: period.id.clone(),
                },
                why: text::coach::early_full_scores(in_a_row),
                fix: text::coach::EARLY_FULL_SCORES_FIX.to_owned(),
            });
        }
    }
}

fn first_third_end(period: &Period) -> NaiveDate {
    period.start + (period.end - period.start) / 3
}

/// Whether every commit key result of the unit in the period was met by the
/// end of its first third; `None` when the unit committed to nothing then.
fn met_early(
    ws: &Workspace,
    units: &UnitObjectives,
    unit: &UnitId,
    period: &Period,
) -> Option<bool> {
    let day = first_third_end(period);
    let mut commits = units
        .of_unit_in(unit, &period.id)
        .iter()
        .flat_map(|o| ws.key_results_of(&o.id))
        .filter(|kr| kr.commitment == Commitment::Commit)
        .peekable();
    commits.peek()?;
    Some(commits.all(|kr| ws.measure_on(kr, day).progress().is_some_and(|p| p >= 1.0)))
}
