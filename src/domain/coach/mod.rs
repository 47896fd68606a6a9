//! The OKR coach: deterministic checks of OKR quality, the way a good coach
//! reads a set of OKRs. Each finding names its rule (a stable id), how much
//! it matters, one sentence on why and a suggested fix. Findings are advice:
//! nothing here ever blocks a change.
//!
//! `ladder-lint` runs [`coach`]; the app's panels run [`coach_period`] and
//! [`coach_objective`], the same rules over a period or one objective, so
//! the app and the linter always agree. Someone may dismiss a finding with
//! a reason ([`Dismissal`]); both then leave it aside.

mod dismissal;
mod focus;
mod individual;
mod measurability;
pub mod outcome;
mod ownership;
mod rhythm;
mod sandbagging;
mod unaligned;

pub use dismissal::{Dismissal, Sorted, dismissal_reason};

use super::{KeyResultId, Objective, ObjectiveId, PeriodId, UnitId, Workspace};
use crate::text;
use chrono::NaiveDate;
use rustc_hash::FxHashMap;
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

    /// For a unit's finding, the period it is about; an objective or key
    /// result belongs to one period already.
    pub fn unit_period(&self) -> Option<&PeriodId> {
        match self {
            Subject::Unit { period, .. } => Some(period),
            Subject::Objective(_) | Subject::KeyResult(_) => None,
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
    let units = UnitObjectives::of(ws);
    focus::check_units(ws, &units, None, &mut findings);
    sandbagging::check(ws, &units, today, &mut findings);
    coach_objectives(ws, today, Scope::All, &mut findings);
    findings
}

/// The findings about one period: about its units, then about its
/// objectives and key results. The same as [`coach`]'s about them, in the
/// same order.
pub fn coach_period(ws: &Workspace, period: &PeriodId, today: NaiveDate) -> Vec<Finding> {
    let mut findings = Vec::new();
    let units = UnitObjectives::of(ws);
    focus::check_units(ws, &units, Some(period), &mut findings);
    sandbagging::check(ws, &units, today, &mut findings);
    // Sandbagging reads each unit's periods in a row; keep what it says about this one.
    findings.retain(|f| {
        ws.subject_place(&f.subject)
            .is_some_and(|(_, p)| p == period)
    });
    coach_objectives(ws, today, Scope::Period(period), &mut findings);
    findings
}

/// The findings about one objective and its key results: the same as
/// [`coach`]'s for them, reading only what they need, so a page can ask on
/// every change.
pub fn coach_objective(ws: &Workspace, id: &ObjectiveId, today: NaiveDate) -> Vec<Finding> {
    let mut findings = Vec::new();
    coach_objectives(ws, today, Scope::Objective(id), &mut findings);
    findings
}

/// Each unit's live organisational objectives per period, in workspace
/// order, as `Workspace::objectives_in` counts them: what the unit rules
/// (focus, sandbagging) read, grouped once.
struct UnitObjectives<'a>(FxHashMap<(&'a UnitId, &'a PeriodId), Vec<&'a Objective>>);

impl<'a> UnitObjectives<'a> {
    fn of(ws: &'a Workspace) -> Self {
        let mut grouped: FxHashMap<_, Vec<_>> = FxHashMap::default();
        for o in ws.objectives.iter() {
            if !o.archived && o.owner.is_none() {
                grouped.entry((&o.unit, &o.period)).or_default().push(o);
            }
        }
        UnitObjectives(grouped)
    }

    fn of_unit_in<'k>(&'k self, unit: &'k UnitId, period: &'k PeriodId) -> &'k [&'k Objective] {
        self.0.get(&(unit, period)).map_or(&[], Vec::as_slice)
    }
}

/// Which objectives a run of the per-objective rules reads.
#[derive(Clone, Copy)]
enum Scope<'a> {
    All,
    Period(&'a PeriodId),
    Objective(&'a ObjectiveId),
}

fn coach_objectives(ws: &Workspace, today: NaiveDate, scope: Scope, out: &mut Vec<Finding>) {
    let scoped = || open_objectives(ws, scope);
    focus::check(ws, scoped(), out);
    measurability::check(ws, scoped(), out);
    outcome::check(ws, scoped(), out);
    unaligned::check(ws, scoped(), out);
    ownership::check(ws, scoped(), out);
    rhythm::check(ws, scoped(), today, out);
    individual::check(ws, scoped(), out);
}

/// The objectives `scope` names that the rules read: live ones that views
/// show (individual ones only while the feature is on), leaving out those
/// of closed periods: they are read-only, so advice about them can only nag.
fn open_objectives<'a>(
    ws: &'a Workspace,
    scope: Scope<'a>,
) -> impl Iterator<Item = &'a Objective> + use<'a> {
    let (one, period) = match scope {
        Scope::All => (None, None),
        Scope::Period(p) => (None, Some(p)),
        Scope::Objective(id) => (Some(ws.objective(id)), None),
    };
    let all = one.is_none().then(|| ws.objectives.iter());
    one.flatten()
        .into_iter()
        .chain(all.into_iter().flatten())
        .filter(move |o| period.is_none_or(|p| o.period == *p))
        .filter(|o| !o.archived && ws.shows(o))
        .filter(|o| !ws.period(&o.period).is_some_and(|p| p.closed))
}

impl Workspace {
    /// The unit and period a finding's subject belongs to; `None` for a
    /// record that is gone.
    pub fn subject_place<'a>(&'a self, subject: &'a Subject) -> Option<(&'a UnitId, &'a PeriodId)> {
        match subject {
            Subject::Unit { unit, period } => Some((unit, period)),
            _ => self
                .subject_objective(subject)
                .map(|o| (&o.unit, &o.period)),
        }
    }

    /// The objective a finding is about, or whose key result it is about;
    /// `None` for a unit's finding or a record that is gone.
    pub fn subject_objective(&self, subject: &Subject) -> Option<&Objective> {
        match subject {
            Subject::Unit { .. } => None,
            Subject::Objective(id) => self.objective(id),
            Subject::KeyResult(id) => self.objective(&self.key_result(id)?.objective),
        }
    }

    /// Where a finding's subject sits, for people: "Acme › Sales ›
    /// “Close €5M in new business” › “Win 40 paying customers”".
    pub fn subject_path(&self, subject: &Subject) -> String {
        let mut path = match subject {
            Subject::Unit { unit, period } => {
                let mut path = self.unit_names(unit);
                path.extend(self.period(period).map(|p| p.name.clone()));
                path
            }
            _ => {
                let Some(objective) = self.subject_objective(subject) else {
                    return subject.record_id();
                };
                let mut path = self.unit_names(&objective.unit);
                path.push(text::coach::quoted(&objective.title));
                path
            }
        };
        if let Subject::KeyResult(id) = subject {
            path.extend(self.key_result(id).map(|kr| text::coach::quoted(&kr.title)));
        }
        path.join(" › ")
    }

    fn unit_names(&self, unit: &UnitId) -> Vec<String> {
        self.unit_path(unit)
            .into_iter()
            .map(|u| u.name.clone())
            .collect()
    }
}

/// A finding as `ladder-lint --json` writes it.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct Report {
    pub rule: &'static str,
    pub severity: &'static str,
    pub record_id: String,
    /// For a unit's finding, the period it is about: `record_id` is the
    /// unit's, and a unit has findings in several periods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period_id: Option<String>,
    pub record_path: String,
    pub message: String,
    pub suggestion: String,
    /// Set when someone dismissed the finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dismissed: Option<Dismissed>,
}

/// How a reported finding was dismissed.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct Dismissed {
    pub reason: String,
    /// `YYYY-MM-DD`.
    pub on: String,
}

impl Finding {
    pub fn report(&self, ws: &Workspace) -> Report {
        Report {
            rule: self.rule.id(),
            severity: self.rule.severity().id(),
            record_id: self.subject.record_id(),
            period_id: self.subject.unit_period().map(PeriodId::to_string),
            record_path: ws.subject_path(&self.subject),
            message: self.why.clone(),
            suggestion: self.fix.clone(),
            dismissed: ws.dismissal(self.rule, &self.subject).map(|d| Dismissed {
                reason: d.reason.clone(),
                on: super::date_serde::format_date(d.on),
            }),
        }
    }
}
