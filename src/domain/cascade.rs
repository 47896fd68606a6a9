//! The cascade of a period: company objectives with the objectives that ladder
//! up to them nested beneath, and the unaligned ones in their own group so
//! that nothing disappears from view.

use super::{Alignment, Objective, ObjectiveId, PeriodId, Unaligned, Workspace};
use std::collections::{HashMap, HashSet};

/// An objective and the live objectives aligned to it.
#[derive(Clone, PartialEq, Debug)]
pub struct CascadeNode {
    pub id: ObjectiveId,
    pub children: Vec<CascadeNode>,
}

#[derive(Clone, PartialEq, Debug, Default)]
pub struct Cascade {
    /// Company objectives, each with its tree of aligned objectives.
    pub aligned: Vec<CascadeNode>,
    /// Objectives that ladder up to nothing, with why, each with its own tree.
    pub unaligned: Vec<(CascadeNode, Unaligned)>,
}

impl Cascade {
    pub fn is_empty(&self) -> bool {
        self.aligned.is_empty() && self.unaligned.is_empty()
    }
}

impl Workspace {
    /// The cascade of the live (not archived) objectives of `period`.
    pub fn cascade(&self, period: &PeriodId) -> Cascade {
        let unit_order: HashMap<_, _> = self
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| (&u.id, i))
            .collect();
        let mut children: HashMap<ObjectiveId, Vec<&Objective>> = HashMap::new();
        let mut top = Vec::new();
        let mut unaligned = Vec::new();
        for objective in self
            .objectives
            .iter()
            .filter(|o| !o.archived && &o.period == period && self.shows(o))
        {
            match self.alignment(objective) {
                Alignment::Top => top.push(objective),
                Alignment::Aligned(parent) => children.entry(parent).or_default().push(objective),
                // An individual goal aligned to nothing lives on its holder's
                // page; the unaligned list is for the organisation's.
                Alignment::Unaligned(_) if objective.owner.is_some() => {}
                Alignment::Unaligned(reason) => unaligned.push((objective, reason)),
            }
        }
        // Children read best grouped by unit, in the order units were set up,
        // with individual goals after the units' own.
        for list in children.values_mut() {
            list.sort_by_key(|o| {
                (
                    o.owner.is_some(),
                    unit_order.get(&o.unit).copied().unwrap_or(usize::MAX),
                )
            });
        }
        let mut visited = HashSet::new();
        let mut build = |root: &Objective| node(root, &children, &mut visited);
        Cascade {
            aligned: top.into_iter().map(&mut build).collect(),
            unaligned: unaligned
                .into_iter()
                .map(|(objective, reason)| (build(objective), reason))
                .collect(),
        }
    }
}

fn node(
    objective: &Objective,
    children: &HashMap<ObjectiveId, Vec<&Objective>>,
    visited: &mut HashSet<ObjectiveId>,
) -> CascadeNode {
    // Alignment rules make loops impossible; the guard keeps bad data from hanging the view.
    visited.insert(objective.id.clone());
    let mut kids = Vec::new();
    for child in children.get(&objective.id).into_iter().flatten() {
        if !visited.contains(&child.id) {
            kids.push(node(child, children, visited));
        }
    }
    CascadeNode {
        id: objective.id.clone(),
        children: kids,
    }
}
