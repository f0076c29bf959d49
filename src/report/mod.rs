//! Reporters: one per diagnostic output format.
