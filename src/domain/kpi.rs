//! KPIs: health metrics a unit keeps within a range, apart from its OKRs.
//! An OKR aims for change; a KPI says whether something that already works
//! still does.

use super::draft::{number, required};
use super::{FieldErrors, KpiId, PersonId, Revision, UnitId, Workspace, date_serde, parse_number};
use crate::text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a KPI is healthy.
#[derive(Clone, Copy, PartialEq, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum HealthyRange {
    AtLeast { min: f64 },
    AtMost { max: f64 },
    Between { min: f64, max: f64 },
}

impl HealthyRange {
    /// How far outside the range `value` lies (0 inside it).
    fn distance(self, value: f64) -> f64 {
        match self {
            HealthyRange::AtLeast { min } => (min - value).max(0.0),
            HealthyRange::AtMost { max } => (value - max).max(0.0),
            HealthyRange::Between { min, max } => (min - value).max(value - max).max(0.0),
        }
    }

    /// The margin used when none is set: a tenth of the threshold (or of the
    /// range's width), so "a little outside" is a warning, not an alarm.
    /// The warning margin when none is given: a tenth of a range's width.
    /// A single threshold says nothing about scale (a tenth of 99.9 % uptime
    /// is far too loose), so the form asks for its margin; a tenth of the
    /// threshold is only the reading of files from before it did, kept so
    /// their KPIs do not change health on upgrade.
    fn default_margin(self) -> f64 {
        match self {
            HealthyRange::AtLeast { min: t } | HealthyRange::AtMost { max: t } => t.abs() / 10.0,
            HealthyRange::Between { min, max } => match max - min {
                width if width.is_finite() => width.abs() / 10.0,
                // Limits near the largest float: a tenth of each, which cannot overflow.
                _ => (max / 10.0 - min / 10.0).abs(),
            },
        }
    }

    /// "at least 99.5", "between 2 and 4".
    pub fn describe(self, show: impl Fn(f64) -> String) -> String {
        match self {
            HealthyRange::AtLeast { min } => text::kpi::at_least(&show(min)),
            HealthyRange::AtMost { max } => text::kpi::at_most(&show(max)),
            HealthyRange::Between { min, max } => text::kpi::between(&show(min), &show(max)),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Health {
    Healthy,
    Warning,
    Unhealthy,
}

impl Health {
    pub fn label(self) -> &'static str {
        match self {
            Health::Healthy => text::kpi::HEALTHY,
            Health::Warning => text::kpi::WARNING,
            Health::Unhealthy => text::kpi::UNHEALTHY,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Health::Healthy => "healthy",
            Health::Warning => "warning",
            Health::Unhealthy => "unhealthy",
        }
    }
}

#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct KpiReading {
    #[serde(with = "super::date_serde::date")]
    pub date: NaiveDate,
    pub value: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct Kpi {
    pub id: KpiId,
    pub unit: UnitId,
    pub name: String,
    /// Shown with values: `%`, `€`, `tickets`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub measure_unit: String,
    pub healthy: HealthyRange,
    /// How far outside the healthy range still counts as a warning. The form
    /// asks for it with a single threshold; a range defaults to a tenth of
    /// its width (see `HealthyRange::default_margin`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning_margin: Option<f64>,
    /// Value updates, in the order they were entered.
    #[serde(default)]
    pub readings: Vec<KpiReading>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub archived: bool,
    /// Set for an individual KPI (a sales quota, say): the person who holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonId>,
    /// Which browsers changed the record, and when last: how merging tells
    /// a newer version from a concurrent one.
    #[serde(default, skip_serializing_if = "Revision::is_new")]
    pub rev: Revision,
}

impl Kpi {
    pub fn margin(&self) -> f64 {
        self.warning_margin
            .unwrap_or_else(|| self.healthy.default_margin())
    }

    pub fn health_of(&self, value: f64) -> Health {
        let distance = self.healthy.distance(value);
        if distance <= 0.0 {
            Health::Healthy
        } else if distance <= self.margin() {
            Health::Warning
        } else {
            Health::Unhealthy
        }
    }

    /// Readings oldest first (same-day readings in order of entry).
    pub fn history(&self) -> Vec<&KpiReading> {
        self.indexed_history().into_iter().map(|(_, r)| r).collect()
    }

    /// The history with each reading's index in the order of entry, which
    /// is how a correction or deletion names it.
    pub fn indexed_history(&self) -> Vec<(usize, &KpiReading)> {
        let mut list: Vec<(usize, &KpiReading)> = self.readings.iter().enumerate().collect();
        list.sort_by_key(|(_, r)| r.date);
        list
    }

    pub fn latest(&self) -> Option<&KpiReading> {
        self.history().pop()
    }

    /// Health at the latest reading; `None` before the first.
    pub fn health(&self) -> Option<Health> {
        self.latest().map(|r| self.health_of(r.value))
    }
}

/// Which side of the range is healthy, as a form offers it.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum RangeKind {
    #[default]
    AtLeast,
    AtMost,
    Between,
}

impl RangeKind {
    pub fn slug(self) -> &'static str {
        match self {
            RangeKind::AtLeast => "at-least",
            RangeKind::AtMost => "at-most",
            RangeKind::Between => "between",
        }
    }

    pub fn from_slug(slug: &str) -> Option<RangeKind> {
        [RangeKind::AtLeast, RangeKind::AtMost, RangeKind::Between]
            .into_iter()
            .find(|k| k.slug() == slug)
    }
}

/// The KPI form.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct KpiDraft {
    pub name: String,
    pub measure_unit: String,
    pub range: RangeKind,
    /// The lower threshold (at least, between).
    pub min: String,
    /// The upper threshold (at most, between).
    pub max: String,
    pub margin: String,
}

#[derive(Clone, PartialEq, Debug)]
pub struct ValidKpi {
    pub name: String,
    pub measure_unit: String,
    pub healthy: HealthyRange,
    pub warning_margin: Option<f64>,
}

impl KpiDraft {
    pub fn of(kpi: &Kpi) -> KpiDraft {
        let text = super::format::plain_number;
        let (range, min, max) = match kpi.healthy {
            HealthyRange::AtLeast { min } => (RangeKind::AtLeast, text(min), String::new()),
            HealthyRange::AtMost { max } => (RangeKind::AtMost, String::new(), text(max)),
            HealthyRange::Between { min, max } => (RangeKind::Between, text(min), text(max)),
        };
        KpiDraft {
            name: kpi.name.clone(),
            measure_unit: kpi.measure_unit.clone(),
            range,
            min,
            max,
            margin: kpi.warning_margin.map(text).unwrap_or_default(),
        }
    }

    pub fn validate(&self) -> Result<ValidKpi, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = required(&mut errors, "name", &self.name, text::kpi::NAME_MISSING);
        let healthy = match self.range {
            RangeKind::AtLeast => {
                number(&mut errors, "min", &self.min).map(|min| HealthyRange::AtLeast { min })
            }
            RangeKind::AtMost => {
                number(&mut errors, "max", &self.max).map(|max| HealthyRange::AtMost { max })
            }
            RangeKind::Between => {
                let min = number(&mut errors, "min", &self.min);
                let max = number(&mut errors, "max", &self.max);
                match (min, max) {
                    (Some(min), Some(max)) if min < max => Some(HealthyRange::Between { min, max }),
                    (Some(_), Some(_)) => {
                        errors.add("max", text::kpi::MAX_NOT_ABOVE_MIN);
                        None
                    }
                    _ => None,
                }
            }
        };
        let one_sided = self.range != RangeKind::Between;
        let warning_margin = if self.margin.trim().is_empty() {
            if one_sided {
                errors.add("margin", text::kpi::MARGIN_MISSING);
            }
            None
        } else {
            match parse_number(&self.margin) {
                Ok(m) if m >= 0.0 => Some(m),
                Ok(_) => {
                    errors.add("margin", text::kpi::MARGIN_NEGATIVE);
                    None
                }
                Err(e) => {
                    errors.add("margin", e.to_string());
                    None
                }
            }
        };
        match healthy {
            Some(healthy) if errors.is_empty() => Ok(ValidKpi {
                name,
                measure_unit: self.measure_unit.trim().to_owned(),
                healthy,
                warning_margin,
            }),
            _ => Err(errors),
        }
    }
}

/// A KPI value update as typed.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct KpiReadingDraft {
    pub value: String,
    pub date: String,
    pub note: String,
}

impl KpiReadingDraft {
    pub fn of(reading: &KpiReading) -> KpiReadingDraft {
        KpiReadingDraft {
            value: super::format::plain_number(reading.value),
            date: reading.date.to_string(),
            note: reading.note.clone(),
        }
    }

    pub fn validate(&self, today: NaiveDate) -> Result<KpiReading, FieldErrors> {
        let mut errors = FieldErrors::default();
        let value = number(&mut errors, "value", &self.value);
        let date = match date_serde::parse_date(self.date.trim()) {
            Ok(d) if d > today => {
                errors.add("date", text::kpi::VALUE_IN_FUTURE);
                None
            }
            Ok(d) => Some(d),
            Err(_) => {
                errors.add("date", text::common::INVALID_DATE);
                None
            }
        };
        match (value, date) {
            (Some(value), Some(date)) => Ok(KpiReading {
                date,
                value,
                note: self.note.trim().to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

impl Workspace {
    /// Adds a KPI to a unit, or to a person's individual goals when `owner` is set.
    pub fn add_kpi(&mut self, id: KpiId, unit: &UnitId, owner: Option<PersonId>, valid: ValidKpi) {
        self.kpis.push(Kpi {
            id,
            unit: unit.clone(),
            owner,
            name: valid.name,
            measure_unit: valid.measure_unit,
            healthy: valid.healthy,
            warning_margin: valid.warning_margin,
            readings: Vec::new(),
            archived: false,
            rev: Revision::default(),
        });
    }

    pub fn update_kpi(&mut self, id: &KpiId, valid: ValidKpi) {
        if let Some(k) = self.kpis.find_mut(|k| &k.id == id) {
            k.name = valid.name;
            k.measure_unit = valid.measure_unit;
            k.healthy = valid.healthy;
            k.warning_margin = valid.warning_margin;
        }
    }

    pub fn delete_kpi(&mut self, id: &KpiId) {
        self.kpis.retain(|k| &k.id != id);
    }

    /// Archives a KPI the unit no longer watches, or restores it; its
    /// history stays.
    pub fn set_kpi_archived(&mut self, id: &KpiId, archived: bool) {
        if let Some(k) = self.kpis.find_mut(|k| &k.id == id) {
            k.archived = archived;
        }
    }

    pub fn add_kpi_reading(&mut self, id: &KpiId, reading: KpiReading) {
        if let Some(k) = self.kpis.find_mut(|k| &k.id == id) {
            k.readings.push(reading);
        }
    }

    /// Corrects a value; `index` is its place in the order of entry.
    pub fn update_kpi_reading(&mut self, id: &KpiId, index: usize, reading: KpiReading) {
        if let Some(slot) = self
            .kpis
            .find_mut(|k| &k.id == id)
            .and_then(|k| k.readings.get_mut(index))
        {
            *slot = reading;
        }
    }

    pub fn delete_kpi_reading(&mut self, id: &KpiId, index: usize) {
        if let Some(k) = self.kpis.find_mut(|k| &k.id == id)
            && index < k.readings.len()
        {
            k.readings.remove(index);
        }
    }
}
