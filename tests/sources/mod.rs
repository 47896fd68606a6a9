//! The crate's own sources, read by the host tests that check rules the
//! compiler does not: where prose lives (`text_in_one_place.rs`) and which
//! way the layers depend (`layering.rs`), and the pieces of a Rust lexer
//! both need.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

/// Every Rust file under `src/`, by its path from the crate (with `/`), and
/// its text, in a stable order.
pub fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    collect(&root.join("src"), &mut files);
    files
        .into_iter()
        .map(|file| {
            let relative = file
                .strip_prefix(root)
                .expect("the file was found under the crate")
                .to_string_lossy()
                .replace('\\', "/");
            let source = fs::read_to_string(&file).expect("a source file reads as UTF-8");
            (relative, source)
        })
        .collect()
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("the source folder lists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// Whether the byte before `i` belongs to an identifier (so an `r` there
/// is not the start of a raw string).
pub fn ident_byte(bytes: &[u8], i: usize) -> bool {
    i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')
}

/// `r"`, `r#"`, `br"`…: the number of hashes when a raw string starts here.
pub fn raw_string_start(bytes: &[u8]) -> Option<usize> {
    let hashes = bytes[1..].iter().take_while(|&&b| b == b'#').count();
    (bytes.get(1 + hashes) == Some(&b'"')).then_some(hashes)
}

/// The length of a char literal or a lifetime starting at `'`.
pub fn char_literal_len(bytes: &[u8]) -> usize {
    match bytes.get(1) {
        Some(b'\\') => bytes[2..]
            .iter()
            .position(|&b| b == b'\'')
            .map_or(1, |at| at + 3),
        Some(_) if bytes.get(2) == Some(&b'\'') => 3,
        // A multi-byte char literal, or a lifetime (which has no closing quote).
        Some(_) => {
            let rest = std::str::from_utf8(&bytes[1..bytes.len().min(6)]).unwrap_or("");
            match rest.chars().next() {
                Some(c) if !c.is_ascii() && rest[c.len_utf8()..].starts_with('\'') => {
                    2 + c.len_utf8()
                }
                _ => 1,
            }
        }
        None => 1,
    }
}
