//! The run's plan: rule levels and the role policy, resolved once from `runsheet.toml`
//! and the command line (configuration first, then flags), then read by every rule.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Diagnostic, Severity, catalog};
use crate::model::Role;

/// Which pairs of roles one person should not hold together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RolePolicy {
    /// Unordered pairs of roles that conflict.
    pub conflicts: Vec<(Role, Role)>,
}

impl Default for RolePolicy {
    /// Onsite moderation conflicts with online moderation, speaking and reporting; speaking
    /// conflicts with online moderation and reporting. Organising combines with anything.
    fn default() -> Self {
        use Role::*;
        RolePolicy {
            conflicts: vec![
                (OnsiteModerator, OnlineModerator),
                (Speaker, OnsiteModerator),
                (Speaker, OnlineModerator),
                (Speaker, Rapporteur),
                (OnsiteModerator, Rapporteur),
            ],
        }
    }
}

/// What `runsheet.toml` may say about `check`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckConfig {
    /// Codes switched off.
    #[serde(default)]
    pub allow: Vec<String>,
    /// Codes reported as warnings.
    #[serde(default)]
    pub warn: Vec<String>,
    /// Codes reported as errors (`warnings` makes every warning an error).
    #[serde(default)]
    pub deny: Vec<String>,
    /// The role policy.
    #[serde(default)]
    pub roles: Option<RolesConfig>,
}

/// The `[check.roles]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RolesConfig {
    /// Pairs of roles one person should not hold together; replaces the default list.
    pub conflicts: Vec<[Role; 2]>,
}

/// A `runsheet.toml` file; only its `[check]` table is read here, other tables are left
/// to the commands that use them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ConfigFile {
    /// The `[check]` table.
    #[serde(default)]
    pub check: CheckConfig,
}

impl ConfigFile {
    /// Parses the text of a `runsheet.toml`.
    ///
    /// # Errors
    /// [`PlanError::Config`] with the TOML parser's message when the text is malformed.
    pub fn parse(text: &str) -> Result<ConfigFile, PlanError> {
        toml::from_str(text).map_err(|e| PlanError::Config(located(text, e.span().map(|r| r.start), e.message())))
    }

    /// The top-level keys of `text` that runsheet does not read (only `[check]` is read), each
    /// with where it stands as `LINE:COLUMN`; empty when the text is not TOML.
    pub fn unknown_keys(text: &str) -> Vec<(String, String)> {
        let Ok(doc) = toml::de::DeTable::parse(text) else { return Vec::new() };
        doc.get_ref()
            .iter()
            .filter(|(k, _)| k.get_ref() != "check")
            .map(|(k, _)| (k.get_ref().to_string(), located(text, Some(k.span().start), "")))
            .collect()
    }
}

/// `LINE:COLUMN: MESSAGE` for the byte `at` of `text` (or the message alone); with an empty
/// message, `LINE:COLUMN`.
fn located(text: &str, at: Option<usize>, message: &str) -> String {
    let Some(at) = at.map(|a| a.min(text.len())) else { return message.to_owned() };
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    // One line: the TOML parser's messages may hold line breaks.
    let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
    if message.is_empty() { format!("{line}:{column}") } else { format!("{line}:{column}: {message}") }
}

/// Why a plan could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// A code given to `--allow`/`--warn`/`--deny` or in the config is not a rule.
    #[error("unknown rule code `{code}`{}", suggestion.as_ref().map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default())]
    UnknownCode {
        /// The code as given.
        code: String,
        /// The closest known code, when one is close.
        suggestion: Option<String>,
    },
    /// The configuration file is malformed.
    #[error("{0}")]
    Config(String),
}

/// The resolved levels and policy for one run of `check`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Per-code level: `None` switches the rule off.
    levels: BTreeMap<String, Option<Severity>>,
    /// Whether warnings are reported as errors.
    pub deny_warnings: bool,
    /// Which roles conflict.
    pub roles: RolePolicy,
}

/// The known code closest to `code`, if any is close enough to suggest.
pub fn suggest(code: &str) -> Option<String> {
    catalog()
        .into_iter()
        .map(|r| (strsim::jaro_winkler(code, r.code), r.code))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.to_owned())
}

impl Plan {
    /// Resolves the configuration file's `[check]` table and then the flags (in the order
    /// allow, warn, deny, so a code given to several flags ends at the last) into one plan.
    ///
    /// # Errors
    /// [`PlanError::UnknownCode`] when a code is not a rule (with the closest one suggested).
    pub fn resolve(
        config: &CheckConfig,
        allow: &[String],
        warn: &[String],
        deny: &[String],
    ) -> Result<Plan, PlanError> {
        let mut plan = Plan::default();
        if let Some(roles) = &config.roles {
            plan.roles.conflicts = roles.conflicts.iter().map(|[a, b]| (*a, *b)).collect();
        }
        for (allow, warn, deny) in [
            (&config.allow[..], &config.warn[..], &config.deny[..]),
            (allow, warn, deny),
        ] {
            for (codes, level) in [
                (allow, None),
                (warn, Some(Severity::Warning)),
                (deny, Some(Severity::Error)),
            ] {
                for code in codes {
                    plan.set(code, level)?;
                }
            }
        }
        Ok(plan)
    }

    fn set(&mut self, code: &str, level: Option<Severity>) -> Result<(), PlanError> {
        if code == "warnings" {
            self.deny_warnings = level == Some(Severity::Error);
            return Ok(());
        }
        if !catalog().iter().any(|r| r.code == code) {
            return Err(PlanError::UnknownCode {
                code: code.to_owned(),
                suggestion: suggest(code),
            });
        }
        self.levels.insert(code.to_owned(), level);
        Ok(())
    }

    /// Applies the levels: drops allowed codes, re-levels the others, and with
    /// `deny_warnings` makes every remaining warning an error.
    pub fn apply(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diagnostics
            .into_iter()
            .filter_map(|mut d| {
                if let Some(level) = self.levels.get(&d.code) {
                    d.severity = (*level)?;
                }
                if self.deny_warnings && d.severity == Severity::Warning {
                    d.severity = Severity::Error;
                }
                Some(d)
            })
            .collect()
    }
}
