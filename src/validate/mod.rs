//! Validation rules: each takes a session and returns diagnostics as plain data.
