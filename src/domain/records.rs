//! A workspace's collections of records, shared between copies.
//!
//! Every edit keeps the workspace from before it (for undo, and to find what
//! changed), and a large company holds some 90,000 records: copying them all
//! on each keystroke cost a third of a second. A copy of `Records` shares
//! every record with its source, and changing one record copies that record
//! alone. Records unchanged since a copy are the same allocation, so
//! comparing two versions of a workspace skips them without reading them.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::{Index, IndexMut};
use std::sync::Arc;

/// An ordered collection of records that copies in time proportional to its
/// length in pointers, not in content.
pub struct Records<T>(Vec<Arc<T>>);

impl<T> Records<T> {
    pub fn new() -> Self {
        Records(Vec::new())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter(self.0.iter())
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        self.0.get(index).map(|r| &**r)
    }

    pub fn last(&self) -> Option<&T> {
        self.0.last().map(|r| &**r)
    }

    pub fn push(&mut self, record: T) {
        self.0.push(Arc::new(record));
    }

    pub fn insert(&mut self, index: usize, record: T) {
        self.0.insert(index, Arc::new(record));
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        self.0.retain(|r| keep(r));
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }

    /// True when the record at `index` is, untouched, the one at `other_index`
    /// in `other`: one was copied from the other and neither changed it since.
    pub fn shares(&self, index: usize, other: &Records<T>, other_index: usize) -> bool {
        match (self.0.get(index), other.0.get(other_index)) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl<T: Clone> Records<T> {
    /// The record at `index`, ready to change; only it is copied.
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.0.get_mut(index).map(Arc::make_mut)
    }

    /// The first record that `matches`, ready to change.
    pub fn find_mut(&mut self, mut matches: impl FnMut(&T) -> bool) -> Option<&mut T> {
        self.0.iter_mut().find(|r| matches(r)).map(Arc::make_mut)
    }

    /// The records that `matches`, ready to change; the others are not copied.
    pub fn iter_mut_where(
        &mut self,
        mut matches: impl FnMut(&T) -> bool,
    ) -> impl Iterator<Item = &mut T> {
        self.0
            .iter_mut()
            .filter(move |r| matches(r))
            .map(Arc::make_mut)
    }

    /// Every record, ready to change. This copies each record a copy still
    /// shares, so large collections use [`Records::iter_mut_where`].
    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut T> {
        self.0.iter_mut().map(Arc::make_mut)
    }

    pub fn remove(&mut self, index: usize) -> T {
        Arc::unwrap_or_clone(self.0.remove(index))
    }
}

impl<T> Default for Records<T> {
    fn default() -> Self {
        Records::new()
    }
}

impl<T> Clone for Records<T> {
    fn clone(&self) -> Self {
        Records(self.0.clone())
    }
}

impl<T: PartialEq> PartialEq for Records<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(&other.0)
                .all(|(a, b)| Arc::ptr_eq(a, b) || a == b)
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
        &self.0[index]
    }
}

/// Copies the record at `index` if a copy still shares it.
impl<T: Clone> IndexMut<usize> for Records<T> {
    fn index_mut(&mut self, index: usize) -> &mut T {
        Arc::make_mut(&mut self.0[index])
    }
}

impl<T> From<Vec<T>> for Records<T> {
    fn from(records: Vec<T>) -> Self {
        records.into_iter().collect()
    }
}

impl<T> FromIterator<T> for Records<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Records(iter.into_iter().map(Arc::new).collect())
    }
}

impl<T> Extend<T> for Records<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.0.extend(iter.into_iter().map(Arc::new));
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

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter().map(Arc::unwrap_or_clone)
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

/// Borrows each record in order.
#[derive(Clone)]
pub struct Iter<'a, T>(std::slice::Iter<'a, Arc<T>>);

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        self.0.next().map(|r| &**r)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<&'a T> {
        self.0.nth(n).map(|r| &**r)
    }
}

impl<T> DoubleEndedIterator for Iter<'_, T> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|r| &**r)
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}
