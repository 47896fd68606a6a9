//! Alignment: a department's or team's objective ladders up to one of the
//! company's, so everyone can see what it contributes to.

use super::{Finding, Rule, Subject};
use crate::domain::{UnitKind, Workspace};
use crate::text;
use rustc_hash::FxHashSet;

pub(super) fn check(ws: &Workspace, out: &mut Vec<Finding>) {
    let kind = |o: &crate::domain::Objective| ws.unit(&o.unit).map(|u| u.kind);
    let periods_with_company_objectives: FxHashSet<_> = ws
        .objectives
        .iter()
        .filter(|o| !o.archived && o.owner.is_none() && kind(o) == Some(UnitKind::Company))
        .map(|o| &o.period)
        .collect();
    for objective in ws.objectives.iter() {
        let below_company = matches!(kind(objective), Some(UnitKind::Department | UnitKind::Team));
        if !objective.archived
            && objective.owner.is_none()
            && objective.parent.is_none()
            && below_company
            && periods_with_company_objectives.contains(&objective.period)
        {
            out.push(Finding {
                rule: Rule::Unaligned,
                subject: Subject::Objective(objective.id.clone()),
                why: text::coach::UNALIGNED.to_owned(),
                fix: text::coach::UNALIGNED_FIX.to_owned(),
            });
        }
    }
}
