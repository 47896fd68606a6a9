//! Ownership: one person leads each objective and each key result.

use super::{Finding, Rule, Subject};
use crate::domain::{Objective, Workspace};
use crate::text;

pub(super) fn check<'a>(
    ws: &Workspace,
    objectives: impl Iterator<Item = &'a Objective>,
    out: &mut Vec<Finding>,
) {
    for objective in objectives {
        if objective.lead.is_none() {
            out.push(Finding {
                rule: Rule::NoLead,
                subject: Subject::Objective(objective.id.clone()),
                why: text::coach::OBJECTIVE_WITHOUT_LEAD.to_owned(),
                fix: text::coach::OBJECTIVE_WITHOUT_LEAD_FIX.to_owned(),
            });
        }
        for kr in ws.key_results_of(&objective.id) {
            if kr.lead.is_none() {
                out.push(Finding {
                    rule: Rule::KeyResultWithoutLead,
                    subject: Subject::KeyResult(kr.id.clone()),
                    why: text::coach::KEY_RESULT_WITHOUT_LEAD.to_owned(),
                    fix: text::coach::KEY_RESULT_WITHOUT_LEAD_FIX.to_owned(),
                });
            }
        }
    }
}
