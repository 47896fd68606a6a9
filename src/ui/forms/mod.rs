//! Forms for creating and editing records. Each checks its draft with the
//! domain's validation and saves nothing until every field is right; each
//! message appears at its field, and focus goes to the first wrong one.

mod check_in;
mod initiative;
mod key_result;
mod kpi;
mod objective;
mod one_on_one;
mod person;
mod personal_goal;
mod unit;

pub use check_in::{CheckInForm, reading_text};
pub use initiative::InitiativeForm;
pub use key_result::KeyResultForm;
pub use kpi::{KpiForm, KpiReadingForm};
pub use objective::{NewObjectiveDialog, ObjectiveForm, show_when_created};
pub use one_on_one::OneOnOneForm;
pub use person::PersonForm;
pub use personal_goal::{PersonalCheckInForm, PersonalGoalForm};
pub use unit::{UnitForm, read_new_unit_target};

use crate::domain::{FieldErrors, UnitId, UnitKind, Workspace, new_names};
use crate::ui::components::add_person_named;
use crate::ui::state::Document;
use leptos::prelude::*;

/// The message for one field, as a signal a field component can show.
fn error_of(errors: RwSignal<FieldErrors>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || errors.with(|e| e.get(field).map(str::to_owned)))
}

/// Reports `errors` and moves focus to the first wrong field (`{prefix}-{field}`).
fn show_errors(errors: RwSignal<FieldErrors>, found: FieldErrors, prefix: &str) {
    if let Some(first) = found.fields().next() {
        super::focus::focus_field(format!("{prefix}-{first}"));
    }
    errors.set(found);
}

/// Shows why the domain refused a valid draft (a closed period, say) at `field`.
fn show_refusal(errors: RwSignal<FieldErrors>, refused: String, prefix: &str, field: &'static str) {
    let mut found = FieldErrors::default();
    found.add(field, refused);
    show_errors(errors, found, prefix);
}

/// What a person field holds as typed: one name or several (`many`), and
/// the unit a person it adds joins.
struct Naming {
    typed: String,
    many: bool,
    unit: Option<UnitId>,
}

impl Naming {
    fn one(typed: String, unit: Option<UnitId>) -> Naming {
        Naming {
            typed,
            many: false,
            unit,
        }
    }

    fn many(typed: String, unit: Option<UnitId>) -> Naming {
        Naming {
            typed,
            many: true,
            unit,
        }
    }
}

/// Why a form's save did not happen: a field is wrong, or the domain refused
/// a valid draft (a closed period, say).
enum Unsaved {
    Fields(FieldErrors),
    Refused(String),
}

/// Saves a form as one change, one undo step: first the people its person
/// fields name who are not in the organisation yet, so a lead typed in is
/// never a dead end, then what `save` checks and applies with them there.
/// When `save` refuses, nothing is kept, the people neither.
fn save_naming<R>(
    state: Document,
    naming: &[Naming],
    save: impl FnOnce(&mut Workspace) -> Result<R, Unsaved>,
) -> Result<R, Unsaved> {
    let mut wrong = None;
    let outcome = state.try_edit(|ws| {
        for field in naming {
            for name in new_names(ws, &field.typed, field.many) {
                add_person_named(ws, &name, field.unit.clone());
            }
        }
        save(ws).map_err(|unsaved| match unsaved {
            Unsaved::Fields(found) => {
                wrong = Some(found);
                String::new()
            }
            Unsaved::Refused(refused) => refused,
        })
    });
    outcome.map_err(|refused| wrong.map_or(Unsaved::Refused(refused), Unsaved::Fields))
}

/// Shows why a save did not happen: at the wrong fields, or a refusal at
/// `field`.
fn show_unsaved(
    errors: RwSignal<FieldErrors>,
    unsaved: Unsaved,
    prefix: &str,
    field: &'static str,
) {
    match unsaved {
        Unsaved::Fields(found) => show_errors(errors, found, prefix),
        Unsaved::Refused(refused) => show_refusal(errors, refused, prefix, field),
    }
}

/// Units as select options, in tree order, labelled with their path.
fn unit_options(ws: &Workspace, include: impl Fn(UnitKind) -> bool) -> Vec<(String, String)> {
    let mut options = Vec::new();
    let mut stack: Vec<&crate::domain::OrgUnit> = ws
        .units
        .iter()
        .filter(|u| u.parent.is_none())
        .rev()
        .collect();
    while let Some(unit) = stack.pop() {
        if include(unit.kind) && !unit.archived {
            let path: Vec<&str> = ws
                .unit_path(&unit.id)
                .iter()
                .skip(1)
                .map(|u| u.name.as_str())
                .collect();
            let label = if path.is_empty() {
                unit.name.clone()
            } else {
                path.join(" › ")
            };
            options.push((unit.id.to_string(), label));
        }
        let children: Vec<_> = ws.sub_units(&unit.id).collect();
        stack.extend(children.into_iter().rev());
    }
    options
}
