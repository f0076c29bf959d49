//! Value parsers and settings shared by subcommands: lengths, zones, local date-times,
//! `--color`, and the DTSTAMP taken from SOURCE_DATE_EPOCH.

use anyhow::Context;
use chrono::{DateTime, NaiveDateTime, Utc};
use runsheet::model::Zone;

/// When to colour what a command writes for people (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream that is (`terminal`) or is not a terminal.
    pub(super) fn colours(self, terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }
}

/// Reads a length such as `15m`, `1h`, `1h30m` or a bare number of minutes.
pub(super) fn parse_minutes(s: &str) -> Result<u32, String> {
    let bad = || format!("`{s}` is not a duration like 15m, 1h or 1h30m");
    let t = s.trim().to_ascii_lowercase();
    if let Ok(m) = t.parse::<u32>() {
        return Ok(m);
    }
    let (mut total, mut num, mut any) = (0u32, String::new(), false);
    for c in t.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: u32 = num.parse().map_err(|_| bad())?;
        num.clear();
        total = match c {
            'h' => n.checked_mul(60).and_then(|h| total.checked_add(h)),
            'm' => total.checked_add(n),
            'd' => n.checked_mul(1440).and_then(|d| total.checked_add(d)),
            _ => None,
        }
        .ok_or_else(bad)?;
        any = true;
    }
    if any && num.is_empty() { Ok(total) } else { Err(bad()) }
}

/// Reads a zone given as a flag, as `time::zone_named` does (`CET` is the tz database zone).
pub(super) fn parse_zone(s: &str) -> Result<Zone, String> {
    runsheet::time::zone_named(s).map_err(|e| e.to_string())
}

/// Reads a local date and time such as `2019-11-26T09:30`.
pub(super) fn parse_local(s: &str) -> Result<NaiveDateTime, String> {
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s.trim(), f).ok())
        .ok_or_else(|| format!("`{s}` is not a local date and time like 2019-11-26T09:30"))
}

/// DTSTAMP: SOURCE_DATE_EPOCH when set (reproducible builds), else now.
pub(super) fn dtstamp() -> anyhow::Result<DateTime<Utc>> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => {
            let secs: i64 = v.trim().parse().with_context(|| format!("SOURCE_DATE_EPOCH `{v}` is not a number"))?;
            DateTime::from_timestamp(secs, 0).with_context(|| format!("SOURCE_DATE_EPOCH `{v}` is out of range"))
        }
        Err(_) => Ok(DateTime::from_timestamp(Utc::now().timestamp(), 0).unwrap_or_default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alarm_durations() {
        assert_eq!(parse_minutes("15m"), Ok(15));
        assert_eq!(parse_minutes("15"), Ok(15));
        assert_eq!(parse_minutes("1h30m"), Ok(90));
        assert_eq!(parse_minutes("2H"), Ok(120));
        assert!(parse_minutes("m").is_err());
        assert!(parse_minutes("15x").is_err());
        assert!(parse_minutes("1h30").is_err());
    }
}
