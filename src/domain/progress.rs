//! Progress math.
//!
//! A key result's *true* progress is `(current − start) / (target − start)`:
//! 1.2 means over-achieved, a negative value means it moved the wrong way. It
//! works for decreasing metrics too, since numerator and denominator change
//! sign together. Bars show it clamped to `0..=1`. An objective's progress is
//! the weighted mean of its key results' clamped progress, so one
//! over-achieved key result cannot hide another that is behind. Child
//! objectives never count toward their parent's progress.

use super::{KeyResult, Measure};

impl Measure {
    /// True progress, unclamped; `None` when it is undefined (start equals target).
    pub fn progress(&self) -> Option<f64> {
        match *self {
            Measure::Metric {
                start,
                target,
                current,
                ..
            }
            | Measure::Percentage {
                start,
                target,
                current,
            } => {
                let ratio = (current - start) / (target - start);
                ratio.is_finite().then_some(ratio)
            }
            Measure::Milestone { done } => Some(if done { 1.0 } else { 0.0 }),
        }
    }
}

/// Progress as a bar shows it: clamped to `0..=1`.
pub fn bar(progress: f64) -> f64 {
    if progress.is_nan() {
        0.0
    } else {
        progress.clamp(0.0, 1.0)
    }
}

/// The weighted mean of the key results' bar progress; `None` when none can be measured.
pub fn objective_progress<'a>(key_results: impl IntoIterator<Item = &'a KeyResult>) -> Option<f64> {
    weighted_mean(
        key_results
            .into_iter()
            .filter_map(|kr| Some((bar(kr.measure.progress()?), kr.weight))),
    )
    .map(bar)
}

/// The mean of `(value, weight)` pairs, weighted the way an objective weighs
/// its key results: only finite weights above 0 count. `None` when none do.
/// Progress, pace and scores all average through here, so they agree on it.
pub(super) fn weighted_mean(items: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights) = items
        .into_iter()
        .filter(|(_, weight)| weight.is_finite() && *weight > 0.0)
        .fold((0.0, 0.0), |(sum, weights), (value, weight)| {
            (sum + value * weight, weights + weight)
        });
    (weights > 0.0).then(|| sum / weights)
}
