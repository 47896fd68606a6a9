//! Check-ins: the regular update of a key result's value, with a status and a
//! note. The latest one (by date, then by order of entry) sets the key
//! result's current value; `Workspace::sync_current` keeps that true.

use super::format::Locale;
use super::{
    CheckInId, Grouped, KeyResult, KeyResultId, Measure, PersonId, Revision, Status, Workspace,
    date_serde,
};
use crate::text;
use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// What a check-in reports: a number, or done / not done for a milestone.
#[derive(Clone, Copy, PartialEq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    Value(f64),
    Done(bool),
}

impl Reading {
    /// The reading as a number on the key result's scale (a milestone is 0 or 1).
    pub fn number(self) -> f64 {
        match self {
            Reading::Value(v) => v,
            Reading::Done(done) => f64::from(u8::from(done)),
        }
    }
}

#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct CheckIn {
    pub id: CheckInId,
    pub key_result: KeyResultId,
    #[serde(with = "super::date_serde::date")]
    pub date: NaiveDate,
    #[serde(flatten)]
    pub reading: Reading,
    /// The status the person chose; Ladder only suggests one.
    pub status: Status,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<PersonId>,
    /// Which browsers changed the record, and when last: how merging tells
    /// a newer version from a concurrent one.
    #[serde(default, skip_serializing_if = "Revision::is_new")]
    pub rev: Revision,
}

impl Grouped for CheckIn {
    type Group = KeyResultId;
    fn group(&self) -> &KeyResultId {
        &self.key_result
    }
}

impl Measure {
    /// The measure with `reading` as its current value; a reading of the wrong
    /// kind (a number for a milestone) leaves it unchanged.
    pub fn with_reading(&self, reading: Reading) -> Measure {
        let mut measure = self.clone();
        match (&mut measure, reading) {
            (
                Measure::Metric { current, .. } | Measure::Percentage { current, .. },
                Reading::Value(v),
            ) => *current = v,
            (Measure::Milestone { done }, Reading::Done(d)) => *done = d,
            _ => {}
        }
        measure
    }

    /// The value before any check-in: the start, or not done.
    pub fn at_start(&self) -> Measure {
        match self {
            Measure::Metric { start, .. } | Measure::Percentage { start, .. } => {
                self.with_reading(Reading::Value(*start))
            }
            Measure::Milestone { .. } => Measure::Milestone { done: false },
        }
    }

    /// The current value as a reading.
    pub fn reading(&self) -> Reading {
        match *self {
            Measure::Metric { current, .. } | Measure::Percentage { current, .. } => {
                Reading::Value(current)
            }
            Measure::Milestone { done } => Reading::Done(done),
        }
    }
}

impl Workspace {
    /// Sets every checked-in key result's current value from its latest
    /// check-in, as [`Workspace::add_check_in`] would have: a file edited by
    /// hand may disagree, and the check-ins are the record. Each key result's
    /// latest comes from the check-ins' lookup by key result, so this stays
    /// cheap with years of history.
    pub fn resync_current_values(&mut self) {
        let latest: FxHashMap<KeyResultId, Reading> = self
            .key_results
            .iter()
            .filter_map(|kr| Some((kr.id.clone(), self.latest_check_in(&kr.id)?.reading)))
            .collect();
        let moved = |kr: &KeyResult| {
            latest
                .get(&kr.id)
                .map(|reading| kr.measure.with_reading(*reading))
                .filter(|measure| measure != &kr.measure)
        };
        for kr in self.key_results.iter_mut_where(|kr| moved(kr).is_some()) {
            if let Some(measure) = moved(kr) {
                kr.measure = measure;
            }
        }
    }

    /// Sets a key result's current value from its latest check-in; with none
    /// left, it is back at its start.
    pub(super) fn sync_current(&mut self, key_result: &KeyResultId) {
        let latest = self.latest_check_in(key_result).map(|c| c.reading);
        if let Some(at) = self.key_results.position_by_key(key_result) {
            self.key_results.update(at, |kr| {
                kr.measure = match latest {
                    Some(reading) => kr.measure.with_reading(reading),
                    None => kr.measure.at_start(),
                };
            });
        }
    }

    /// The key result's value on `day`: its latest check-in up to then, else its start.
    /// A key result never checked in on is at its current value throughout.
    pub fn measure_on(&self, kr: &KeyResult, day: NaiveDate) -> Measure {
        let check_ins = self.check_ins_of(&kr.id);
        if check_ins.is_empty() {
            return kr.measure.clone();
        }
        match check_ins.into_iter().rfind(|c| c.date <= day) {
            Some(c) => kr.measure.with_reading(c.reading),
            None => kr.measure.at_start(),
        }
    }
}

/// The check-in form.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct CheckInDraft {
    /// The new value as typed; unused for a milestone.
    pub value: String,
    /// For a milestone.
    pub done: bool,
    pub status: Option<Status>,
    pub note: String,
    /// `YYYY-MM-DD`, as a date input gives it.
    pub date: String,
    /// The author's name, as typed; may be empty.
    pub author: String,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ValidCheckIn {
    pub date: NaiveDate,
    pub reading: Reading,
    pub status: Status,
    pub note: String,
    pub author: Option<PersonId>,
}

impl CheckInDraft {
    /// A draft for a new check-in on `kr`: today, the current value, and the
    /// last status chosen (or none, so the person picks one).
    pub fn new_for(ws: &Workspace, kr: &KeyResult, today: NaiveDate) -> CheckInDraft {
        let latest = ws.latest_check_in(&kr.id);
        let (value, done) = match kr.measure.reading() {
            Reading::Value(v) => (super::format::plain_number(v), false),
            Reading::Done(d) => (String::new(), d),
        };
        CheckInDraft {
            value,
            done,
            status: latest.map(|c| c.status),
            note: String::new(),
            // A late check-in after the period ended defaults to its last day.
            date: ws
                .objective(&kr.objective)
                .and_then(|o| ws.period(&o.period))
                .map_or(today, |p| today.min(p.end))
                .to_string(),
            author: ws
                .settings
                .me
                .as_ref()
                .map(|me| ws.person_name(me).to_owned())
                .unwrap_or_default(),
        }
    }

    /// A draft holding an existing check-in, for editing.
    pub fn of(ws: &Workspace, check_in: &CheckIn) -> CheckInDraft {
        let (value, done) = match check_in.reading {
            Reading::Value(v) => (super::format::plain_number(v), false),
            Reading::Done(d) => (String::new(), d),
        };
        CheckInDraft {
            value,
            done,
            status: Some(check_in.status),
            note: check_in.note.clone(),
            date: check_in.date.to_string(),
            author: check_in
                .author
                .as_ref()
                .map(|a| ws.person_name(a).to_owned())
                .unwrap_or_default(),
        }
    }

    /// Checks the draft for `kr`: a number of the right kind, a status, and a
    /// date inside the key result's period, not in the future, while the
    /// period is open (late check-ins are fine until it is closed). A
    /// message naming the period's days writes them as `dates` does.
    pub fn validate(
        &self,
        ws: &Workspace,
        kr: &KeyResult,
        today: NaiveDate,
        dates: &dyn Locale,
    ) -> Result<ValidCheckIn, super::FieldErrors> {
        let mut errors = super::FieldErrors::default();
        let reading = match kr.measure {
            Measure::Milestone { .. } => Some(Reading::Done(self.done)),
            Measure::Percentage { .. } => super::draft::number(&mut errors, "value", &self.value)
                .and_then(|v| {
                    if (0.0..=100.0).contains(&v) {
                        Some(Reading::Value(v))
                    } else {
                        errors.add("value", text::check_in::PERCENTAGE_OUT_OF_RANGE);
                        None
                    }
                }),
            Measure::Metric { .. } => {
                super::draft::number(&mut errors, "value", &self.value).map(Reading::Value)
            }
        };
        let status = self.status;
        if status.is_none() {
            errors.add("status", text::check_in::CHOOSE_STATUS);
        }
        let period = ws
            .objective(&kr.objective)
            .and_then(|o| ws.period(&o.period));
        let date = match date_serde::parse_date(self.date.trim()) {
            Err(_) => {
                errors.add("date", text::common::INVALID_DATE);
                None
            }
            Ok(date) if date > today => {
                errors.add("date", text::check_in::DATE_IN_FUTURE);
                None
            }
            Ok(date) => match period {
                Some(p) if p.closed => {
                    errors.add("date", text::check_in::period_closed(&p.name));
                    None
                }
                Some(p) if !p.contains(date) => {
                    errors.add(
                        "date",
                        text::check_in::date_outside_period(&p.name, &dates.days(p.start, p.end)),
                    );
                    None
                }
                _ => Some(date),
            },
        };
        let author = super::draft::person(ws, &mut errors, "author", &self.author, true);
        match (reading, status, date) {
            (Some(reading), Some(status), Some(date)) if errors.is_empty() => Ok(ValidCheckIn {
                date,
                reading,
                status,
                note: self.note.trim().to_owned(),
                author,
            }),
            _ => Err(errors),
        }
    }
}

impl Workspace {
    pub fn add_check_in(
        &mut self,
        id: CheckInId,
        key_result: &KeyResultId,
        valid: ValidCheckIn,
    ) -> Result<(), String> {
        self.ensure_key_result_open(key_result)?;
        self.check_ins.push(CheckIn {
            id,
            key_result: key_result.clone(),
            date: valid.date,
            reading: valid.reading,
            status: valid.status,
            note: valid.note,
            author: valid.author,
            rev: Revision::default(),
        });
        self.sync_current(key_result);
        Ok(())
    }

    pub fn update_check_in(&mut self, id: &CheckInId, valid: ValidCheckIn) -> Result<(), String> {
        self.ensure_check_in_open(id)?;
        let Some(c) = self.check_ins.find_mut(|c| &c.id == id) else {
            return Ok(());
        };
        c.date = valid.date;
        c.reading = valid.reading;
        c.status = valid.status;
        c.note = valid.note;
        c.author = valid.author;
        let kr = c.key_result.clone();
        self.sync_current(&kr);
        Ok(())
    }

    pub fn delete_check_in(&mut self, id: &CheckInId) -> Result<(), String> {
        self.ensure_check_in_open(id)?;
        self.remove_check_in(id);
        Ok(())
    }

    /// [`Workspace::delete_check_in`] without asking whether its period is
    /// open: for a deletion made elsewhere and synced here.
    pub(super) fn remove_check_in(&mut self, id: &CheckInId) {
        let Some(kr) = self.check_in(id).map(|c| c.key_result.clone()) else {
            return;
        };
        self.check_ins.retain(|c| &c.id != id);
        self.sync_current(&kr);
    }
}
