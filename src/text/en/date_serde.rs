//! Text for `date_serde`.

pub const EXPECTING_DATE: &str = "a formatted date string";
pub const EXPECTING_OPTIONAL_DATE: &str = "a formatted date string or null";
pub const EXPECTING_DATE_TIME: &str = "an RFC 3339 formatted date and time string";
pub const EXPECTING_OPTIONAL_DATE_TIME: &str = "an RFC 3339 formatted date and time string or null";
