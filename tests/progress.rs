//! Progress math: bounded bars, monotonic in the current value, right for
//! decreasing key results, and weighted means that behave like means.

use crate::common::metric_kr;
use ladder::domain::{Direction, KeyResult, Measure, bar, objective_progress};
use proptest::prelude::*;

fn metric(start: f64, target: f64, current: f64) -> Measure {
    Measure::Metric {
        start,
        target,
        current,
        unit: "€".to_owned(),
    }
}

fn check(start: f64, target: f64, current: f64, expected: f64) {
    let progress = metric(start, target, current).progress().expect("defined");
    assert!(
        (progress - expected).abs() < 1e-12,
        "{start} → {target} at {current}: expected {expected}, got {progress}"
    );
}

#[test]
fn true_progress_is_kept_for_display() {
    check(0.0, 100.0, 50.0, 0.5);
    check(0.0, 100.0, 120.0, 1.2);
    check(0.0, 100.0, -10.0, -0.1);
    check(72.0, 85.0, 85.0, 1.0);
    // Decreasing: churn from 3% to 2%.
    check(3.0, 2.0, 2.5, 0.5);
    check(3.0, 2.0, 3.5, -0.5);
    check(3.0, 2.0, 1.5, 1.5);
}

#[test]
fn currency_key_results_are_exact_at_millions() {
    check(0.0, 5_000_000.0, 1_250_000.0, 0.25);
    check(0.0, 5_000_000.0, 4_999_999.0, 0.999_999_8);
    check(4_000_000.0, 5_000_000.0, 4_600_000.0, 0.6);
}

#[test]
fn start_equal_to_target_has_no_progress() {
    assert_eq!(metric(5.0, 5.0, 5.0).progress(), None);
    assert_eq!(metric(5.0, 5.0, 5.0).direction(), None);
    assert_eq!(metric(1.0, 5.0, 0.0).direction(), Some(Direction::Increase));
    assert_eq!(metric(5.0, 1.0, 0.0).direction(), Some(Direction::Decrease));
}

#[test]
fn milestones_are_zero_or_one() {
    assert_eq!(Measure::Milestone { done: false }.progress(), Some(0.0));
    assert_eq!(Measure::Milestone { done: true }.progress(), Some(1.0));
}

#[test]
fn objective_progress_is_the_weighted_mean_of_clamped_key_results() {
    let mut heavy = metric_kr("a", "o", 0.0, 100.0, 100.0);
    heavy.weight = 3.0;
    let light = metric_kr("b", "o", 0.0, 100.0, 0.0);
    let progress = objective_progress([&heavy, &light]).expect("measurable");
    assert!((progress - 0.75).abs() < 1e-12);

    // An over-achieved key result counts as 1.0, not 2.0.
    let over = metric_kr("c", "o", 0.0, 10.0, 20.0);
    let behind = metric_kr("d", "o", 0.0, 10.0, 0.0);
    assert_eq!(objective_progress([&over, &behind]), Some(0.5));

    assert_eq!(objective_progress(std::iter::empty::<&KeyResult>()), None);
    let broken = metric_kr("e", "o", 1.0, 1.0, 1.0);
    assert_eq!(objective_progress([&broken]), None);
}

/// Finite values in a range where differences stay representable.
fn value() -> impl Strategy<Value = f64> {
    -1.0e9..1.0e9f64
}

proptest! {
    #[test]
    fn bars_stay_within_zero_and_one(start in value(), target in value(), current in value()) {
        prop_assume!(start != target);
        let measure = metric(start, target, current);
        if let Some(progress) = measure.progress() {
            let shown = bar(progress);
            prop_assert!((0.0..=1.0).contains(&shown));
        }
    }

    #[test]
    fn progress_moves_with_the_current_value_toward_the_target(
        start in value(), target in value(), a in value(), b in value(),
    ) {
        prop_assume!((target - start).abs() > 1e-6);
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let at_low = metric(start, target, low).progress().expect("defined");
        let at_high = metric(start, target, high).progress().expect("defined");
        match metric(start, target, low).direction() {
            // Moving the value up helps an increasing KR and hurts a decreasing one.
            Some(Direction::Increase) => prop_assert!(at_low <= at_high),
            Some(Direction::Decrease) => prop_assert!(at_low >= at_high),
            None => prop_assert!(false, "start differs from target"),
        }
    }

    #[test]
    fn reaching_the_target_is_exactly_done(start in value(), target in value()) {
        prop_assume!(start != target);
        prop_assert_eq!(metric(start, target, target).progress(), Some(1.0));
        prop_assert_eq!(metric(start, target, start).progress(), Some(0.0));
    }

    #[test]
    fn weighted_mean_lies_between_the_extremes(
        parts in prop::collection::vec((0.0..1.5f64, 0.01..10.0f64), 1..8),
    ) {
        let krs: Vec<KeyResult> = parts
            .iter()
            .enumerate()
            .map(|(i, (progress, weight))| {
                let mut kr = metric_kr(&i.to_string(), "o", 0.0, 100.0, progress * 100.0);
                kr.weight = *weight;
                kr
            })
            .collect();
        let mean = objective_progress(&krs).expect("measurable");
        let bars: Vec<f64> = parts.iter().map(|(p, _)| bar(*p)).collect();
        let min = bars.iter().copied().fold(f64::INFINITY, f64::min);
        let max = bars.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        prop_assert!(mean >= min - 1e-9 && mean <= max + 1e-9);
    }

    #[test]
    fn scaling_every_weight_changes_nothing(
        parts in prop::collection::vec((0.0..1.0f64, 0.1..10.0f64), 1..8),
        factor in 0.1..100.0f64,
    ) {
        let build = |scale: f64| -> Vec<KeyResult> {
            parts.iter().enumerate().map(|(i, (progress, weight))| {
                let mut kr = metric_kr(&i.to_string(), "o", 0.0, 1.0, *progress);
                kr.weight = weight * scale;
                kr
            }).collect()
        };
        let plain = objective_progress(&build(1.0)).expect("measurable");
        let scaled = objective_progress(&build(factor)).expect("measurable");
        prop_assert!((plain - scaled).abs() < 1e-9);
    }

    #[test]
    fn equal_weights_give_the_plain_mean(progress in prop::collection::vec(0.0..1.0f64, 1..8)) {
        let krs: Vec<KeyResult> = progress
            .iter()
            .enumerate()
            .map(|(i, p)| metric_kr(&i.to_string(), "o", 0.0, 1.0, *p))
            .collect();
        let mean = progress.iter().sum::<f64>() / progress.len() as f64;
        prop_assert!((objective_progress(&krs).expect("measurable") - mean).abs() < 1e-9);
    }
}

/// Found by the fuzzer: a file's numbers may sit at the ends of the float
/// range, where `target - start` overflowed and progress came out as none.
#[test]
fn progress_is_defined_for_numbers_at_the_ends_of_the_float_range() {
    let big = f64::MAX;
    check(-big, big, 0.0, 0.5);
    check(big, -big, -big, 1.0);
    check(-1e308, 1e308, 1e308, 1.0);
    // A span so small that the ratio passes the largest float.
    let tiny = metric(0.0, 5e-324, 1.0).progress();
    assert_eq!(tiny, Some(f64::MAX));
    assert_eq!(
        metric(big, big, 0.0).progress(),
        None,
        "start equals target"
    );
}

/// Found by the fuzzer: weights of 1e308 overflowed their sum (progress 0),
/// and a weight of 5e-324 rounded its product up (progress 1 from 0.64).
#[test]
fn weights_at_the_ends_of_the_float_range_still_weigh_a_mean() {
    let kr = |id: &str, current: f64, weight: f64| KeyResult {
        weight,
        ..metric_kr(id, "o", 0.0, 100.0, current)
    };
    for weight in [f64::MAX, 1e308, 5e-324, 1e-310] {
        let p = objective_progress(&[kr("a", 64.0, weight)]).expect("measurable");
        assert!((p - 0.64).abs() < 1e-12, "weight {weight}: {p}");
        let p = objective_progress(&[kr("a", 100.0, weight), kr("b", 100.0, weight)])
            .expect("measurable");
        assert!((p - 1.0).abs() < 1e-12, "weights {weight}: {p}");
    }
    let p =
        objective_progress(&[kr("a", 0.0, f64::MAX), kr("b", 100.0, 5e-324)]).expect("measurable");
    assert!(
        (0.0..1e-300).contains(&p),
        "the tiny weight hardly counts: {p}"
    );
}
