//! The OKR coach: deterministic checks of OKR quality, the way a good coach
//! reads a set of OKRs. Each finding names its rule (a stable id), how much
//! it matters, one sentence on why and a suggested fix. Findings are advice:
//! nothing here ever blocks a change.
//!
//! `ladder-lint` runs [`coach`]; the app's panel runs [`coach_objective`],
//! the same rules over one objective, so both always agree.

mod focus;
mod individual;
mod measurability;
pub mod outcome;
mod ownership;
mod rhythm;
mod sandbagging;
mod unaligned;

use super::{KeyResultId, Objective, ObjectiveId, PeriodId, UnitId, Workspace};
use crate::text;
use chrono::NaiveDate;
use serde::Serialize;

/// How much a finding matters. A warning makes `ladder-lint` fail.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Severity {
    Info,
    Warning,
}

impl Severity {
    pub fn id(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
        }
    }
}

/// The coach's rules. Their ids are stable: `ladder-lint` prints them for
/// CI to read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Rule {
    TooManyObjectives,
    TooManyKeyResults,
    NoKeyResults,
    NoMovement,
    NoMeasureInText,
    OutputNotOutcome,
    Unaligned,
    NoLead,
    KeyResultWithoutLead,
    NoRecentCheckIn,
    OffTrackWithoutNote,
    EarlyFullScores,
    IndividualGoalIsTask,
}

impl Rule {
    pub const ALL: [Rule; 13] = [
        Rule::TooManyObjectives,
        Rule::TooManyKeyResults,
        Rule::NoKeyResults,
        Rule::NoMovement,
        Rule::NoMeasureInText,
        Rule::OutputNotOutcome,
        Rule::Unaligned,
        Rule::NoLead,
        Rule::KeyResultWithoutLead,
        Rule::NoRecentCheckIn,
        Rule::OffTrackWithoutNote,
        Rule::EarlyFullScores,
        Rule::IndividualGoalIsTask,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Rule::TooManyObjectives => "focus/too-many-objectives",
            Rule::TooManyKeyResults => "focus/too-many-key-results",
            Rule::NoKeyResults => "focus/no-key-results",
            Rule::NoMovement => "measure/no-movement",
            Rule::NoMeasureInText => "measure/no-measure-in-text",
            Rule::OutputNotOutcome => "outcome/output-not-outcome",
            Rule::Unaligned => "alignment/unaligned",
            Rule::NoLead => "ownership/objective-without-lead",
            Rule::KeyResultWithoutLead => "ownership/key-result-without-lead",
            Rule::NoRecentCheckIn => "rhythm/no-recent-check-in",
            Rule::OffTrackWithoutNote => "rhythm/off-track-without-note",
            Rule::EarlyFullScores => "sandbagging/early-full-scores",
            Rule::IndividualGoalIsTask => "individual/reads-like-task",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Rule::NoMeasureInText | Rule::KeyResultWithoutLead | Rule::EarlyFullScores => {
                Severity::Info
            }
            _ => Severity::Warning,
        }
    }
}

/// What a finding is about.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Subject {
    /// A unit's OKRs in a period, as a whole.
    Unit {
        unit: UnitId,
        period: PeriodId,
    },
    Objective(ObjectiveId),
    KeyResult(KeyResultId),
}

impl Subject {
    /// The id of the record it is about.
    pub fn record_id(&self) -> String {
        match self {
            Subject::Unit { unit, .. } => unit.to_string(),
            Subject::Objective(id) => id.to_string(),
            Subject::KeyResult(id) => id.to_string(),
        }
    }
}

/// One piece of advice.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Finding {
    pub rule: Rule,
    pub subject: Subject,
    /// One sentence: why this matters here.
    pub why: String,
    /// One sentence: what to do about it.
    pub fix: String,
}

/// Objectives a unit should have at most in a period.
pub const MOST_OBJECTIVES: usize = 3;
/// Key results an objective should have at most.
pub const MOST_KEY_RESULTS: usize = 5;

/// Every finding for the workspace: its units' periods first, then each
/// rule over every objective and its key results.
pub fn coach(ws: &Workspace, today: NaiveDate) -> Vec<Finding> {
    let mut findings = Vec::new();
    focus::check_units(ws, &mut findings);
    sandbagging::check(ws, today, &mut findings);
    coach_objectives(ws, today, None, &mut findings);
    findings
}

/// The findings about one objective and its key results: the same as
/// [`coach`]'s for them, reading only what they need, so a page can ask on
/// every change.
pub fn coach_objective(ws: &Workspace, id: &ObjectiveId, today: NaiveDate) -> Vec<Finding> {
    let mut findings = Vec::new();
    coach_objectives(ws, today, Some(id), &mut findings);
    findings
}

fn coach_objectives(
    ws: &Workspace,
    today: NaiveDate,
    only: Option<&ObjectiveId>,
    out: &mut Vec<Finding>,
) {
    let scoped = || open_objectives(ws, only);
    focus::check(ws, scoped(), out);
    measurability::check(ws, scoped(), out);
    outcome::check(ws, scoped(), out);
    unaligned::check(ws, scoped(), out);
    ownership::check(ws, scoped(), out);
    rhythm::check(ws, scoped(), today, out);
    individual::check(ws, scoped(), out);
}

/// The objective `only` names, or every objective, leaving out those of
/// closed periods: they are read-only, so advice about them can only nag.
fn open_objectives<'a>(
    ws: &'a Workspace,
    only: Option<&ObjectiveId>,
) -> impl Iterator<Item = &'a Objective> + use<'a> {
    let one = only.and_then(|id| ws.objective(id));
    let all = only.is_none().then(|| ws.objectives.iter());
    one.into_iter()
        .chain(all.into_iter().flatten())
        .filter(|o| !ws.period(&o.period).is_some_and(|p| p.closed))
}

impl Workspace {
    /// Where a finding's subject sits, for people: "Acme › Sales ›
    /// “Close €5M in new business” › “Win 40 paying customers”".
    pub fn subject_path(&self, subject: &Subject) -> String {
        let (unit, objective, key_result) = match subject {
            Subject::Unit { unit, period } => {
                let period = self.period(period).map(|p| p.name.clone());
                let mut path = self.unit_names(unit);
                path.extend(period);
                return path.join(" › ");
            }
            Subject::Objective(id) => match self.objective(id) {
                Some(o) => (&o.unit, Some(o), None),
                None => return id.to_string(),
            },
            Subject::KeyResult(id) => {
                match self
                    .key_result(id)
                    .and_then(|kr| Some((kr, self.objective(&kr.objective)?)))
                {
                    Some((kr, o)) => (&o.unit, Some(o), Some(kr)),
                    None => return id.to_string(),
                }
            }
        };
        let mut path = self.unit_names(unit);
        path.extend(objective.map(|o| text::coach::quoted(&o.title)));
        path.extend(key_result.map(|kr| text::coach::quoted(&kr.title)));
        path.join(" › ")
    }

    fn unit_names(&self, unit: &UnitId) -> Vec<String> {
        self.unit_path(unit)
            .into_iter()
            .map(|u| u.name.clone())
            .collect()
    }
}

/// A finding as `ladder-lint --json` writes it, and as the app lists it.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct Report {
    pub rule: &'static str,
    pub severity: &'static str,
    pub record_id: String,
    pub record_path: String,
    pub message: String,
    pub suggestion: String,
}

impl Finding {
    pub fn report(&self, ws: &Workspace) -> Report {
        Report {
            rule: self.rule.id(),
            severity: self.rule.severity().id(),
            record_id: self.subject.record_id(),
            record_path: ws.subject_path(&self.subject),
            message: self.why.clone(),
            suggestion: self.fix.clone(),
        }
    }
}
