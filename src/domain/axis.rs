//! A chart's value axis: round ticks that cover every value drawn.
//!
//! An axis padded by a share of its range shows numbers nobody wrote and
//! values that cannot happen ("-€300,000", "-0.6 pilots"). [`nice_axis`]
//! instead runs from one round tick to another, a step of 1, 2, 2.5 or 5
//! times a power of ten apart, and holds to what the values allow:
//! - it covers every value given (the caller includes the start and the
//!   target, so both are always in range);
//! - it goes below zero only if a value does, and, for a percentage, above
//!   100 only if a value does;
//! - it has 2 to 5 steps, the fewest that fit the values most tightly
//!   (1, 2 and 5 before 2.5 on a tie, then the count nearest 4), so at a
//!   phone's width every label has room.

/// The axis's ends and its ticks, lowest first; both ends are ticks.
#[derive(Clone, PartialEq, Debug)]
pub struct Axis {
    pub low: f64,
    pub high: f64,
    pub ticks: Vec<f64>,
}

/// Round steps in tenths: 1, 2, 2.5 and 5, each times a power of ten.
const STEPS: [u32; 4] = [10, 20, 25, 50];

/// A step's `i`-th multiple, computed from whole numbers so that ticks are
/// the numbers people write (0.3, not 0.30000000000000004).
fn multiple(i: f64, tenths: u32, exponent: i32) -> f64 {
    let whole = i * f64::from(tenths);
    let value = if exponent >= 1 {
        whole * 10f64.powi(exponent - 1)
    } else {
        whole / 10f64.powi(1 - exponent)
    };
    // Adding 0.0 turns a -0 tick into 0.
    value + 0.0
}

/// The axis for `values` (non-finite ones are ignored); `percent` keeps a
/// percentage's axis within 100 when its values are.
pub fn nice_axis(values: impl IntoIterator<Item = f64>, percent: bool) -> Axis {
    let (low, high) = values
        .into_iter()
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if low > high {
        return nice_axis([0.0, 1.0], percent);
    }
    let floor = if low >= 0.0 { 0.0 } else { f64::NEG_INFINITY };
    let ceiling = if percent && high <= 100.0 {
        100.0
    } else {
        f64::INFINITY
    };
    // One value alone still gets a range around it, within the limits.
    let (low, high) = if low == high {
        let spread = if low == 0.0 { 1.0 } else { low.abs() / 10.0 };
        ((low - spread).max(floor), (high + spread).min(ceiling))
    } else {
        (low, high)
    };
    let span = high - low;
    if !span.is_finite() || span <= 0.0 {
        return Axis {
            low,
            high,
            ticks: vec![low, high],
        };
    }
    // The score of a candidate: its range, a 2.5 step last, steps near 4.
    let mut best: Option<((f64, bool, u32), Axis)> = None;
    let largest = span.log10().floor() as i32;
    for exponent in (largest - 2)..=largest {
        for tenths in STEPS {
            let step = multiple(1.0, tenths, exponent);
            // A hair of tolerance, so a value on a tick is not pushed a step out.
            let first = (low / step + 1e-9).floor();
            let last = (high / step - 1e-9).ceil();
            let count = last - first;
            if !(2.0..=5.0).contains(&count) {
                continue;
            }
            let ticks: Vec<f64> = (0..=count as u32)
                .map(|i| multiple(first + f64::from(i), tenths, exponent))
                .collect();
            let (Some(&lo), Some(&hi)) = (ticks.first(), ticks.last()) else {
                continue;
            };
            if lo < floor || hi > ceiling {
                continue;
            }
            // The range as a multiple of the step, so equal ranges compare equal.
            let range = multiple(count, tenths, exponent);
            let score = (range, tenths == 25, (count as u32).abs_diff(4));
            if best.as_ref().is_none_or(|(b, _)| score < *b) {
                best = Some((
                    score,
                    Axis {
                        low: lo,
                        high: hi,
                        ticks,
                    },
                ));
            }
        }
    }
    best.map_or(
        Axis {
            low,
            high,
            ticks: vec![low, high],
        },
        |(_, axis)| axis,
    )
}
