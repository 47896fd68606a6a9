//! What an objective's page shows, built once per change of the workspace
//! by a pure function of (workspace, objective, today), so the page's
//! components render plain values and the builder is tested on the host.

use crate::domain::{
    Alignment, Commitment, KeyResultId, Measure, ObjectiveId, PersonId, Status, UnitId, WorkRef,
    Workspace,
};
use crate::text;
use crate::ui::components::{WorkLink, work_link};
use crate::ui::route::{Page, Route};
use crate::ui::summary::{ObjectiveSummary, objective_href, summarize};
use chrono::NaiveDate;

/// Everything the objective's page shows.
#[derive(Clone, PartialEq, Debug)]
pub struct ObjectivePageView {
    pub title: String,
    pub description: String,
    pub archived: bool,
    /// In a closed period: read-only.
    pub closed: bool,
    /// The units from the company down to the objective's own.
    pub path: Vec<(UnitId, String)>,
    /// "Team: Platform · Q4 2026 · Lead: Ana · Contributors: …"
    pub subtitle: String,
    /// Whose individual goal this is, if it is one.
    pub owner: Option<Owner>,
    /// The objective this one was rolled over from: (title with period, link).
    pub rolled_from: Option<(String, String)>,
    pub summary: Option<ObjectiveSummary>,
    /// The objective it ladders up to: (title, link).
    pub parent: Option<(String, String)>,
    pub key_results: Vec<KeyResultRow>,
    /// Summaries of the objectives aligned to this one.
    pub children: Vec<ObjectiveSummary>,
    /// What this objective or its key results wait on: (from, to, our
    /// link, their link), each removable here.
    pub waits_on: Vec<(WorkRef, WorkRef, WorkLink, WorkLink)>,
    /// Other units' work that waits on this: (our link, their link).
    pub needed_by: Vec<(WorkLink, WorkLink)>,
    /// Progress over the period, when there are two points to draw.
    pub spark: Option<Spark>,
    /// The end-of-period reflection: shown, and its four answers.
    pub reflection: Option<[String; 4]>,
}

/// The person an individual goal belongs to.
#[derive(Clone, PartialEq, Debug)]
pub struct Owner {
    pub name: String,
    pub href: String,
    /// False when individual goals are off, so the goal shows only here.
    pub goals_on: bool,
}

/// A key result as its row shows it.
#[derive(Clone, PartialEq, Debug)]
pub struct KeyResultRow {
    pub id: KeyResultId,
    pub title: String,
    pub measure: Measure,
    pub lead: String,
    pub weight: f64,
    pub progress: Option<f64>,
    /// Where pace expects it today, for its commitment.
    pub expected: Option<f64>,
    pub commitment: Commitment,
    pub status: Option<Status>,
    /// Set once the period has ended: the score, and whether it was graded
    /// (else suggested).
    pub score: Option<(f64, bool)>,
    pub href: String,
}

/// The objective's progress over its period.
#[derive(Clone, PartialEq, Debug)]
pub struct Spark {
    pub points: Vec<(NaiveDate, f64)>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Where pace expects the objective at the period's end.
    pub pace_end: f64,
}

/// The page of objective `id`, or `None` when it does not exist.
pub fn build(ws: &Workspace, id: &ObjectiveId, today: NaiveDate) -> Option<ObjectivePageView> {
    let o = ws.objective(id)?;
    let period = ws.period(&o.period);
    let summary = summarize(ws, id, today);
    let path: Vec<(UnitId, String)> = ws
        .unit_path(&o.unit)
        .iter()
        .map(|u| (u.id.clone(), u.name.clone()))
        .collect();
    let contributors: Vec<&str> = o.contributors.iter().map(|c| ws.person_name(c)).collect();
    let subtitle = text::objective_page::subtitle(
        ws.unit(&o.unit).map_or("", |u| u.kind.label()),
        path.last().map_or("", |(_, name)| name.as_str()),
        period.map_or("", |p| p.name.as_str()),
        summary.as_ref().map(|s| s.lead.as_str()),
        &contributors.join(", "),
    );
    let ended = ws.can_roll_over(&o.period, today);
    let sides = ws.dependencies_of_objective(id);
    Some(ObjectivePageView {
        title: o.title.clone(),
        description: o.description.clone(),
        archived: o.archived,
        closed: ws.is_closed(id),
        path,
        subtitle,
        owner: o.owner.as_ref().map(|owner| self::owner(ws, owner)),
        rolled_from: o
            .rolled_from
            .as_ref()
            .and_then(|origin| ws.objective(origin))
            .map(|origin| {
                let period = ws.period(&origin.period).map_or("", |p| p.name.as_str());
                (
                    text::common::title_in_period(&origin.title, &period),
                    objective_href(&origin.id, &origin.period),
                )
            }),
        parent: match ws.alignment(o) {
            Alignment::Aligned(p) => ws
                .objective(&p)
                .map(|p| (p.title.clone(), objective_href(&p.id, &p.period))),
            _ => None,
        },
        summary,
        key_results: ws
            .key_results_of(id)
            .into_iter()
            .map(|kr| KeyResultRow {
                id: kr.id.clone(),
                title: kr.title.clone(),
                measure: kr.measure.clone(),
                lead: kr.lead.as_ref().map_or_else(
                    || text::common::NO_LEAD.to_owned(),
                    |l| ws.person_name(l).to_owned(),
                ),
                weight: kr.weight,
                progress: kr.measure.progress(),
                expected: ws.expected_progress(kr, today),
                commitment: kr.commitment,
                status: ws.key_result_status(kr, today),
                score: ended.then(|| (ws.key_result_score(kr), kr.grade.is_some())),
                href: Route::from(Page::KeyResult(kr.id.clone())).href(),
            })
            .collect(),
        children: ws
            .aligned_children(id)
            .into_iter()
            .filter_map(|c| summarize(ws, &c.id, today))
            .collect(),
        waits_on: sides
            .waits_on
            .into_iter()
            .filter_map(|d| {
                let (ours, theirs) = (work_link(ws, &d.from)?, work_link(ws, &d.to)?);
                Some((d.from, d.to, ours, theirs))
            })
            .collect(),
        needed_by: sides
            .needed_by
            .iter()
            .filter_map(|d| Some((work_link(ws, &d.to)?, work_link(ws, &d.from)?)))
            .collect(),
        spark: period.and_then(|p| {
            let points = ws.progress_series(id);
            (points.len() >= 2).then(|| Spark {
                points,
                from: p.start,
                to: p.end,
                pace_end: ws.objective_expected_progress(id, p.end).unwrap_or(1.0),
            })
        }),
        reflection: (ended || !o.reflection.is_empty())
            .then(|| o.reflection.answers().map(str::to_owned)),
    })
}

fn owner(ws: &Workspace, owner: &PersonId) -> Owner {
    Owner {
        name: ws.person_name(owner).to_owned(),
        href: Route::from(Page::Person(owner.clone())).href(),
        goals_on: ws.settings.individual_goals,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Dependency;
    use crate::ui::fixtures::{sample, today};

    /// The sample's objective with the most objectives aligned to it.
    fn most_aligned(ws: &Workspace) -> ObjectiveId {
        let most = ws
            .objectives
            .iter()
            .max_by_key(|o| ws.aligned_children(&o.id).len());
        most.map(|o| o.id.clone())
            .expect("the sample has objectives")
    }

    #[test]
    fn an_objective_that_does_not_exist_has_no_page() {
        assert_eq!(build(&sample(), &"nope".into(), today()), None);
    }

    #[test]
    fn the_page_shows_the_objective_its_key_results_and_what_is_aligned() {
        let ws = sample();
        let id = most_aligned(&ws);
        let page = build(&ws, &id, today()).expect("the objective exists");
        let o = ws.objective(&id).expect("the objective exists");
        assert_eq!(page.title, o.title);
        let ids: Vec<_> = page.key_results.iter().map(|k| k.id.clone()).collect();
        let expected: Vec<_> = ws
            .key_results_of(&id)
            .iter()
            .map(|k| k.id.clone())
            .collect();
        assert_eq!(ids, expected);
        assert!(!page.children.is_empty());
        assert_eq!(page.children.len(), ws.aligned_children(&id).len());
        assert_eq!(
            page.path.last().map(|(unit, _)| unit),
            Some(&o.unit),
            "the breadcrumb ends at the objective's own unit"
        );
        assert!(page.subtitle.contains(&page.path[page.path.len() - 1].1));
        assert!(!page.closed);
        assert_eq!(page.summary.as_ref().map(|s| &s.id), Some(&id));
    }

    #[test]
    fn an_aligned_objective_links_to_its_parent() {
        let ws = sample();
        let parent = most_aligned(&ws);
        let child = ws.aligned_children(&parent)[0].id.clone();
        let page = build(&ws, &child, today()).expect("the child exists");
        let (title, href) = page.parent.expect("it ladders up");
        assert_eq!(
            Some(title.as_str()),
            ws.objective(&parent).map(|p| p.title.as_str())
        );
        assert!(href.contains(parent.as_str()));
    }

    #[test]
    fn dependencies_show_on_both_sides() {
        let mut ws = sample();
        let parent = most_aligned(&ws);
        let children: Vec<_> = ws
            .aligned_children(&parent)
            .iter()
            .map(|c| c.id.clone())
            .collect();
        let (waiting, needed) = (children[0].clone(), parent.clone());
        ws.objectives
            .iter_mut_where(|o| o.id == waiting)
            .for_each(|o| o.depends_on.push(WorkRef::Objective(needed.clone())));
        let link = Dependency {
            from: WorkRef::Objective(waiting.clone()),
            to: WorkRef::Objective(needed.clone()),
        };
        let page = build(&ws, &waiting, today()).expect("exists");
        assert_eq!(page.waits_on.len(), 1);
        assert_eq!(
            (&page.waits_on[0].0, &page.waits_on[0].1),
            (&link.from, &link.to)
        );
        let page = build(&ws, &needed, today()).expect("exists");
        assert_eq!(page.needed_by.len(), 1);
        assert_eq!(
            Some(page.needed_by[0].1.title.as_str()),
            ws.objective(&waiting).map(|o| o.title.as_str())
        );
    }

    #[test]
    fn scores_and_the_reflection_come_once_the_period_has_ended() {
        let ws = sample();
        let id = most_aligned(&ws);
        let page = build(&ws, &id, today()).expect("exists");
        assert!(page.key_results.iter().all(|k| k.score.is_none()));
        assert_eq!(page.reflection, None);
        let period_end = ws
            .objective(&id)
            .and_then(|o| ws.period(&o.period))
            .map(|p| p.end)
            .expect("has a period");
        let after = period_end + chrono::Days::new(1);
        let page = build(&ws, &id, after).expect("exists");
        assert!(page.key_results.iter().all(|k| k.score.is_some()));
        assert_eq!(page.reflection, Some(Default::default()));
    }
}
