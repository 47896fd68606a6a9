//! Focus: one to three objectives per unit and period, up to five key
//! results each, and at least one key result to tell progress by.

use super::{Finding, MOST_KEY_RESULTS, MOST_OBJECTIVES, Rule, Subject, UnitObjectives};
use crate::domain::{Objective, PeriodId, Workspace};
use crate::text;

/// Too many objectives per unit, in the open periods `only` allows (all
/// when `None`).
pub(super) fn check_units(
    ws: &Workspace,
    units: &UnitObjectives,
    only: Option<&PeriodId>,
    out: &mut Vec<Finding>,
) {
    let periods = ws
        .periods
        .iter()
        .filter(|p| !p.closed && only.is_none_or(|only| *only == p.id));
    for period in periods {
        for unit in ws.units.iter() {
            let count = units.of_unit_in(&unit.id, &period.id).len();
            if count > MOST_OBJECTIVES {
                out.push(Finding {
                    rule: Rule::TooManyObjectives,
                    subject: Subject::Unit {
                        unit: unit.id.clone(),
                        period: period.id.clone(),
                    },
                    why: text::coach::too_many_objectives(count, MOST_OBJECTIVES),
                    fix: text::coach::TOO_MANY_OBJECTIVES_FIX.to_owned(),
                });
            }
        }
    }
}

pub(super) fn check<'a>(
    ws: &Workspace,
    objectives: impl Iterator<Item = &'a Objective>,
    out: &mut Vec<Finding>,
) {
    for objective in objectives {
        let count = ws.key_results_of(&objective.id).len();
        let (rule, why, fix) = match count {
            0 => (
                Rule::NoKeyResults,
                text::coach::NO_KEY_RESULTS.to_owned(),
                text::coach::NO_KEY_RESULTS_FIX,
            ),
            n if n > MOST_KEY_RESULTS => (
                Rule::TooManyKeyResults,
                text::coach::too_many_key_results(n, MOST_KEY_RESULTS),
                text::coach::TOO_MANY_KEY_RESULTS_FIX,
            ),
            _ => continue,
        };
        out.push(Finding {
            rule,
            subject: Subject::Objective(objective.id.clone()),
            why,
            fix: fix.to_owned(),
        });
    }
}
