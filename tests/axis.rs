//! A chart's axis runs between round ticks that cover every value, and
//! never shows values that cannot happen (`domain::axis`).
use ladder::domain::axis::nice_axis;
use proptest::prelude::*;

fn check(values: &[f64], percent: bool, expected: &[f64]) {
    let axis = nice_axis(values.iter().copied(), percent);
    assert_eq!(axis.ticks, expected, "{values:?}");
    assert_eq!(
        (axis.low, axis.high),
        (expected[0], expected[expected.len() - 1])
    );
}

#[test]
fn ticks_are_round_numbers_around_the_values() {
    // €0 to €5,000,000, a value short of the target: no "-€300,000".
    check(
        &[0.0, 4_750_000.0, 5_000_000.0],
        false,
        &[0.0, 1e6, 2e6, 3e6, 4e6, 5e6],
    );
    // 0 to 10 pilots, none below zero or past 10: no "-0.6 pilots".
    check(&[0.0, 3.0, 10.0], false, &[0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
    check(&[0.0, 1.0, 3.0], false, &[0.0, 1.0, 2.0, 3.0]);
    // NPS from 32 to 45: the axis need not start at zero.
    check(&[32.0, 38.0, 45.0], false, &[30.0, 35.0, 40.0, 45.0]);
    // A cost brought down from €180 to €120.
    check(&[180.0, 155.0, 120.0], false, &[120.0, 140.0, 160.0, 180.0]);
    // Decimals are the numbers people write.
    check(&[3.0, 2.6, 2.0], true, &[2.0, 2.2, 2.4, 2.6, 2.8, 3.0]);
    check(&[0.1, 0.3], false, &[0.1, 0.15, 0.2, 0.25, 0.3]);
    // 2.5 steps where they fit more tightly.
    check(
        &[0.0, 25.0, 7.0],
        false,
        &[0.0, 5.0, 10.0, 15.0, 20.0, 25.0],
    );
    check(
        &[0.0, 1_100.0, 1_000.0],
        false,
        &[0.0, 250.0, 500.0, 750.0, 1_000.0, 1_250.0],
    );
}

#[test]
fn below_zero_only_when_a_value_is() {
    check(&[-2.0, 10.0], false, &[-2.5, 0.0, 2.5, 5.0, 7.5, 10.0]);
    check(&[-20.0, -5.0], false, &[-20.0, -15.0, -10.0, -5.0]);
}

#[test]
fn a_percentage_stays_within_100_unless_a_value_is_above() {
    check(
        &[0.0, 96.0, 100.0],
        true,
        &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0],
    );
    check(&[90.0, 100.0], true, &[90.0, 92.0, 94.0, 96.0, 98.0, 100.0]);
    // One value alone: a tenth of it either side, but not past 100.
    check(&[100.0], true, &[90.0, 92.0, 94.0, 96.0, 98.0, 100.0]);
    check(&[0.0, 120.0], true, &[0.0, 25.0, 50.0, 75.0, 100.0, 125.0]);
}

#[test]
fn one_value_or_none_still_gets_an_axis() {
    check(&[], false, &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
    check(
        &[f64::NAN, f64::INFINITY],
        false,
        &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0],
    );
    check(&[0.0], false, &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
    check(&[5.0], false, &[4.5, 5.0, 5.5]);
}

#[test]
fn extreme_values_do_not_panic() {
    for values in [
        vec![f64::MAX, f64::MIN],
        vec![f64::MAX],
        vec![1e-300, 2e-300],
        vec![-f64::MAX, 0.0],
    ] {
        let axis = nice_axis(values.iter().copied(), false);
        assert!(!axis.ticks.is_empty(), "{values:?}");
    }
}

proptest! {
    #[test]
    fn the_axis_covers_every_value_within_its_limits(
        values in prop::collection::vec(-1e7f64..1e7, 1..8),
        percent in any::<bool>(),
    ) {
        let axis = nice_axis(values.iter().copied(), percent);
        let (lo, hi) = values.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(*v), b.max(*v)));
        prop_assert!(axis.low <= lo && hi <= axis.high, "{axis:?}");
        prop_assert!(lo < 0.0 || axis.low >= 0.0, "{axis:?}");
        prop_assert!(!percent || hi > 100.0 || axis.high <= 100.0, "{axis:?}");
        prop_assert!((3..=6).contains(&axis.ticks.len()), "{axis:?}");
        prop_assert_eq!(axis.ticks.first(), Some(&axis.low));
        prop_assert_eq!(axis.ticks.last(), Some(&axis.high));
        // Evenly spaced by a step of 1, 2, 2.5 or 5 times a power of ten.
        let step = axis.ticks[1] - axis.ticks[0];
        let mantissa = step / 10f64.powi(step.log10().floor() as i32);
        prop_assert!(
            [1.0, 2.0, 2.5, 5.0, 10.0].iter().any(|m| (mantissa - m).abs() < 1e-6),
            "{axis:?}"
        );
    }

    #[test]
    fn percentages_from_0_to_100_stay_there(values in prop::collection::vec(0f64..=100.0, 1..8)) {
        let axis = nice_axis(values.iter().copied(), true);
        prop_assert!(axis.low >= 0.0 && axis.high <= 100.0, "{axis:?}");
    }
}
