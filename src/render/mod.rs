//! Renderers: pure functions from the model to bytes, one module per output.

pub mod ics;
pub mod json;
pub mod sheet;
pub mod text;
