//! Individual goals, when the organisation uses them, are written as
//! measurable change; one that reads like a task is work for an initiative.

use super::outcome::output_sign;
use super::{Finding, Rule, Subject};
use crate::domain::{Objective, Workspace};
use crate::text;

pub(super) fn check<'a>(
    ws: &Workspace,
    objectives: impl Iterator<Item = &'a Objective>,
    out: &mut Vec<Finding>,
) {
    // The objectives come filtered to what views show: individual ones only
    // while the feature is on.
    for objective in objectives.filter(|o| o.owner.is_some()) {
        let subjects = std::iter::once((
            Subject::Objective(objective.id.clone()),
            objective.title.as_str(),
        ))
        .chain(
            ws.key_results_of(&objective.id)
                .into_iter()
                .map(|kr| (Subject::KeyResult(kr.id.clone()), kr.title.as_str())),
        );
        for (subject, title) in subjects {
            if output_sign(title).is_some() {
                out.push(Finding {
                    rule: Rule::IndividualGoalIsTask,
                    subject,
                    why: text::coach::INDIVIDUAL_GOAL_IS_TASK.to_owned(),
                    fix: text::coach::INDIVIDUAL_GOAL_IS_TASK_FIX.to_owned(),
                });
            }
        }
    }
}
