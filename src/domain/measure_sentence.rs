//! A key result's measure as a sentence: "1 of 3 partners", "NPS 41, up
//! from 32 (target 45)", "€155, down from €180 towards €120".
//!
//! This module chooses the sentence from the measure's kind, direction and
//! unit; the words are `text::measure_sentence`'s, and the numbers come from
//! the caller's formatter (the browser's `Intl` in the app, a plain one in
//! the host tests), so the choice is tested without a browser.
//!
//! How a unit is written ([`unit_words`]):
//! - no unit, or one that starts with a symbol (`€`, `$`, `%`, `°C`): the
//!   symbol goes on every number, "€4,500,000 of €5,000,000", "10% of 25%";
//! - a short name in capitals (2 to 6 capitals or digits, the first a
//!   capital: `NPS`, `CSAT`, `ARR`, `P95`): the name the figure goes by,
//!   written first, once: "NPS 41 (target 45)";
//! - any other word: a thing counted, written once, after the numbers it
//!   counts: "1 of 3 partners", "12 days, down from 14 towards 7".
//!
//! Where the current value stands against the start is said, except when
//! counting up from zero, where "1 of 3" already says it. A decrease says
//! it always: "of" would read as a share ("€155 of €120").

use super::{Direction, Measure};
use crate::text::{self, Movement, UnitWords};

/// How `unit` is written beside numbers (see the module's rule).
pub fn unit_words(unit: &str) -> UnitWords<'_> {
    let unit = unit.trim();
    match unit.chars().next() {
        None => UnitWords::OnNumbers,
        Some(first) if !first.is_alphabetic() => UnitWords::OnNumbers,
        Some(_) if is_label(unit) => UnitWords::Label(unit),
        Some(_) => UnitWords::Counted(unit),
    }
}

/// `NPS`, `CSAT`, `P95`: an abbreviation, not a word for what is counted
/// (the caller has seen that it starts with a letter).
fn is_label(unit: &str) -> bool {
    (2..=6).contains(&unit.chars().count())
        && unit.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Where `current` stands against `start`.
pub fn movement(start: f64, current: f64) -> Movement {
    if current > start {
        Movement::Up
    } else if current < start {
        Movement::Down
    } else {
        Movement::Unchanged
    }
}

/// The measure in words. `show(value, unit)` writes a number with `unit`
/// on it, or the plain number when `unit` is empty.
pub fn measure_sentence(measure: &Measure, show: &dyn Fn(f64, &str) -> String) -> String {
    let Some((start, target, current)) = measure.numbers() else {
        return if matches!(measure, Measure::Milestone { done: true }) {
            text::common::DONE
        } else {
            text::measure_sentence::NOT_DONE_YET
        }
        .to_owned();
    };
    let unit = measure.unit();
    let words = unit_words(unit);
    let on_numbers = if words == UnitWords::OnNumbers {
        unit
    } else {
        ""
    };
    let [start_text, target_text, current_text] =
        [start, target, current].map(|v| show(v, on_numbers));
    let movement = movement(start, current);
    if measure.direction() == Some(Direction::Decrease) {
        return text::measure_sentence::decrease(
            &current_text,
            &start_text,
            &target_text,
            movement,
            words,
        );
    }
    // Counting up from zero, "1 of 3" already says how far it has come.
    let from_zero = start == 0.0 && current >= 0.0;
    text::measure_sentence::increase(
        &current_text,
        &target_text,
        (!from_zero).then_some((&start_text as &dyn std::fmt::Display, movement)),
        words,
    )
}
