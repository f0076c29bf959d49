//! Moderator run-sheets.
