//! Measurability: a key result that moves a number says from where to
//! where; one that is done or not done still says what will be different.

use super::outcome::{names_a_result, output_sign};
use super::{Finding, Rule, Subject};
use crate::domain::{Measure, Objective, Workspace};
use crate::text;

pub(super) fn check<'a>(
    ws: &Workspace,
    objectives: impl Iterator<Item = &'a Objective>,
    out: &mut Vec<Finding>,
) {
    for objective in objectives {
        for kr in ws.key_results_of(&objective.id) {
            let (rule, why, fix) = match kr.measure {
                Measure::Metric { start, target, .. }
                | Measure::Percentage { start, target, .. }
                    if start == target =>
                {
                    (
                        Rule::NoMovement,
                        text::coach::NO_MOVEMENT,
                        text::coach::NO_MOVEMENT_FIX,
                    )
                }
                Measure::Milestone { .. }
                    if !names_a_result(&kr.title) && output_sign(&kr.title).is_none() =>
                {
                    (
                        Rule::NoMeasureInText,
                        text::coach::NO_MEASURE_IN_TEXT,
                        text::coach::NO_MEASURE_IN_TEXT_FIX,
                    )
                }
                _ => continue,
            };
            out.push(Finding {
                rule,
                subject: Subject::KeyResult(kr.id.clone()),
                why: why.to_owned(),
                fix: fix.to_owned(),
            });
        }
    }
}
