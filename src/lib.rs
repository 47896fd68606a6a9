//! Ladder: an OKR tracker that runs entirely in the browser.
//!
//! Three layers, dependencies pointing one way (see `ARCHITECTURE.md`):
//! [`domain`] (the OKR model, pure) ← [`storage`] (format, localStorage, files)
//! ← [`ui`] (Leptos components and state).

pub mod domain;
pub mod storage;
pub mod text;
pub mod ui;
