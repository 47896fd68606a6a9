//! Builders shared by the host tests: a small organisation in one quarter.
#![allow(dead_code)]

use chrono::NaiveDate;
use ladder::domain::{
    Commitment, KeyResult, KeyResultId, Measure, Objective, ObjectiveId, OrgUnit, Period, PeriodId,
    Person, PersonId, Revision, UnitId, UnitKind, Workspace,
};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test dates are valid")
}

pub fn unit(id: &str, kind: UnitKind, parent: Option<&str>) -> OrgUnit {
    OrgUnit {
        dismissed: Vec::new(),
        id: id.into(),
        name: id.to_owned(),
        kind,
        parent: parent.map(UnitId::from),
        lead: None,
        archived: false,
        rev: Revision::default(),
    }
}

pub fn person(id: &str, name: &str) -> Person {
    Person {
        id: id.into(),
        name: name.to_owned(),
        role: None,
        unit: None,
        rev: Revision::default(),
    }
}

pub fn objective(id: &str, unit: &str, period: &str, parent: Option<&str>) -> Objective {
    Objective {
        dismissed: Vec::new(),
        id: id.into(),
        title: format!("Objective {id}"),
        description: String::new(),
        unit: unit.into(),
        period: period.into(),
        lead: Some("ada".into()),
        contributors: Vec::new(),
        parent: parent.map(ObjectiveId::from),
        depends_on: Vec::new(),
        archived: false,
        reflection: Default::default(),
        rolled_from: None,
        owner: None,
        rev: Revision::default(),
    }
}

pub fn metric_kr(id: &str, objective: &str, start: f64, target: f64, current: f64) -> KeyResult {
    KeyResult {
        dismissed: Vec::new(),
        id: KeyResultId::from(id),
        objective: objective.into(),
        title: format!("Key result {id}"),
        lead: Some(PersonId::from("ada")),
        measure: Measure::Metric {
            start,
            target,
            current,
            unit: String::new(),
        },
        commitment: Commitment::Commit,
        weight: 1.0,
        depends_on: Vec::new(),
        grade: None,
        rolled_from: None,
        created: None,
        rev: Revision::default(),
    }
}

/// Company → Sales (→ DACH team), Marketing; Support team directly under the
/// company; Ada and Bo; quarters q3 and q4 of 2026; no objectives yet.
pub fn org() -> Workspace {
    let q3 = Period::quarter(PeriodId::from("q3"), (2026, 3)).expect("valid quarter");
    let q4 = Period::quarter(PeriodId::from("q4"), (2026, 4)).expect("valid quarter");
    Workspace {
        name: "Acme".to_owned(),
        units: vec![
            unit("acme", UnitKind::Company, None),
            unit("sales", UnitKind::Department, Some("acme")),
            unit("marketing", UnitKind::Department, Some("acme")),
            unit("dach", UnitKind::Team, Some("sales")),
            unit("support", UnitKind::Team, Some("acme")),
        ]
        .into(),
        people: vec![person("ada", "Ada Lovelace"), person("bo", "Bo Chen")].into(),
        periods: vec![q3, q4].into(),
        current_period: Some("q4".into()),
        ..Workspace::default()
    }
}
