//! Finding objectives in a period by unit, lead or text.

use super::{Objective, PersonId, UnitId, Workspace};

/// What a person is looking for; an empty filter matches everything.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Filter {
    /// Words to find in titles and descriptions of the objective and its key results.
    pub text: String,
    /// The unit, including everything below it.
    pub unit: Option<UnitId>,
    /// Leads the objective or one of its key results.
    pub lead: Option<PersonId>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.unit.is_none() && self.lead.is_none()
    }

    pub fn matches(&self, ws: &Workspace, objective: &Objective) -> bool {
        if let Some(unit) = &self.unit
            && !ws.is_within(&objective.unit, unit)
        {
            return false;
        }
        let key_results = ws.key_results_of(&objective.id);
        if let Some(lead) = &self.lead {
            let leads = objective.lead.as_ref() == Some(lead)
                || key_results.iter().any(|kr| kr.lead.as_ref() == Some(lead));
            if !leads {
                return false;
            }
        }
        let text = self.text.trim().to_lowercase();
        if text.is_empty() {
            return true;
        }
        let found = |haystack: &str| haystack.to_lowercase().contains(&text);
        found(&objective.title)
            || found(&objective.description)
            || key_results.iter().any(|kr| found(&kr.title))
    }
}
