//! What a person leads and contributes to in a period: the work their page
//! lists, whether or not individual goals are on. Work, never a score:
//! nothing here compares one person with another.

use super::{KeyResultId, ObjectiveId, PeriodId, PersonId, Workspace};

#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Involvement {
    /// The objectives they lead, in workspace order.
    pub leads: Vec<ObjectiveId>,
    /// The key results they lead, under any objective of the period.
    pub key_results: Vec<KeyResultId>,
    /// The objectives they contribute to without leading them.
    pub contributes: Vec<ObjectiveId>,
}

impl Involvement {
    pub fn is_empty(&self) -> bool {
        self.leads.is_empty() && self.key_results.is_empty() && self.contributes.is_empty()
    }
}

impl Workspace {
    /// A person's part in the period's organisational OKRs (their individual
    /// goals are listed apart, and only while the feature is on).
    pub fn involvement(&self, person: &PersonId, period: &PeriodId) -> Involvement {
        let mut found = Involvement::default();
        for objective in self.objectives_in(period) {
            if objective.lead.as_ref() == Some(person) {
                found.leads.push(objective.id.clone());
            } else if objective.contributors.contains(person) {
                found.contributes.push(objective.id.clone());
            }
            found.key_results.extend(
                self.key_results
                    .in_group(&objective.id)
                    .filter(|kr| kr.lead.as_ref() == Some(person))
                    .map(|kr| kr.id.clone()),
            );
        }
        found
    }
}
