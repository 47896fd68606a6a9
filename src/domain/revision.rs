//! Revision stamps: what lets two copies of a workspace be merged.
//!
//! Every record counts its edits per browser (a version vector) and notes when
//! it last changed. Comparing two copies of a record then says whether one
//! already includes every change of the other (take the newer) or whether both
//! were changed independently (a true conflict for a person to settle). A
//! plain counter or timestamp cannot tell those apart, and clocks of different
//! laptops disagree.
//!
//! Creating a record is not an edit: a new record's stamp is empty and is not
//! written to files, which keeps large histories of check-ins small.

use super::format::Locale;
use super::{
    CheckIn, CheckInId, Initiative, InitiativeId, KeyResult, KeyResultId, Kpi, KpiId, Objective,
    ObjectiveId, OrgUnit, Period, PeriodId, Person, PersonId, Records, ReplicaId, UnitId,
    Workspace,
};
use crate::text;
use chrono::{DateTime, NaiveDate, Utc};
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::collections::HashMap;
use std::fmt;
use std::hash::Hash;

/// A record's revision stamp.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Revision {
    /// When the record last changed, by the clock of the browser that changed it.
    /// Shown to people; never used to decide which version wins.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::date_serde::optional_utc"
    )]
    pub updated_at: Option<DateTime<Utc>>,
    /// How many times each browser has changed the record.
    #[serde(default, skip_serializing_if = "Edits::is_empty")]
    pub edits: Edits,
}

/// Edit counts per browser, sorted by browser. Written as a JSON object.
///
/// Nearly every stamp names one or two browsers, and a workspace holds
/// 90,000 stamps: a sorted list takes 16 bytes for one browser where a
/// `BTreeMap` allocates a node for eleven.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Edits(Vec<(ReplicaId, u32)>);

impl Edits {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, replica: &ReplicaId) -> Option<u32> {
        self.position(replica).ok().map(|i| self.0[i].1)
    }

    /// The count for `replica`, ready to change; zero if it had none.
    fn entry(&mut self, replica: &ReplicaId) -> &mut u32 {
        let i = match self.position(replica) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (replica.clone(), 0));
                i
            }
        };
        &mut self.0[i].1
    }

    pub fn iter(&self) -> impl Iterator<Item = (&ReplicaId, u32)> {
        self.0.iter().map(|(replica, count)| (replica, *count))
    }

    fn position(&self, replica: &ReplicaId) -> Result<usize, usize> {
        self.0.binary_search_by(|(r, _)| r.cmp(replica))
    }
}

impl<const N: usize> From<[(ReplicaId, u32); N]> for Edits {
    fn from(counts: [(ReplicaId, u32); N]) -> Self {
        counts.into_iter().collect()
    }
}

/// Later counts for the same browser replace earlier ones, as JSON objects read.
impl FromIterator<(ReplicaId, u32)> for Edits {
    fn from_iter<I: IntoIterator<Item = (ReplicaId, u32)>>(counts: I) -> Self {
        let mut edits = Edits::default();
        for (replica, count) in counts {
            *edits.entry(&replica) = count;
        }
        edits
    }
}

impl Serialize for Edits {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(replica, count)| (replica, count)))
    }
}

impl<'de> Deserialize<'de> for Edits {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Counts;
        impl<'de> Visitor<'de> for Counts {
            type Value = Edits;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(text::revision::EXPECTING_EDIT_COUNTS)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Edits, A::Error> {
                let mut edits = Edits::default();
                while let Some((replica, count)) = map.next_entry::<ReplicaId, u32>()? {
                    *edits.entry(&replica) = count;
                }
                Ok(edits)
            }
        }
        deserializer.deserialize_map(Counts)
    }
}

impl Revision {
    /// True for a record nobody has changed since it was created.
    pub fn is_new(&self) -> bool {
        self.updated_at.is_none() && self.edits.is_empty()
    }

    /// The number of changes made to the record, in any browser.
    pub fn count(&self) -> u32 {
        // Counts come from files too: a sum past u32::MAX stays at it.
        self.edits
            .iter()
            .fold(0, |sum, (_, count)| sum.saturating_add(count))
    }

    /// Records one more change, made by `by` at `at`.
    pub fn bump(&mut self, by: &ReplicaId, at: DateTime<Utc>) {
        // A file may hold a count of u32::MAX: it stays there rather than
        // wrap to 0, which would make this copy look older than every other.
        let count = self.edits.entry(by);
        *count = count.saturating_add(1);
        self.updated_at = Some(self.updated_at.map_or(at, |last| last.max(at)));
    }

    /// The stamp that includes every change either stamp includes.
    pub fn join(&self, other: &Revision) -> Revision {
        let mut edits = self.edits.clone();
        for (replica, count) in other.edits.iter() {
            let mine = edits.entry(replica);
            *mine = (*mine).max(count);
        }
        Revision {
            updated_at: self.updated_at.max(other.updated_at),
            edits,
        }
    }

    /// `Less` when `other` includes every change of `self` and more, `Greater`
    /// for the reverse, `Equal` for the same changes, `None` when each has
    /// changes the other lacks (made independently).
    pub fn compare(&self, other: &Revision) -> Option<Ordering> {
        let mut less = false;
        let mut greater = false;
        let replicas = self.edits.iter().chain(other.edits.iter());
        for (replica, _) in replicas {
            let mine = self.edits.get(replica).unwrap_or(0);
            let theirs = other.edits.get(replica).unwrap_or(0);
            less |= mine < theirs;
            greater |= mine > theirs;
        }
        match (less, greater) {
            (false, false) => Some(Ordering::Equal),
            (true, false) => Some(Ordering::Less),
            (false, true) => Some(Ordering::Greater),
            (true, true) => None,
        }
    }
}

/// The kinds of record a workspace holds, in the order people think of them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum RecordKind {
    Unit,
    Person,
    Period,
    Objective,
    KeyResult,
    CheckIn,
    Initiative,
    Kpi,
}

impl RecordKind {
    pub const ALL: [RecordKind; 8] = [
        RecordKind::Unit,
        RecordKind::Person,
        RecordKind::Period,
        RecordKind::Objective,
        RecordKind::KeyResult,
        RecordKind::CheckIn,
        RecordKind::Initiative,
        RecordKind::Kpi,
    ];

    /// The singular label: "Key result".
    pub fn label(self) -> &'static str {
        match self {
            RecordKind::Unit => text::common::UNIT,
            RecordKind::Person => text::common::PERSON,
            RecordKind::Period => text::common::PERIOD,
            RecordKind::Objective => text::common::OBJECTIVE,
            RecordKind::KeyResult => text::common::KEY_RESULT,
            RecordKind::CheckIn => text::revision::CHECK_IN,
            RecordKind::Initiative => text::revision::INITIATIVE,
            RecordKind::Kpi => text::revision::KPI,
        }
    }

    /// The noun inside a sentence: "key result", "KPI".
    pub fn noun(self) -> &'static str {
        match self {
            RecordKind::Unit => text::integrity::UNIT,
            RecordKind::Person => text::integrity::PERSON,
            RecordKind::Period => text::integrity::PERIOD,
            RecordKind::Objective => text::integrity::OBJECTIVE,
            RecordKind::KeyResult => text::integrity::KEY_RESULT,
            RecordKind::CheckIn => text::integrity::CHECK_IN,
            RecordKind::Initiative => text::integrity::INITIATIVE,
            RecordKind::Kpi => text::integrity::KPI,
        }
    }

    /// The workspace field that holds this kind in files: "key_results".
    pub fn field(self) -> &'static str {
        match self {
            RecordKind::Unit => "units",
            RecordKind::Person => "people",
            RecordKind::Period => "periods",
            RecordKind::Objective => "objectives",
            RecordKind::KeyResult => "key_results",
            RecordKind::CheckIn => "check_ins",
            RecordKind::Initiative => "initiatives",
            RecordKind::Kpi => "kpis",
        }
    }

    /// A name for element ids: "key-result".
    pub fn slug(self) -> &'static str {
        match self {
            RecordKind::Unit => "unit",
            RecordKind::Person => "person",
            RecordKind::Period => "period",
            RecordKind::Objective => "objective",
            RecordKind::KeyResult => "key-result",
            RecordKind::CheckIn => "check-in",
            RecordKind::Initiative => "initiative",
            RecordKind::Kpi => "kpi",
        }
    }

    /// The plural noun, capitalised for a table row: "Key results".
    pub fn plural_label(self) -> &'static str {
        match self {
            RecordKind::Unit => text::revision::UNITS,
            RecordKind::Person => text::common::PEOPLE,
            RecordKind::Period => text::common::PERIODS,
            RecordKind::Objective => text::common::OBJECTIVES,
            RecordKind::KeyResult => text::common::KEY_RESULTS_HEADING,
            RecordKind::CheckIn => text::common::CHECK_INS,
            RecordKind::Initiative => text::common::INITIATIVES,
            RecordKind::Kpi => text::common::KPIS,
        }
    }
}

/// How a person tells a record from others of its kind: its name or
/// title, or, for a check-in, which has neither, its day and key result.
/// The day stays a date until it is shown, since the reader's locale
/// writes it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Label {
    Named(String),
    CheckIn { date: NaiveDate, key_result: String },
}

impl Label {
    /// The label as a person reads it: "Close €5M", "3 Nov 2026 on “Qualified leads”".
    pub fn text(&self, dates: &dyn Locale) -> String {
        match self {
            Label::Named(name) => name.clone(),
            Label::CheckIn { date, key_result } => {
                text::revision::check_in(&dates.day(*date), key_result)
            }
        }
    }
}

/// What every record has: an id to match copies by and a revision stamp.
pub trait Record: Clone + PartialEq + Serialize + serde::de::DeserializeOwned {
    type Id: Clone + Eq + Hash + Ord + AsRef<str>;
    const KIND: RecordKind;

    fn id(&self) -> &Self::Id;
    fn rev(&self) -> &Revision;
    fn rev_mut(&mut self) -> &mut Revision;
    /// A short description for a person choosing between two versions.
    fn label(&self, ws: &Workspace) -> Label;

    /// The records of this kind in a workspace.
    fn all(ws: &Workspace) -> &Records<Self>;
    fn all_mut(ws: &mut Workspace) -> &mut Records<Self>;

    /// Clears what other records decide: a key result's current value follows
    /// its latest check-in, so it changes without anyone editing the record.
    /// `sides` are the workspaces being compared.
    fn mask_derived(&mut self, _sides: [&Workspace; 2]) {}

    /// A copy without the stamp and the derived values, to compare what people wrote.
    fn comparable(&self, sides: [&Workspace; 2]) -> Self {
        let mut copy = self.clone();
        *copy.rev_mut() = Revision::default();
        copy.mask_derived(sides);
        copy
    }

    /// True when both copies say the same, whatever their stamps and derived values.
    fn same_content(&self, other: &Self, sides: [&Workspace; 2]) -> bool {
        self == other || self.comparable(sides) == other.comparable(sides)
    }
}

macro_rules! record {
    ($ty:ty, $id:ty, $kind:expr, $field:ident, |$r:ident, $ws:ident| $label:expr
     $(, mask: |$m:ident, $sides:ident| $mask:block)?) => {
        impl Record for $ty {
            type Id = $id;
            const KIND: RecordKind = $kind;

            fn id(&self) -> &$id {
                &self.id
            }
            fn rev(&self) -> &Revision {
                &self.rev
            }
            fn rev_mut(&mut self) -> &mut Revision {
                &mut self.rev
            }
            fn label(&self, $ws: &Workspace) -> Label {
                let $r = self;
                $label
            }
            fn all(ws: &Workspace) -> &Records<Self> {
                &ws.$field
            }
            fn all_mut(ws: &mut Workspace) -> &mut Records<Self> {
                &mut ws.$field
            }
            $(fn mask_derived(&mut self, $sides: [&Workspace; 2]) {
                let $m = self;
                $mask
            })?
        }
    };
}

record!(OrgUnit, UnitId, RecordKind::Unit, units, |r, _ws| {
    Label::Named(r.name.clone())
});
record!(Person, PersonId, RecordKind::Person, people, |r, _ws| {
    Label::Named(r.name.clone())
});
record!(Period, PeriodId, RecordKind::Period, periods, |r, _ws| {
    Label::Named(r.name.clone())
});
record!(
    Objective,
    ObjectiveId,
    RecordKind::Objective,
    objectives,
    |r, _ws| Label::Named(r.title.clone())
);
record!(
    KeyResult,
    KeyResultId,
    RecordKind::KeyResult,
    key_results,
    |r, _ws| Label::Named(r.title.clone()),
    mask: |kr, sides| {
        if sides
            .iter()
            .any(|ws| ws.check_ins.in_group(&kr.id).next().is_some())
        {
            kr.measure = kr.measure.at_start();
        }
    }
);
record!(
    CheckIn,
    CheckInId,
    RecordKind::CheckIn,
    check_ins,
    |r, ws| {
        Label::CheckIn {
            date: r.date,
            key_result: ws
                .key_result(&r.key_result)
                .map_or(text::revision::UNKNOWN_KEY_RESULT, |kr| kr.title.as_str())
                .to_owned(),
        }
    }
);
record!(
    Initiative,
    InitiativeId,
    RecordKind::Initiative,
    initiatives,
    |r, _ws| Label::Named(r.title.clone())
);
record!(Kpi, KpiId, RecordKind::Kpi, kpis, |r, _ws| Label::Named(
    r.name.clone()
));

/// Calls a generic function once per record kind, so code over "every
/// collection" is written once.
pub trait EachKind {
    fn visit<R: Record>(&mut self);
}

pub fn for_each_kind(visitor: &mut impl EachKind) {
    visitor.visit::<OrgUnit>();
    visitor.visit::<Person>();
    visitor.visit::<Period>();
    visitor.visit::<Objective>();
    visitor.visit::<KeyResult>();
    visitor.visit::<CheckIn>();
    visitor.visit::<Initiative>();
    visitor.visit::<Kpi>();
}

impl Workspace {
    /// Stamps every record that differs from its copy in `before` as changed
    /// once more by `by` at `at`. New records stay unstamped; a record that
    /// went back to an earlier version (an undo) gets a stamp newer than both,
    /// so a merge never mistakes it for the older one.
    pub fn stamp_changes(&mut self, before: &Workspace, by: &ReplicaId, at: DateTime<Utc>) {
        struct Stamp<'a> {
            after: &'a mut Workspace,
            before: &'a Workspace,
            by: &'a ReplicaId,
            at: DateTime<Utc>,
        }
        impl EachKind for Stamp<'_> {
            fn visit<R: Record>(&mut self) {
                stamp::<R>(self.after, self.before, self.by, self.at);
            }
        }
        for_each_kind(&mut Stamp {
            after: self,
            before,
            by,
            at,
        });
        if self.organisation() != before.organisation() {
            let mut rev = before.organisation_rev.join(&self.organisation_rev);
            rev.bump(by, at);
            self.organisation_rev = rev;
        }
    }
}

fn stamp<R: Record>(after: &mut Workspace, before: &Workspace, by: &ReplicaId, at: DateTime<Utc>) {
    let changed: Vec<(usize, Revision)> = {
        let records = R::all(after);
        let old = R::all(before);
        let mut changed = Vec::new();
        let mut compare = |position: usize, previous: &R| {
            if !previous.same_content(&records[position], [before, after]) {
                changed.push((position, previous.rev().join(records[position].rev())));
            }
        };
        let (paired, unpaired_new, unpaired_old) = align(records, old);
        for (position, was) in paired {
            compare(position, &old[was]);
        }
        // Only records the alignment could not pair need the id index, and
        // it only needs the old records left over: a paired old record's id
        // belongs to a paired new one. Usually both lists are empty.
        if !unpaired_new.is_empty() && !unpaired_old.is_empty() {
            let index: HashMap<&R::Id, &R> = unpaired_old
                .iter()
                .map(|&j| (old[j].id(), &old[j]))
                .collect();
            for position in unpaired_new {
                if let Some(previous) = index.get(records[position].id()) {
                    compare(position, previous);
                }
            }
        }
        changed
    };
    let records = R::all_mut(after);
    for (position, mut rev) in changed {
        rev.bump(by, at);
        records.update(position, |record| *record.rev_mut() = rev);
    }
}

/// Lines up two versions of a collection, the way most edits leave them:
/// records the edit did not touch are still shared, and an edit changes,
/// adds or removes a few in place. Returns the pairs `(new, old)` with the
/// same id whose record is no longer shared, then the positions of new and
/// old records it could not pair. Shared records are skipped: they are equal.
fn align<R: Record>(
    new: &Records<R>,
    old: &Records<R>,
) -> (Vec<(usize, usize)>, Vec<usize>, Vec<usize>) {
    let (mut paired, mut unpaired_new, mut unpaired_old) = (Vec::new(), Vec::new(), Vec::new());
    let shared = new.shared_prefix(old);
    let (mut i, mut j) = (shared, shared);
    while i < new.len() && j < old.len() {
        if new.shares(i, old, j) {
            i += 1;
            j += 1;
        } else if new[i].id() == old[j].id() {
            paired.push((i, j));
            i += 1;
            j += 1;
        } else if new.shares(i + 1, old, j) {
            unpaired_new.push(i);
            i += 1;
        } else if new.shares(i, old, j + 1) {
            unpaired_old.push(j);
            j += 1;
        } else {
            unpaired_new.push(i);
            unpaired_old.push(j);
            i += 1;
            j += 1;
        }
    }
    unpaired_new.extend(i..new.len());
    unpaired_old.extend(j..old.len());
    (paired, unpaired_new, unpaired_old)
}
