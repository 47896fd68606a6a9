//! The OKR model and its rules.
//!
//! Plain data and pure functions: nothing here knows about the browser, storage
//! keys, file formats or reactivity, and nothing does I/O. Time and randomness
//! come in as arguments. Everything is tested on the host with `cargo test`.

mod alignment;
mod cascade;
mod dependency;
mod draft;
mod edit;
mod filter;
pub mod format;
mod id;
mod integrity;
mod key_result;
mod number;
mod objective;
mod org_unit;
mod period;
mod person;
mod progress;
mod sample;
mod settings;
mod status;
mod work_ref;
mod workspace;

pub use alignment::{AlignError, Alignment, Unaligned};
pub use cascade::{Cascade, CascadeNode};
pub use dependency::{Dependency, DependencyError};
pub use draft::{
    FieldErrors, KeyResultDraft, MeasureKind, ObjectiveDraft, PeriodDraft, PersonDraft, UnitDraft,
    ValidKeyResult, ValidObjective, ValidPeriod, ValidPerson, ValidUnit,
};
pub use edit::ObjectiveRemoval;
pub use filter::Filter;
pub use id::{KeyResultId, ObjectiveId, PeriodId, PersonId, UnitId};
pub use integrity::Problem;
pub use key_result::{Commitment, Direction, KeyResult, Measure};
pub use number::{NumberError, parse_number};
pub use objective::Objective;
pub use org_unit::{OrgUnit, PlacementError, UnitKind};
pub use period::{Period, Quarter, next_quarter, previous_quarter, quarter_of};
pub use person::Person;
pub use progress::{bar, objective_progress};
pub use sample::sample_company;
pub use settings::Settings;
pub use status::Status;
pub use work_ref::WorkRef;
pub use workspace::Workspace;
