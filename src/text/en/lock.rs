//! Text for `lock`.

use std::fmt::Display;

pub fn period_closed(period: &dyn Display) -> String {
    format!("{period} is closed, so its OKRs are read-only. Reopen it to change them.")
}
