//! The three layers depend one way: `ui` → `storage` → `domain`, with
//! `text` (every word a person reads) below them all. The compiler does not
//! see that inside one crate, so this test reads the sources and fails on
//! every use that points the wrong way:
//!
//! - `domain` is plain Rust: no Leptos, no browser APIs (`web_sys`,
//!   `js_sys`, `wasm_bindgen`, `gloo`), no `storage`, no `ui`;
//! - `text` uses none of the other layers, nor the browser;
//! - `storage` knows no Leptos and no `ui`;
//! - components, forms and pages never reach `storage`: they go through the
//!   state types of `ui` (which are the UI's only door to storage);
//! - a page never uses another page: shared pieces live in `ui/components`.
//!
//! A test rather than a crate per layer: the layers stay folders of one
//! crate (one `Cargo.toml`, one build), and the rule reads as a list.

use crate::sources::{char_literal_len, ident_byte, raw_string_start, sources};

/// External crates that belong to the browser or to the UI.
const BROWSER_CRATES: &[&str] = &[
    "leptos",
    "leptos_router",
    "reactive_graph",
    "reactive_stores",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "wasm_bindgen_futures",
    "gloo_storage",
    "gloo_timers",
    "gloo_utils",
    "console_error_panic_hook",
];

/// What the files under a folder must not use: crates, and modules of this
/// crate (as paths from the crate root).
struct Rule {
    under: &'static [&'static str],
    crates: &'static [&'static str],
    modules: &'static [&'static str],
    why: &'static str,
}

const RULES: &[Rule] = &[
    Rule {
        under: &["src/domain/"],
        crates: BROWSER_CRATES,
        modules: &["storage", "ui"],
        why: "the domain is plain Rust, testable on the host, and knows no layer above it",
    },
    Rule {
        under: &["src/text/"],
        crates: BROWSER_CRATES,
        modules: &["domain", "storage", "ui"],
        why: "the catalogue of words depends on nothing",
    },
    Rule {
        under: &["src/storage/"],
        crates: &[
            "leptos",
            "leptos_router",
            "reactive_graph",
            "reactive_stores",
        ],
        modules: &["ui"],
        why: "storage is below the UI and holds no reactive state",
    },
    Rule {
        under: &["src/ui/components/", "src/ui/forms/", "src/ui/pages/"],
        crates: &[],
        modules: &["storage"],
        why: "components reach storage only through the state types of `ui`",
    },
];

#[test]
fn every_layer_uses_only_the_layers_below_it() {
    let mut found = Vec::new();
    for (file, source) in &sources() {
        let code = code_only(source);
        for rule in RULES
            .iter()
            .filter(|r| r.under.iter().any(|u| file.starts_with(u)))
        {
            for (line, name) in crates_used(&code) {
                if rule.crates.contains(&name.as_str()) {
                    found.push(format!("{file}:{line}: uses `{name}`: {}", rule.why));
                }
            }
            for (line, path) in paths_used(file, &code) {
                if let Some(first) = path.first()
                    && rule.modules.contains(&first.as_str())
                {
                    found.push(format!(
                        "{file}:{line}: uses `crate::{}`: {}",
                        path.join("::"),
                        rule.why
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_page_never_uses_another_page() {
    let mut found = Vec::new();
    for (file, source) in &sources() {
        // A page is a file or a folder of its own under `pages/`.
        let Some(page) = file
            .strip_prefix("src/ui/pages/")
            .and_then(|f| f.strip_suffix(".rs"))
            .and_then(|f| f.split('/').next())
        else {
            continue;
        };
        if page == "mod" {
            continue;
        }
        for (line, path) in paths_used(file, &code_only(source)) {
            if let [ui, pages, other, ..] = path.as_slice()
                && ui == "ui"
                && pages == "pages"
                && other != page
            {
                found.push(format!(
                    "{file}:{line}: uses the page `{other}` (`crate::{}`): shared pieces belong in ui/components",
                    path.join("::")
                ));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The checks see what they should: a forbidden use is found however it is
/// written, and comments and strings are not code.
#[test]
fn the_checks_find_uses_however_written() {
    let code = code_only(
        "use leptos::prelude::*;\n\
         // use web_sys::Window;\n\
         let s = \"js_sys::Date\";\n\
         fn f() { wasm_bindgen::JsValue::NULL; }\n\
         use crate::{domain::Workspace, storage::local};\n\
         use super::super::ui::state::Document;\n\
         let x = crate::text::common::SAVE;\n",
    );
    let crates: Vec<_> = crates_used(&code).into_iter().map(|(_, c)| c).collect();
    assert_eq!(crates, ["leptos", "wasm_bindgen"]);
    let paths: Vec<_> = paths_used("src/domain/rule.rs", &code)
        .into_iter()
        .map(|(line, p)| (line, p.join("::")))
        .collect();
    assert_eq!(
        paths,
        [
            (5, "domain::Workspace".to_owned()),
            (5, "storage::local".to_owned()),
            (6, "ui::state::Document".to_owned()),
            (7, "text::common::SAVE".to_owned()),
        ]
    );
    // From a page, `super::unit` is the page `unit`.
    let from_page = paths_used(
        "src/ui/pages/objective.rs",
        &code_only("use super::unit::X;"),
    );
    assert_eq!(from_page[0].1, ["ui", "pages", "unit", "X"]);
    // In a folder's `mod.rs`, `super` is the folder's parent.
    let from_mod = paths_used("src/domain/mod.rs", &code_only("use super::storage;"));
    assert_eq!(from_mod[0].1, ["storage"]);
}

/// `source` with comments, strings and char literals blanked out (lines kept).
fn code_only(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    let blank = |text: &str, out: &mut String| {
        out.extend(text.chars().map(|c| if c == '\n' { '\n' } else { ' ' }));
    };
    while i < bytes.len() {
        let rest = &source[i..];
        let end = if rest.starts_with("//") {
            rest.find('\n').unwrap_or(rest.len())
        } else if let Some(body) = rest.strip_prefix("/*") {
            body.find("*/").map_or(rest.len(), |at| at + 4)
        } else if let Some(hashes) =
            raw_string_start(&bytes[i..]).filter(|_| bytes[i] == b'r' && !ident_byte(bytes, i))
        {
            let body = hashes + 2;
            let closing = format!("\"{}", "#".repeat(hashes));
            rest[body..]
                .find(&closing)
                .map_or(rest.len(), |at| body + at + closing.len())
        } else if rest.starts_with('"') {
            let mut end = 1;
            while end < rest.len() && rest.as_bytes()[end] != b'"' {
                end += if rest.as_bytes()[end] == b'\\' { 2 } else { 1 };
            }
            (end + 1).min(rest.len())
        } else if rest.starts_with('\'') {
            char_literal_len(&bytes[i..])
        } else {
            0
        };
        if end == 0 {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        } else {
            blank(&rest[..end], &mut out);
            i += end;
        }
    }
    out
}

/// Identifiers at the start of a path (`name::…`) or after `use`, with
/// their line: the external crates a file uses.
fn crates_used(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        for (at, ident) in identifiers(line) {
            let before = line[..at].trim_end();
            let after = &line[at + ident.len()..];
            let path_start = after.starts_with("::") && !before.ends_with("::");
            let used =
                before.ends_with("use") || before.ends_with("crate") && before.contains("extern");
            if (path_start || used) && BROWSER_CRATES.contains(&ident) {
                found.push((n + 1, ident.to_owned()));
            }
        }
    }
    found
}

fn identifiers(line: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphabetic() || bytes[i] == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            found.push((start, &line[start..i]));
        } else {
            i += 1;
        }
    }
    found
}

/// Every path into this crate in `code` (from `crate::`, or `super::`
/// resolved against `file`'s module), as segments from the crate root,
/// with its line. A `{…}` group after the prefix gives one path per entry.
fn paths_used(file: &str, code: &str) -> Vec<(usize, Vec<String>)> {
    let module = module_of(file);
    let mut found = Vec::new();
    let line_of = |at: usize| code[..at].matches('\n').count() + 1;
    for (at, _) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
            continue; // `super::super::x` is read from its first `super`.
        }
        let mut base = Vec::new();
        let mut rest = &code[at..];
        if let Some(r) = rest.strip_prefix("crate::") {
            rest = r;
        } else {
            base = module.clone();
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
        }
        let rest = rest.trim_start();
        let entries: Vec<&str> = match rest.strip_prefix('{') {
            Some(group) => top_level_entries(group),
            None => vec![rest],
        };
        for entry in entries {
            let mut path = base.clone();
            path.extend(segments(entry).into_iter().map(str::to_owned));
            if path.len() > base.len() {
                found.push((line_of(at), path));
            }
        }
    }
    found.sort();
    found
}

/// The segments of the path `text` starts with: `a::b::{c}` → `[a, b]`.
fn segments(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text.trim_start();
    loop {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if end == 0 {
            return found;
        }
        found.push(&rest[..end]);
        match rest[end..].strip_prefix("::") {
            Some(next) => rest = next,
            None => return found,
        }
    }
}

/// The comma-separated entries of a `{…}` group (its text after `{`) at
/// its own depth, up to the matching `}`.
fn top_level_entries(group: &str) -> Vec<&str> {
    let mut entries = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                entries.push(&group[start..i]);
                return entries;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                entries.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    entries
}

/// `src/ui/pages/unit.rs` → `[ui, pages, unit]`; `src/domain/mod.rs` →
/// `[domain]`; `src/lib.rs` → `[]`.
fn module_of(file: &str) -> Vec<String> {
    let path = file.strip_prefix("src/").unwrap_or(file);
    let path = path.strip_suffix(".rs").unwrap_or(path);
    let mut segments: Vec<String> = path.split('/').map(str::to_owned).collect();
    if matches!(
        segments.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        segments.pop();
    }
    segments
}
