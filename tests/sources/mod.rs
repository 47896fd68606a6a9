//! The crate's own sources, read by the host tests that check rules the
//! compiler does not: where prose lives (`text_in_one_place.rs`) and which
//! way the layers depend (`layering.rs`).
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
