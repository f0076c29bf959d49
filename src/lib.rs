//! runsheet: plan, validate and publish the timing of workshop and conference sessions.
//!
//! Data flows one way: source text → [`parse`] → [`model`] → [`validate`] → [`render`]
//! (and [`report`] for diagnostics). The library never prints; the `runsheet` binary
//! decides what to show and where.
#![warn(missing_docs, clippy::print_stdout, clippy::print_stderr)]

pub mod diff;
pub mod escape;
pub mod event;
pub mod model;
pub mod parse;
pub mod render;
pub mod report;
pub mod schedule;
pub mod source;
pub mod time;
pub mod validate;
