//! A key result's measure reads as a sentence, for every kind, direction
//! and way of writing a unit (`domain::measure_sentence`).
use ladder::domain::Measure;
use ladder::domain::format::{plain_number, with_unit};
use ladder::domain::measure_sentence::{measure_sentence, unit_words};
use ladder::text::UnitWords;

/// A plain stand-in for the browser's `Intl`: no grouping, the unit placed
/// as the domain's fallback places it.
fn show(value: f64, unit: &str) -> String {
    with_unit(&plain_number(value), unit)
}

fn metric(start: f64, target: f64, current: f64, unit: &str) -> Measure {
    Measure::Metric {
        start,
        target,
        current,
        unit: unit.to_owned(),
    }
}

fn check(measure: Measure, expected: &str) {
    assert_eq!(measure_sentence(&measure, &show), expected, "{measure:?}");
}

#[test]
fn units_are_symbols_labels_or_counted_nouns() {
    for (unit, words) in [
        ("", UnitWords::OnNumbers),
        ("  ", UnitWords::OnNumbers),
        ("€", UnitWords::OnNumbers),
        ("$", UnitWords::OnNumbers),
        ("%", UnitWords::OnNumbers),
        ("°C", UnitWords::OnNumbers),
        ("NPS", UnitWords::Label("NPS")),
        (" CSAT ", UnitWords::Label("CSAT")),
        ("P95", UnitWords::Label("P95")),
        ("partners", UnitWords::Counted("partners")),
        ("days", UnitWords::Counted("days")),
        ("ms", UnitWords::Counted("ms")),
        // One capital is a word's first letter or a unit symbol, not a name.
        ("K", UnitWords::Counted("K")),
        ("Partners", UnitWords::Counted("Partners")),
        // Too long to be an abbreviation: shouted words are still counted.
        ("CUSTOMERS", UnitWords::Counted("CUSTOMERS")),
        ("new leads", UnitWords::Counted("new leads")),
    ] {
        assert_eq!(unit_words(unit), words, "{unit:?}");
    }
}

#[test]
fn an_increase_from_zero_is_a_count_of_its_target() {
    check(metric(0.0, 3.0, 1.0, "partners"), "1 of 3 partners");
    check(metric(0.0, 3.0, 0.0, "partners"), "0 of 3 partners");
    check(
        metric(0.0, 5000000.0, 1250000.0, "€"),
        "€1250000 of €5000000",
    );
    check(metric(0.0, 40.0, 12.5, ""), "12.5 of 40");
    check(metric(0.0, 45.0, 41.0, "NPS"), "NPS 41 (target 45)");
}

#[test]
fn an_increase_from_elsewhere_says_where_it_started() {
    check(
        metric(2000.0, 12000.0, 9000.0, "strings"),
        "9000 of 12000 strings, up from 2000",
    );
    check(
        metric(4000000.0, 5000000.0, 4500000.0, "€"),
        "€4500000 of €5000000, up from €4000000",
    );
    check(
        metric(32.0, 45.0, 41.0, "NPS"),
        "NPS 41, up from 32 (target 45)",
    );
    check(
        metric(24.0, 30.0, 24.0, "interviews"),
        "24 of 30 interviews, unchanged since the start",
    );
    check(metric(24.0, 30.0, 20.0, ""), "20 of 30, down from 24");
    // Below a start of zero: the "of" alone would hide the slide.
    check(metric(0.0, 10.0, -2.0, "€"), "-€2 of €10, down from €0");
}

#[test]
fn a_decrease_says_down_from_its_start_towards_its_target() {
    check(
        metric(180.0, 120.0, 155.0, "€"),
        "€155, down from €180 towards €120",
    );
    check(
        metric(14.0, 7.0, 12.0, "days"),
        "12 days, down from 14 towards 7",
    );
    check(
        metric(400.0, 250.0, 300.0, ""),
        "300, down from 400 towards 250",
    );
    check(
        metric(60.0, 40.0, 50.0, "CAC"),
        "CAC 50, down from 60 towards 40",
    );
}

#[test]
fn a_decrease_not_yet_under_way_names_its_target_apart() {
    check(
        metric(180.0, 120.0, 180.0, "€"),
        "€180, unchanged since the start (target €120)",
    );
    check(
        metric(14.0, 7.0, 16.0, "days"),
        "16 days, up from 14 (target 7)",
    );
    check(
        metric(40.0, 30.0, 41.0, "NPS"),
        "NPS 41, up from 40 (target 30)",
    );
}

#[test]
fn percentages_carry_their_sign_on_every_number() {
    let percentage = |start, target, current| Measure::Percentage {
        start,
        target,
        current,
    };
    check(percentage(0.0, 25.0, 10.0), "10% of 25%");
    check(percentage(2.0, 3.5, 2.6), "2.6% of 3.5%, up from 2%");
    check(percentage(3.0, 2.0, 2.5), "2.5%, down from 3% towards 2%");
    check(
        percentage(3.0, 2.0, 3.0),
        "3%, unchanged since the start (target 2%)",
    );
}

#[test]
fn a_start_equal_to_its_target_reads_as_a_count() {
    check(
        metric(5.0, 5.0, 5.0, "days"),
        "5 of 5 days, unchanged since the start",
    );
}

#[test]
fn milestones_keep_their_words() {
    check(Measure::Milestone { done: true }, "Done");
    check(Measure::Milestone { done: false }, "Not done yet");
}
