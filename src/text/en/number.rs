//! Text for `number`.

use std::fmt::Display;

pub const NUMBER_REQUIRED: &str = "Enter a number.";

pub fn not_a_number(text: &dyn Display) -> String {
    format!("“{text}” is not a number. Use digits, like 1500 or 2.5.")
}
