//! The host tests, one module per subject, in one test binary: each
//! integration test file was its own binary linking Leptos and its
//! dependencies (330 MB apiece with debug information), and thirty of them
//! filled the CI machine's disk. `cargo test <module>::` runs one subject.
//! The fuzzer stays a binary of its own (`tests/fuzz.rs`): it replaces the
//! panic hook while it runs.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod sources;

mod alignment;
mod axis;
mod coach;
mod csv;
mod date_serde;
mod dates;
mod dependencies;
mod edits;
mod execution;
mod format;
mod forms;
mod generator;
mod id;
mod individual;
mod json_path;
mod layering;
mod lock;
mod measure_sentence;
mod merge;
mod packed;
mod period;
mod personal;
mod pretty;
mod progress;
mod records;
mod refusals;
mod route;
mod sizes;
mod snapshot;
mod split_pages;
mod storage_parts;
mod sync;
mod sync_docs;
mod text_in_one_place;
