//! The codes of the notes made while reading a programme (frab XML/JSON, CSV, TOML) or
//! writing one (`runsheet export`), for the catalog of `runsheet rules` and `explain`, so
//! each can be re-levelled like any other rule. A note takes the level its reader gives it;
//! the severity listed is the usual one.

use crate::validate::{Origin, Rule, Severity};

use Severity::{Error, Note, Warning};

const fn r(code: &'static str, severity: Severity, summary: &'static str, explanation: &'static str) -> Rule {
    Rule { code, severity, summary, explanation, origin: Origin::Programme }
}

/// Every programme note code, sorted by code.
pub const RULES: &[Rule] = &[
    r("acronym-changed", Note, "the export writes the conference's acronym in the form frab accepts",
      "frab's schema allows lower-case letters, digits and `_` in an acronym; another acronym is written in that form.\n\nExample: acronym `30C3` is written as `30c3`.\n\nFix: give the programme such an acronym."),
    r("acronym-invalid", Note, "the conference's acronym does not match the frab pattern",
      "frab's schema allows lower-case letters, digits and `_` in an acronym; this one is read as written.\n\nExample: `\"acronym\": \"Camp 2019\"`.\n\nFix: use an acronym such as `camp2019`."),
    r("date-after-midnight", Note, "an event without a date is read as past midnight, on the next day",
      "An event that gives only its local start (`00:30`) is placed on its day; one that starts before the day's start, before the conference's `day_change`, or after a later start in its room belongs to the night after that day.\n\nExample: `23:00` then `00:00` in one room.\n\nFix: nothing, if that is right; else give each event its `date`."),
    r("date-from-day", Note, "an event has no date; its start is read as local time on its day",
      "Early frab and Pentabarf exports give an event's `start` (`10:30`) without a date; the date comes from the day the event is listed under.\n\nExample: `\"start\": \"10:30\"` under a day dated 2013-12-27.\n\nFix: nothing; newer exports carry a `date` per event."),
    r("date-invalid", Error, "an event's date and time is not ISO 8601",
      "The event (or the CSV row) gets no slot, or is skipped, because its date and time cannot be read.\n\nExample: `\"date\": \"27.12.2013 10:30\"`.\n\nFix: write `2013-12-27T10:30:00+01:00`."),
    r("day-invalid", Warning, "a day has no readable date and is skipped",
      "A `<day>` or day object needs a date `YYYY-MM-DD`; without one its start and end cannot be placed.\n\nExample: `<day index=\"1\">` without `date`.\n\nFix: give the day its date."),
    r("days-count-mismatch", Note, "daysCount disagrees with the days listed",
      "The conference says how many days it has, and lists another number; the list is used.\n\nExample: `\"daysCount\": 4` with three days listed.\n\nFix: correct daysCount."),
    r("duration-disagrees-with-end", Warning, "an event's duration and its end disagree",
      "Schema v1 reads the duration, v2 the end; the other is reported when they differ.\n\nExample: `\"duration\": \"00:45\"` and an end an hour after the start.\n\nFix: correct one of them."),
    r("duration-empty", Warning, "an event has no duration and is given one timeslot",
      "Without a duration or an end the event lasts one `timeslot_duration` (or zero minutes when the conference names none).\n\nExample: `\"duration\": \"\"`.\n\nFix: give the event its duration."),
    r("duration-invalid", Warning, "a duration is not an HH:MM of at most a year",
      "A duration is `HH:MM` (or `HH:MM:SS`, or ISO 8601 `PT45M`), without a sign, of at most a year; another is not used (a TOML or CSV session with one is skipped, an error).\n\nExample: `\"duration\": \"-00:30\"` or `\"duration\": \"99999999:00\"`.\n\nFix: write `00:30`."),
    r("duration-zero", Warning, "an event lasts zero minutes",
      "The event is kept as a moment; its calendar event has no end, which RFC 5545 reads as ending at its start.\n\nExample: `\"duration\": \"00:00\"`.\n\nFix: give the real duration, if it has one."),
    r("event-duplicate", Warning, "an event is listed twice in the same room at the same time",
      "The two listings are one event, kept once; the persons of both are kept.\n\nExample: the same guid twice under `Saal 1` at 10:00.\n\nFix: remove the copy."),
    r("event-ends-before-start", Warning, "an event ends before it starts",
      "The event is kept as a moment at its start instead of being given a negative length.\n\nExample: start `10:00`, end `09:30`.\n\nFix: correct the start or the end."),
    r("event-guid-replaced", Warning, "the export gives an event another guid",
      "frab needs a UUID that no other event uses; an event whose guid is missing, not a UUID or taken gets one derived from the conference's acronym and the event's key, the same on every export.\n\nExample: guid `talk-7` is exported as a UUID.\n\nFix: give each event its own UUID."),
    r("event-id-renumbered", Warning, "the export gives an event another id",
      "frab needs a numeric id that no other event uses; an event whose id is taken by an earlier one gets the next free id.\n\nExample: two events with id 15 from merged programmes.\n\nFix: give each event its own id."),
    r("event-in-several-rooms", Note, "an event is listed in several rooms at the same time",
      "The listings (same guid, or same title and times) are read as one event held in all those rooms: it is in each room's calendar and run-sheet and in none of their conflicts.\n\nExample: a lunch break listed in two halls.\n\nFix: nothing, if that is right."),
    r("event-key-duplicate", Warning, "an event has the id of an earlier event",
      "Both events are kept, the second with `/2` after its key, so calendar UIDs stay unique.\n\nExample: two conferences merged into one file, each with an event 1.\n\nFix: give each event its own id or guid."),
    r("event-listed-again", Note, "the export writes an event's further room as its own listing",
      "frab allows one room per event and each guid once, so an event in two rooms is written twice, the second listing with an id and guid derived from its guid and room (the same on every export).\n\nExample: a break in two halls.\n\nFix: nothing."),
    r("event-not-exported", Warning, "the export leaves out an event without a slot or a room",
      "frab places every event in a room at a time; an event without either cannot be written.\n\nExample: a session with no slot.\n\nFix: give it a slot and a room."),
    r("event-repeated", Note, "a session is held again at another time",
      "The same guid at another time is another occurrence of the session; each is kept, the later ones with `/2`, `/3` after their key.\n\nExample: a workshop held on two days.\n\nFix: nothing, if that is right."),
    r("event-without-room", Warning, "an event has no room",
      "The event is kept; it is in no room's calendar or run-sheet and cannot be exported.\n\nExample: `\"room\": \"\"`.\n\nFix: give the event its room."),
    r("event-without-time", Warning, "an event has no start date and time",
      "The event is kept without a slot; calendars and run-sheets leave it out.\n\nExample: an event without `date` or `start`.\n\nFix: give the event its start."),
    r("event-without-title", Warning, "an event has no title",
      "The event is kept and named by its id.\n\nExample: `\"title\": \"\"`.\n\nFix: give the event a title."),
    r("offset-disagrees-with-zone", Warning, "a CSV row's offset is not its zone's at that time",
      "The instant as written is kept.\n\nExample: `2024-07-01T10:00+01:00` with tz `Europe/Berlin`, which is at +02:00 then.\n\nFix: correct the offset or the zone."),
    r("person-as-text", Note, "a person is given as a plain string, not an object",
      "Early frab JSON lists persons as names; the string is read as the name.\n\nExample: `\"persons\": [\"Ana Silva\"]`.\n\nFix: nothing."),
    r("person-without-name", Warning, "a person entry has no name and is left out",
      "A person needs `public_name`, `full_public_name` or `name` (JSON), or text (XML).\n\nExample: `\"persons\": [null]` or `<person id=\"7\"/>`.\n\nFix: give the person a name."),
    r("room-guid-duplicate", Warning, "two rooms share a guid",
      "The export gives each room its own.\n\nExample: two rooms with the same `guid`.\n\nFix: give each room its own UUID."),
    r("room-key-duplicate", Warning, "a room is a key twice in one day of a JSON programme",
      "JSON readers differ on which of the two lists they keep; runsheet reads both.\n\nExample: `\"rooms\": {\"A\": [...], \"A\": [...]}`.\n\nFix: merge the two lists."),
    r("room-mismatch", Warning, "an event's room field disagrees with the room it is listed under",
      "The room it is listed under is used.\n\nExample: an event with `\"room\": \"Saal 2\"` listed under `Saal 1`.\n\nFix: correct one of them."),
    r("row-without-id", Error, "a programme CSV row has no session id and is skipped",
      "Each row is matched to a proposal by its id.\n\nExample: a row whose `id` cell is empty.\n\nFix: give the row its session id."),
    r("schedule-unreadable", Error, "the programme given with --schedule cannot be read",
      "The file is missing, not a programme, or not well-formed; the report holds this error and the run exits 2.\n\nExample: `--schedule europython.xml`, whose days hold `<entry>`.\n\nFix: give a frab XML or JSON, CSV or TOML programme."),
    r("slot-ends-before-start", Error, "a programme session ends before it starts and is skipped",
      "A TOML or CSV session needs an end after its start.\n\nExample: start `10:00`, end `09:00`.\n\nFix: correct the start or the end."),
    r("slot-without-end", Error, "a programme session has a start but neither end nor duration",
      "A TOML programme session needs `end` or `duration`; it is skipped.\n\nExample: `start = 2024-05-01T10:00:00`.\n\nFix: add `duration = \"00:45\"`."),
    r("slug-invalid", Note, "a slug does not match the frab pattern",
      "frab's schema allows lower-case letters, digits, `-` and `_`; this slug is exported as written.\n\nExample: `\"slug\": \"Talk 7\"`.\n\nFix: use `talk-7`."),
    r("start-disagrees-with-date", Warning, "an event's local start disagrees with its date",
      "The date (an instant) is used; a start that agrees with it in the conference's zone agrees.\n\nExample: date `2023-09-10T10:30:00+05:30`, start `11:00`.\n\nFix: correct one of them."),
    r("time-in-gap", Error, "a local time does not exist in its zone (a daylight-saving gap)",
      "The event gets no slot (a CSV row is skipped).\n\nExample: 02:30 on the night clocks go forward in Europe/Berlin.\n\nFix: correct the time."),
    r("time-repeated", Warning, "a local time occurs twice in its zone (clocks going back)",
      "The first of the two instants is taken.\n\nExample: 02:30 on the night clocks go back in Europe/Berlin.\n\nFix: write the time with its offset."),
    r("unknown-property", Note, "a property is not part of the frab schedule schema and is ignored",
      "runsheet reads what the schema defines; other properties are noted once each.\n\nExample: `<feedback_url>` in an XML event.\n\nFix: nothing."),
    r("utc-marked-local", Warning, "times marked UTC are local times",
      "A date whose offset is `Z` while its local `start` shows the conference's wall time is read as local time.\n\nExample: `2019-08-21T10:00:00Z` with start `10:00` in Europe/Berlin.\n\nFix: write the offset the time has."),
    r("xml-character-left-out", Warning, "the XML export leaves out characters XML 1.0 forbids",
      "Control characters, U+FFFE and U+FFFF cannot be written in XML 1.0; they are left out so the export stays well-formed.\n\nExample: a title holding U+0007.\n\nFix: remove them from the programme."),
    r("zone-not-named", Note, "the export's zone has no name frab accepts",
      "time_zone_name is left out and every time carries its offset.\n\nExample: a programme in UTC+05:30 without a zone name.\n\nFix: give the programme an IANA zone."),
    r("zone-offset-mismatch", Warning, "time_zone_name disagrees with the offsets the events carry",
      "When every event carries another offset, the times are kept as written and the zone is read from them; otherwise the instants are kept.\n\nExample: time_zone_name `Europe/Berlin` with every event at `+00:00`.\n\nFix: correct the zone or the offsets."),
    r("zone-overridden", Note, "--input-tz replaces the programme's own zone",
      "The zone given on the command line wins over time_zone_name.\n\nExample: `--input-tz Europe/Brussels` on a programme naming UTC.\n\nFix: nothing, if that is right."),
    r("zone-unknown", Warning, "a zone name is not in the tz database",
      "A frab programme's zone is then taken from its events' offsets; a TOML or CSV session with it is skipped, an error.\n\nExample: `time_zone_name: \"Berlin\"`.\n\nFix: use an IANA name such as `Europe/Berlin`."),
];

#[cfg(test)]
mod tests {
    #[test]
    fn codes_are_sorted_and_unique() {
        let codes: Vec<&str> = super::RULES.iter().map(|r| r.code).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted);
    }
}
