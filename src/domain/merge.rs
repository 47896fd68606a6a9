//! Merging a colleague's snapshot into this workspace.
//!
//! Records are matched by id. A record only one side has is kept (a merge never
//! deletes). When both sides have it with different content, the revision
//! stamps decide: the copy that includes every change of the other wins; when
//! each has changes the other lacks, it is a conflict and the person's choice
//! wins (their own copy until they say otherwise). The organisation's name and
//! settings stay this workspace's.
//!
//! The same function gives the preview and the result, so what the preview
//! promises is what the merge does.

use super::json_tree::to_tree;
use super::revision::{EachKind, Label, Record, RecordKind, for_each_kind};
use super::{ReplicaId, Revision, Workspace};
use crate::text;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Which copy of a conflicting record to keep.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Side {
    /// This workspace's copy.
    #[default]
    Mine,
    /// The snapshot's copy.
    Theirs,
}

/// The person's pick per conflicting record; a record not listed keeps [`Side::Mine`].
pub type Choices = BTreeMap<(RecordKind, String), Side>;

/// What a merge does to one kind of record in the snapshot.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct KindCounts {
    /// In the snapshot only: added.
    pub added: usize,
    /// Newer in the snapshot: replaces this workspace's copy.
    pub updated: usize,
    /// The same on both sides.
    pub unchanged: usize,
    /// Newer here: this workspace's copy is kept.
    pub newer_here: usize,
    /// Changed on both sides.
    pub conflicts: usize,
}

impl KindCounts {
    /// How many of the snapshot's records this counts.
    pub fn in_snapshot(&self) -> usize {
        self.added + self.updated + self.unchanged + self.newer_here + self.conflicts
    }
}

/// A record both sides changed independently.
#[derive(Clone, PartialEq, Debug)]
pub struct Conflict {
    pub kind: RecordKind,
    pub id: String,
    /// How each copy reads, for the person choosing.
    pub mine: Label,
    pub theirs: Label,
    pub mine_changed_at: Option<DateTime<Utc>>,
    pub theirs_changed_at: Option<DateTime<Utc>>,
    /// What differs, field by field, as it is written in files.
    pub fields: Vec<FieldDifference>,
    pub chosen: Side,
}

/// One field of a conflicting record, on each side.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FieldDifference {
    /// The field's name in files (`title`, `measure`).
    pub name: String,
    pub mine: String,
    pub theirs: String,
}

/// What a merge would do, kind by kind.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct MergeReport {
    pub counts: Vec<(RecordKind, KindCounts)>,
    pub conflicts: Vec<Conflict>,
}

impl MergeReport {
    pub fn counts_of(&self, kind: RecordKind) -> KindCounts {
        self.counts
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, c)| *c)
            .unwrap_or_default()
    }

    /// True when merging would change nothing but revision stamps.
    ///
    /// A conflict is always a change: settling it, even for "mine", is what
    /// keeps it from coming back at the next merge.
    pub fn changes_nothing(&self) -> bool {
        self.counts
            .iter()
            .all(|(_, c)| c.added == 0 && c.updated == 0)
            && self.conflicts.is_empty()
    }
}

/// The merged workspace and what the merge did.
#[derive(Clone, PartialEq, Debug)]
pub struct Merged {
    pub workspace: Workspace,
    pub report: MergeReport,
}

impl Workspace {
    /// Merges `theirs` into this workspace; `by` and `at` stamp the records
    /// whose conflict was settled, so the settled copy is newer than both.
    pub fn merge(
        &self,
        theirs: &Workspace,
        choices: &Choices,
        by: &ReplicaId,
        at: DateTime<Utc>,
    ) -> Merged {
        let mut merger = Merger {
            mine: self,
            theirs,
            out: Workspace {
                name: if self.name.trim().is_empty() {
                    theirs.name.clone()
                } else {
                    self.name.clone()
                },
                settings: self.settings.clone(),
                sample: self.sample && theirs.sample,
                current_period: self
                    .current_period
                    .clone()
                    .or_else(|| theirs.current_period.clone()),
                organisation_rev: self.organisation_rev.clone(),
                ..Workspace::default()
            },
            choices,
            by,
            at,
            report: MergeReport::default(),
        };
        for_each_kind(&mut merger);
        let Merger {
            mut out, report, ..
        } = merger;
        out.resync_current_values();
        Merged {
            workspace: out,
            report,
        }
    }
}

struct Merger<'a> {
    mine: &'a Workspace,
    theirs: &'a Workspace,
    out: Workspace,
    choices: &'a Choices,
    by: &'a ReplicaId,
    at: DateTime<Utc>,
    report: MergeReport,
}

impl EachKind for Merger<'_> {
    fn visit<R: Record>(&mut self) {
        let mine = R::all(self.mine);
        let theirs = R::all(self.theirs);
        let theirs_by_id: HashMap<&R::Id, &R> = theirs.iter().map(|r| (r.id(), r)).collect();
        let mut counts = KindCounts::default();
        let mut merged = Vec::with_capacity(mine.len() + theirs.len());
        for m in mine {
            let Some(&t) = theirs_by_id.get(m.id()) else {
                merged.push(m.clone());
                continue;
            };
            if m.same_content(t, [self.mine, self.theirs]) {
                counts.unchanged += 1;
                merged.push(with_rev(m, m.rev().join(t.rev())));
                continue;
            }
            match m.rev().compare(t.rev()) {
                Some(Ordering::Less) => {
                    counts.updated += 1;
                    merged.push(t.clone());
                }
                Some(Ordering::Greater) => {
                    counts.newer_here += 1;
                    merged.push(m.clone());
                }
                Some(Ordering::Equal) | None => {
                    counts.conflicts += 1;
                    let id = m.id().as_ref().to_owned();
                    let chosen = self
                        .choices
                        .get(&(R::KIND, id.clone()))
                        .copied()
                        .unwrap_or_default();
                    self.report.conflicts.push(Conflict {
                        kind: R::KIND,
                        id,
                        mine: m.label(self.mine),
                        theirs: t.label(self.theirs),
                        mine_changed_at: m.rev().updated_at,
                        theirs_changed_at: t.rev().updated_at,
                        fields: differing_fields(
                            &m.comparable([self.mine, self.theirs]),
                            &t.comparable([self.mine, self.theirs]),
                        ),
                        chosen,
                    });
                    let kept = match chosen {
                        Side::Mine => m,
                        Side::Theirs => t,
                    };
                    let mut rev = m.rev().join(t.rev());
                    rev.bump(self.by, self.at);
                    merged.push(with_rev(kept, rev));
                }
            }
        }
        let mine_ids: HashSet<&R::Id> = mine.iter().map(|r| r.id()).collect();
        for t in theirs.iter().filter(|t| !mine_ids.contains(t.id())) {
            counts.added += 1;
            merged.push(t.clone());
        }
        *R::all_mut(&mut self.out) = merged.into();
        self.report.counts.push((R::KIND, counts));
    }
}

fn with_rev<R: Record>(record: &R, rev: Revision) -> R {
    let mut copy = record.clone();
    *copy.rev_mut() = rev;
    copy
}

/// The top-level fields whose values differ, named and written as in files
/// (long values shortened), so two copies with the same title can be told apart.
fn differing_fields<R: Record + Serialize>(mine: &R, theirs: &R) -> Vec<FieldDifference> {
    let (Ok(serde_json::Value::Object(mine)), Ok(serde_json::Value::Object(theirs))) =
        (to_tree(mine), to_tree(theirs))
    else {
        return Vec::new();
    };
    let mut names: Vec<&String> = mine
        .keys()
        .chain(theirs.keys())
        .filter(|name| name.as_str() != "rev" && mine.get(*name) != theirs.get(*name))
        .collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .map(|name| FieldDifference {
            name: name.clone(),
            mine: shown(mine.get(name)),
            theirs: shown(theirs.get(name)),
        })
        .collect()
}

/// A field's value as a person reads it: text without quotes, anything else as JSON.
fn shown(value: Option<&serde_json::Value>) -> String {
    const LONGEST: usize = 80;
    let text = match value {
        None | Some(serde_json::Value::Null) => text::merge::EMPTY_VALUE.to_owned(),
        Some(serde_json::Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
    };
    match text.char_indices().nth(LONGEST) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}
