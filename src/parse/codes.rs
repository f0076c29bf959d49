//! Every [`ParseNote`](crate::model::ParseNote) code in one place.
//!
//! Codes are kebab-case and stable: `runsheet check` reports them and users may filter on
//! them. Add a code here (constant and table row) before using it anywhere.

/// A role was given to an unlabelled entry because of where it stands.
pub const ROLE_INFERRED: &str = "role-inferred";
/// Text clearly meant as a clock time has impossible values (`25:00`, `00:60`).
pub const BAD_TIME: &str = "bad-time";
/// A breakdown's clock times could be offsets or wall-clock times; one reading was chosen.
pub const AMBIGUOUS_TIME_BASIS: &str = "ambiguous-time-basis";
/// A duration could not be read (`about an hour`, `1.3 min`).
pub const UNREADABLE_DURATION: &str = "unreadable-duration";
/// A local time occurs twice in its zone (clocks go back); the first occurrence was taken.
pub const LOCAL_TIME_REPEATED: &str = "local-time-repeated";
/// A local time does not exist in its zone (clocks go forward over it).
pub const LOCAL_TIME_GAP: &str = "local-time-gap";
/// A time-zone name was not recognised.
pub const UNKNOWN_ZONE: &str = "unknown-zone";
/// Bytes that are not UTF-8 were replaced by U+FFFD.
pub const INVALID_UTF8: &str = "invalid-utf8";
/// Two spellings of a name were taken to be the same person.
pub const NAME_VARIANT_MERGED: &str = "name-variant-merged";
/// A slot line was recognised but could not be read completely.
pub const BAD_SLOT: &str = "bad-slot";
/// A slot ends before (or when) it starts.
pub const SLOT_END_BEFORE_START: &str = "slot-end-before-start";
/// The breakdown's clock times are wall-clock times with no slot; offsets count from the first.
pub const ABSOLUTE_WITHOUT_SLOT: &str = "absolute-without-slot";
/// A breakdown's times of day do not fall inside the slot (often local time against a UTC
/// slot); minutes count from the first entry.
pub const TIMES_OUTSIDE_SLOT: &str = "times-outside-slot";
/// A time-zone abbreviation was read with one of several possible meanings.
pub const ZONE_ABBREVIATION: &str = "zone-abbreviation";
/// The session header (`IGF 2021 WS #119 Title`) was not found.
pub const NO_HEADER: &str = "no-header";
/// A label such as `Onsite Moderator:` had no value.
pub const EMPTY_ROLE: &str = "empty-role";
/// A second time breakdown was found and kept as text only.
pub const EXTRA_BREAKDOWN: &str = "extra-breakdown";
/// A TOML agenda value could not be used (a bad duration, offset, role or time).
pub const BAD_AGENDA_VALUE: &str = "bad-agenda-value";
/// The agenda reads almost as well another way; the reading taken and the other are named.
pub const AMBIGUOUS_AGENDA: &str = "ambiguous-agenda";
/// A slot's time zone is not written, stated or implied by the venue; its times are kept as
/// local times.
pub const ZONE_MISSING: &str = "zone-missing";
/// A slot written without a zone was read in the zone `--input-tz` gives.
pub const ZONE_GIVEN: &str = "zone-given";
/// A slot's time zone was inferred from the venue (a country with one zone, or a city that
/// names a zone).
pub const ZONE_INFERRED: &str = "zone-inferred";
/// An agenda entry without a length among timed ones: the entries after it cannot be placed.
pub const UNTIMED_ENTRY: &str = "untimed-entry";
/// The last start time of an agenda has no end (no slot end, no length, no next entry).
pub const OPEN_ENDED: &str = "open-ended-entry";
/// A segment's end is written before its start; it was read as ending where it starts.
pub const ENDS_BEFORE_START: &str = "ends-before-start";
/// A length was written approximately or as a range (`~10 min`, `15-20 min`); the longer
/// end was taken.
pub const APPROXIMATE_LENGTH: &str = "approximate-length";
/// The same agenda appears again in the text (a copy); it was read once.
pub const DUPLICATE_AGENDA: &str = "duplicate-agenda";
/// The text holds several sittings (days or parts), each read as a session of its own.
pub const SEVERAL_SESSIONS: &str = "several-sessions";
/// The agenda's times are written in another zone than the slot's (`Time (CEST)` under a UTC
/// slot); they were converted.
pub const ZONE_CONVERTED: &str = "zone-converted";
/// A date such as `9/4/2025` reads day first or month first; it was read month first
/// because the slot's zone is one where dates are written so.
pub const DATE_ORDER: &str = "date-order";

/// Every code with a one-line description, in the order above.
pub const CODES: &[(&str, &str)] = &[
    (ROLE_INFERRED, "a role was inferred from an unlabelled entry's position"),
    (BAD_TIME, "text meant as a clock time has impossible values, such as 25:00 or 00:60"),
    (AMBIGUOUS_TIME_BASIS, "breakdown times could be offsets or wall-clock times; one reading was chosen"),
    (UNREADABLE_DURATION, "a duration could not be read"),
    (LOCAL_TIME_REPEATED, "a local time occurs twice in its zone; the first occurrence was taken"),
    (LOCAL_TIME_GAP, "a local time does not exist in its zone (DST gap)"),
    (UNKNOWN_ZONE, "a time-zone name was not recognised"),
    (INVALID_UTF8, "bytes that are not UTF-8 were replaced by U+FFFD"),
    (NAME_VARIANT_MERGED, "two spellings of a name were taken to be the same person"),
    (BAD_SLOT, "a slot line was recognised but could not be read completely"),
    (SLOT_END_BEFORE_START, "a slot ends before or when it starts"),
    (ABSOLUTE_WITHOUT_SLOT, "wall-clock breakdown without a slot; offsets count from the first segment"),
    (TIMES_OUTSIDE_SLOT, "breakdown times of day fall outside the slot; minutes count from the first entry"),
    (ZONE_ABBREVIATION, "a time-zone abbreviation was read with one of several possible meanings"),
    (NO_HEADER, "no session header such as `IGF 2021 WS #119 Title` was found"),
    (EMPTY_ROLE, "a role label had no person after it"),
    (EXTRA_BREAKDOWN, "a further time breakdown was kept as text only"),
    (BAD_AGENDA_VALUE, "a value in a TOML agenda could not be used"),
    (AMBIGUOUS_AGENDA, "the agenda reads almost as well another way; timing findings on it are at most warnings"),
    (ZONE_MISSING, "the slot's time zone is not given; its times are kept as local times, not assumed UTC"),
    (ZONE_INFERRED, "the slot's time zone was inferred from the venue"),
    (ZONE_GIVEN, "the slot's time zone is not written; it was read in the zone --input-tz gives"),
    (UNTIMED_ENTRY, "an agenda entry without a length among timed ones; later entries cannot be placed"),
    (OPEN_ENDED, "the last start time of an agenda has no end; it is kept as text only"),
    (ENDS_BEFORE_START, "a segment ends before it starts; it was read as ending where it starts"),
    (APPROXIMATE_LENGTH, "a length was written approximately or as a range; the longer end was taken"),
    (DUPLICATE_AGENDA, "the same agenda appears twice in the text; it was read once"),
    (SEVERAL_SESSIONS, "the text holds several days or parts, each read as a session of its own"),
    (ZONE_CONVERTED, "the agenda's times are in another zone than the slot's and were converted"),
    (DATE_ORDER, "a date that reads either way round was read month first, as the slot's zone writes dates"),
];

#[cfg(test)]
mod tests {
    use super::CODES;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = foldhash::HashSet::default();
        for (code, doc) in CODES {
            assert!(seen.insert(*code), "duplicate {code}");
            assert!(code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{code}");
            assert!(!doc.is_empty());
        }
    }
}
