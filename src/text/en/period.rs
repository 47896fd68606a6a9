//! Text for `period`.

use std::fmt::Display;

pub fn invalid_date(text: &dyn Display) -> String {
    format!("“{text}” is not a date like 2026-03-31")
}
