//! Every word a person reads lives in `src/text/`, so a translation is one
//! new tree beside `src/text/en/` rather than a hunt through the views.
//!
//! This test reads the sources and fails on any string literal outside
//! `src/text/` that looks like prose: a capitalised word, or words with a
//! space between them. Markup attributes that are not read by people (class,
//! id, role, …), messages for developers (`expect`, `panic!`) and attributes
//! are skipped; the few identifiers that only look like words are listed
//! below with the reason.

use crate::sources::{char_literal_len, ident_byte, raw_string_start, sources};

/// The sample company and the benchmark's generated organisations are data a
/// person could have typed, not the interface; the test hooks answer only
/// the benchmark and the browser tests.
const NOT_INTERFACE: &[&str] = &[
    "src/domain/sample.rs",
    "src/domain/generator.rs",
    "src/ui/test_hooks.rs",
];

/// Literals that look like words but are names a program reads.
const NAMES: &[&str] = &[
    // Keyboard `KeyboardEvent.key` values.
    "Enter",
    "Escape",
    "ArrowDown",
    "ArrowUp",
    "ArrowLeft",
    "ArrowRight",
    "Home",
    "End",
    "Tab",
    // JavaScript globals and Intl option names.
    "Intl",
    "NumberFormat",
    "DateTimeFormat",
    "narrowSymbol",
    "maximumFractionDigits",
    "minimumFractionDigits",
    "currencyDisplay",
    "notation",
    "dateStyle",
    "timeZone",
    "UTC",
    "QuotaExceededError",
    // HTTP header names.
    "Accept",
    "Content-Type",
    "NS_ERROR_DOM_QUOTA_REACHED",
    "SecurityError",
    "NotFoundError",
    "AbortError",
    "OperationError",
    "InvalidAccessError",
    "PBKDF2",
    "SHA-256",
    "AES-GCM",
    "CSS",
    "serviceWorker",
    "deriveKey",
    "timeStyle",
    "signDisplay",
    "trailingZeroDisplay",
    "stripIfInteger",
    // `KeyboardEvent.code` values, and the drag-and-drop type of files.
    "KeyZ",
    "KeyY",
    "Files",
    // `aria-keyshortcuts` values, which name keys for assistive technology.
    "Control+Z Meta+Z",
    "Control+Shift+Z Meta+Shift+Z Control+Y",
    // Part of serde_json's own (English) messages, found in them to cut them short.
    " at line ",
    // serde's own words for a value it could not read, recognised by
    // `storage::refusal` to say in a person's words what is wrong.
    "invalid type: ",
    ", expected ",
    "missing field `",
    "unknown variant `",
    "duplicate field `",
    "invalid value",
    "invalid length",
    "unknown field",
    "integer `",
    "floating point `",
    "string \"",
    "boolean `",
    "unit value",
    // A value in the exported CSV, a file format read by programs.
    "not done",
    // A CSS selector: the page's heading, where focus goes after navigation.
    "main h1",
    // The base64 alphabet.
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
];

/// Markup attributes whose values are for the browser, not for people.
const MACHINE_ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "role",
    "type",
    "for",
    "name",
    "href",
    "autocomplete",
    "inputmode",
    "rel",
    "accept",
    "d",
    "viewBox",
    "fill",
    "stroke",
    "points",
    "method",
    "lang",
    "dir",
    "download",
    "step",
    "min",
    "max",
    "pattern",
    "form",
    "scope",
    "headers",
    "list",
    "aria-controls",
    "aria-describedby",
    "aria-labelledby",
    "aria-owns",
    "aria-haspopup",
    "aria-live",
    "aria-current",
    "aria-sort",
    "aria-expanded",
    "data-testid",
    "enterkeyhint",
    "spellcheck",
    "transform",
    "preserveAspectRatio",
    "x",
    "y",
    "width",
    "height",
    "x1",
    "x2",
    "y1",
    "y2",
    "cx",
    "cy",
    "r",
    "text-anchor",
    "dominant-baseline",
    "focusable",
    "tabindex",
];

/// Calls whose message is for developers.
const DEVELOPER_CALLS: &[&str] = &[
    "expect(",
    "panic!(",
    "unreachable!(",
    "assert!(",
    "assert_eq!(",
    "debug_assert!(",
    "debug_assert_eq!(",
    "query_selector(",
    "query_selector_all(",
    "closest(",
    "matches(",
    "log(",
    "warn!(",
    "warn(",
    "error_1(",
    "log_1(",
    "warn_1(",
];

#[test]
fn no_prose_outside_the_text_catalogue() {
    let mut found = Vec::new();
    for (relative, source) in &sources() {
        if relative.starts_with("src/text/") || NOT_INTERFACE.contains(&relative.as_str()) {
            continue;
        }
        for (line, literal) in prose_literals(source) {
            found.push(format!("{relative}:{line}: {literal:?}"));
        }
    }
    assert!(
        found.is_empty(),
        "{} literal(s) read like interface text; move them to src/text/:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The literals of `source` (with their line) that read like prose.
fn prose_literals(source: &str) -> Vec<(usize, String)> {
    // Unit tests inside a source file are not the interface.
    let source = source.split("#[cfg(test)]").next().unwrap_or(source);
    let bytes = source.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    line += usize::from(bytes[i] == b'\n');
                    i += 1;
                }
                i += 2;
            }
            b'#' if bytes.get(i + 1) == Some(&b'[') || bytes.get(i + 1) == Some(&b'!') => {
                // An attribute, up to its closing bracket.
                let mut depth = 0;
                while i < bytes.len() {
                    match bytes[i] {
                        b'[' => depth += 1,
                        b']' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        b'\n' => line += 1,
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
            }
            b'\'' => i += char_literal_len(&bytes[i..]),
            b'r' if raw_string_start(&bytes[i..]).is_some() && !ident_byte(bytes, i) => {
                let hashes = raw_string_start(&bytes[i..]).unwrap_or(0);
                let start = i + 2 + hashes;
                let closing = format!("\"{}", "#".repeat(hashes));
                let end = source[start..]
                    .find(&closing)
                    .map_or(bytes.len(), |at| start + at);
                let literal = &source[start..end];
                if reads_like_prose(literal) && !exempt(source, i) {
                    found.push((line, literal.to_owned()));
                }
                line += literal.matches('\n').count();
                i = end + closing.len();
            }
            b'"' => {
                let start = i + 1;
                let mut end = start;
                while end < bytes.len() && bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                let literal = &source[start..end.min(bytes.len())];
                let prose = if is_format_string(source, i) {
                    format_reads_like_prose(literal)
                } else {
                    reads_like_prose(literal)
                };
                if prose && !exempt(source, i) {
                    found.push((line, literal.to_owned()));
                }
                line += literal.matches('\n').count();
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    found
}

fn reads_like_prose(literal: &str) -> bool {
    if NAMES.contains(&literal) || is_class_list(literal) {
        return false;
    }
    let chars: Vec<char> = literal.chars().collect();
    let capitalised_word = chars
        .windows(2)
        .any(|w| w[0].is_uppercase() && w[1].is_lowercase());
    // "Two words", but also "a task" and " (suggested)": a word beside a
    // space is joined to other text.
    let word = chars
        .windows(2)
        .any(|w| w[0].is_alphabetic() && w[1].is_alphabetic());
    capitalised_word || (word && literal.contains(' '))
}

/// True when the literal at `at` is the template of `format!`, `write!` or
/// `writeln!`, whose words are joined to values: even a single word there
/// ("{} done", "exported {}") is part of a sentence.
fn is_format_string(source: &str, at: usize) -> bool {
    let before = source[..at].trim_end();
    if before.ends_with("format!(") {
        return true;
    }
    // `write!(f, "…"` and `writeln!(\n    md,\n    "…"`: only the target between.
    ["write!(", "writeln!("].iter().any(|m| {
        before.rfind(m).is_some_and(|p| {
            let target = before[p + m.len()..].trim();
            target.strip_suffix(',').is_some_and(|t| {
                !t.is_empty() && t.chars().all(|c| c.is_alphanumeric() || "_.&*".contains(c))
            })
        })
    })
}

/// `"tag tag-commit"`, `"score score-{}"`: class names, each modifier
/// spelled as its block plus a suffix, the way the stylesheet names them.
fn is_class_list(literal: &str) -> bool {
    let tokens: Vec<&str> = literal.split(' ').collect();
    tokens.len() >= 2
        && tokens.iter().all(|t| {
            !t.is_empty()
                && t.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_{}".contains(c))
        })
        && tokens[1..]
            .iter()
            .any(|t| t.starts_with(&format!("{}-", tokens[0])))
}

/// A template reads like prose when a word of two or more letters is left
/// once its placeholders are taken out.
fn format_reads_like_prose(template: &str) -> bool {
    if NAMES.contains(&template) || is_class_list(template) {
        return false;
    }
    let mut words = String::new();
    let mut depth = 0usize;
    for c in template.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => words.push(c),
            _ => {}
        }
    }
    // Paths, ids and file names (`units[{i}].name`, `ladder-{}.json`) have
    // no spaces; words in a sentence do.
    let chars: Vec<char> = words.chars().collect();
    words.contains(' ')
        && chars
            .windows(2)
            .any(|w| w[0].is_alphabetic() && w[1].is_alphabetic())
}

/// True when the literal at `at` is a machine attribute's value or a
/// developer's message.
fn exempt(source: &str, at: usize) -> bool {
    let mut before = source[..at].trim_end();
    // `class=format!("bar bar-{slug}")`, `let class = move || format!(…)`.
    if let Some(rest) = before.strip_suffix("format!(") {
        before = rest.trim_end();
        before = before.strip_suffix("move ||").map_or(before, str::trim_end);
    }
    let before = before.strip_suffix('=').map(str::trim_end);
    if let Some(before) = before {
        let name_start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_' || c == ':'))
            .map_or(0, |p| p + 1);
        let name = &before[name_start..];
        let name = name.rsplit(':').next().unwrap_or(name);
        if MACHINE_ATTRIBUTES.contains(&name)
            || name.ends_with("class")
            || before[name_start..].starts_with("class:")
        {
            return true;
        }
    }
    let line_start = source[..at].rfind('\n').map_or(0, |p| p + 1);
    let line = &source[line_start..at];
    DEVELOPER_CALLS.iter().any(|call| line.contains(call))
}

/// Every catalogue item is used: a translator should not translate text no
/// one sees.
#[test]
fn every_catalogue_item_is_used() {
    let sources = sources();
    let mut unused = Vec::new();
    for (relative, source) in &sources {
        let Some(area) = relative
            .strip_prefix("src/text/en/")
            .and_then(|file| file.strip_suffix(".rs"))
        else {
            continue;
        };
        for line in source.lines() {
            let name = line
                .strip_prefix("pub const ")
                .or_else(|| line.strip_prefix("pub fn "))
                .and_then(|rest| rest.split([':', '(']).next());
            let Some(name) = name else { continue };
            let path = format!("text::{area}::{name}");
            let used_elsewhere = sources.iter().any(|(_, s)| {
                s.match_indices(&path)
                    .any(|(at, _)| !ident_byte(s.as_bytes(), at + path.len() + 1))
            });
            let used_here = source.matches(name).count() > 1;
            if !used_elsewhere && !used_here {
                unused.push(path);
            }
        }
    }
    assert!(
        unused.is_empty(),
        "unused catalogue items:\n{}",
        unused.join("\n")
    );
}

/// Inside `view!`, a bare path is not an expression: `view! { text::a::B }`
/// renders the words "text::a::B". Catalogue items in markup go in braces.
#[test]
fn catalogue_items_in_markup_are_in_braces() {
    let mut found = Vec::new();
    for (relative, source) in &sources() {
        found.extend(
            bare_paths_in_markup(source)
                .into_iter()
                .map(|line| format!("{relative}:{line}")),
        );
    }
    assert!(
        found.is_empty(),
        "bare catalogue paths in markup:\n{}",
        found.join("\n")
    );
    assert_eq!(bare_paths_in_markup("view! { text::a::B <a/> }"), vec![1]);
    assert_eq!(
        bare_paths_in_markup("view! {\n  <p>text::a::B</p> }"),
        vec![2]
    );
    assert_eq!(
        bare_paths_in_markup("view! { <p>{text::a::B}</p> }"),
        Vec::<usize>::new()
    );
    assert_eq!(
        bare_paths_in_markup("match x { A => text::a::B, }"),
        Vec::<usize>::new()
    );
}

/// Lines where `text::` follows `view! {`, a tag's `>` or a literal's
/// closing quote, where markup expects text, not an expression.
fn bare_paths_in_markup(source: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    for (at, _) in source.match_indices("text::") {
        let before = source[..at].trim_end();
        let markup = before.ends_with("view! {")
            || before.ends_with("view!{")
            || (before.ends_with('>') && !before.ends_with("=>") && !before.ends_with("->"))
            || before.ends_with('"');
        if markup {
            lines.push(source[..at].matches('\n').count() + 1);
        }
    }
    lines
}

/// The detector itself: what it must catch and what it must let through.
#[test]
fn the_detector_tells_prose_from_code() {
    let found = |source: &str| -> Vec<String> {
        prose_literals(source)
            .into_iter()
            .map(|(_, literal)| literal)
            .collect()
    };
    let prose = [
        (
            r#"view! { <h2>"Saving is paused"</h2> }"#,
            "Saving is paused",
        ),
        (
            r#"view! { <button aria-label="Close">"×"</button> }"#,
            "Close",
        ),
        (r#"let s = format!("{} done", percent);"#, "{} done"),
        (r#"let s = format!("exported {when}");"#, "exported {when}"),
        (r#"if one { "a task" } else { "tasks" }"#, "a task"),
        (r#"then_some(" (suggested)")"#, " (suggested)"),
        (
            "writeln!(\n    md,\n    \"## {} scores\",\n    name\n)",
            "## {} scores",
        ),
        (r##"let s = r#"Say "hello""#;"##, r#"Say "hello""#),
    ];
    for (source, literal) in prose {
        assert_eq!(found(source), vec![literal.to_owned()], "in {source}");
    }
    let code = [
        r#"view! { <div class="tag tag-commit" id="kpi-heading" role="status"></div> }"#,
        r#"let class = format!("bar bar-{slug}");"#,
        r#"<rect class=format!("score score-{}", band) />"#,
        r#"document().query_selector("main h1, [data-focus] button")"#,
        r#"let v = value.expect("the file was found under the crate");"#,
        r#"// A comment that says "Hello there" is not text"#,
        r#"#[serde(rename = "Key Results")] struct A;"#,
        r#"let path = format!("units[{i}].name");"#,
        r#"let file = format!("ladder-{}-{}.json", org, day);"#,
        r#"match key.as_str() { "ArrowDown" => 1, "Enter" => 2, _ => 0 }"#,
        r#"let c = 'x'; let l: &'static str = "ok";"#,
    ];
    for source in code {
        assert_eq!(found(source), Vec::<String>::new(), "in {source}");
    }
}
