//! runsheet: plan, validate and publish the timing of workshop and conference sessions.
//!
//! Data flows one way: source text → [`parse`] → [`model`] → [`validate`] → [`render`].
//! The library never prints; the `runsheet` binary decides what to show and where.
#![warn(missing_docs, clippy::print_stdout, clippy::print_stderr)]

pub mod model;
pub mod parse;
pub mod render;
pub mod source;
pub mod time;
