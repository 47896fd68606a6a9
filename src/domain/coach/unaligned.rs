//! Alignment: a department's or team's objective ladders up to one of the
//! company's, so everyone can see what it contributes to. "Unaligned" is the
//! cascade's own verdict, so a parent archived or moved away counts too.

use super::{Finding, Rule, Subject};
use crate::domain::{Alignment, Objective, PeriodId, UnitKind, Workspace};
use crate::text;
use rustc_hash::FxHashMap;

pub(super) fn check<'a>(
    ws: &'a Workspace,
    objectives: impl Iterator<Item = &'a Objective>,
    out: &mut Vec<Finding>,
) {
    let kind = |o: &Objective| ws.unit(&o.unit).map(|u| u.kind);
    let mut company_has_objectives: FxHashMap<&PeriodId, bool> = FxHashMap::default();
    for objective in objectives {
        let below_company = matches!(kind(objective), Some(UnitKind::Department | UnitKind::Team));
        let unaligned = matches!(ws.alignment(objective), Alignment::Unaligned(_));
        if objective.owner.is_some() || !unaligned || !below_company {
            continue;
        }
        let something_to_align_to = *company_has_objectives
            .entry(&objective.period)
            .or_insert_with(|| {
                ws.objectives_in(&objective.period)
                    .any(|o| kind(o) == Some(UnitKind::Company))
            });
        if something_to_align_to {
            out.push(Finding {
                rule: Rule::Unaligned,
                subject: Subject::Objective(objective.id.clone()),
                why: text::coach::UNALIGNED.to_owned(),
                fix: text::coach::UNALIGNED_FIX.to_owned(),
            });
        }
    }
}
