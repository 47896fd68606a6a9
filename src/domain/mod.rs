//! The OKR model and its rules.
//!
//! Plain data and pure functions: nothing here knows about the browser, storage
//! keys, file formats or reactivity, and nothing does I/O. Time and randomness
//! come in as arguments. Everything is tested on the host with `cargo test`.

mod alignment;
pub mod axis;
mod cascade;
mod check_in;
pub mod coach;
mod csv;
mod dashboard;
pub mod date_serde;
mod dependency;
mod draft;
mod due;
mod edit;
mod export_scope;
mod filter;
pub mod format;
mod generator;
mod grade;
mod id;
mod individual;
mod initiative;
mod integrity;
mod involvement;
pub mod json_tree;
mod key_result;
mod kpi;
mod landing;
mod lock;
mod lookup;
pub mod measure_sentence;
mod merge;
mod number;
mod objective;
mod one_on_one;
mod org_unit;
mod pace;
mod period;
mod person;
mod personal;
mod personal_goal;
mod progress;
mod records;
pub mod refusal;
mod retrospective;
mod revision;
mod rollover;
mod sample;
mod series;
mod settings;
mod status;
mod sync;
mod work_ref;
mod workspace;

pub use alignment::{AlignError, Alignment, Unaligned};
pub use cascade::{Cascade, CascadeNode};
pub use check_in::{CheckIn, CheckInDraft, Reading, ValidCheckIn};
pub use csv::{CsvTable, CsvTables, text_cell};
pub use dashboard::StatusCounts;
pub use dependency::{Dependency, DependencyError, DependencySides};
pub use draft::{
    FieldErrors, KeyResultDraft, MeasureKind, ObjectiveDraft, PeriodDraft, PersonDraft, UnitDraft,
    ValidKeyResult, ValidObjective, ValidPeriod, ValidPerson, ValidUnit, new_names,
};
pub use due::Due;
pub use edit::{ArchiveChange, KeyResultRemoval, ObjectiveRemoval, ObjectiveUpdate, SetUpIds};
pub use export_scope::ExportScope;
pub use filter::Filter;
pub use generator::{Scale, generate};
pub use grade::{Band, Distribution, Grade, GradeDraft, round_score};
pub use id::{
    CheckInId, InitiativeId, KeyResultId, KpiId, ObjectiveId, OneOnOneId, PeriodId, PersonId,
    PersonalGoalId, ReplicaId, UnitId,
};
pub use individual::Overhead;
pub use initiative::{
    Initiative, InitiativeDraft, InitiativeStatus, ValidInitiative, link_is_acceptable, web_link,
};
pub use integrity::{Problem, Rule, record_name};
pub use involvement::Involvement;
pub use key_result::{Commitment, Direction, KeyResult, Measure};
pub use kpi::{
    Health, HealthyRange, Kpi, KpiDraft, KpiReading, KpiReadingDraft, RangeKind, ValidKpi,
};
pub use landing::{Arrivals, Landing};
pub use merge::{Choices, Conflict, FieldDifference, KindCounts, MergeReport, Merged, Side};
pub use number::{DecimalMark, NumberError, parse_number};
pub use objective::{Objective, Reflection};
pub use one_on_one::{NoteSubject, OneOnOne, OneOnOneDraft};
pub use org_unit::{OrgUnit, PlacementError, UnitKind};
pub use pace::suggest;
pub use period::{Period, Quarter, next_quarter, previous_quarter, quarter_of};
pub use person::Person;
pub use personal::{Personal, SHORTEST_PASSPHRASE, check_new_passphrase};
pub use personal_goal::{
    GoalPlan, PersonalCheckIn, PersonalCheckInDraft, PersonalGoal, PersonalGoalDraft, PlanKind,
    Step, Theme,
};
pub use progress::{bar, objective_progress};
pub use records::{Grouped, RECORD_BYTES, Records};
pub use revision::{EachKind, Edits, Label, Record, RecordKind, Revision, for_each_kind};
pub use rollover::Rollover;
pub use sample::sample_company;
pub use series::value_series;
pub use settings::{CADENCES, Settings};
pub use status::Status;
pub use sync::{DocKey, DocKind, Organisation, Removal};
pub use work_ref::WorkRef;
pub use workspace::Workspace;
