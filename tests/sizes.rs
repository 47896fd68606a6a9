//! Sizes a reader can take in at once: no file of the UI over 400 lines,
//! no function over 150 lines (the sample company and the generator of
//! large organisations excepted: each is one long list of data).
//!
//! How a function is counted: from the line that declares it (`fn`, any
//! visibility, `async` or `const`) to the first later line that is a lone
//! `}` at the declaration's indentation, both included; declarations that
//! end with `;` (trait methods without a body) have no body to count. Doc
//! comments, attributes and the lines of `#[cfg(test)]` modules' own
//! declarations count like any other.

use crate::sources::sources;

const LONGEST_UI_FILE: usize = 400;
const LONGEST_FUNCTION: usize = 150;
/// Files of data rather than logic.
const DATA: &[&str] = &["src/domain/sample.rs", "src/domain/generator.rs"];

/// `(name, lines)` of every function in `source`, by the rule above.
fn functions(source: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let code = line.trim_start();
        let indent = &line[..line.len() - code.len()];
        let Some(name) = declared_fn(code) else {
            continue;
        };
        if code.trim_end().ends_with(';') {
            continue;
        }
        let close = format!("{indent}}}");
        if let Some(end) = lines[i + 1..].iter().position(|l| *l == close) {
            found.push((name, end + 2));
        }
    }
    found
}

/// The name of the function `code` declares, if it declares one.
fn declared_fn(code: &str) -> Option<String> {
    let mut rest = code;
    if let Some(after) = rest.strip_prefix("pub") {
        rest = match after.strip_prefix('(') {
            Some(scoped) => scoped.split_once(')')?.1,
            None => after,
        }
        .trim_start();
    }
    for qualifier in ["async ", "const ", "unsafe "] {
        rest = rest.strip_prefix(qualifier).unwrap_or(rest);
    }
    let name = rest.strip_prefix("fn ")?;
    let end = name
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(name.len());
    Some(name[..end].to_owned())
}

#[test]
fn no_ui_file_is_longer_than_a_reader_can_hold() {
    let long: Vec<String> = sources()
        .into_iter()
        .filter(|(file, _)| file.starts_with("src/ui/"))
        .map(|(file, source)| (file, source.lines().count()))
        .filter(|(_, n)| *n > LONGEST_UI_FILE)
        .map(|(file, n)| format!("{file}: {n} lines"))
        .collect();
    assert!(
        long.is_empty(),
        "UI files over {LONGEST_UI_FILE} lines; split them by part:\n{}",
        long.join("\n")
    );
}

#[test]
fn no_function_is_longer_than_a_screenful_or_two() {
    let long: Vec<String> = sources()
        .into_iter()
        .filter(|(file, _)| !DATA.contains(&file.as_str()))
        .flat_map(|(file, source)| {
            functions(&source)
                .into_iter()
                .filter(|(_, n)| *n > LONGEST_FUNCTION)
                .map(move |(name, n)| format!("{file}: {name} has {n} lines"))
        })
        .collect();
    assert!(
        long.is_empty(),
        "functions over {LONGEST_FUNCTION} lines; give their parts names:\n{}",
        long.join("\n")
    );
}

/// The counting finds what it should: bodies end at their own closing
/// brace, bodiless declarations are skipped, and every form of `fn` counts.
#[test]
fn functions_are_counted_from_declaration_to_closing_brace() {
    let source = "\
pub fn top() {
    let x = 1;
}

impl Thing {
    pub(crate) async fn inner(&self) {
        if x {
        }
    }
}

trait T {
    fn bodiless(&self);
}
const fn c() -> u8 {
    1
}
";
    assert_eq!(
        functions(source),
        [
            ("top".to_owned(), 3),
            ("inner".to_owned(), 4),
            ("c".to_owned(), 3)
        ]
    );
    assert_eq!(
        declared_fn("pub(super) fn Entry(advice: Advice)"),
        Some("Entry".to_owned())
    );
    assert_eq!(declared_fn("let f = fn_name;"), None);
}
