//! Persistence and exchange: the only code that knows the file format, the
//! localStorage keys and how files reach and leave the browser.
//!
//! [`snapshot`] and [`refusal`] (a refused file explained) are pure and
//! host-tested; [`local`] and [`files`] are thin
//! wrappers over browser APIs, tested end to end in Chromium.

pub mod files;
pub mod journal;
pub mod json_path;
pub mod local;
pub mod packed;
pub mod parts;
pub mod personal_file;
pub mod pretty;
pub mod refusal;
pub mod seal;
pub mod session;
pub mod snapshot;
pub mod sync;
