//! A workspace's collections of records, shared between copies.
//!
//! Every edit keeps the workspace from before it (for undo, and to find what
//! changed), and a large company holds some 90,000 records: copying them all
//! on each keystroke cost a third of a second. A copy of `Records` shares
//! every record with its source, and changing one record copies that record
//! alone. Records unchanged since a copy are the same allocation, so
//! comparing two versions of a workspace skips them without reading them.
//!
//! Views ask for records by id and for the records under another (an
//! objective's key results, a key result's check-ins) hundreds of times per
//! render; scanning 6,000 key results or 75,000 check-ins for each took most
//! of a render. `Records` answers both from a sorted table of positions,
//! built on first use, extended by `push` and dropped by any other change,
//! so every answer comes from the records as they are. A check-in is a
//! `push` onto 75,000 check-ins while the version before it is kept for
//! undo: the records pushed lately, and the table's entries for them, wait
//! in short lists of their own (at most [`RECENT`]), so a push copies those
//! lists and not the whole list of records or the table.

use super::Record;
use rustc_hash::{FxHashSet, FxHasher};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::hash::Hasher;
use std::ops::{Index, IndexMut};
use std::sync::{Arc, OnceLock};

/// What a record is listed under: a key result under its objective, a
/// check-in under its key result.
pub trait Grouped {
    type Group: AsRef<str>;
    fn group(&self) -> &Self::Group;
}

fn key_text<T: Record>(record: &T) -> &str {
    record.id().as_ref()
}

fn group_text<T: Grouped>(record: &T) -> &str {
    record.group().as_ref()
}

/// How many records, and lookup entries, `push` keeps apart before they
/// join the rest: every this many pushes, one copies the whole list.
const RECENT: usize = 256;

/// Roughly what a record takes in memory besides the pointer to it, for
/// [`Records::held_apart`]: a check-in with a short note and its stamp.
pub const RECORD_BYTES: usize = 256;

/// An ordered collection of records that copies in constant time: the list
/// itself is shared until one copy changes it, and then only pointers to the
/// records are copied, not the records.
pub struct Records<T> {
    /// The records in order: `items`, then `pushed`.
    items: Arc<Vec<Arc<T>>>,
    /// Records pushed since `items` last took them in, at most [`RECENT`].
    pushed: Arc<Vec<Arc<T>>>,
    by_key: Lookup<T>,
    by_group: Lookup<T>,
}

/// Positions of records by the hash of a key, sorted by hash and then
/// position; empty until first asked for.
struct Lookup<T>(OnceLock<Table<T>>);

struct Table<T> {
    positions: Arc<Vec<(u64, u32)>>,
    /// Entries appended since `positions` last took them in, in position order.
    recent: Arc<Vec<(u64, u32)>>,
    key_of: fn(&T) -> &str,
}

impl<T> Lookup<T> {
    /// The positions whose key hashes as `key` does, in collection order;
    /// callers check the key itself, so hash collisions cost a comparison.
    fn positions<'a>(
        &'a self,
        records: &'a Records<T>,
        key_of: fn(&T) -> &str,
        key: &str,
    ) -> impl Iterator<Item = usize> + 'a {
        let table = self.0.get_or_init(|| {
            let mut positions: Vec<(u64, u32)> = records
                .iter()
                .zip(0u32..)
                .map(|(item, position)| (hash(key_of(item)), position))
                .collect();
            positions.sort_unstable();
            Table {
                positions: Arc::new(positions),
                recent: Arc::default(),
                key_of,
            }
        });
        let wanted = hash(key);
        let start = table.positions.partition_point(|(h, _)| *h < wanted);
        // Appended entries come after every other position: collection order.
        table.positions[start..]
            .iter()
            .take_while(move |(h, _)| *h == wanted)
            .chain(table.recent.iter().filter(move |(h, _)| *h == wanted))
            .map(|(_, position)| *position as usize)
    }

    /// The bytes of this table that `newer`'s does not share.
    fn held_apart(&self, newer: &Lookup<T>) -> usize {
        let Some(table) = self.0.get() else {
            return 0;
        };
        let newer = newer.0.get();
        let apart = |list: &Arc<Vec<(u64, u32)>>, theirs: Option<&Arc<Vec<(u64, u32)>>>| {
            if theirs.is_some_and(|theirs| Arc::ptr_eq(list, theirs)) {
                0
            } else {
                list.len() * size_of::<(u64, u32)>()
            }
        };
        apart(&table.positions, newer.map(|n| &n.positions))
            + apart(&table.recent, newer.map(|n| &n.recent))
    }

    /// The hash of the key `record` is filed under in the built table; `None`
    /// while there is no table. The table holds hashes only, so it stays
    /// right for a record whose key changes to one that hashes the same.
    fn filed_under(&self, record: &T) -> Option<u64> {
        self.0.get().map(|table| hash((table.key_of)(record)))
    }

    /// Drops the built table if `record`, filed under `was`, no longer is.
    fn keep_if_filed(&mut self, record: &T, was: Option<u64>) {
        if was.is_some() && self.filed_under(record) != was {
            *self = Lookup::default();
        }
    }

    /// Keeps a built table current when `record` joins the end at `position`.
    /// Adding a check-in to 75,000 then hashes one key instead of all of them,
    /// and copies the short list of recent entries, not the table (16 bytes
    /// a record), which an earlier version kept for undo still shares.
    fn append(&mut self, record: &T, position: u32) {
        if let Some(table) = self.0.get_mut() {
            if table.recent.len() >= RECENT {
                let recent = std::mem::take(&mut table.recent);
                table.positions = Arc::new(merged(&table.positions, &recent));
            }
            let entry = (hash((table.key_of)(record)), position);
            Arc::make_mut(&mut table.recent).push(entry);
        }
    }
}

impl<T> Default for Lookup<T> {
    fn default() -> Self {
        Lookup(OnceLock::new())
    }
}

impl<T> Clone for Lookup<T> {
    fn clone(&self) -> Self {
        let lookup = OnceLock::new();
        if let Some(table) = self.0.get() {
            let _ = lookup.set(Table {
                positions: Arc::clone(&table.positions),
                recent: Arc::clone(&table.recent),
                key_of: table.key_of,
            });
        }
        Lookup(lookup)
    }
}

/// `table` (sorted) with `entries` (in any order) among it, sorted: one
/// pass over the table, which a sort of both would take many of.
fn merged(table: &[(u64, u32)], entries: &[(u64, u32)]) -> Vec<(u64, u32)> {
    let mut entries = entries.to_vec();
    entries.sort_unstable();
    let mut out = Vec::with_capacity(table.len() + entries.len());
    let mut rest = table;
    for entry in entries {
        let before = rest.partition_point(|e| *e < entry);
        out.extend_from_slice(&rest[..before]);
        out.push(entry);
        rest = &rest[before..];
    }
    out.extend_from_slice(rest);
    out
}

fn hash(key: &str) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(key.as_bytes());
    hasher.finish()
}

impl<T> Records<T> {
    pub fn new() -> Self {
        Records::from_arcs(Vec::new())
    }

    fn from_arcs(items: Vec<Arc<T>>) -> Self {
        Records {
            items: Arc::new(items),
            pushed: Arc::default(),
            by_key: Lookup::default(),
            by_group: Lookup::default(),
        }
    }

    /// Every record in one list, `items`, which only this copy holds; the
    /// lookups stay, since no record moves.
    fn joined(&mut self) -> &mut Vec<Arc<T>> {
        let items = Arc::make_mut(&mut self.items);
        if !self.pushed.is_empty() {
            items.extend(self.pushed.iter().cloned());
            self.pushed = Arc::default();
        }
        items
    }

    /// Every mutable access goes through here: positions or keys may change.
    fn changing(&mut self) -> &mut Vec<Arc<T>> {
        self.by_key = Lookup::default();
        self.by_group = Lookup::default();
        self.joined()
    }

    /// The record at `index`, as shared between copies.
    fn arc(&self, index: usize) -> Option<&Arc<T>> {
        match index.checked_sub(self.items.len()) {
            None => self.items.get(index),
            Some(index) => self.pushed.get(index),
        }
    }

    pub fn len(&self) -> usize {
        self.items.len() + self.pushed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter {
            items: self.items.iter(),
            pushed: self.pushed.iter(),
        }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        self.arc(index).map(|r| &**r)
    }

    pub fn last(&self) -> Option<&T> {
        self.pushed.last().or(self.items.last()).map(|r| &**r)
    }

    pub fn push(&mut self, record: T) {
        // Appending moves no record, so the lookups are kept, not dropped.
        let position = u32::try_from(self.len()).unwrap_or(u32::MAX);
        self.by_key.append(&record, position);
        self.by_group.append(&record, position);
        if self.pushed.len() >= RECENT {
            self.joined();
        }
        Arc::make_mut(&mut self.pushed).push(Arc::new(record));
    }

    pub fn insert(&mut self, index: usize, record: T) {
        self.changing().insert(index, Arc::new(record));
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        self.changing().retain(|r| keep(r));
    }

    pub fn clear(&mut self) {
        self.changing().clear();
    }

    pub fn truncate(&mut self, len: usize) {
        self.changing().truncate(len);
    }

    /// Roughly how many bytes this version holds that `newer`, a later
    /// version of the same collection, does not share: its own list of
    /// pointers and lookup tables once either was copied, and the records
    /// `newer` no longer has. `weight` counts a record's nested entries (a
    /// KPI's readings) as records.
    pub fn held_apart(&self, newer: &Records<T>, weight: impl Fn(&T) -> usize) -> usize {
        let list = |mine: &Arc<Vec<Arc<T>>>, theirs: &Arc<Vec<Arc<T>>>| {
            if Arc::ptr_eq(mine, theirs) {
                0
            } else {
                size_of_val(mine.as_slice())
            }
        };
        let lists = list(&self.items, &newer.items) + list(&self.pushed, &newer.pushed);
        if lists == 0 {
            return 0;
        }
        // An edit leaves most records in place: those are compared in
        // order, and only the stretch between them is looked up, so a
        // check-in (a push) costs at most one pass over the pointers.
        let prefix = self.shared_prefix(newer);
        let (old_end, new_end) = (self.len(), newer.len());
        let mut suffix = 0;
        while prefix + suffix < old_end.min(new_end)
            && self.shares(old_end - 1 - suffix, newer, new_end - 1 - suffix)
        {
            suffix += 1;
        }
        // Removing a key result takes its check-ins from all over the
        // list; the others between them are still shared.
        let kept: FxHashSet<*const T> = (prefix..new_end - suffix)
            .map(|i| std::ptr::from_ref(&newer[i]))
            .collect();
        let records: usize = (prefix..old_end - suffix)
            .map(|i| &self[i])
            .filter(|r| !kept.contains(&std::ptr::from_ref(*r)))
            .map(&weight)
            .sum();
        lists
            + self.by_key.held_apart(&newer.by_key)
            + self.by_group.held_apart(&newer.by_group)
            + records * RECORD_BYTES
    }

    /// How many records from the start this version and `other` share,
    /// untouched: one was copied from the other and neither changed them.
    pub fn shared_prefix(&self, other: &Records<T>) -> usize {
        // A list both versions still share is shared whole, unread.
        let start = if Arc::ptr_eq(&self.items, &other.items) {
            self.items.len()
        } else {
            0
        };
        let mut shared = start;
        while self.shares(shared, other, shared) {
            shared += 1;
        }
        shared
    }

    /// True when the record at `index` is, untouched, the one at `other_index`
    /// in `other`: one was copied from the other and neither changed it since.
    pub fn shares(&self, index: usize, other: &Records<T>, other_index: usize) -> bool {
        match (self.arc(index), other.arc(other_index)) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl<T: Record> Records<T> {
    /// The record whose id is `key`; the first, should ids repeat.
    pub fn by_key(&self, key: &T::Id) -> Option<&T> {
        self.position_by_key(key).map(|i| &self[i])
    }

    /// [`Records::by_key`] for an id as text, as a document's name gives it.
    pub fn by_id(&self, id: &str) -> Option<&T> {
        self.by_key
            .positions(self, key_text::<T>, id)
            .map(|i| &self[i])
            .find(|r| key_text(*r) == id)
    }

    /// Builds the index [`Records::by_key`] uses, so its first use does not
    /// pay for it (hashing and sorting every record's id).
    pub fn prepare_lookup(&self) {
        let _ = self.by_key.positions(self, key_text::<T>, "").next();
    }

    /// Where [`Records::by_key`]'s record sits in the collection.
    pub fn position_by_key(&self, key: &T::Id) -> Option<usize> {
        let key = key.as_ref();
        self.by_key
            .positions(self, key_text::<T>, key)
            .find(|&i| key_text(&self[i]) == key)
    }
}

impl<T: Grouped> Records<T> {
    /// The records listed under `group`, in collection order.
    pub fn in_group<'a>(&'a self, group: &T::Group) -> impl Iterator<Item = &'a T> {
        let group = group.as_ref();
        self.by_group
            .positions(self, group_text::<T>, group)
            .map(|i| &self[i])
            .filter(move |r| group_text(*r) == group)
    }
}

impl<T: Clone> Records<T> {
    /// The record at `index`, ready to change; only it is copied.
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.changing().get_mut(index).map(Arc::make_mut)
    }

    /// Changes the record at `index` (only it is copied), keeping the
    /// lookups unless the change gave it another key or group: a check-in
    /// sets its key result's value and stamp, which would otherwise throw
    /// away the index of every key result twice. Nothing when there is none.
    pub fn update(&mut self, index: usize, change: impl FnOnce(&mut T)) {
        let item = match index.checked_sub(self.items.len()) {
            None => Arc::make_mut(&mut self.items).get_mut(index),
            Some(index) => Arc::make_mut(&mut self.pushed).get_mut(index),
        };
        let Some(item) = item else {
            return;
        };
        let record = Arc::make_mut(item);
        let (key, group) = (
            self.by_key.filed_under(record),
            self.by_group.filed_under(record),
        );
        change(record);
        self.by_key.keep_if_filed(record, key);
        self.by_group.keep_if_filed(record, group);
    }

    /// The first record that `matches`, ready to change.
    pub fn find_mut(&mut self, mut matches: impl FnMut(&T) -> bool) -> Option<&mut T> {
        self.changing()
            .iter_mut()
            .find(|r| matches(r))
            .map(Arc::make_mut)
    }

    /// The records that `matches`, ready to change; the others are not copied.
    pub fn iter_mut_where(
        &mut self,
        mut matches: impl FnMut(&T) -> bool,
    ) -> impl Iterator<Item = &mut T> {
        self.changing()
            .iter_mut()
            .filter(move |r| matches(r))
            .map(Arc::make_mut)
    }

    /// Every record, ready to change. This copies each record a copy still
    /// shares, so large collections use [`Records::iter_mut_where`].
    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut T> {
        self.changing().iter_mut().map(Arc::make_mut)
    }

    pub fn remove(&mut self, index: usize) -> T {
        Arc::unwrap_or_clone(self.changing().remove(index))
    }
}

impl<T> Default for Records<T> {
    fn default() -> Self {
        Records::new()
    }
}

impl<T> Clone for Records<T> {
    fn clone(&self) -> Self {
        Records {
            items: Arc::clone(&self.items),
            pushed: Arc::clone(&self.pushed),
            by_key: self.by_key.clone(),
            by_group: self.by_group.clone(),
        }
    }
}

impl<T: PartialEq> PartialEq for Records<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.items, &other.items) && Arc::ptr_eq(&self.pushed, &other.pushed)
            || self.len() == other.len()
                && self
                    .iter()
                    .zip(other.iter())
                    .all(|(a, b)| std::ptr::eq(a, b) || a == b)
    }
}

impl<T: fmt::Debug> fmt::Debug for Records<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T> Index<usize> for Records<T> {
    type Output = T;

    fn index(&self, index: usize) -> &T {
        match self.arc(index) {
            Some(record) => record,
            None => out_of_range(index, self.len()),
        }
    }
}

/// One copy for every kind of record, out of the way of the code that indexes.
#[cold]
#[inline(never)]
fn out_of_range(index: usize, len: usize) -> ! {
    panic!("index {index} out of {len} records")
}

/// Copies the record at `index` if a copy still shares it.
impl<T: Clone> IndexMut<usize> for Records<T> {
    fn index_mut(&mut self, index: usize) -> &mut T {
        Arc::make_mut(&mut self.changing()[index])
    }
}

impl<T> From<Vec<T>> for Records<T> {
    fn from(records: Vec<T>) -> Self {
        records.into_iter().collect()
    }
}

impl<T> FromIterator<T> for Records<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Records::from_arcs(iter.into_iter().map(Arc::new).collect())
    }
}

impl<T> Extend<T> for Records<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.changing().extend(iter.into_iter().map(Arc::new));
    }
}

impl<'a, T> IntoIterator for &'a Records<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<T: Clone> IntoIterator for Records<T> {
    type Item = T;
    type IntoIter = std::iter::Map<std::vec::IntoIter<Arc<T>>, fn(Arc<T>) -> T>;

    fn into_iter(mut self) -> Self::IntoIter {
        self.joined();
        Arc::unwrap_or_clone(self.items)
            .into_iter()
            .map(Arc::unwrap_or_clone)
    }
}

impl<T: Serialize> Serialize for Records<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Records<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(deserializer).map(Records::from)
    }
}

/// Borrows each record in order: those of `items`, then those pushed since.
#[derive(Clone)]
pub struct Iter<'a, T> {
    items: std::slice::Iter<'a, Arc<T>>,
    pushed: std::slice::Iter<'a, Arc<T>>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        match self.items.next() {
            Some(record) => Some(record),
            None => self.pushed.next().map(|r| &**r),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.items.len() + self.pushed.len();
        (len, Some(len))
    }

    fn nth(&mut self, n: usize) -> Option<&'a T> {
        let skipped = n.min(self.items.len());
        match self.items.nth(skipped) {
            Some(record) if skipped == n => Some(record),
            _ => self.pushed.nth(n - skipped).map(|r| &**r),
        }
    }
}

impl<T> DoubleEndedIterator for Iter<'_, T> {
    fn next_back(&mut self) -> Option<Self::Item> {
        match self.pushed.next_back() {
            Some(record) => Some(record),
            None => self.items.next_back().map(|r| &**r),
        }
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}
