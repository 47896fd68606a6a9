//! What a person leads and contributes to in a period: the work their page
//! and "My work" list, whether or not individual goals are on; and what
//! others reported on it lately. Work, never a score: nothing here compares
//! one person with another.

use super::{CheckIn, KeyResultId, ObjectiveId, PeriodId, PersonId, Workspace};
use chrono::NaiveDate;

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

    /// Check-ins by someone other than `person` dated `since` or later, on
    /// the key results they lead and on those of the objectives they lead
    /// or contribute to, in any period: what changed in their work while
    /// they were away. Newest first. A check-in with no author is counted
    /// as someone else's: the person's own carry their name.
    pub fn news_for(&self, person: &PersonId, since: NaiveDate) -> Vec<&CheckIn> {
        let mine = |objective: &ObjectiveId| {
            self.objective(objective)
                .is_some_and(|o| o.lead.as_ref() == Some(person) || o.contributors.contains(person))
        };
        let mut found: Vec<&CheckIn> = self
            .key_results
            .iter()
            .filter(|kr| kr.lead.as_ref() == Some(person) || mine(&kr.objective))
            .flat_map(|kr| self.check_ins.in_group(&kr.id))
            .filter(|c| c.date >= since && c.author.as_ref() != Some(person))
            .collect();
        found.sort_by_key(|c| std::cmp::Reverse(c.date));
        found
    }
}
