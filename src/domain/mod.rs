//! The OKR model and its rules.
//!
//! Plain data and pure functions: nothing here knows about the browser, storage
//! keys, file formats or reactivity, and nothing does I/O. Time and randomness
//! come in as arguments. Everything is tested on the host with `cargo test`.

mod id;
mod integrity;
mod objective;
mod org_unit;
mod period;
mod person;
mod workspace;

pub use id::{ObjectiveId, PeriodId, PersonId, UnitId};
pub use integrity::Problem;
pub use objective::Objective;
pub use org_unit::{OrgUnit, UnitKind};
pub use period::Period;
pub use person::Person;
pub use workspace::Workspace;
