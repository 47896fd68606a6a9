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
    ///
    /// Any finite numbers give a progress: a file may hold a start of
    /// -1e308 and a target of 1e308, whose difference is beyond a float
    /// (halves of both are not), and a span so small that the ratio is
    /// beyond one stops at the largest float.
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
                if start == target {
                    return None;
                }
                let ratio = match (current - start, target - start) {
                    (done, span) if done.is_finite() && span.is_finite() => done / span,
                    _ => (current / 2.0 - start / 2.0) / (target / 2.0 - start / 2.0),
                };
                (!ratio.is_nan()).then(|| ratio.clamp(-f64::MAX, f64::MAX))
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
///
/// Weights count relative to the largest, so any finite weights a file
/// holds give a mean between the smallest and the largest value: weights
/// of 1e308 would overflow their sum, and a weight of 5e-324 loses its
/// products to rounding.
pub(super) fn weighted_mean(items: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights, _) = items
        .into_iter()
        .filter(|(_, weight)| weight.is_finite() && *weight > 0.0)
        .fold(
            (0.0, 0.0, 0.0),
            |(sum, weights, largest): (f64, f64, f64), (value, weight)| {
                if weight > largest {
                    // What came before, relative to the new largest weight.
                    let scale = largest / weight;
                    (sum * scale + value, weights * scale + 1.0, weight)
                } else {
                    let weight = weight / largest;
                    (sum + value * weight, weights + weight, largest)
                }
            },
        );
    (weights > 0.0).then(|| sum / weights)
}
