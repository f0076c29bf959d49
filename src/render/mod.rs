//! Renderers: pure functions from the model to bytes, one module per output.

pub mod json;
pub mod text;
