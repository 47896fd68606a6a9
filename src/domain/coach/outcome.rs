//! Output or outcome: does a key result's text describe work to do or a
//! change in a result? "Publish 10 blog posts" counts things made; "Increase
//! organic traffic from 40k to 48k visits a month" names a result and how it
//! should move.
//!
//! The text is read for signs on both sides and the stronger side wins;
//! a tie is an outcome, so the coach only speaks when the text leans clearly
//! towards work. Signs of an outcome: a verb of change ("reduce", "grow",
//! "win") anywhere, a movement ("from 5% to 3%", "by 20%", "below 300 ms",
//! "within 48 hours"), a share of people or things served ("95% of
//! orders"), people as the subject ("Three customers live…"), a measure's
//! name ("churn", "NPS", "latency"). Signs of an output: a verb of doing
//! first ("publish", "launch", "hold"), counted deliverables ("10 articles",
//! "the number of blog posts"), and work reported done ("pricing page
//! live", "features shipped"). Numbers alone decide nothing: "write 10
//! articles" is still work.

use super::{Finding, Rule, Subject};
use crate::domain::{Objective, Workspace};
use crate::text;

/// What makes a key result read like an output, to explain the finding.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum OutputSign {
    /// It starts with a verb of doing: "publish", "launch".
    ActivityVerb(String),
    /// It counts things made: "articles", "workshops".
    CountsDeliverables(String),
    /// It reports work as done: "live", "shipped".
    WorkDone(String),
}

/// Verbs of doing: first in a key result, they make it a task.
const ACTIVITY_VERBS: &[&str] = &[
    "add",
    "analyse",
    "analyze",
    "attend",
    "audit",
    "automate",
    "begin",
    "build",
    "call",
    "complete",
    "conduct",
    "configure",
    "coordinate",
    "create",
    "define",
    "deliver",
    "deploy",
    "design",
    "develop",
    "do",
    "document",
    "draft",
    "establish",
    "evaluate",
    "execute",
    "finalise",
    "finalize",
    "finish",
    "form",
    "give",
    "hire",
    "hold",
    "host",
    "implement",
    "install",
    "integrate",
    "interview",
    "introduce",
    "kick",
    "launch",
    "make",
    "map",
    "meet",
    "migrate",
    "move",
    "offer",
    "organise",
    "organize",
    "outline",
    "perform",
    "pilot",
    "plan",
    "post",
    "prepare",
    "present",
    "produce",
    "prototype",
    "provide",
    "publish",
    "record",
    "recruit",
    "redesign",
    "refactor",
    "release",
    "replace",
    "research",
    "revamp",
    "review",
    "rewrite",
    "roll",
    "run",
    "schedule",
    "select",
    "send",
    "set",
    "ship",
    "start",
    "submit",
    "test",
    "train",
    "translate",
    "update",
    "upgrade",
    "visit",
    "write",
];

/// Verbs of change: anywhere in a key result, they name a result moving.
const CHANGE_VERBS: &[&str] = &[
    "accelerate",
    "achieve",
    "acquire",
    "attract",
    "boost",
    "close",
    "convert",
    "cut",
    "decrease",
    "double",
    "drive",
    "drop",
    "earn",
    "eliminate",
    "expand",
    "fall",
    "generate",
    "get",
    "grow",
    "halve",
    "hit",
    "improve",
    "increase",
    "keep",
    "lift",
    "lower",
    "maintain",
    "maximise",
    "maximize",
    "minimise",
    "minimize",
    "raise",
    "reach",
    "reduce",
    "retain",
    "rise",
    "save",
    "shorten",
    "shrink",
    "sign",
    "triple",
    "win",
];

/// Past forms the suffix rules below cannot derive.
const IRREGULAR: &[(&str, &str)] = &[
    ("grew", "grow"),
    ("grown", "grow"),
    ("won", "win"),
    ("kept", "keep"),
    ("got", "get"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("built", "build"),
    ("written", "write"),
    ("wrote", "write"),
    ("ran", "run"),
    ("held", "hold"),
    ("made", "make"),
    ("gave", "give"),
    ("given", "give"),
];

/// Things people make: counted, they measure work.
const DELIVERABLES: &[&str] = &[
    "ad",
    "article",
    "blog",
    "call",
    "campaign",
    "case",
    "course",
    "demo",
    "document",
    "email",
    "episode",
    "event",
    "experiment",
    "feature",
    "guide",
    "hackathon",
    "interview",
    "lesson",
    "meeting",
    "module",
    "newsletter",
    "page",
    "paper",
    "podcast",
    "post",
    "presentation",
    "release",
    "report",
    "session",
    "slide",
    "sprint",
    "study",
    "survey",
    "talk",
    "task",
    "training",
    "tutorial",
    "video",
    "webinar",
    "whitepaper",
    "workshop",
];

/// Words that report work as done when they follow what was made.
const DONE: &[&str] = &[
    "approved",
    "built",
    "complete",
    "completed",
    "configured",
    "created",
    "delivered",
    "deployed",
    "documented",
    "done",
    "finished",
    "ga",
    "implemented",
    "installed",
    "introduced",
    "launched",
    "live",
    "migrated",
    "published",
    "redesigned",
    "released",
    "selected",
    "shared",
    "shipped",
    "written",
];

/// People and things an organisation serves: a share of them, or them as the
/// subject, is a result.
const SERVED: &[&str] = &[
    "account",
    "buyer",
    "client",
    "customer",
    "deployment",
    "donor",
    "employee",
    "hire",
    "invoice",
    "member",
    "order",
    "partner",
    "patient",
    "people",
    "request",
    "respondent",
    "student",
    "subscriber",
    "team",
    "ticket",
    "user",
    "visit",
    "visitor",
    "volunteer",
];

/// Names of measures.
const MEASURES: &[&str] = &[
    "abandonment",
    "activation",
    "adoption",
    "arr",
    "attrition",
    "backlog",
    "booking",
    "churn",
    "conversion",
    "cost",
    "coverage",
    "csat",
    "downtime",
    "engagement",
    "enps",
    "growth",
    "incident",
    "latency",
    "lead",
    "margin",
    "mrr",
    "mttr",
    "nps",
    "pipeline",
    "productivity",
    "profit",
    "rate",
    "rating",
    "retention",
    "return",
    "revenue",
    "sale",
    "satisfaction",
    "score",
    "share",
    "signup",
    "spend",
    "subscriber",
    "time",
    "traffic",
    "uptime",
    "usage",
    "value",
    "wait",
];

/// Words that bound or move a measure: "below 300 ms", "at least".
const BOUNDS: &[&str] = &[
    "above", "below", "under", "over", "within", "least", "most", "fewer", "less", "more", "better",
];

/// Comparison signs: a bound on their own, with or without a number after.
const COMPARISONS: &[&str] = &["<", ">", "≤", "≥", "<=", ">="];

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

const WORD_NUMBERS: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "twenty", "fifty", "hundred", "thousand", "first",
];

/// The sign that makes `text` read like an output, or `None` when it reads
/// like an outcome (or leans neither way).
pub fn output_sign(text: &str) -> Option<OutputSign> {
    let words = words(text);
    let first = words.first()?;
    let mut output = 0;
    let mut outcome = 0;
    let mut sign = None;

    // Only the bare form: a first word like "reviews" or "releases" is a noun.
    if ACTIVITY_VERBS.contains(&first.as_str()) {
        output += 2;
        sign = Some(OutputSign::ActivityVerb(first.clone()));
    }
    if let Some(made) = counted_deliverable(&words) {
        output += 3;
        sign = Some(OutputSign::CountsDeliverables(made));
    }
    let served_subject = served_as_subject(&words);
    if !served_subject && let Some(done) = words[1..].iter().find(|w| DONE.contains(&w.as_str())) {
        output += 2;
        sign.get_or_insert(OutputSign::WorkDone(done.clone()));
    }

    if words.iter().any(|w| is_verb(w, CHANGE_VERBS)) {
        outcome += 2;
    }
    if moves(&words) {
        outcome += 2;
    }
    if share_of_served(&words) || served_subject {
        outcome += 2;
    }
    if words.iter().any(|w| listed(MEASURES, w)) || text.contains('%') {
        outcome += 1;
    }
    (output > outcome).then_some(sign).flatten()
}

/// Lower-case words, with punctuation around them removed; `%`, `€`, `<`
/// and the like stay. Hyphens split words ("trial-to-paid") but not numbers
/// ("4.5-star").
fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for token in text.split(|c: char| c.is_whitespace() || matches!(c, '/' | '(' | ')')) {
        let parts: Vec<&str> = if token.chars().any(|c| c.is_ascii_digit()) {
            vec![token]
        } else {
            token.split('-').collect()
        };
        for part in parts {
            let word = part
                .trim_matches(|c: char| ",.;:!?\"“”'‘’".contains(c))
                .to_lowercase();
            if !word.is_empty() {
                words.push(word);
            }
        }
    }
    words
}

fn is_number(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit()) || WORD_NUMBERS.contains(&word)
}

/// The word with a plural ending removed: "articles" → "article",
/// "studies" → "study".
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.chars().count() > 2) {
        return format!("{stem}y");
    }
    word.strip_suffix('s')
        .filter(|stem| !stem.ends_with('s') && stem.chars().count() > 2)
        .unwrap_or(word)
        .to_owned()
}

/// True when `word`, or its singular, is in `list`: "studies", "NPS".
fn listed(list: &[&str], word: &str) -> bool {
    list.contains(&word) || list.contains(&singular(word).as_str())
}

/// True when `word` is one of `verbs`, in any of its forms: "improves",
/// "reduced", "shipped", "grew".
fn is_verb(word: &str, verbs: &[&str]) -> bool {
    if verbs.contains(&word) {
        return true;
    }
    if let Some((_, base)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        return verbs.contains(base);
    }
    ["s", "es", "d", "ed", "ing"].iter().any(|suffix| {
        word.strip_suffix(suffix).is_some_and(|stem| {
            verbs.contains(&stem)
                || verbs.iter().any(|v| v.strip_suffix('e') == Some(stem))
                || stem
                    .char_indices()
                    .last()
                    .is_some_and(|(i, c)| stem[..i].ends_with(c) && verbs.contains(&&stem[..i]))
        })
    })
}

/// A deliverable counted by a number, a share or "the number of" just
/// before it: "10 blog posts", "100% of mandatory trainings".
fn counted_deliverable(words: &[String]) -> Option<String> {
    words.iter().enumerate().find_map(|(i, w)| {
        if !listed(DELIVERABLES, w) {
            return None;
        }
        let before = &words[i.saturating_sub(4)..i];
        let counted = before.iter().any(|b| is_number(b))
            || before.windows(2).any(|p| p[0] == "number" && p[1] == "of");
        // The whole compound: "blog posts", "case study videos".
        let compound = words[i..]
            .iter()
            .take_while(|w| listed(DELIVERABLES, w))
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ");
        counted.then_some(compound)
    })
}

/// A share of people or things served: "95% of orders", "90% of new hires".
fn share_of_served(words: &[String]) -> bool {
    words.windows(2).enumerate().any(|(i, pair)| {
        pair[1] == "of"
            && (pair[0].ends_with('%') || pair[0] == "percent")
            && words[i + 2..].iter().take(4).any(|w| listed(SERVED, w))
            && !words[i + 2..]
                .iter()
                .take(4)
                .any(|w| listed(DELIVERABLES, w))
    })
}

/// People or things served as the subject: "Three enterprise customers
/// live…", "First paying customer in France".
fn served_as_subject(words: &[String]) -> bool {
    words.first().is_some_and(|w| is_number(w))
        && words[1..].iter().take(3).any(|w| listed(SERVED, w))
}

/// A movement or a bound: "from 5% to 3%", "by 20%", "below 300 ms",
/// "within 48 hours", "up from 55%", "at or above 99.9%".
fn moves(words: &[String]) -> bool {
    let from_to = words.iter().enumerate().any(|(i, w)| {
        w == "from"
            && words.get(i + 1).is_some_and(|n| is_number(n))
            && words[i + 1..].iter().take(4).any(|t| t == "to")
    });
    // "by 20%" moves a measure; "by 30 June" or "by 2026-06-30" is a deadline.
    let by = words.windows(3).any(|p| {
        p[0] == "by"
            && is_number(&p[1])
            && !p[1].starts_with('q')
            && p[1].matches('-').count() < 2
            && !MONTHS.iter().any(|m| p[2].starts_with(m))
    }) || words
        .last()
        .zip(words.len().checked_sub(2).map(|i| &words[i]))
        .is_some_and(|(n, by)| by == "by" && is_number(n) && n.matches('-').count() < 2);
    let to_share = words
        .windows(2)
        .any(|p| (p[0] == "to" || p[0] == "at") && p[1].ends_with('%'));
    let bound = words.windows(2).any(|p| {
        BOUNDS.contains(&p[0].as_str()) && (is_number(&p[1]) || p[1] == "or" || p[1] == "than")
    }) || words.iter().any(|w| COMPARISONS.contains(&w.as_str()));
    from_to || by || to_share || bound
}

/// True when the text names a result at all: a number, a share, a measure,
/// a verb of change or people served. "Happier customers" does;
/// "Better onboarding" does not.
pub fn names_a_result(text: &str) -> bool {
    let words = words(text);
    !words.is_empty()
        && (text.contains('%')
            || words
                .iter()
                .any(|w| is_number(w) || listed(MEASURES, w) || is_verb(w, CHANGE_VERBS))
            || share_of_served(&words)
            || served_as_subject(&words))
}

/// The team's key results that read like outputs. Individual goals have their
/// own rule, which suggests an initiative instead.
pub(super) fn check<'a>(
    ws: &Workspace,
    objectives: impl Iterator<Item = &'a Objective>,
    out: &mut Vec<Finding>,
) {
    // Individual goals that read like tasks are the individual rule's.
    for objective in objectives.filter(|o| o.owner.is_none()) {
        for kr in ws.key_results_of(&objective.id) {
            let Some(sign) = output_sign(&kr.title) else {
                continue;
            };
            let why = match &sign {
                OutputSign::ActivityVerb(verb) => text::coach::output_verb(verb),
                OutputSign::CountsDeliverables(made) => text::coach::output_counts(made),
                OutputSign::WorkDone(done) => text::coach::output_done(done),
            };
            out.push(Finding {
                rule: Rule::OutputNotOutcome,
                subject: Subject::KeyResult(kr.id.clone()),
                why,
                fix: text::coach::OUTPUT_NOT_OUTCOME_FIX.to_owned(),
            });
        }
    }
}
