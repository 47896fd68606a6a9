//! What a unit's page shows for a period, built by a pure function of
//! (workspace, unit, period, today) and tested on the host.

use crate::domain::{Objective, PeriodId, UnitId, UnitKind, WorkRef, Workspace};
use crate::text;
use crate::ui::components::{WorkLink, work_link};
use crate::ui::route::{Page, Route};
use crate::ui::summary::{ObjectiveSummary, summarize};
use chrono::NaiveDate;

/// Everything the unit's page shows.
#[derive(Clone, PartialEq, Debug)]
pub struct UnitPageView {
    pub name: String,
    pub kind: UnitKind,
    /// The lead's name, if the unit has one.
    pub lead: Option<String>,
    pub archived: bool,
    /// The units above it, from the company down: (id, name).
    pub above: Vec<(UnitId, String)>,
    /// The period's name, empty when there is no period.
    pub period: String,
    /// Its objectives in the period (not individual goals), then the archived ones.
    pub objectives: Vec<ObjectiveSummary>,
    pub archived_objectives: Vec<ObjectiveSummary>,
    pub sub_units: Vec<SubUnit>,
    /// Its people, each "Name (role)" or the name alone.
    pub people: Vec<String>,
    /// Dependencies of its work in the period: (our side, their side).
    pub waits_on: Vec<(WorkLink, WorkLink)>,
    pub needed_by: Vec<(WorkLink, WorkLink)>,
    /// Key results due for a check-in in this unit and the units within it.
    pub due: Vec<DueRow>,
}

#[derive(Clone, PartialEq, Debug)]
pub struct SubUnit {
    pub id: UnitId,
    pub name: String,
    pub kind: &'static str,
    pub archived: bool,
}

/// A key result due for a check-in.
#[derive(Clone, PartialEq, Debug)]
pub struct DueRow {
    pub title: String,
    pub href: String,
    /// Its last check-in, if it has had one.
    pub last: Option<NaiveDate>,
}

/// The page of unit `id` in `period`, or `None` when the unit does not exist.
pub fn build(
    ws: &Workspace,
    id: &UnitId,
    period: Option<&PeriodId>,
    today: NaiveDate,
) -> Option<UnitPageView> {
    let unit = ws.unit(id)?;
    let mut above: Vec<(UnitId, String)> = ws
        .unit_path(id)
        .iter()
        .map(|u| (u.id.clone(), u.name.clone()))
        .collect();
    above.pop();
    let summaries = |list: Vec<&Objective>| -> Vec<ObjectiveSummary> {
        list.into_iter()
            .filter_map(|o| summarize(ws, &o.id, today))
            .collect()
    };
    let (archived, live): (Vec<&Objective>, Vec<&Objective>) = match period {
        Some(p) => ws
            .objectives
            .iter()
            .filter(|o| &o.unit == id && &o.period == p && o.owner.is_none())
            .partition(|o| o.archived),
        None => (Vec::new(), Vec::new()),
    };
    let (waits_on, needed_by) = period.map_or_else(Default::default, |p| {
        let sides = ws.dependencies_of_unit(id, p);
        // (our side, their side) in both lists.
        let links =
            |ours: &WorkRef, theirs: &WorkRef| Some((work_link(ws, ours)?, work_link(ws, theirs)?));
        (
            sides
                .waits_on
                .iter()
                .filter_map(|d| links(&d.from, &d.to))
                .collect(),
            sides
                .needed_by
                .iter()
                .filter_map(|d| links(&d.to, &d.from))
                .collect(),
        )
    });
    Some(UnitPageView {
        name: unit.name.clone(),
        kind: unit.kind,
        lead: unit.lead.as_ref().map(|l| ws.person_name(l).to_owned()),
        archived: unit.archived,
        above,
        period: period
            .and_then(|p| ws.period(p))
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        objectives: summaries(live),
        archived_objectives: summaries(archived),
        sub_units: ws
            .sub_units(id)
            .map(|u| SubUnit {
                id: u.id.clone(),
                name: u.name.clone(),
                kind: u.kind.label(),
                archived: u.archived,
            })
            .collect(),
        people: ws
            .people
            .iter()
            .filter(|p| p.unit.as_ref() == Some(id))
            .map(|p| match &p.role {
                Some(role) => text::unit_page::person_with_role(&p.name, role),
                None => p.name.clone(),
            })
            .collect(),
        waits_on,
        needed_by,
        due: period.map_or_else(Vec::new, |p| due(ws, id, p, today)),
    })
}

fn due(ws: &Workspace, id: &UnitId, period: &PeriodId, today: NaiveDate) -> Vec<DueRow> {
    let units: Vec<UnitId> = ws
        .units
        .iter()
        .filter(|u| ws.is_within(&u.id, id))
        .map(|u| u.id.clone())
        .collect();
    ws.due_for_check_in(period, &units, today)
        .into_iter()
        .filter_map(|d| {
            let kr = ws.key_result(&d.key_result)?;
            Some(DueRow {
                title: kr.title.clone(),
                href: Route::from(Page::KeyResult(kr.id.clone())).href(),
                last: d.last,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn company(ws: &Workspace) -> UnitId {
        ws.company()
            .map(|u| u.id.clone())
            .expect("the sample has a company")
    }
    use crate::ui::fixtures::{current, sample, today};

    #[test]
    fn a_unit_that_does_not_exist_has_no_page() {
        assert_eq!(build(&sample(), &"nope".into(), None, today()), None);
    }

    #[test]
    fn the_company_page_lists_its_objectives_sub_units_and_nothing_above() {
        let ws = sample();
        let company = company(&ws);
        let period = current(&ws);
        let page = build(&ws, &company, Some(&period), today()).expect("exists");
        assert!(page.above.is_empty());
        assert_eq!(page.kind, UnitKind::Company);
        let expected = ws
            .objectives
            .iter()
            .filter(|o| o.unit == company && o.period == period && !o.archived)
            .count();
        assert!(expected > 0);
        assert_eq!(page.objectives.len(), expected);
        assert_eq!(page.sub_units.len(), ws.sub_units(&company).count());
        assert!(!page.period.is_empty());
    }

    #[test]
    fn a_team_page_shows_the_units_above_and_its_people() {
        let ws = sample();
        let team = ws
            .units
            .iter()
            .find(|u| {
                u.kind == UnitKind::Team && ws.people.iter().any(|p| p.unit.as_ref() == Some(&u.id))
            })
            .expect("the sample has a team with people");
        let page = build(&ws, &team.id, Some(&current(&ws)), today()).expect("exists");
        assert_eq!(
            page.above.len() + 1,
            ws.unit_path(&team.id).len(),
            "every unit above, not the team itself"
        );
        let members = ws
            .people
            .iter()
            .filter(|p| p.unit.as_ref() == Some(&team.id));
        for (shown, person) in page.people.iter().zip(members) {
            assert!(shown.starts_with(&person.name));
        }
    }

    #[test]
    fn without_a_period_there_are_no_objectives_due_or_dependencies() {
        let ws = sample();
        let company = company(&ws);
        let page = build(&ws, &company, None, today()).expect("exists");
        assert!(page.objectives.is_empty() && page.due.is_empty() && page.waits_on.is_empty());
        assert_eq!(page.period, "");
    }

    #[test]
    fn key_results_due_are_those_of_the_unit_and_below() {
        let ws = sample();
        let company = company(&ws);
        let period = current(&ws);
        let page = build(&ws, &company, Some(&period), today()).expect("exists");
        let everyone: Vec<UnitId> = ws.units.iter().map(|u| u.id.clone()).collect();
        assert_eq!(
            page.due.len(),
            ws.due_for_check_in(&period, &everyone, today()).len()
        );
    }
}
