//! Text for `route`.

pub const OKRS_TO_PRINT: &str = "OKRs to print";
