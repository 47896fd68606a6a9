//! Stable identifiers for every record.
//!
//! Ids are opaque strings so that snapshots from different browsers can be merged
//! by id. Each record type has its own id type, so an objective id can never be
//! passed where a person id is expected. The domain does no I/O: callers supply
//! the random bits (the browser's `Math.random`, or a seeded generator in tests).
//!
//! An id as long as a `String` is wide (12 bytes in the browser, 24 on a
//! 64-bit host) is held inline rather than on the heap, and Ladder's own
//! ids are 12 characters: loading a large company reads some 300,000 ids,
//! and views clone them by the hundred; allocating each cost about a sixth
//! of the load. Longer ids, from files, live on the heap as before.

use compact_str::CompactString;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Crockford's base32 alphabet: no I, L, O or U, so ids read unambiguously.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// Encodes 60 of the 64 bits as 12 base32 characters.
fn encode(bits: u64) -> CompactString {
    (0..12)
        .rev()
        .map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char)
        .collect()
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(CompactString);

        impl $name {
            /// A new id from random bits; 60 bits make collisions negligible at any
            /// size a browser can store.
            pub fn from_bits(bits: u64) -> Self {
                Self(encode(bits))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(CompactString::from(s))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Identifies an [`OrgUnit`](super::OrgUnit).
    UnitId
);
id_type!(
    /// Identifies a [`Person`](super::Person).
    PersonId
);
id_type!(
    /// Identifies a [`Period`](super::Period).
    PeriodId
);
id_type!(
    /// Identifies an [`Objective`](super::Objective).
    ObjectiveId
);
id_type!(
    /// Identifies a [`KeyResult`](super::KeyResult).
    KeyResultId
);
id_type!(
    /// Identifies a [`CheckIn`](super::CheckIn).
    CheckInId
);
id_type!(
    /// Identifies an [`Initiative`](super::Initiative).
    InitiativeId
);
id_type!(
    /// Identifies a [`Kpi`](super::Kpi).
    KpiId
);
id_type!(
    /// Identifies a [`PersonalGoal`](super::PersonalGoal).
    PersonalGoalId
);
id_type!(
    /// Identifies a [`OneOnOne`](super::OneOnOne) note.
    OneOnOneId
);
id_type!(
    /// Identifies a browser's copy of a workspace, so revision stamps can
    /// count each browser's edits. Kept beside the workspace, never in it:
    /// a copied workspace must not take its source's identity along.
    ReplicaId
);
