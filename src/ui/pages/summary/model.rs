//! What the period summary shows for a scope (a unit or the whole
//! organisation), built by a pure function of (workspace, period, unit,
//! today) and tested on the host.

use crate::domain::{
    Commitment, Distribution, KeyResultId, Period, PeriodId, Reflection, Status, UnitId, Workspace,
};
use crate::text;
use crate::ui::route::{Page, Route};
use crate::ui::summary::objective_href;
use chrono::NaiveDate;

/// Everything the summary shows.
#[derive(Clone, PartialEq, Debug)]
pub struct SummaryView {
    pub period: Period,
    /// The unit's name, or the organisation's for the whole of it.
    pub scope: String,
    pub objectives: Vec<ObjectiveBlock>,
    /// Key results per score band, commit and stretch; empty without objectives.
    pub distribution: Distribution,
    /// The period has ended: unfinished key results may roll over.
    pub can_roll: bool,
    /// The name of the period they would roll into.
    pub next: String,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ObjectiveBlock {
    pub title: String,
    pub href: String,
    pub unit: String,
    pub score: Option<f64>,
    pub key_results: Vec<KrLine>,
    pub reflection: Reflection,
}

#[derive(Clone, PartialEq, Debug)]
pub struct KrLine {
    pub id: KeyResultId,
    pub title: String,
    pub href: String,
    pub commitment: Commitment,
    pub score: f64,
    pub graded: bool,
    /// Its check-ins' statuses, oldest first.
    pub trend: Vec<Status>,
    pub learning: Option<String>,
    /// May be picked to roll over: the period has ended, it is unfinished
    /// and not rolled over yet.
    pub pickable: bool,
    pub rolled: bool,
}

impl SummaryView {
    /// The key results that may be rolled over, all of them.
    pub fn pickable(&self) -> Vec<KeyResultId> {
        self.objectives
            .iter()
            .flat_map(|o| o.key_results.iter())
            .filter(|k| k.pickable)
            .map(|k| k.id.clone())
            .collect()
    }
}

/// The summary of `period` for `unit` (the whole organisation when `None`),
/// or `None` when the period does not exist.
pub fn build(
    ws: &Workspace,
    period: &PeriodId,
    unit: Option<&UnitId>,
    today: NaiveDate,
) -> Option<SummaryView> {
    let p = ws.period(period)?.clone();
    let can_roll = ws.can_roll_over(period, today);
    let objectives = ws.retrospective_objectives(period, unit);
    let units: Vec<UnitId> = objectives.iter().map(|o| o.unit.clone()).collect();
    let blocks: Vec<ObjectiveBlock> = objectives
        .into_iter()
        .map(|o| ObjectiveBlock {
            title: o.title.clone(),
            href: objective_href(&o.id, &o.period),
            unit: ws.unit(&o.unit).map(|u| u.name.clone()).unwrap_or_default(),
            score: ws.objective_score(&o.id),
            reflection: o.reflection.clone(),
            key_results: ws
                .key_results_of(&o.id)
                .into_iter()
                .map(|kr| {
                    let rolled = ws.rolled_copies(&kr.id).next().is_some();
                    KrLine {
                        id: kr.id.clone(),
                        title: kr.title.clone(),
                        href: Route::from(Page::KeyResult(kr.id.clone())).href(),
                        commitment: kr.commitment,
                        score: ws.key_result_score(kr),
                        graded: kr.grade.is_some(),
                        trend: ws.status_trend(kr),
                        learning: kr
                            .grade
                            .as_ref()
                            .filter(|g| !g.learning.trim().is_empty())
                            .map(|g| {
                                if g.experiment {
                                    text::summary_page::experiment_learning(&g.learning)
                                } else {
                                    g.learning.clone()
                                }
                            }),
                        pickable: can_roll && kr.is_unfinished() && !rolled,
                        rolled,
                    }
                })
                .collect(),
        })
        .collect();
    Some(SummaryView {
        distribution: if blocks.is_empty() {
            Distribution::default()
        } else {
            ws.score_distribution(period, &units)
        },
        scope: unit
            .and_then(|u| ws.unit(u))
            .map_or_else(|| ws.display_name().to_owned(), |u| u.name.clone()),
        objectives: blocks,
        can_roll,
        next: ws.next_period_name(period).unwrap_or_default(),
        period: p,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixtures::{current, sample, today};

    #[test]
    fn a_period_that_does_not_exist_has_no_summary() {
        assert_eq!(build(&sample(), &"nope".into(), None, today()), None);
    }

    #[test]
    fn the_whole_organisation_counts_every_objective_and_key_result() {
        let ws = sample();
        let period = current(&ws);
        let view = build(&ws, &period, None, today()).expect("exists");
        assert_eq!(view.scope, ws.display_name());
        assert_eq!(
            view.objectives.len(),
            ws.retrospective_objectives(&period, None).len()
        );
        let d = &view.distribution;
        let counted: usize = d.commit.iter().chain(d.stretch.iter()).sum();
        let lines: usize = view.objectives.iter().map(|o| o.key_results.len()).sum();
        assert_eq!(counted, lines, "every key result shown is in one band");
    }

    #[test]
    fn a_unit_scope_shows_only_its_part() {
        let ws = sample();
        let period = current(&ws);
        let whole = build(&ws, &period, None, today()).expect("exists");
        let unit = ws
            .units
            .iter()
            .find(|u| {
                u.parent.is_some() && !ws.retrospective_objectives(&period, Some(&u.id)).is_empty()
            })
            .expect("a unit with objectives");
        let part = build(&ws, &period, Some(&unit.id), today()).expect("exists");
        assert_eq!(part.scope, unit.name);
        assert!(part.objectives.len() < whole.objectives.len());
    }

    #[test]
    fn nothing_rolls_over_before_the_period_ends_and_unfinished_work_may_after() {
        let ws = sample();
        let period = current(&ws);
        let view = build(&ws, &period, None, today()).expect("exists");
        assert!(!view.can_roll);
        assert_eq!(view.pickable(), []);
        let end = ws.period(&period).map(|p| p.end).expect("exists");
        let later = build(&ws, &period, None, end + chrono::Days::new(1)).expect("exists");
        assert!(later.can_roll);
        assert!(
            !later.pickable().is_empty(),
            "the sample has unfinished key results"
        );
        assert!(!later.next.is_empty());
    }
}
