//! Wording shared by messages from the domain and the UI.

/// "1 objective", "3 objectives".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
