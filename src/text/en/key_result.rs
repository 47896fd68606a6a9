//! Text for `key_result`.

pub fn stretch_expectation(success: &str) -> String {
    format!("~{success} is success")
}

pub fn commit_expectation(full: &str) -> String {
    format!("expected: {full}")
}
