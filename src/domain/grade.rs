//! End-of-period grading: a score from 0.0 to 1.0 per key result, suggested
//! from progress and adjustable with a reason. Scores are for learning (what
//! was ambitious, what was missed and why), never for rating people, so they
//! are summarised per objective and per unit only.

use super::format::Locale;
use super::{Commitment, FieldErrors, KeyResult, ObjectiveId, PeriodId, UnitId, Workspace, bar};
use crate::text;
use serde::{Deserialize, Serialize};

#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Grade {
    pub score: f64,
    /// Why the score differs from the suggested one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// A missed key result that was still a valuable experiment.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub experiment: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub learning: String,
}

/// The usual score bands: 0.0–0.3, 0.4–0.6, 0.7–1.0.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Band {
    Low,
    Middle,
    High,
}

impl Band {
    pub const ALL: [Band; 3] = [Band::Low, Band::Middle, Band::High];

    /// Scores are kept to one decimal, so the bands meet halfway between.
    pub fn of(score: f64) -> Band {
        if score < 0.35 {
            Band::Low
        } else if score < 0.65 {
            Band::Middle
        } else {
            Band::High
        }
    }

    /// The band's scores, as `locale` writes them: "0.0–0.3".
    pub fn label(self, locale: &dyn Locale) -> String {
        let (low, high) = match self {
            Band::Low => (0.0, 0.3),
            Band::Middle => (0.4, 0.6),
            Band::High => (0.7, 1.0),
        };
        text::grade::band(&locale.score(low), &locale.score(high))
    }

    pub fn slug(self) -> &'static str {
        match self {
            Band::Low => "low",
            Band::Middle => "middle",
            Band::High => "high",
        }
    }
}

/// Rounds to the one decimal scores are given in.
pub fn round_score(score: f64) -> f64 {
    (bar(score) * 10.0).round() / 10.0
}

/// How many key results landed in each band, commit and stretch apart,
/// because 0.7 means success for one and a miss for the other.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Distribution {
    pub commit: [usize; 3],
    pub stretch: [usize; 3],
    /// How many of the counted key results are not graded yet and count
    /// with the score their progress suggests.
    pub suggested: usize,
}

impl Distribution {
    pub fn total(&self) -> usize {
        self.commit.iter().chain(&self.stretch).sum()
    }

    /// The note that belongs under the distribution while grading is unfinished.
    pub fn suggested_note(&self) -> Option<String> {
        (self.suggested > 0).then(|| {
            text::grade::ungraded_note(&text::counts::key_results(self.suggested), &self.total())
        })
    }
}

impl Workspace {
    /// The score progress suggests, to one decimal.
    pub fn suggested_score(&self, kr: &KeyResult) -> f64 {
        round_score(kr.measure.progress().unwrap_or(0.0))
    }

    /// The graded score, or the suggestion until someone grades it.
    pub fn key_result_score(&self, kr: &KeyResult) -> f64 {
        kr.grade
            .as_ref()
            .map_or_else(|| self.suggested_score(kr), |g| g.score)
    }

    /// The weighted mean of the key results' scores.
    pub fn objective_score(&self, id: &ObjectiveId) -> Option<f64> {
        super::progress::weighted_mean(
            self.key_results_of(id)
                .into_iter()
                .map(|kr| (self.key_result_score(kr), kr.weight)),
        )
    }

    /// The band distribution of a period's key results, for the given units
    /// (all units when empty). Archived objectives are left out.
    pub fn score_distribution(&self, period: &PeriodId, units: &[UnitId]) -> Distribution {
        let mut d = Distribution::default();
        for o in self
            .objectives
            .iter()
            .filter(|o| &o.period == period && !o.archived && o.owner.is_none())
            .filter(|o| units.is_empty() || units.contains(&o.unit))
        {
            for kr in self.key_results_of(&o.id) {
                let band = Band::of(self.key_result_score(kr)) as usize;
                if kr.grade.is_none() {
                    d.suggested += 1;
                }
                match kr.commitment {
                    Commitment::Commit => d.commit[band] += 1,
                    Commitment::Stretch => d.stretch[band] += 1,
                }
            }
        }
        d
    }

    pub fn set_grade(
        &mut self,
        kr: &super::KeyResultId,
        grade: Option<Grade>,
    ) -> Result<(), String> {
        self.ensure_key_result_open(kr)?;
        if let Some(k) = self.key_results.find_mut(|k| &k.id == kr) {
            k.grade = grade;
        }
        Ok(())
    }
}

/// The grading form.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct GradeDraft {
    pub score: String,
    pub reason: String,
    pub experiment: bool,
    pub learning: String,
}

impl GradeDraft {
    /// The draft for a key result: its grade, or the suggested score.
    pub fn of(ws: &Workspace, kr: &KeyResult) -> GradeDraft {
        match &kr.grade {
            Some(g) => GradeDraft {
                score: format!("{:.1}", g.score),
                reason: g.reason.clone(),
                experiment: g.experiment,
                learning: g.learning.clone(),
            },
            None => GradeDraft {
                score: format!("{:.1}", ws.suggested_score(kr)),
                ..GradeDraft::default()
            },
        }
    }

    /// A score other than the suggested one needs a reason; an experiment
    /// needs its learning, since that is the point of recording it.
    /// `locale` writes the scores its messages name.
    pub fn validate(&self, suggested: f64, locale: &dyn Locale) -> Result<Grade, FieldErrors> {
        let mut errors = FieldErrors::default();
        let score = match super::parse_number(&self.score) {
            Ok(s) if (0.0..=1.0).contains(&s) => Some((s * 10.0).round() / 10.0),
            Ok(_) => {
                errors.add(
                    "score",
                    text::grade::score_out_of_range(&locale.score(0.0), &locale.score(1.0)),
                );
                None
            }
            Err(e) => {
                errors.add("score", e.to_string());
                None
            }
        };
        let reason = self.reason.trim().to_owned();
        if let Some(s) = score
            && (s - suggested).abs() > 0.05
            && reason.is_empty()
        {
            errors.add(
                "reason",
                text::grade::reason_required(&locale.score(suggested)),
            );
        }
        let learning = self.learning.trim().to_owned();
        if self.experiment && learning.is_empty() {
            errors.add("learning", text::grade::LEARNING_REQUIRED);
        }
        match score {
            Some(score) if errors.is_empty() => Ok(Grade {
                score,
                reason,
                experiment: self.experiment,
                learning,
            }),
            _ => Err(errors),
        }
    }
}
