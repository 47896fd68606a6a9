//! Units sit where people expect them: `€5,000,000`, `42%`, `1,000 leads`;
//! estimates are rounded as people write them.
use ladder::domain::format::{round_estimate, with_unit};
use ladder::text;

#[test]
fn units_are_placed_by_kind() {
    assert_eq!(with_unit("5,000,000", "€"), "€5,000,000");
    assert_eq!(with_unit("-1,200", "$"), "-$1,200");
    assert_eq!(with_unit("42", "%"), "42%");
    assert_eq!(with_unit("1,000", "leads"), "1,000 leads");
    assert_eq!(with_unit("1,000", " leads "), "1,000 leads");
    assert_eq!(with_unit("7", ""), "7");
}

#[test]
fn counts_agree_with_their_number() {
    assert_eq!(text::counts::objectives(1), "1 objective");
    assert_eq!(text::counts::objectives(0), "0 objectives");
    assert_eq!(text::counts::people(3), "3 people");
    assert_eq!(text::counts::one_on_one_notes(2), "2 1:1 notes");
}

#[test]
fn estimates_are_rounded_as_people_write_them() {
    for (value, start, target, expected) in [
        // Three significant figures for large amounts.
        (271_739.13, 0.0, 5_000_000.0, 272_000.0),
        (7_434.78, 2_000.0, 12_000.0, 7_430.0),
        (152.17, 180.0, 120.0, 152.0),
        // No finer than a decimal past how the start and target are written.
        (1.4673, 0.0, 3.0, 1.5),
        (2.6667, 3.0, 2.0, 2.7),
        (38.4615, 32.0, 45.0, 38.5),
        (2.6321, 2.0, 3.5, 2.63),
        (0.012_345, 0.01, 0.02, 0.012),
        // Below zero alike; zero and what is not a number stay as they are.
        (-1_234.5, 0.0, -5_000.0, -1_230.0),
        (0.0, 0.0, 3.0, 0.0),
        (-0.01, 0.0, 3.0, 0.0),
    ] {
        assert_eq!(
            round_estimate(value, start, target),
            expected,
            "{value} from {start} to {target}"
        );
        assert!(!round_estimate(value, start, target).is_sign_negative() || expected < 0.0);
    }
    assert!(round_estimate(f64::NAN, 0.0, 1.0).is_nan());
}
