//! The HTML run-sheet's live view: the one script the page runs and the policy that allows
//! only it.
//!
//! The script (`templates/sheet-live.js`) reads the times from the page's `data-*`
//! attributes and changes only text and attributes, so it needs no server and no network.
//! The page's Content-Security-Policy allows no source at all except that script, named by
//! the SHA-256 of its exact text, so no other script can run even if text got through.

use std::sync::LazyLock;

use base64::Engine as _;
use chrono::{DateTime, Duration, FixedOffset, SecondsFormat, Utc};
use sha2::{Digest as _, Sha256};

/// The live view's script, exactly as the page carries it between `<script>` and `</script>`.
pub const SCRIPT: &str = include_str!("../../../templates/sheet-live.js");

/// The page's Content-Security-Policy: nothing fetched, no form, no base URL, styles from the
/// page only, and no script but [`SCRIPT`].
pub fn content_security_policy() -> &'static str {
    static POLICY: LazyLock<String> = LazyLock::new(|| {
        format!(
            "default-src 'none'; script-src '{}'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
            script_hash(SCRIPT)
        )
    });
    &POLICY
}

/// The CSP source that allows the inline script `text`: `sha256-` and its base64 digest.
pub fn script_hash(text: &str) -> String {
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
}

/// The instant `minutes` after `start` in UTC, as the page's `data-start` and `data-end`
/// carry it (`2021-12-10T10:15:00Z`).
pub(crate) fn instant(start: DateTime<FixedOffset>, minutes: i32) -> String {
    (start + Duration::minutes(i64::from(minutes))).with_timezone(&Utc).to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_names_the_script_by_its_hash() {
        // The digest of the empty string, as CSP writes it.
        assert_eq!(script_hash(""), "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        assert!(content_security_policy().contains(&format!("script-src '{}'", script_hash(SCRIPT))));
        assert!(content_security_policy().starts_with("default-src 'none';"));
    }

    #[test]
    fn the_script_cannot_close_its_element_or_reach_out() {
        let lower = SCRIPT.to_ascii_lowercase();
        for bad in ["</", "<!--", "http", "innerhtml", "outerhtml", "eval(", "document.write", "fetch("] {
            assert!(!lower.contains(bad), "the script contains {bad}");
        }
    }

    #[test]
    fn instants_are_utc() {
        let start = DateTime::parse_from_rfc3339("2021-12-10T11:15:00+01:00").unwrap();
        assert_eq!(instant(start, 90), "2021-12-10T11:45:00Z");
    }
}
