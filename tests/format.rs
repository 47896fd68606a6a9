//! Units sit where people expect them: `€5,000,000`, `42%`, `1,000 leads`.
#![cfg(not(target_arch = "wasm32"))]

use ladder::domain::format::with_unit;
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
