//! Every sentence, label and message a person reads, in one place.
//!
//! Views, forms and the domain's messages name their text here instead of
//! spelling it out, so a translation is a sibling of `en/` with the same
//! items (the compiler lists any it misses) chosen below, not a hunt through
//! the code. Text that holds values is a function taking them, so a
//! translation can order the words and choose plural forms its own way.
//! `tests/text_in_one_place.rs` fails on prose anywhere else in `src/`.

mod en;

pub use en::*;

/// A sentence around something the page puts in it (a link, a name), as
/// one catalogue entry: the words before and after it stay together, so
/// the sentence reads, and translates, as a whole.
#[derive(Clone, Copy, Debug)]
pub struct Around {
    pub before: &'static str,
    pub after: &'static str,
}

/// The headings of a list of someone's work: a person's page speaks of
/// them, "My work" to the reader.
#[derive(Clone, Copy, Debug)]
pub struct WorkWords {
    pub heading: &'static str,
    pub leads: &'static str,
    pub key_results: &'static str,
    pub contributes: &'static str,
    pub nothing: &'static str,
    pub no_period: &'static str,
}

/// How a measure's unit is written beside its numbers, as
/// `domain::measure_sentence` classifies it; the sentence's words are the
/// language's own (`measure_sentence`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnitWords<'a> {
    /// No unit, or a symbol the numbers already carry: "€155", "10%".
    OnNumbers,
    /// A thing counted, named once: "partners", "days".
    Counted(&'a str),
    /// The name a figure goes by: "NPS", "CSAT".
    Label(&'a str),
}

/// Where a measure's current value stands against its start.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Movement {
    Up,
    Down,
    Unchanged,
}
