//! How runsheet reads agendas, one row per notation and layout class: the text (written for
//! this test, in the shapes real proposals use), and what a careful reader takes from it —
//! the segments as `start-end` minutes, the declared length, the slot in UTC or the local
//! slot, and how many sessions the text holds.
//!
//! Expected values are compact: `0-10 10-40` for segments (`-` for none), `90` minutes,
//! `2021-12-10T10:15Z/11:45Z` for a slot, `local 2013-10-09 09:30-17:00` for a slot whose
//! zone the text does not give, `2 sessions`.

use runsheet::model::Session;
use runsheet::parse::parse;
use runsheet::source::Source;

fn segments(s: &Session) -> String {
    if s.segments.is_empty() {
        return "-".into();
    }
    s.segments.iter().map(|g| format!("{}-{}", g.start.value, g.end.value)).collect::<Vec<_>>().join(" ")
}

fn slot(s: &Session) -> String {
    if let Some(sl) = &s.slot {
        let a = sl.value.start.naive_utc();
        let b = sl.value.end.naive_utc();
        // The end's date only when it is another day's.
        let end = if b.date() == a.date() { b.format("%H:%M") } else { b.format("%Y-%m-%dT%H:%M") };
        return format!("{}Z/{end}Z", a.format("%Y-%m-%dT%H:%M"));
    }
    if let Some(l) = &s.local_slot {
        let d = l.value.date.map(|d| format!("{d} ")).unwrap_or_default();
        let ed = l.value.end_date.map(|d| format!("{d}T")).unwrap_or_default();
        let e = l.value.end.map(|e| format!("-{ed}{}", e.format("%H:%M"))).unwrap_or_default();
        return format!("local {d}{}{e}", l.value.start.format("%H:%M"));
    }
    "-".into()
}

/// What is checked of a row: the segments always, and the other values when given.
struct Row {
    name: &'static str,
    text: &'static str,
    segments: &'static str,
    declared: Option<u32>,
    slot: Option<&'static str>,
    sessions: usize,
    titles: Option<&'static str>,
}

const fn row(name: &'static str, text: &'static str, segments: &'static str) -> Row {
    Row { name, text, segments, declared: None, slot: None, sessions: 1, titles: None }
}

/// Asserts the declared length too: `0` asserts that none is read.
const fn declared(mut r: Row, minutes: u32) -> Row {
    r.declared = Some(minutes);
    r
}

const fn slot_is(mut r: Row, slot: &'static str) -> Row {
    r.slot = Some(slot);
    r
}

/// The segments' titles, joined by `|`.
const fn titled(mut r: Row, titles: &'static str) -> Row {
    r.titles = Some(titles);
    r
}

const fn sessions(mut r: Row, n: usize) -> Row {
    r.sessions = n;
    r
}

const ROWS: &[Row] = &[
    // Clock notations.
    row("colon ranges", "Agenda\n09:00 - 09:15 Opening\n09:15 - 10:00 Panel\n10:00 - 10:30 Q&A\n", "0-15 15-60 60-90"),
    row("dot times", "Programme\n9.00-9.20 Welcome\n9.20-10.30 Round table\n10.30-11.00 Close\n", "0-20 20-90 90-120"),
    row("h times", "Programme\n14h00 - 14h15 : Accueil\n14h15 - 15h30 : Table ronde\n15h30 - 16h : Conclusions\n", "0-15 15-90 90-120"),
    row("spaced h", "Programme\n12 h 30 – 13 h 00 : Accueil\n13 h 00 – 13 h 45 : Atelier\n13 h 45 – 14 h 00 : Clôture\n", "0-30 30-75 75-90"),
    row("Uhr", "Ablauf\n10:00 – 10:30 Uhr Begrüßung\n10:30 – 12:00 Uhr Workshop\n12:00 – 12:15 Uhr Abschluss\n", "0-30 30-120 120-135"),
    row("HHMM with zone", "SCHEDULE:\n1400-1410GMT Opening\n1410-1500GMT Panel\n1500-1530GMT Questions\n", "0-10 10-60 60-90"),
    // Czech lengths (`hodinu`, `půl hodiny`, `minut`), and `je` after a length is "is" in
    // Czech (German `je Person` is "each" before a capitalised noun).
    row("Czech lengths", "Beseda\nPřednáška – 1 hodinu\nDotazy – půl hodiny je na konci\nZávěr – 15 minut\n", "0-60 60-90 90-105"),
    // Two lengths in one sentence, the second after a word saying it comes next, are two parts
    // end to end; a share of the first (`with 10 minutes for questions`) is no part.
    row("two lengths one after another in prose", "Reading circle\nThe reading takes 40 minutes, then another 20 minutes is left for talk.\n", "0-40 40-60"),
    row("Czech two lengths in prose", "Beseda\nNejprve přednáška na 1 hodinu, potom půl hodiny je vyhrazeno na dotazy.\n", "0-60 60-90"),
    row("a share of the length in prose", "Reading circle\nThe reading takes 40 minutes, with 10 minutes for questions.\n", "-"),
    // Two short lines naming their parts with ranges in brackets after the names, 12-hour
    // starts read by the afternoon, a gap kept.
    row("two named parts with bracketed ranges", "Members' meeting, Saturday at 3pm\n\nBusiness meeting (3:00-3:30)\n\nWorkshops (3:45-18:00)\n", "0-30 45-180"),
    // Four-digit times with no zone after them, opening their lines and running on (one
    // starts where another ends), gaps kept; a span of figures in a sentence stays none.
    row(
        "HHMM ranges that run on",
        "Field day\nAbstracts of 1000-1500 words.\n0730 - 0800 Coffee\n0800 - 0845 Walk to the site\n0900 - 1015 Sampling in pairs\n1015 - 1030 Wrap-up\n",
        "0-30 30-75 90-165 165-180",
    ),
    row("am pm", "Agenda\n9:00 am – 9:30 am Welcome\n9:30 am – 11:00 am Keynote\n11:00 am – 12:15 pm Panel\n", "0-30 30-120 120-195"),
    row("dotted am pm", "8 a.m. – 9 a.m. Breakfast\n9 a.m. – 10:30 a.m. Plenary\n10:30 a.m. – 12 p.m. Sessions\n", "0-60 60-150 150-240"),
    row("12-hour times crossing noon", "Agenda\n11:00 - 12:30 Morning talks\n12:30 - 1:30 Lunch\n1:30 - 3:00 Afternoon talks\n", "0-90 90-150 150-240"),
    row("24-hour times with pm", "| 12:00 pm - 13:15 pm | Lunch |\n| 13:15 pm - 14:00 pm | Talk |\n| 14:00 pm - 14:30 pm | Panel |\n", "0-75 75-120 120-150"),
    // Range separators.
    row("slash between h times", "Au programme\n9h00/9h30 : Accueil\n9h30/11h00 : Ateliers\n11h00/11h20 : Synthèse\n", "0-30 30-120 120-140"),
    row("double hyphen", "| 9:00 -- 9:15 | Welcome |\n| 9:15 -- 10:00 | Keynote |\n| 10:00 -- 10:30 | Break |\n", "0-15 15-60 60-90"),
    row("tilde", "Program\n9:30~10:00 Registration\n10:00~11:30 Plenary\n11:30~12:00 Close\n", "0-30 30-120 120-150"),
    row("to", "Schedule\n10:00 to 10:30 Welcome\n10:30 to 12:00 Panel\n12:00 to 12:15 Closing\n", "0-30 30-120 120-135"),
    row("à and às", "Programme\n9h30 à 10h Accueil\n10h à 11h30 Conférence\n11h30 à 12h Clôture\n", "0-30 30-120 120-150"),
    row("bis", "Ablauf\n9.00 bis 9.30 Uhr Ankommen\n9.30 bis 11.00 Uhr Arbeitsgruppen\n11.00 bis 11.30 Uhr Ergebnisse\n", "0-30 30-120 120-150"),
    // Dutch `tot` ("until") between dotted times, before a bar and the title.
    titled(row("tot", "Programma\n10.00 tot 10.30 | Inloop\n10.30 tot 12.00 | Gesprek\n12.00 tot 12.15 | Afsluiting\n", "0-30 30-120 120-135"), "Inloop|Gesprek|Afsluiting"),
    // Start times only.
    row("start times with an end marker", "10:00 Welcome\n10:15 Talks\nSpeakers as announced\n11:30 Discussion\n12:00 End\n", "0-15 15-90 90-120"),
    row("start times alone on their lines", "9:15 am\n\nRegistration\n\n9:30 am\n\nIntroduction\n\n10:30 am\n\nWork\n\n12:00 pm\n\nEnd of Day 1\n", "0-15 15-75 75-165"),
    titled(
        row(
            "start times framed by the session's range",
            "Meetup\n  Berlin 3:00 PM - 7:00 PM\nschedule:\n  3:00 pm | Doors open\n  3:30 pm | Talk\n  5:00 pm | Q&A\n  7:00 pm | End\n",
            "0-30 30-120 120-240",
        ),
        "Doors open|Talk|Q&A",
    ),
    // Start times after the event's own range, the last with no end marker: it runs to the
    // end of that range.
    titled(
        row(
            "the last start time ends with the event's range",
            "Breakfast seminar, online 08:30-10:00\n\nProgramme\n\n08:30 - Welcome\n08:40 - Keynote on open data\n09:20 - Panel\n09:55 - Thanks and goodbye\n",
            "0-10 10-50 50-85 85-90",
        ),
        "Welcome|Keynote on open data|Panel|Thanks and goodbye",
    ),
    // The sentence right after the start times gives the last one's end after a word for
    // "until".
    row(
        "the last start time ends where the next sentence says until",
        "Evening programme\n\n  • 6:00: Drinks\n  • 6:45: Readings\n  • 7:30: Dinner\n\nWe stay together until the end of the dinner (9:10), then the hall closes.\n",
        "0-45 45-90 90-190",
    ),
    titled(
        row(
            "ranges split over three lines",
            "Agenda\n\n08:45\nto\n09:00\nSession 1: Welcome\n[Audio recording]\n\n09:00\nto\n10:00\nSession 2: Perspectives\n\n10:00\nto\n10:30\nBreak\n",
            "0-15 15-75 75-105",
        ),
        "Session 1: Welcome|Session 2: Perspectives|Break",
    ),
    row("start times with Uhr", "10.30 Uhr Ankommen\n11.00 Uhr Begrüßung\n11.15 Uhr Gruppenphase\n12.30 Uhr Ende\n", "0-30 30-45 45-120"),
    row("start times with horas", "Programa\n9.30 horas: Acreditación\n10.00 horas: Apertura\n11.30 horas: Mesa redonda\n12.30 horas: Cierre\n", "0-30 30-120 120-180"),
    row("start times with a length column", "| Time | Length | What |\n|---|---|---|\n| 15:00 | 10m | Welcome |\n| 15:10 | 20m | Draft A |\n| 15:30 | 15m | Draft B |\n", "0-10 10-30 30-45"),
    // Lengths.
    row("lengths in brackets", "Agenda\n1. Welcome (5 min)\n2. Presentations (30 minutes)\n3. Discussion (20 mins)\n", "0-5 5-35 35-55"),
    row("lengths first", "Timing\n- 20 minutes: Welcome and introductions\n- 15 minutes: Presentation\n- 25 minutes: Group work\n", "0-20 20-35 35-60"),
    titled(
        row("lengths after a colon", "Agenda\nOpening remarks: 5 minutes\nPanel discussion: 45 minutes\nQ&A: 10 minutes\n", "0-5 5-50 50-60"),
        "Opening remarks|Panel discussion|Q&A",
    ),
    titled(
        row("listed lengths after a colon", "Agenda:\n- Welcome: 10 min\n- Panel: 80 min\n", "0-10 10-90"),
        "Welcome|Panel",
    ),
    titled(
        row("numbered lengths after a colon", "Agenda\n1. Opening remarks: 5 minutes\n2. Panel discussion: 45 minutes\n3. Q&A: 10 minutes\n", "0-5 5-50 50-60"),
        "Opening remarks|Panel discussion|Q&A",
    ),
    row("lengths after a dash", "Welcome & Introduction - 5 minutes\nScene-setting remarks - 15 minutes\nOpen discussion - 40 minutes\n", "0-5 5-20 20-60"),
    row("lengths in words", "Plan\n- Opening (ten minutes)\n- Debate (half an hour)\n- Close (an hour and a half)\n", "0-10 10-40 40-130"),
    row("compound lengths", "Plan\n- Part one (1 hour, 10 minutes)\n- Part two (1½ hours)\n- Part three (1 1/2 hours)\n", "0-70 70-160 160-250"),
    row("French lengths", "Déroulé\n- Accueil (10 minutes)\n- Table ronde (1 heure)\n- Synthèse (20 minutes)\n", "0-10 10-70 70-90"),
    row("German lengths", "Ablauf\n- Begrüßung (10 Minuten)\n- Vortrag (eine Stunde)\n- Diskussion (20 Min.)\n", "0-10 10-70 70-90"),
    row("Portuguese and Spanish lengths", "Programa\n- Abertura (15 minutos)\n- Painel (uma hora)\n- Debate (30 minutos)\n", "0-15 15-75 75-105"),
    row("prime minutes", "Agenda\n- 10' opening by the host\n- 20’ presentations\n- 25' open discussion\n", "0-10 10-30 30-55"),
    row(
        "a parent equal to its children is one segment",
        "Opening: (10 min)\n- Welcome (5 min)\n- Agenda (5 min)\n\nMain body: (30 min)\n- Topic A (10 min)\n- Topic B (20 min)\n\nClose: (5 min)\n",
        "0-10 10-40 40-45",
    ),
    titled(
        row(
            "lengths in markdown headings",
            "# Meeting\n\n## Objectives (5 min)\n\n* Register the group\n* Set up git\n\n## Discussion items (35 min)\n\n  Which project?\n\n## Outcomes (5 min)\n\n- Decisions\n\n## Wrap up\n\nNext meeting on Friday.\n",
            "0-5 5-40 40-45",
        ),
        "Objectives|Discussion items|Outcomes",
    ),
    row(
        "nested numbering",
        "Draft Agenda:\n  1. Welcome (5 mins)\n  2. Evaluation (20 minutes)\n    1. Overview (10 mins)\n    2. Groups (10 mins)\n  3. Breakouts (45 min)\n  4. Closing (10 mins)\n",
        "0-5 5-25 25-70 70-80",
    ),
    row(
        "a duration equal to the sum of the others is the total",
        "Workshop (90 min)\n- Intro (10 min)\n- Talks (50 min)\n- Discussion (30 min)\n",
        "0-10 10-60 60-90",
    ),
    row("run on in a paragraph", "We will proceed as follows: Welcome (5 min), Panel (40 min), Q&A (30 min), Wrap-up (15 min).\n", "0-5 5-45 45-75 75-90"),
    row(
        "a remark in brackets is part of the title",
        "Agenda\n- Introductions (10 min)\n- Breakout groups (with 10-15 minute breakouts) (45 min)\n- Report back (20 min)\n",
        "0-10 10-55 55-75",
    ),
    row(
        "a row that takes no time, with a dash for its details, is no entry",
        "| Part | Length | Notes |\n|---|---|---|\n| Slides | 15' | slides 1-12 |\n| Exercise | 40' | in pairs |\n| Exercise, continued | 0' | - |\n| Wrap-up | 10' | questions |\n",
        "0-15 15-55 55-65",
    ),
    // Offsets.
    row("offset clock notation", "Workshop timing: 00:00 – 00:15 Intro 00:15 – 00:40 Panel 00:40 – 01:25 Q&A 01:25 – 01:30 Close\n", "0-15 15-40 40-85 85-90"),
    row("offset minutes", "0-10 min: Welcome\n10-40 min: Talks\n40-60 min: Questions\n", "0-10 10-40 40-60"),
    // Tables.
    titled(
        row(
            "ranges run into their titles",
            "Programme\n14.00-14.30Opening: the chairs\n14.30-15.10Keynote: A. Speaker\n15.40-16.00Closing\n",
            "0-30 30-70 100-120",
        ),
        "Opening: the chairs|Keynote: A. Speaker|Closing",
    ),
    row("flattened table", "Time | Topic\n10:00 - 10:15 | Opening\n10:15 - 11:00 | Panel\n11:00 - 11:30 | Questions\n", "0-15 15-60 60-90"),
    row("start and end cells", "| Actividad | Inicio | Fin |\n| Llegada | 7:30 | 8:00 |\n| Debate | 8:00 | 10:00 |\n| Refrigerio | 10:00 | 10:30 |\n", "0-30 30-150 150-180"),
    titled(
        row("start and end columns", "Programme\n09:00\t10:00\tWelcome\n10:00\t11:00\tPanel\n11:00\t11:30\tClose\n", "0-60 60-120 120-150"),
        "Welcome|Panel|Close",
    ),
    titled(
        row(
            "an HTML table with its titles in the next cell",
            "<table>\n<tr>\n\t<td>9:00 – 10:45 Uhr\t</td>\n\t<td>Workshops</td>\n</tr>\n<tr>\n\t<td>11:00 – 12:00 Uhr</td>\n\t<td>Eröffnung</td>\n</tr>\n<tr>\n\t<td>12:00 – 13:00 Uhr</td>\n\t<td>Vorlesung</td>\n</tr>\n</table>\n",
            "0-105 120-180 180-240",
        ),
        "Workshops|Eröffnung|Vorlesung",
    ),
    titled(
        row("titles that are links", "Agenda\n* 3 min - [Blue sheets](https://example.org/sheets) / scribe selection\n* 2 min - [Agenda](https://example.org/a) bashing\n", "0-3 3-5"),
        "Blue sheets / scribe selection|Agenda bashing",
    ),
    row("tab-separated columns", "Time\tSession\n09:00\tWelcome\n09:20\tKeynote\n10:00\tBreak\n10:15\tClose\n", "0-20 20-60 60-75"),
    row(
        "a block and its talks",
        "| **11:00 - 12:30** | **Session 1** |\n| 11:00 - 11:30 | Talk A |\n| 11:30 - 12:00 | Talk B |\n| 12:30 - 13:30 | Lunch |\n",
        "0-90 90-150",
    ),
    // Slots and declared lengths.
    slot_is(
        declared(row("IGF slot and format line", "IGF 2021 WS #1 T\n\nFriday, 10th December, 2021 (10:15 UTC) - Friday, 10th December, 2021 (11:45 UTC)\n\nPanel - Auditorium - 90 Min\n", "-"), 90),
        "2021-12-10T10:15Z/11:45Z",
    ),
    slot_is(row("slot with the date first and a comma", "*When:* Thursday 2 April 2020, 14:00 - 15:45 UTC\n", "-"), "2020-04-02T14:00Z/15:45Z"),
    slot_is(row("slot as one cell of a row", "22 June 2022 | 18:00 - 18:30 CEST | Main Auditorium | Video\n", "-"), "2022-06-22T16:00Z/16:30Z"),
    slot_is(row("Start and End lines", "Start: 04 Dec 2020 13:45 GMT\nEnd: 04 Dec 2020 23:00 GMT\n", "-"), "2020-12-04T13:45Z/23:00Z"),
    // Offsets of four digits, stamps whole to the minute, and keys with an underscore, as
    // generated pages write them.
    slot_is(row("an offset of four digits after GMT", "Webinar\n2 March 2021, 14:00-15:00 GMT+0100\n", "-"), "2021-03-02T13:00Z/14:00Z"),
    slot_is(row("stamps with zero seconds", "Start: 2021-03-02 14:00:00 UTC\nEnd: 2021-03-02 15:30:00 UTC\n", "-"), "2021-03-02T14:00Z/15:30Z"),
    // Zones after a slot's range: an offset in brackets after `PM`, `(in …)`, full names.
    slot_is(row("a bracketed offset after PM under a day heading", "Panel\nDay 2 – 14 June 2023, 9:00 AM-12:30 PM (UTC+2)\n", "-"), "2023-06-14T07:00Z/10:30Z"),
    slot_is(row("a zone in brackets after in", "Panel\n14 June 2023, 9:00-12:30 (in UTC+2)\n", "-"), "2023-06-14T07:00Z/10:30Z"),
    slot_is(row("a zone's full name", "Panel\n14 June 2023, 9:00-12:30 Central European Summer Time\n", "-"), "2023-06-14T07:00Z/10:30Z"),
    slot_is(row("a generic zone name follows daylight saving", "Panel\n14 June 2023, 9:00-12:30 (Pacific Time)\n", "-"), "2023-06-14T16:00Z/19:30Z"),
    slot_is(row("start_time and end_time keys", "---\nstart_time: 2021-03-02 14:00 UTC\nend_time: 2021-03-02 15:30 UTC\n---\n", "-"), "2021-03-02T14:00Z/15:30Z"),
    row("a log's stamps are no agenda", "Build log\n2021-03-02 14:03:17 job started\n2021-03-02 14:09:52 tests passed\n2021-03-02 14:12:40 job ended\n", "-"),
    // Start and end labelled with a spaced dash, the zone after the city whose time it is, the
    // date on a line of its own above them.
    slot_is(
        row(
            "Start and End after dashes, dated above",
            "Online seminar\n\nHeld online, 12 March, 2021\n\nStart time – 10:00 (Lisbon UTC+0)\n\nEnd time – 11:30 (Lisbon UTC+0)\n\n10:00 - 10:30 Welcome\n10:30 - 11:30 Talks\n",
            "0-30 30-90",
        ),
        "2021-03-12T10:00Z/11:30Z",
    ),
    // A noun for the whole event after a determiner, then `de` (`of`) and its length, in prose.
    declared(
        row(
            "a workshop of a length in prose",
            "Compte rendu\nNous avons animé un atelier pratique de 2h pour les nouveaux bénévoles, avec un début à 18h.\nD'abord un tour de table, puis un travail en groupes et une mise en commun.\n",
            "-",
        ),
        120,
    ),
    slot_is(row("slot in a heading", "# Meeting Agenda: 2025-10-01, 21:00-22:00 UTC)\n", "-"), "2025-10-01T21:00Z/22:00Z"),
    // An offset in brackets after a zone's abbreviation says what the writer means by it, even
    // where the two disagree (CET is UTC+1, yet the offset beside it here is UTC+2), whether
    // it stands after the slot's times or in a statement for the whole text.
    slot_is(row("a bracketed offset over its abbreviation", "Online talk\n\n11 June 2021, 15:00-16:00 CET (UTC+2)\n", "-"), "2021-06-11T13:00Z/14:00Z"),
    slot_is(row("a spaced offset in square brackets in a statement", "All times below are EST [GMT -4].\n\nPanel: 2 July 2022, 09:30-10:30\n", "-"), "2022-07-02T13:30Z/14:30Z"),
    // A labelled time with no date beside it is on the day the text's first lines give, when
    // that is the only day the text names; Scandinavian `Tid:` labels a slot's time, and after
    // `Klockan` or `kl.` a bare hour opens a range to a time with minutes.
    slot_is(row("a Time field on the day of the heading", "Spring meetup, 14 March 2026\n\nJoin us for talks and snacks.\nTime: 18:00-20:00 CET\n", "-"), "2026-03-14T17:00Z/19:00Z"),
    slot_is(row("a Tid field with a bare hour under a dated heading", "Höstmöte 12 oktober 2022\n\nTid: Klockan 18–20.30\nPlats: Folkets hus\n", "-"), "local 2022-10-12 18:00-20:30"),
    slot_is(row("a heading's date is not the slot's when another day is named", "Höstmöte 12 oktober 2022\n\nTid: kl. 18.00–20.30\nAnmälan senast 5 oktober 2022.\n", "-"), "local 18:00-20:30"),
    row("a bare hour after kl. opens a range", "Program\n\nKl. 9–9.15 Välkommen\nKl. 9.15–10.00 Föredrag\nKl. 10.00–10.30 Frågor\n", "0-15 15-60 60-90"),
    // So does a bare hour opening a line of such ranges, its end where the next line starts.
    row("a bare hour opens a list of dotted ranges", "Morning\n\n9 - 9.20 | Coffee and name tags\n9.20 - 10.05 | Keynote\n10.05 - 10.30 | Questions\n", "0-20 20-65 65-90"),
    slot_is(row("zone from the venue's country", "Day 1, 16 July 2014, 8:30 - 10:00 am\nVenue: Hotel, San Salvador (El Salvador)\n", "-"), "2014-07-16T14:30Z/16:00Z"),
    slot_is(row("month, the, ordinal", "Max meetup\nSaturday, March the 21st 2026\nBetahaus, Berlin, Germany\n3pm - 6pm\n", "-"), "2026-03-21T14:00Z/17:00Z"),
    slot_is(row("ordinal of month", "Meetup\nOn the 21st of March 2026, 15:00-18:00 UTC\n", "-"), "2026-03-21T15:00Z/18:00Z"),
    slot_is(
        row("the venue before the time, below the date", "Spring meetup\nSaturday, April the 12th 2025\nMarkthalle, Kreuzberg\n10997 Berlin 6:00 PM - 9:00 PM\n", "-"),
        "2025-04-12T16:00Z/19:00Z",
    ),
    slot_is(
        row(
            "the start's UTC time among its local times",
            "Council meeting\nThe meeting will be held on 3 March 2010, 09:00 - 11:00.\n(09:00 Nairobi, 06:00 UTC, 07:00 Paris)\n",
            "-",
        ),
        "2010-03-03T06:00Z/08:00Z",
    ),
    slot_is(row("Event time line under an Event date line", "Spring meetup\nEvent date: 14 March 2026\nEvent time: 6:00pm - 8:30pm\nVenue: City Library, Tokyo\n", "-"), "2026-03-14T09:00Z/11:30Z"),
    slot_is(row("hours joined by a dash with Uhr", "Zeit\nFreitag, 20. Januar 2023 von 17–19 Uhr\n", "-"), "local 2023-01-20 17:00-19:00"),
    slot_is(row("no zone: local times, never UTC", "Mercredi 9 octobre 2013 - de 9h30 à 17h\n", "-"), "local 2013-10-09 09:30-17:00"),
    slot_is(
        row(
            "a local-time column converts into the slot's zone",
            "Wednesday, 29th September, 2021 (08:00 UTC) - Wednesday, 29th September, 2021 (10:00 UTC)\n\nTIME (CEST)\n\n10:00 - 11:00\nOpening\n\n11:00 - 12:00\nBriefing\n",
            "0-60 60-120",
        ),
        "2021-09-29T08:00Z/10:00Z",
    ),
    declared(row("Duration label", "Duration: 1hour with about half of this time for discussion.\n", "-"), 60),
    declared(row("Portuguese label", "Duração: 90 minutos\n", "-"), 90),
    declared(row("Total label restated", "Total: 70 minutes (1 hour, 10 minutes)\n", "-"), 70),
    declared(row("Running time label", "Running time 90 mins Allocated time 80 mins for the agenda.\n", "-"), 90),
    declared(
        row("time for the meeting after a dash, in a flattened paragraph", "Proposed council agenda. The chair opens the call. Scheduled time for meeting - 90 mins. Dial-in numbers are sent to each member.\n", "-"),
        90,
    ),
    declared(row("the slot's length restated in brackets", "| Date: | 2026-02-10 |\n| Time: | 13:30 - 14:15 (45 min) |\n\nAgenda\n- Opening (5 min)\n- Demo (20 min)\n", "0-5 5-25"), 45),
    declared(row("label in front matter, quoted", "---\ntitulo: Reunión\nduracion: \"60 min\"\n---\n", "-"), 60),
    // A bare number under a length's key counts minutes in front matter only.
    declared(row("a bare length in front matter", "---\ntitle: Web talks\nduration: 120\nvenue: 22577042\n---\nCome and talk about the web.\n", "-"), 120),
    declared(row("a single session in prose", "The group has a single 2hr session on Friday.\n", "-"), 120),
    declared(row("length in prose", "The e-poster sessions are 60 minutes sessions with discussions.\n", "-"), 60),
    declared(row("spoken length", ">> MODERATOR: The next 1 1/2 hours we will be going through the agenda.\n", "-"), 90),
    // Slavic lengths: a label for "duration" and the number in words, inflected.
    declared(row("Ukrainian length in words after a start", "Слухання проєкту\nПочаток о 18:00. Тривалість три години.\n", "-"), 180),
    declared(row("Polish one and a half hours", "Warsztaty\nCzas trwania: półtorej godziny\n", "-"), 90),
    declared(row("Czech length in words", "Seminář\nDélka: dvě hodiny\n", "-"), 120),
    declared(row("Russian minutes in two words", "Встреча\nПродолжительность: сорок пять минут\n", "-"), 45),
    declared(row("Croatian one and a half with a joining word", "Radionica\nTrajanje: jedan i pol sata\n", "-"), 90),
    // Several sessions.
    sessions(
        row("two days", "Day 1\n10:00-10:10 A\n10:10-10:30 B\n10:30-11:00 C\n\nDay 2\n09:00-09:10 D\n09:10-09:40 E\n09:40-10:00 F\n", "0-10 10-30 30-60"),
        2,
    ),
    sessions(
        row(
            "weekday headings",
            "Mercredi 19 nov\n- 8h45-9h00 : Bienvenue\n- 9h00-10h15 : Conférences\n- 10h15-10h30 : Pause\nJeudi 20 nov\n- 9h00-10h15 : Conférences\n- 10h15-10h30 : Pause\n- 10h30-12h00 : Conférences\n",
            "0-15 15-90 90-105",
        ),
        2,
    ),
    titled(
        row(
            "a table and then its details",
            "## Agenda\n\n| Nr. | Thema | Zeitrahmen |\n|---|---|---|\n| 1. | Begrüßung | 5 Min. |\n| 2. | Aufgaben | 10 Min. |\n| 3. | Abschluss | 5 Min. |\n\n### Details\n\n1. **Begrüßung** (5 Min.)\n   - Einführung\n2. **Aufgaben** (10 Min.)\n   - Wer macht was\n3. **Abschluss** (5 Min.)\n",
            "0-5 5-15 15-20",
        ),
        "Begrüßung|Aufgaben|Abschluss",
    ),
    row("the same agenda twice is read once", "12:30 - 13:00 A\n13:00 - 13:15 B\n13:15 - 14:00 C\n\nAgain:\n12:30 - 13:00 A\n13:00 - 13:15 B\n13:15 - 14:00 C\n", "0-30 30-45 45-90"),
    // Text that only looks like an agenda.
    row("opening hours", "| 14. Mai 2020 | 08:00 – 16:30 Uhr | 08:00 – 18:30 Uhr |\n| 15. Mai 2020 | 07:30 – 16:00 Uhr | 07:30 – 18:00 Uhr |\n| 16. Mai 2020 | 08:30 – 16:30 Uhr | 08:30 – 18:30 Uhr |\n", "-"),
    row("version numbers", "Released 1.14.9, 1.15.6 and 1.16.3; code freeze 14 Nov; go1.13 upgrade.\n", "-"),
    row("zone conversion table", "Timezone     Time\nUTC           3:00 PM\nEDT (US)     11:00 AM\nIST (India)   8:30 PM\nCST (China)  11:00 PM\n", "-"),
    row("times in speech", "Lunch is at 12:30 in the same room as before. At 1615 the group returns to the timeline.\n", "-"),
    row("advice with lengths", "Tips:\n  • Start promptly: wait one or two minutes for latecomers.\n  • Vary speaker times: try to limit each talking session to 10-20 minutes.\n", "-"),
    row("scores and frequencies", "Results: 24.25-27.5 GHz; SDG 16.10-16.20; 2013 : 6%; 3,7%.\n", "-"),
    row("a timetable of bare times", "Lunes a viernes\n07:00 08:10 09:30 12:30 15:00\nSábados\n08:00 10:00 12:00 16:00\nDomingos\n09:30 11:30 16:00 20:00\n", "-"),
    row("opening hours that overlap", "Horario\n7:15 a 22:00 Lunes a viernes\n8:15 a 22:00 Sábados\n9:15 a 14:30 Domingos\n", "-"),
    row("formats to choose from", "Session formats\n\n45' talk\n\nA full talk with time for questions.\n\n20' talk\n\nA short talk.\n\n5' lightning talk\n\nOne idea, quickly.\n", "-"),
    row("lengths to choose from", "Time:\n- 60 mins; or\n- 90 mins\nOptimal layout:\n- Panel table\n", "-"),
    row(
        "appointments at the same hours in different places",
        "Today's diary\n- 9.30 hrs: in Leeds, the council meets.\n- 10.00 hrs: in York, a press conference on buses.\n- 10.00 hrs: in Hull, the mayor visits a school.\n- 11.00 hrs: in Leeds, a budget briefing.\n- 11.00 hrs: in Bradford, a library opens.\n- 12.30 hrs: in York, a candidate speaks.\n",
        "-",
    ),
    row(
        "the same hours in different formats",
        "Meetup formats (times are CET)\n\nOn site:\n- 7-8:30 PM: talk and questions\n- 8:30-9:30 PM: drinks\n\nOnline only:\n- 6-7:30 PM: talk and questions\n\nHybrid:\n- 7-8:30 PM: talk and questions, streamed\n- 8:30-9:30 PM: drinks for those on site\n",
        "-",
    ),
    // How often, not how long: `10 分おき` (every ten minutes), `毎時 30 分` (at half past every hour).
    row("intervals in Japanese", "ジョブの設定\n\n- `*/10 * * * *` ... 10 分おき\n- `0 * * * *` ... 毎時 0 分\n- `30 * * * *` ... 毎時 30 分\n- `*/5 * * * *` ... 5 分ごと\n", "-"),
    // Hours of a week, one of them said to recur: no agenda.
    row("open evenings and an evening that recurs", "### Open evenings\n\n* Tuesday 6 - 9 pm\n* Friday 6 - 9 pm\n* Sunday 1 - 5 pm\n\n### Theme nights\n\n*Repair Cafe*: Every 2nd Saturday of the month, 5 - 8 pm\n\nBring what is broken.\n", "-"),
    row("two meeting points", "Dinner\n17:00 in front of the lecture hall\n17:45 at the end station\n", "-"),
    // A column of hours (a day grid's axis), a broadcaster's day and programmes listed at
    // their hours with their lengths are no session's agenda; nor are a recipe's times.
    row(
        "a column of hours",
        "Programme grid\n00:00\n01:00\n02:00\n03:00\n04:00\n05:00\n06:00\n07:00\n",
        "-",
    ),
    row(
        "a broadcaster's day",
        "Channel 4 tomorrow\n05:00 Early news\n06:30 Breakfast show\n09:00 Cookery\n11:15 Film: The Long Road\n13:00 Lunchtime news\n14:10 Quiz\n17:00 Cartoons\n19:00 Evening news\n20:15 Drama\n22:30 Late film\n00:15 Night news\n01:30 Music\n",
        "-",
    ),
    row(
        "programmes at their hours with their lengths",
        "Radio today\nMorning show\n05:00 GMT\n120 min\nMidday news\n12:00 GMT\n60 min\nEvening talk\n18:00 GMT\n45 min\nNight music\n22:00 GMT\n90 min\n",
        "-",
    ),
    row(
        "a recipe's times",
        "Lemon cake\n\nIngredients\n- 200 g flour\n- 3 eggs\n\nTimes\n- Preparation: 20 minutes\n- Baking: 35 minutes\n- Total: 55 minutes\n\nBake at 180°C until golden.\n",
        "-",
    ),
    row(
        "a climate session that names degrees and ingredients",
        "Climate workshop\n\nKeeping warming under 1.5°C: the ingredients of a policy\n- Opening: 10 minutes\n- Panel: 40 minutes\n- Questions: 10 minutes\n",
        "0-10 10-50 50-60",
    ),
    row(
        "a week's opening hours, by weekday",
        "Opening hours\nMonday-Thursday: 8am - 8pm\nFriday: 8am - 3.30pm\nClosed Saturdays and Sundays\nThe desk is staffed every Tuesday and Wednesday, 08.30am - 3pm.\nMonday-Friday: 8am – 9pm\nSaturday: 10am - 3pm\nSunday: 11-4pm (3 November - 8 December)\nMonday-Friday: 8am-6pm (until 18 December)\n\nTerm-time hours\nMonday-Thursday: 8.30am – 6pm\nFriday: 9am - 3.30pm\n\nAfter 4pm you need a key card.\nMonday-Friday: staffed 8am - 4pm\n\nMonday-Friday 4pm-12 (midnight) self-service\nMonday-Thursday 8.30am - 7pm\nFriday: 8.30am - 3pm\n",
        "-",
    ),
    slot_is(row("a Japanese time label under the date's line", "勉強会のお知らせ\n\n- 日程: 2026年3月14日（土）\n- 時間: 13:00〜15:00（JST）\n", "-"), "2026-03-14T04:00Z/06:00Z"),
    slot_is(
        row(
            "a slot's weekday and day, the year only in the event's name",
            "# Open Data Spring School 2026\n\n- **When**: Wednesday, 15 April, 14:00–15:30 (CEST)\n- **Where**: Room 2\n",
            "-",
        ),
        "2026-04-15T12:00Z/13:30Z",
    ),
    slot_is(
        row(
            "a weekday that falls on the day in neither year the text names",
            "# Open Data Spring School 2025–2027\n\n- **When**: Monday, 15 April, 14:00–15:30 (CEST)\n- **Where**: Room 2\n",
            "-",
        ),
        "local 14:00-15:30",
    ),
    declared(
        row(
            "a day's heading with its length in brackets over a table of times from zero; the length closes the last",
            "### Day 1: WHY (90 min)\n\n| Time | What | Who |\n|-----|-----|-----|\n| 0:00 | Hook and vision | Ana |\n| 0:25 | How it works today | Ana |\n| 0:50 | Principles | Rui |\n| 1:10 | Q&A | All |\n",
            "0-25 25-50 50-70 70-90",
        ),
        90,
    ),
    declared(
        row(
            "a bolded total with `até` (up to) after its label",
            "# Roteiro\n\n**Duração total:** **até 40 minutos**\n\n1. Abertura — 10 min\n2. Debate — 30 min\n",
            "0-10 10-40",
        ),
        40,
    ),
    declared(
        row(
            "entries written as headings, each with its length in brackets, are no total",
            "# Kick-off call\n\n### 1. Welcome (10 minutes)\n\nStarts 10:00 sharp.\n\n### 2. Updates (20 minutes)\n\nStatus of each task force.\n\n### 3. Next steps (15 minutes)\n\nWho does what.\n",
            "0-10 10-30 30-45",
        ),
        0,
    ),
    row(
        "an entry line long with marks standing alone (`/`, `+`) still carries its length",
        "Plan\n\n1. Opening — **2 min** (Ana)\n2. The three kinds (Formal / Non-formal / Informal) + examples from the site — **6 min** (each of us takes a column)\n3. Group exercise — **10 min**\n",
        "0-2 2-8 8-18",
    ),
    row(
        "lengths in bold after a dash, some with the presenter in brackets after them",
        "Roteiro\n\n1. Abertura — **1 min** (Ana)\n2. Debate sobre o tema — **5 min** (Rui e Ana)\n3. Fecho — **4 min**\n",
        "0-1 1-6 6-10",
    ),
    declared(
        row("a length in brackets on an agenda's heading", "# Facilitator notes\n\n## Agenda (180 minutes)\n\n- 0:00–0:30 — Welcome\n- 0:30–2:00 — Build\n- 2:00–3:00 — Share\n", "0-30 30-120 120-180"),
        180,
    ),
    declared(
        row("a title opening with its length, a non-breaking hyphen in it", "# 3\u{2011}Hour Intro Workshop\n\n- 0:00–0:30 — Welcome\n- 0:30–2:00 — Build\n- 2:00–3:00 — Share\n", "0-30 30-120 120-180"),
        180,
    ),
    declared(
        row("a title naming the session, then its length, over a table of lengths", "# Seminario 90 Minuti\n\n| 1 | Benvenuto | 10 min |\n| 2 | Teoria | 40 min |\n| 3 | Pratica | 40 min |\n", "0-10 10-50 50-90"),
        90,
    ),
    declared(
        row("a heading with an emoji, a dash and the course's length in brackets", "## 🧭 Agenda – Spring School Short Course (1 hour)\n\n- 0:00–0:20 Intro\n- 0:20–0:50 Demo\n- 0:50–1:00 Questions\n", "0-20 20-50 50-60"),
        60,
    ),
    declared(
        row(
            "an entry's own length in brackets is no total",
            "## Day 2\n\n**1:00pm** Lunch\n\n**2:10pm** Budget workshop (50 minutes).\n\n**3:00pm** Talk (30 minutes).\n\n**3:30pm** Close\n",
            "0-70 70-120 120-150",
        ),
        0,
    ),
    row(
        "classes held every week, by group, under a line saying the weekday recurs",
        "Drama classes 2026\n\nThe classes meet on Saturdays at these times:\n\nBeginners (ages 8 to 11): 09:30 to 11:00.\n\nIntermediate (ages 12 to 15): 11:15 to 12:45.\n\nAdvanced (ages 16 to 19): 13:00 to 14:30.\n",
        "-",
    ),
    row(
        "a Spanish class timetable on `los martes`",
        "Talleres de música\nLas clases se dan los martes con estos horarios:\nGrupo A: de 17:00 a 18:00 horas.\nGrupo B: de 18:15 a 19:15 horas.\nGrupo C: de 19:30 a 20:30 horas.\n",
        "-",
    ),
    row(
        "a German timetable said to run `samstags`",
        "Kurse\nDie Kurse finden samstags zu folgenden Zeiten statt:\nAnfänger: 10:00 – 11:30 Uhr\nFortgeschrittene: 11:45 – 13:15 Uhr\nProfis: 13:30 – 15:00 Uhr\n",
        "-",
    ),
    row(
        "an agenda whose lead-in names one weekday, not a recurring one",
        "Workshop on open data\nThe workshop is held on Saturday 14 March with this programme:\n10:00 – 10:30 Welcome\n10:30 – 12:00 Hands-on session\n12:00 – 12:30 Wrap-up\n",
        "0-30 30-120 120-150",
    ),
    row(
        "two staggered spans of hours in prose",
        "Hours and closings\n\nOpening hours\n\nMonday:    10am–8pm\nTuesday:   10am–8pm\nWednesday: 10am–8pm\nThursday:  10am–8pm\nFriday:    10am–6pm\nSaturday:  9am–5pm\nSunday:    1pm–5pm\n\nClosed on\n\nNew Year's Day (January 1)\nGood Friday\nChristmas Day (December 25)\n\nShorter hours\n\nChristmas Eve (December 24): open 10am–2pm*\n\n*When the holiday falls on a Saturday, the hall is open 10am–3pm.\n*When it falls on a Sunday, the hall is open 12–4pm.\n",
        "-",
    ),
    // Three or more weekdays heading their own times make a week's recurring times; a
    // programme that begins after such a week is still read.
    row(
        "services under the days of a week",
        "Weekly schedule\nSunday:\n08:30 Early service\n10:00 Family service\n11:30 Choir practice\nWednesday: 19:00 Prayer evening\nFriday:\n07:00 Morning prayer\n18:30 Youth group\n",
        "-",
    ),
    row(
        "a programme after a week's hours",
        "Office hours\nMonday: 9:00\nTuesday: 9:00\nThursday: 10:00\n\nOpen day programme\n10:00 - 10:30 Welcome\n10:30 - 12:00 Tours\n12:00 - 12:30 Closing\n",
        "0-30 30-120 120-150",
    ),
    // Ranges of six hours or more each are the hours of places, not one session's parts;
    // half-day modules still are parts.
    row("the hours of places on a holiday", "Holiday hours\n\nTown library:\n9am to 3pm\n\nSwimming pool:\nclosed\n\nCity museum:\n3pm to 9pm\n", "-"),
    row("two half-day modules", "Training day\n09:00 - 13:00 Morning module\n14:00 - 18:00 Afternoon module\n", "0-240 300-540"),
    // Lists whose times go round the clock and on are the hours of whole days (a routine),
    // and so are the lists joined to them in the same table.
    row(
        "tables of a day's hours round the clock",
        "A day at the field station\n\nStaff on a working day\nHours | What happens |\n---|---|\n6:00~7:00 | Wake up, wash and breakfast. |\n7:00~11:30 | Fieldwork before the heat. |\n11:30~15:00 | Lunch and rest in the shade. |\n15:00~19:00 | Lab work and notes. |\n19:00~21:00 | Dinner and talk. |\n21:00~6:00 | Sleep. |\nVisitors on a working day\nHours | What happens |\n---|---|\n6:00~7:30 | Breakfast with the staff. |\n7:30~12:00 | A walk with a guide. |\n12:00~15:00 | Lunch and rest. |\n15:00~18:00 | Free time. |\n",
        "-",
    ),
    // Days named before the times of a one-day programme's entries are not a week.
    row("entries after a weekday heading", "Saturday\n10:00 - 10:30 Welcome\n10:30 - 12:00 Workshop\n", "0-30 30-120"),
    // A format offered in two lengths is a choice, so the list of formats is no agenda.
    row("a format in one of two lengths", "Formats\n\nLecture\n25 minutes.\nA talk and questions.\n\nHands-on lab\n50 minutes.\nParticipants try the tools.\n\nRound table\n25 minutes or 50 minutes.\nThree to five people discuss.\n", "-"),
    row("a format of either length", "Formats\n\nLecture\n25 minutes.\nA talk and questions.\n\nHands-on lab\n50 minutes.\nParticipants try the tools.\n\nRound table\n25 or 50 minutes.\nThree to five people discuss.\n", "-"),
    // No part of a session is longer than the session: labelled lengths past the declared
    // one are the lengths of other things.
    declared(
        row(
            "labelled lengths longer than the declared one",
            "For speakers\n\nTalk\nDuration: 30 minutes with 5 minutes for questions included\n\nTutorial\nDuration: 90 minutes with 10 minutes for questions included\n\nHackathon\nDuration: 180 minutes with a break in between\n",
            "-",
        ),
        30,
    ),
    titled(row("comma times", "Program:\n17,45: døre åbner\n18,00 – 18,20 Velkomst\n18,20 – 19,00 Debat\n19,00 - 19,10 Pause\n", "0-15 15-35 35-75 75-85"), "døre åbner|Velkomst|Debat|Pause"),
    row("decimal commas are no times", "Results\n3,25 – 4,10 per cent in the first year\n5,40 – 6,15 per cent in the second\n", "-"),
    titled(row("Kl. start times", "Program\nKl. 10.00 Velkomst\nKl. 10.15 Foredrag\nKl. 11.00 Workshop\nKl. 12.00 Afslutning\n", "0-15 15-60 60-120"), "Velkomst|Foredrag|Workshop"),
    titled(
        row("uur start times among ranges", "Programma:\n9.30 uur ontvangst met koffie\n9.45-10.30 uur lezing\n10.30 uur pauze\n10.45-11.30 uur gesprek\n11.30 uur einde\n", "0-15 15-60 60-75 75-120"),
        "ontvangst met koffie|lezing|pauze|gesprek",
    ),
    // A short line naming the entry, its range and its place holds the range mid-line.
    titled(
        row(
            "name, range, place",
            "Tuesday\n\nArrival 8.30-9.00am - Front desk\n\nCoffee is served in the hall from 8.15 until 9.00am, with tea as well.\n\nMorning workshop - 9.00am-12.00pm\n\nWe split into groups. Each group has a mentor.\n\nLunch 12.00-1.00pm - Canteen\n",
            "0-30 30-210 210-270",
        ),
        "Arrival|Morning workshop|Lunch",
    ),
    // A block's start alone on its line, its title with `(until …)`, its talks' start times
    // filling it: the blocks are the segments.
    titled(
        row(
            "blocks until an end, over their talks",
            "Team day\n\n9:00 AM\nMorning block (until 10:00 AM)\n9:00 AM Welcome\n9:20 AM Reports\n9:40 AM Planning\n10:00 AM --- Break ---\n10:30 AM\nAfternoon block (until 11:30 AM)\n10:30 AM Demo\n11:00 AM Wrap-up\n",
            "0-60 60-90 90-150",
        ),
        "Morning block|Break|Afternoon block",
    ),
    // Start times of blocks, each over bulleted start times that open with it: the blocks
    // are the segments, their bullets the talks inside them.
    titled(
        row(
            "start-only blocks over bulleted talks",
            "Day plan\n\n10:00 Opening words\n\n10:20 Track A: Short talks\n\n  • 10:20 First talk\n  • 10:35 Second talk\n  • 10:50 Third talk\n\n11:10 Break\n\n11:30 Track B: Open space\n\n  • 11:30 Pitching topics\n  • 11:50 Groups meet\n\n12:30 End of the day\n",
            "0-20 20-70 70-90 90-150",
        ),
        "Opening words|Track A: Short talks|Break|Track B: Open space",
    ),
    // A range written again inside the description of its own entry restates it.
    titled(
        row(
            "an entry's range again in its description",
            "Programme\n\n9.00 – 9.30 Welcome\n9.30 – 11.00 - Working groups\nGroups work with a facilitator on the cases (9.30 – 11.00)\n11.00 – 11.30 Coffee\n11.30 – 12.30 Plenary\n",
            "0-30 30-120 120-150 150-210",
        ),
        "Welcome|Working groups|Coffee|Plenary",
    ),
    // A start given as a field above the programme, then the programme opening at that
    // time, with a start glued to its title.
    titled(
        row(
            "a start field set apart, a start glued to its title",
            "Summer meeting\nstart:\n15:00\nplace:\nCity garden, Main Street 4\nWe meet to talk about volunteering in the district.\nEveryone is welcome, entry is free.\nProgramme:\n15:00 Welcome\n15:15Presentation of the projects\nand of the people behind them.\n16:00 Concert\n16:30 Picnic\n18:00 End\n",
            "0-15 15-60 60-90 90-180",
        ),
        "Welcome|Presentation of the projects|Concert|Picnic",
    ),
    // Ranges of comma times chained from line to line, standing mid-line after a label:
    // the comma separates hours and minutes (not 9.55 hours).
    titled(
        row(
            "chained comma ranges after a label",
            "Jornada\n\nParte 1: de 9,30 a 10,45 horas\nParte 2: de 10,45 a 12,15 horas\nAlmuerzo: de 12,15 a 13,00 horas\n",
            "0-75 75-165 165-210",
        ),
        "Parte 1|Parte 2|Almuerzo",
    ),
    // A range in brackets after the name of its entry, in prose lines; `ore` (o'clock)
    // before a dotted start lets a bare hour end the range.
    titled(
        row(
            "bracketed ranges after their entries' names",
            "Giornata di studio\n\nInterventi della mattina sul tema del giorno (ore 9,45 – 13,30) organizzati in due sessioni.\n\nPausa pranzo (13,30 – 14,30)\n\nTavola rotonda del pomeriggio (ore 14,30 – 18): le associazioni a confronto.\n",
            "0-225 225-285 285-495",
        ),
        "Interventi della mattina sul tema del giorno|Pausa pranzo|Tavola rotonda del pomeriggio",
    ),
    // An entry whose line break was lost: its list marker and range run on after the last
    // sentence of the paragraph above.
    titled(
        row(
            "a range run on behind a list marker after a sentence",
            "Programma\n- ore 9.00-9.30: Saluti\n- ore 9.30-11.00: Tavola rotonda sui diritti digitali\nAbstract: la tavola rotonda discute di sorveglianza e di libertà nella rete. - ore 11.00-11.30: Conclusioni\n",
            "0-30 30-120 120-150",
        ),
        "Saluti|Tavola rotonda sui diritti digitali|Conclusioni",
    ),
    // A programme flattened into a paragraph: a range mid-sentence is an entry when the
    // bracketed lengths of its parts after it add up to it, and prose when they do not.
    row(
        "a range in prose filled by its parts' lengths",
        "Programme\n09:00-09:30 Welcome\nAfter the welcome we move on, 09:30-11:00 Workshop with short talks (30 min) and group work (60 min), in the main room.\n11:00-11:15 Close\n",
        "0-30 30-120 120-135",
    ),
    row(
        "a range in prose its lengths do not fill",
        "Programme\n09:00-09:30 Welcome\nThe building is open 08:00-18:00 with coffee breaks (15 min) and a lunch (60 min) for all.\n09:30-10:00 Close\n",
        "0-30 30-60",
    ),
    // In such a paragraph a start time right before a capitalised title is an entry among
    // the ranges of its line, and ends where the next one starts.
    row("a start time run on before its title and ranges", "Jornada\n\nPrograma 9:30 Receção dos participantes 10:00-11:00 Sessão de abertura 11:00-12:30 Debate\n", "0-30 30-90 90-180"),
    row(
        "a start time and a range filled by its parts, in one paragraph",
        "Jornada\n\nPrograma (versão 2) 9:30 Receção e registo 10:00-11:35 Sessão inaugural Boas vindas (10’) Conferência sobre a rede (85’) Debate aberto a todos.\n",
        "0-30 30-125",
    ),
    // `dure deux heures`: the session's length after a verb for lasting, in words.
    declared(row("a length after a verb for lasting", "Clay workshop\n\nThe workshop is booked in advance. L'atelier dure deux heures et coûte 5 euros.\n", "-"), 120),
    // `30 minutes total --` over lengths: the figure is labelled after it, and is the total.
    declared(
        row(
            "a total labelled after its figure, over lengths",
            "Pairing exercise\n\n30 minutes total --\n\n5 m - Find a partner\n15 m - Read each other's drafts\n10 m - Share one idea with the room\n",
            "0-5 5-20 20-30",
        ),
        30,
    ),
    // A length set off by a dash opens its entry however long the description after it.
    row(
        "a dash-led length over a long description",
        "Lab tour\n\n10 min - Safety briefing by the lab manager\n20 min - Walk through the three rooms, where each group of visitors sees the microscopes, the clean bench and the freezer store, asks the technicians what they work on and tries one of the instruments under supervision before moving on\n15 min - Questions over coffee\n",
        "0-10 10-30 30-45",
    ),
    // `h:05`: minutes past an hour left open are offsets from the start.
    row(
        "minutes past an open hour",
        "How a round works\n\nh:00 Players sit down\nh:10 First game\nh:35 Swap tables\nh:40 Second game\nh:60 is not a time\nh:55 Round closes\n",
        "0-10 10-35 35-40 40-55",
    ),
    // Each time printed twice on consecutive lines (a page's two layouts) is one entry.
    titled(
        row(
            "each time printed twice in a row",
            "Afternoon\n02:00 – 02:20 PM\n02:00 – 02:20 PM\nIntroductions\n02:20 – 03:00 PM\n02:20 – 03:00 PM\nGroup work\n03:00 – 03:10 PM\n03:00 – 03:10 PM\nClosing round\n",
            "0-20 20-60 60-70",
        ),
        "Introductions|Group work|Closing round",
    ),
    // A range in brackets with another zone after a range is the same time again.
    row(
        "each range again in brackets in a second zone",
        "Launch day\n\n10:00-11:00 CET (09:00-10:00 GMT) Opening\n11:30-12:30 CET (10:30-11:30 GMT) Panel\n14:00-15:00 CET (13:00-14:00 GMT) Press briefing\n",
        "0-60 90-150 240-300",
    ),
    // A dated range that ranges in the same zone continue is the list's first entry.
    row(
        "a dated range opening a list of ranges in its zone",
        "Stream\n\nWatch with us on 3 March: 09:00-09:45 UTC\nWelcome and overview\n10:00-11:00 UTC\nDemo\n11:15-11:30 UTC\nQuestions\n",
        "0-45 60-120 135-150",
    ),
    // A ranged length in the text of an entry that a clock range opens (`8-10 minutes a
    // table`) is no run-on breakdown of offsets: the programme reads on through it.
    row(
        "a ranged length inside a timed entry",
        "Après-midi\n\n  • 13h30 : Accueil des invités.\n  • 14h00 - 15h30: Speed meeting. Chacun se présente en une phrase, soit 8-10 minutes par table, puis on change de table au signal.\n  • 15h30 - 16h00 : Goûter.\n  • 16h00 - 17h00 : Atelier.\n",
        "0-30 30-120 120-150 150-210",
    ),
    // A sentence that gives a session's length and then the parts it holds, which add up to
    // it, declares the length and lays the parts end to end; a length each item gets, or one
    // of two formats described alike, is no session's agenda.
    // Each part is named by the words after its length, up to the words joining the next.
    titled(
        declared(
            row(
                "a session's length split into parts in one sentence",
                "Fireside chat\n\nThe fireside chat is a 45-minute session with a 15-minute interview and a 30-minute round of audience questions.\n",
                "0-15 15-45",
            ),
            45,
        ),
        "interview|round of audience questions",
    ),
    titled(
        declared(
            row(
                "three parts after consists of",
                "Clinic\n\nOur clinic is a 50-minute workshop that consists of a 10-minute briefing, then 25 minutes of practice, then a 15-minute debrief.\n",
                "0-10 10-35 35-50",
            ),
            50,
        ),
        "briefing|practice|debrief",
    ),
    row("an item's length split into parts", "Guidelines\n\nEvery presentation gets 30 minutes in the session, which includes 20 minutes for the talk and 10 minutes for questions.\n", "-"),
    row("each speaker's session split into parts", "Guidelines\n\nEach speaker has a 30-minute session, which includes 20 minutes for the talk and 10 minutes for questions.\n", "-"),
    row(
        "two formats each split into parts",
        "Formats\n\nTalk: a 30-minute session with a 20-minute talk and 10 minutes of questions.\nWorkshop: a 90-minute session with a 30-minute demo and 60 minutes of exercises.\n",
        "-",
    ),
    // Dutch `H.MM uur` lengths (`0.15 uur` is a quarter of an hour) laid end to end, and the
    // length of each meeting (`per keer`) after a past verb for lasting is the declared one.
    declared(
        row(
            "uur lengths and a length per meeting",
            "Werkgroep\n\nDe vergaderingen duurden steeds 3.00 uur per keer.\n0.30 uur opening en mededelingen\n1.00 uur bespreking plannen\n0.15 uur koffie\n1.00 uur uitwerking\n0.15 uur rondvraag\n",
            "0-30 30-90 90-105 105-165 165-180",
        ),
        180,
    ),
    // East Asian dates: year-first with dots, glued to their label (`일시2023. 9. 1.`), and
    // with year, month and day marks, spaced or not, the year maybe an era's (`令和元年`).
    slot_is(row("year, month and day marks, spaced", "市民フォーラム\n日時：2023 年 6 月 3 日（土）10:00-12:30 JST\n", "-"), "2023-06-03T01:00Z/03:30Z"),
    slot_is(row("an era's first year", "研究報告会\n開催日 令和元年7月20日(土)13:00-15:00 JST\n", "-"), "2019-07-20T04:00Z/06:00Z"),
    slot_is(row("year-first dots glued to a Hangul label", "창립 기념식\n일시2023. 9. 1.(금) 14:00 - 15:30 KST\n", "-"), "2023-09-01T05:00Z/06:30Z"),
    slot_is(row("Korean year, month and day marks", "정기 총회 안내\n날짜: 2021년 10월 5일(화) 19:00-21:00 KST\n", "-"), "2021-10-05T10:00Z/12:00Z"),
    // `〜` (wave dash), `～` (full-width tilde) and `∼` between times, and ranges in
    // full-width brackets after the names of their entries.
    slot_is(row("wave dash between times", "勉強会\n2023-06-03 10:00 〜 12:30 JST\n", "-"), "2023-06-03T01:00Z/03:30Z"),
    row("tilde operator and full-width tilde in a table", "| 9:30 ∼ 10:00 | Registration |\n| 10:00 ～ 11:30 | Plenary |\n| 11:30 ∼ 12:00 | Close |\n", "0-30 30-120 120-150"),
    titled(
        row("ranges in full-width brackets after their names", "プログラム\n開会挨拶（13:00~13:10）\n基調講演（13:10~14:00）\n全体討論（14:00~14:30）\n", "0-10 10-60 60-90"),
        "開会挨拶|基調講演|全体討論",
    ),
    // A country or zone city named in Japanese, Chinese or Korean script places the slot;
    // the script alone does not.
    slot_is(row("zone from a city named in kanji", "市民フォーラム\n日時：2023 年 6 月 3 日（土）10:00 〜 12:30\n会場：東京国際フォーラム ホールB\n", "-"), "2023-06-03T01:00Z/03:30Z"),
    slot_is(row("zone from a country named in Hangul", "정기 총회 안내\n날짜: 2021년 10월 5일(화) 19:00~21:00\n장소: 대한민국 국회 의원회관\n", "-"), "2021-10-05T10:00Z/12:00Z"),
    slot_is(row("Hangul alone names no zone", "창립 기념식\n일시2023. 9. 1.(금) 14:00 ~ 15:30\n장소 구민회관 대강당\n", "-"), "local 2023-09-01 14:00-15:30"),
    // A town that names no zone places the slot where its context says it is the venue: after
    // a postcode, after a word for "in", standing alone on an address line near the slot, or
    // in Hangul or kanji on a venue line. Next to another capitalised word it may be a
    // person's name, and it is not read.
    slot_is(row("zone from a town after its postcode", "Vortragsabend\nWeender Straße 2\n37073 Göttingen\nTermin: Dienstag, 14. März 2023 von 19–21 Uhr\n", "-"), "2023-03-14T18:00Z/20:00Z"),
    slot_is(row("zone from a town after a word for in", "Community workshop\nThe workshop takes place in Leuven on 3 May 2022, 14:00-16:00.\n", "-"), "2022-05-03T12:00Z/14:00Z"),
    slot_is(row("zone from a town ending an address", "Jahrestreffen\nSamstag, 6. Mai 2023, 10:00-12:00\nGasthaus Krone, Hauptstraße 5, Göttingen\n", "-"), "2023-05-06T08:00Z/10:00Z"),
    slot_is(row("zone from a town in Hangul on the venue line", "시민 토론회\n일시: 2022. 6. 10.(금) 14:00 ~ 16:00\n장소: 전주 시청 강당\n", "-"), "2022-06-10T05:00Z/07:00Z"),
    // A table flattened one cell a line, `|` between: a distance cell that reads as a time
    // (`0.05` km) between two ranges that meet is no entry, and each range's title is the
    // next cell, past the separator line.
    titled(
        row(
            "a lone time between ranges that meet, in a table flattened one cell a line",
            "Route\nPLACE\n|\nKM\n|\nTIME\n|\nEVENT\n|\nHill\n|\n0\n|\n8.00-8.30\n|\nArrival\n|\nHill\n|\n8.30-9.00\n|\nSpeeches\n|\nRiver\n|\n0.05\n|\n9.00-9.15\n|\nWalk\n|\nRiver\n|\n9.15-9.45\n|\nVisit\n",
            "0-30 30-60 60-75 75-105",
        ),
        "Arrival|Speeches|Walk|Visit",
    ),
    // An ISO date without its zeros, and a venue under a label that stands alone as a heading.
    slot_is(row("a venue under its heading, an ISO date without zeros", "Reading group\n\n## When\n\n2021-3-9 18:00-19:30\n\n## Venue\n\nLeuven, city library\n", "-"), "2021-03-09T17:00Z/18:30Z"),
    slot_is(
        row(
            "a form spaced out in Japanese, the venue under its label, the year in a paragraph below",
            "研究会報告\n\n日 時 :\n\n7月12日(土)13:30~15:00\n\n場 所 :\n\n京都大学 吉田キャンパス 法経本館\n\n報告主旨:\n\n去る2025年7月12日の研究会では、地域の情報通信政策について三人の報告者が発表し、参加者との間で活発な議論が行われました。次回の研究会は秋に開催する予定です。\n",
            "-",
        ),
        "2025-07-12T04:30Z/06:00Z",
    ),
    slot_is(row("a venue under a heading in Chinese script", "读书会\n\n### 时间\n\n2021-3-9 18:00-19:30\n\n### 地点\n\n杭州市图书馆\n", "-"), "2021-03-09T10:00Z/11:30Z"),
    // Dotted start times opening lines before their titles, rising line after line, are a
    // programme; section numbers (`3.10 Results`, `3.11 Discussion`) rise by a minute and are not.
    titled(row("dotted start times before capitalised titles", "Seminar on forests\nProgram:\n15.00 Welcome\n15.10 Talk on forests\n16.10 Film\n16.15 Music\n16.20 Closing words\n", "0-10 10-70 70-75 75-80"), "Welcome|Talk on forests|Film|Music"),
    row("a dotted start time before a quoted title", "Seminar on forests\nProgram:\n15.00 Welcome\n15.10 “Forests in the north” – a talk\n16.10 Film\n16.15 Music\n", "0-10 10-70 70-75"),
    row("section numbers are no start times", "Report\n3.10 Results of the survey\n3.11 Discussion of the results\n3.12 Conclusion and outlook\n", "-"),
    slot_is(row("a town in a person's name places nothing", "Town hall meeting\nFriday 6 May 2022, 18:00-19:30\nSpeaker: Anna Leuven\n", "-"), "local 2022-05-06 18:00-19:30"),
    // A word opening each range (`From`, Swedish `Från`, with `kl.` after it or not) and the
    // title set off right after the range: the lines are entries however long they run; in a
    // sentence, with no title set off, such a range stays prose.
    row(
        "ranges opened by Från kl.",
        "Program för kvällen\n\nFrån kl. 9.00 till 9.20: Välkommen. Värden presenterar kvällens talare och ordningen\nFrån kl. 9.20 till 10.30: Samtal om stadens nya cykelvägar, parkering och bussar\nFrån kl. 10.30 till 11.00: Frågor från publiken och avslutning\n",
        "0-20 20-90 90-120",
    ),
    titled(
        row(
            "ranges opened by From, titles after a dash",
            "Order of the day\n\nFrom 14:00 to 14:10 – a word of welcome from the chair, then the rules for the afternoon\nFrom 14:10 to 15:00 – two short talks on the new library and what it will hold\nFrom 15:00 to 15:30 – questions from the floor\n",
            "0-10 10-60 60-90",
        ),
        "a word of welcome from the chair, then the rules for the afternoon|two short talks on the new library and what it will hold|questions from the floor",
    ),
    row("a range opened by From in a sentence", "News\n\nThe fair opens on Friday.\nFrom 10:00 to 11:00 on the first day, the mayor will speak about the harbour.\nFrom 11:00 to 12:00 on the first day, the ferry lines are shown.\n", "-"),
    // A length column in `H:MM` that agrees with the start and end before it is the
    // entry's length, not a second column of times.
    row("start, end and length cells", "| Start | End | Length | Item |\n| --- | --- | --- | --- |\n| 10:00 | 10:15 | 0:15 | Opening |\n| 10:15 | 11:00 | 0:45 | Talks |\n| 11:00 | 11:30 | 0:30 | Close |\n", "0-15 15-60 60-90"),
    row("range and length cells", "| Slot | Length | Item |\n| --- | --- | --- |\n| 10:00 - 10:15 | 0:15 | Opening |\n| 10:15 - 11:00 | 0:45 | Talks |\n| 11:00 - 11:30 | 0:30 | Close |\n", "0-15 15-60 60-90"),
    // A bound before the length (`a maximum of`) is no `of` of a length per item.
    declared(row("a total bounded in a sentence", "Garden club evening\n\nThe length of the meeting will be a maximum of 1 hour and 30 minutes. Talks of 10 minutes each come first.\n", "-"), 90),
    // A class or a lesson is a whole session, as a workshop is.
    declared(row("a length before a word for classes", "Spanish I\n\nPlan for 90 Minute Classes\n\nWarm-up and review of homework, then pair work.\n", "-"), 90),
    // Front matter and schema.org name the slot's fields `startDate` and `endDate`, with ISO
    // date-times whose `T` joins date and time; the town gives the zone.
    slot_is(
        row("ISO date-times under camelCase start and end fields", "---\nname: Soldering for beginners\nstartDate: 2023-03-14T18:30:00\nendDate: 2023-03-14T20:00:00\nlocality: \"Lisbon\"\n---\n\nBring your own kit.\n", "-"),
        "2023-03-14T18:30Z/20:00Z",
    ),
    // Front matter that gives the date, the start and the end as fields of their own, named
    // time or date first (`date_start`, `time_start`, `time_end`).
    slot_is(
        row("date, start and end as front-matter fields", "---\ntitle: 'Repair café'\ndate_start: '2024-05-02'\ntime_start: '19:00'\ntime_end: '21:30'\nlocation: 'Wijkcentrum, Groningen'\n---\n\nBreng je kapotte spullen mee.\n", "-"),
        "2024-05-02T17:00Z/19:30Z",
    ),
    // Month first where the second number cannot be a month; hyphens too, with a
    // four-digit year.
    slot_is(row("a US date with hyphens", "Steering call\n\nDate: 11-17-2024\nTime: 9:00 AM to 10:00 AM EST\n", "-"), "2024-11-17T14:00Z/15:00Z"),
    slot_is(row("a US date with slashes", "Steering call\n\nDate: 11/17/2024\nTime: 9:00 AM to 10:00 AM EST\n", "-"), "2024-11-17T14:00Z/15:00Z"),
    slot_is(row("a day-first date with hyphens", "Reunión\n\nFecha: 17-11-2024\nHora: 10:00 a 11:00 CET\n", "-"), "2024-11-17T09:00Z/10:00Z"),
    // `noon` and `midnight` are times; `après-midi` (afternoon) is none.
    row("noon in a start-time table", "| Time | Item |\n| --- | --- |\n| 10:30 am | Talks |\n| 11:30 am | Demos |\n| noon | Lunch |\n| 1:00 pm | Panel |\n| 2:00 pm | End |\n", "0-60 60-90 90-150 150-210"),
    row("a range to noon", "Saturday\n\n10:00 am - 11:00 am Workshop part one\n11:00 am - 12 noon Workshop part two\n", "0-60 60-120"),
    // Chinese, Japanese and Korean hours (`晚上七点`, `午後1時`, `오후 2시`, with `半` or `分`),
    // ranges joined by `到`, `至`, `～`, and zones named in words (`北京时间`, `日本時間`).
    slot_is(row("a Chinese slot in words, in Beijing time", "第三次读书会\n\n时间：2023年4月9日晚上七点到八点半（北京时间）\n地点：线上\n", "-"), "2023-04-09T11:00Z/12:30Z"),
    // Twelve in the evening is midnight.
    slot_is(row("a Chinese slot to midnight", "会议\n\n时间：2023年4月9日晚上十一点到晚上十二点（北京时间）\n", "-"), "2023-04-09T15:00Z/16:00Z"),
    slot_is(row("a Japanese slot in the afternoon, in Japan time", "勉強会のお知らせ\n\n日時：2023年4月9日 午後1時～3時（日本時間）\n", "-"), "2023-04-09T04:00Z/06:00Z"),
    slot_is(row("a Korean slot in the afternoon, in Korea time", "세미나 안내\n\n일시: 2023년 4월 9일 오후 2시~4시 (한국시간)\n", "-"), "2023-04-09T05:00Z/07:00Z"),
    titled(row("Chinese start times", "议程\n\n下午2点 开幕致辞\n下午2点半 主题演讲\n下午3点半 圆桌讨论\n下午4点 结束\n", "0-30 30-90 90-120"), "开幕致辞|主题演讲|圆桌讨论"),
    // Korean `부터` ("from") after the first time and `까지` ("until") after the second.
    row("Korean ranges in a sentence", "세미나\n\n개회식은 오전 9시부터 오전 9시30분까지, 토론은 오전 9시30분부터 오전 11시까지 진행됩니다.\n", "0-30 30-120"),
    // `Mo, 25.11.`: after a weekday, a day and month with dots and no year is a date, and a
    // day of the programme; `Tag II` numbers a day in Roman numerals.
    sessions(row("days headed by a weekday and a day and month", "Programm\n\nTag I: Mo, 25.11.\n\n9:00-10:30 Eröffnung\n10:30-12:00 Panel\n\nTag II: Di, 26.11.\n\n9:00-11:00 Workshop\n11:00-12:00 Abschluss\n", "0-90 90-180"), 2),
    sessions(row("days headed by a weekday and a day and month alone", "Programm\n\nMo, 25.11.\n\n9:00-10:30 Eröffnung\n10:30-12:00 Panel\n\nDi, 26.11.\n\n9:00-11:00 Workshop\n11:00-12:00 Abschluss\n", "0-90 90-180"), 2),
    // Chinese, Japanese and Korean lengths (`1時間20分`, `2小时`, `10分钟`, `1시간 30분`), and
    // labels that end in a word for time (`講演時間:`, `时长：`, `소요 시간:`).
    declared(row("a Japanese length label", "オンライン講座\n\n講演時間 : 1時間20分\n", "-"), 80),
    declared(row("a Chinese length label", "讲座\n\n时长：2小时\n", "-"), 120),
    declared(row("a Korean length label", "세미나\n\n소요 시간: 1시간 30분\n", "-"), 90),
    row("Chinese lengths in brackets", "议程\n\n开幕致辞（10分钟）\n主题演讲（30分钟）\n讨论（20分钟）\n", "0-10 10-40 40-60"),
    // `МСК` and `по` before it; a label of sixteen Cyrillic letters (thirty-one bytes).
    slot_is(row("Moscow time in Cyrillic", "Вебинар\n\nДата: 23 сентября 2022\nВремя проведения: 10.00 – 13.45 по МСК\n", "-"), "2022-09-23T07:00Z/10:45Z"),
    // `三点` alone is "three points" as often as three o'clock.
    row("three points in Chinese prose", "会议纪要\n\n我们讨论了以下三点：预算、人员和时间表。会议在下午结束。\n", "-"),
    // Slot labels and range words in more languages: Russian `Дата`/`Время` with `с … до`,
    // Polish `Termin` with `od … do`.
    slot_is(row("a Russian date and time on two labelled lines", "Встреча клуба\n\nДата: 19/09/2019\nВремя: с 19.00 до 22.00 (MSK)\n", "-"), "2019-09-19T16:00Z/19:00Z"),
    slot_is(row("a Polish slot from and to", "Spotkanie\n\nTermin: 12.03.2024, od 10:00 do 12:00 CET\n", "-"), "2024-03-12T09:00Z/11:00Z"),
    // Month names written out in more languages, and Turkey's and Indonesia's zones.
    slot_is(row("a Russian month in the genitive", "Семинар\n\n19 сентября 2019, с 19.00 до 22.00 (MSK)\n", "-"), "2019-09-19T16:00Z/19:00Z"),
    slot_is(row("an Indonesian month, WIB", "Lokakarya\n\nWaktu: Sabtu, 12 Maret 2024, 09.00 sampai 11.00 WIB\n", "-"), "2024-03-12T02:00Z/04:00Z"),
    slot_is(row("a Turkish month, TRT", "Eğitim\n\nTarih: 12 Mart 2024, 14:00-16:00 (TRT)\n", "-"), "2024-03-12T11:00Z/13:00Z"),
    slot_is(row("a Dutch month", "Bijeenkomst\n\nDatum: 12 maart 2024, 14:00-16:00 CET\n", "-"), "2024-03-12T13:00Z/15:00Z"),
    slot_is(row("a Polish month in the genitive", "Spotkanie\n\nTermin: 3 maja 2024, 10:00-12:00 CEST\n", "-"), "2024-05-03T08:00Z/10:00Z"),
    // A table row of two cells is a label and its value; Turkish and Indonesian units and
    // length labels (`saat`, `dakika`, `dk`, `jam`, `süresi:`, `Durasi:`).
    declared(slot_is(row("a table of labelled cells, a length in brackets", "Atölye\n\n| **Tarih** | 12 Mart 2025 |\n| **Saat** | 10:00 - 12:00 (2 saat) |\n", "-"), "local 2025-03-12 10:00-12:00"), 120),
    slot_is(row("a slot in a table of labelled cells", "Workshop\n\n| **Date** | 12 March 2025 |\n| **Time** | 10:00 - 12:00 CET |\n", "-"), "2025-03-12T09:00Z/11:00Z"),
    row("Turkish minutes", "Program\n\n- Açılış (15 dakika)\n- Sunum (45 dakika)\n- Soru-cevap (30 dk)\n", "0-15 15-60 60-90"),
    declared(row("an Indonesian length label", "Lokakarya\n\nDurasi: 2 jam\n", "-"), 120),
    declared(row("a Turkish length label", "Eğitim\n\nEğitim süresi: 2 saat\n", "-"), 120),
    row("a Turkish limit per talk", "Kurallar\n\nHer konuşmacının sunum süresi en fazla 15 dakika olmalıdır.\n", "-"),
    // A date on a line of its own, then a range opening the next line with no title after it,
    // is a slot written on two lines; a range that a later one goes on from is an agenda's
    // first entry.
    slot_is(row("a date line, then a range in words below it", "Journée d'étude\n\nMardi 3 mars 2026\nde 9h30 à 12h30\n\nSalle des fêtes\n", "-"), "local 2026-03-03 09:30-12:30"),
    slot_is(row("a numeric date line, then a dotted range below it", "Incontro\n\nIl 03/03/2026\n9.30 - 12.30\n\nIngresso libero\n", "-"), "local 2026-03-03 09:30-12:30"),
    row(
        "a date line, then ranges each above its title and a note",
        "Programme\n\nTuesday 3 March 2026\n\n9:00 – 9:45\n\nArrivals and coffee\n\nThe desk opens at the main door.\n\n9:45 – 11:00\n\nFirst panel\n",
        "0-45 45-120",
    ),
    row("a date line, then ranges each above its title", "Open day\n\nSaturday 7 March 2026\n10:00-10:30\nWelcome\n10:30-12:00\nGuided tours\n", "0-30 30-120"),
    // A length with the word for length after it (`de duración`, `in length`), the session
    // named before it, is the declared length; an item's is not.
    declared(row("a length with the word for length after it, in Spanish", "Jornadas\n\nCada taller tendrá noventa minutos de duración.\n", "-"), 90),
    declared(row("a length with the word for length after it", "Clinic\n\nThe seminar is ninety minutes in length.\n", "-"), 90),
    declared(row("an item's length with the word for length after it", "Clinic\n\nEach talk is twenty minutes in length.\n", "-"), 0),
    // A town before a full stop that ends a sentence stands alone (`St. Lucia` is one name);
    // on the venue's line, a town that ends the venue's name before a comma names its place.
    slot_is(row("a town before a sentence's full stop on the slot's line", "Recital\n\nSala Mozart, Bilbao. Jueves 5 de marzo de 2026 de 19 a 21 horas.\n", "-"), "2026-03-05T18:00Z/20:00Z"),
    slot_is(row("a town ending the venue's name under a venue label", "Lesung\n\nDatum/Zeit\n05.03.2026\n19:00 - 21:00 Uhr\n\nVeranstaltungsort\nStadtbibliothek Leipzig, Saal 2\n", "-"), "2026-03-05T18:00Z/20:00Z"),
    // Dutch and Scandinavian weekdays: a weekday before a day without a year takes the one
    // year of those written in which it falls so; days headed by weekdays are sittings.
    slot_is(row("a Swedish weekday and day, the year from the post's date", "Lunchklubb\n\nPublicerad tisdag 3 februari 2026\n\nDag: Onsdag, 11 februari\nTid: Kl. 12.00 - 13.30\n", "-"), "local 2026-02-11 12:00-13:30"),
    sessions(row("days headed by Dutch weekdays", "Programma\n\nDinsdag 3 maart 2026\n\n10.00 - 11.00 Opening\n11.00 - 12.00 Debat\n\nWoensdag 4 maart 2026\n\n10.00 - 12.00 Werkgroepen\n12.00 - 12.30 Afsluiting\n", "0-60 60-120"), 2),
    // German lengths written as one adjective before the session noun.
    declared(row("a German length adjective with digits", "Fortbildung\n\nEine 90-minütige Schulung für neue Mitglieder.\n", "-"), 90),
    declared(row("a German length adjective in words", "Fortbildung\n\nDas anderthalbstündige Seminar findet im Rathaus statt.\n", "-"), 90),
    declared(row("a German length adjective for the talks", "Fortbildung\n\nDie 20-minütigen Vorträge werden aufgezeichnet.\n", "-"), 0),
    // A table of start times with a column of lengths after the titles: the last entry ends
    // by its length; a length beside a name is that person's share, not the entry's.
    row("start times, titles, then a column of lengths", "Day plan\n\n| Start | What | Length |\n|---|---|---|\n| 10:00 | Arrivals | ~10 mins |\n| 10:10 | Hands-on part | ~40 mins |\n| 10:50 | Questions | ~10 mins |\n", "0-10 10-50 50-60"),
    row("start times, titles, then a speaker with a share", "Day plan\n\n| Start | What | Who |\n|---|---|---|\n| 0:00 | Opening | Ana |\n| 0:05 | Demo | Ben (3 min) |\n| 0:10 | Questions | Ana |\n| 0:20 | End | |\n", "0-5 5-10 10-20"),
    // Times written with a comma after a word for "o'clock" opening their lines (`Ore 9,00`).
    row("comma times after a word for o'clock", "Giornata di studio\n\nOre 9,00 Accoglienza\nOre 9,30 Saluti\nOre 10,15 Prima relazione\nOre 11,45 Fine dei lavori\n", "0-30 30-75 75-165"),
    // A hyphen with a space on each side separates parts of an address (`Porto Alegre - RS`).
    slot_is(row("a town before a spaced dash on the venue's line", "Oficina\n\n12/03/2026 (quinta-feira) - 14:00h - 17:00h\n\n# Local\nCasa de Cultura - Rua das Flores, 100 - Centro, Porto Alegre - RS 90010-000, Brasil\n", "-"), "2026-03-12T17:00Z/20:00Z"),
    // A negative number is a change, never a length: a timetable's shifts (`9.05 (-4’)`).
    row("a timetable's shifts, some of them negative", "Changes from 14 December\n\nFirst train 6.12 (+3’) 7.12 (+3’) 9.40 (-4’) 11.40 (-4’) 17.40 (-4’)\n", "-"),
    // Lengths in one sentence, each saying what it is for and joined by commas, `and` or
    // `+`, are a session's parts, titled by what follows `for` or `of`. Parts given for each
    // talk, a default, or how long something lasts (`for 30 minutes`) are none.
    titled(
        row("lengths in a sentence, each saying what it is for", "Clinic\n\nWe plan 15 minutes for a round of names, 45 minutes for the case reviews and 30 minutes for next steps.\n", "0-15 15-60 60-90"),
        "a round of names|the case reviews|next steps",
    ),
    titled(row("two lengths in brackets, joined by a plus", "Guidelines\n\nA poster pitch may not run past 8 minutes (6 minutes for the pitch + 2 minutes for one question).\n", "0-6 6-8"), "the pitch|one question"),
    row("a length set aside for a part, then another", "Call for papers\n\nSpeakers will have 25 minutes allotted for the talk itself and ten minutes for questions.\n", "0-25 25-35"),
    row("lengths for the parts of each talk", "Guidelines\n\nEvery talk in the track gets 25 minutes for the talk and 5 minutes for questions.\n", "-"),
    row("lengths given as a default", "Notes\n\nIf a slot has no length, we assume 40 minutes for talks and 15 minutes for breaks.\n", "-"),
    row("lengths saying how long steps last", "Method\n\nStir for 10 minutes, then rest for 20 minutes of quiet.\n", "-"),
    // A word for "o'clock" or an article between a range's words and its times (`dalle ore
    // 9 alle ore 12`, `de las 9:00 a las 12:00`), or `Uhr` after each end of a range in words.
    slot_is(row("a range in words with a word for o'clock before each end", "Convegno\n\nL'incontro si svolgerà martedì 3 marzo 2026 dalle ore 9.30 alle ore 12.30 in aula magna.\n", "-"), "local 2026-03-03 09:30-12:30"),
    slot_is(row("a range in words with bare hours after a word for o'clock", "Convegno\n\nL'incontro si svolgerà martedì 3 marzo 2026 dalle ore 9 alle ore 12.\n", "-"), "local 2026-03-03 09:00-12:00"),
    slot_is(row("a range in words with articles before its times", "Jornada\n\nLa jornada tendrá lugar el martes 3 de marzo de 2026 de las 9:30 a las 12:30.\n", "-"), "local 2026-03-03 09:30-12:30"),
    slot_is(row("a range in words with Uhr after each hour", "Fachtag\n\nDer Fachtag findet am Dienstag, 3. März 2026 von 9 Uhr bis 12 Uhr statt.\n", "-"), "local 2026-03-03 09:00-12:00"),
    // Weekdays said to be closed, and ranges of weekdays after a word for "from", head a
    // week's hours too.
    row(
        "a week's hours with closed days and ranges of weekdays",
        "Visitor centre\n\nWinter\n- Monday closed\n- Tuesday to Friday: 13:00-17:00\n- Saturday: 10:00-12:30 & 13:30-17:00\n- Sunday closed\n\nSpring\n- from Monday to Saturday: 10:00-12:30 & 13:30-18:00\n- Sunday closed except at Easter: open 10:00 to 13:00\n",
        "-",
    ),
    row(
        "a week's hours in French, with closed days",
        "Centre des visiteurs\n\nHiver\n- lundi fermé\n- mardi au vendredi : 13h-17h\n- samedi : 10h-12h30 & 13h30-17h\n- dimanche fermé\n\nPrintemps\n- du lundi au samedi : 10h-12h30 & 13h30-18h\n- dimanche fermé sauf à Pâques : ouvert de 10h à 13h\n",
        "-",
    ),
    // Several weekdays on one line head a week's hours as one weekday does.
    row("weekdays listed on one line over their hours", "La mairie\n\nLundi - Mardi - Jeudi - Vendredi\n08:30 - 12:00 et 15:45 - 18:00\nMercredi:\n08:30 - 12:00\nSamedi:\n09:30 - 12:00\n", "-"),
    // A time said to be a country's (`hora de España`, `horário de Brasília`) is its
    // capital's, though the country has other zones; `17:15 h` joins the zone after it.
    slot_is(row("Spain's time in words", "Webinario\n\nFecha: 21 de mayo de 2020, de 16 h-17:15 h (hora de España)\n", "-"), "2020-05-21T14:00Z/15:15Z"),
    slot_is(row("Brasília's time in words", "Palestra\n\nData: 21 de maio de 2020, das 14h às 16h (horário de Brasília)\n", "-"), "2020-05-21T17:00Z/19:00Z"),
    slot_is(row("local time names no zone", "Meetup\n\nDate: 21 May 2020, 14:00-16:00 local time\n", "-"), "local 2020-05-21 14:00-16:00"),
    // A lone end time in Dutch `uur` is read as the end, not as a length of seventeen hours.
    row(
        "an end time in uur alone on its line",
        "Middag\n\n13.00 - 14.00 uur\n\nMarkt\n\n14.00 - 14.45 uur\n\nOpening\n\n14.45 - 17.00 uur\n\nGesprekken\n\n17.00 uur\n\nEinde\n",
        "0-60 60-105 105-240",
    ),
    row(
        "uur on both ends of a range",
        "Programma\n\n12.00 uur – 12.45 uur\nOntvangst\n12.45 uur – 13.15 uur\nOpening\n13.15 uur – 14.00 uur\nLezing\n",
        "0-45 45-75 75-120",
    ),
    // The same day written elsewhere with its year gives a slot's date its year.
    slot_is(row("the year from the same day elsewhere", "Panel on water\n\n22/03/2022\n\nAbout the panel.\n\nTuesday 22 March - 10:45-12:15 (GMT)\n", "-"), "2022-03-22T10:45Z/12:15Z"),
    // One word may describe the session between its length and its noun.
    declared(row("a length, one word, the session", "Webinar on land\n\nThe one-hour and 25 minutes online session will address the following:\n\nMore.\n", "-"), 85),
    declared(row("a two hour time slot", "Symposia\n\nEach symposium has a two hour time slot. Speakers are invited.\n", "-"), 120),
    // A whole row written twice is kept twice, for `check` to report the overlap.
    row("a row written twice", "Program\n\n| 09.00 - 10.00 | Talk |\n| 10.00 - 11.00 | Workshop |\n| 10.00 - 11.00 | Workshop |\n| 11.00 - 11.30 | Coffee |\n", "0-60 60-120 60-120 120-150"),
    // A space slipped in after the colon of a range's end (`10: 45`).
    row("a space after the colon of an end", "Program\n\n09:30 – 10: 45 Registration\n10:45 – 11:50 Panel\n11:50 – 12:10 Break\n", "0-75 75-140 140-160"),
    // An address opening a line by the slot in Chinese script names the town, and so its zone.
    slot_is(row("a Chinese address under the slot", "开源聚会\n\n## 时间地点\n\n- 2021年5月8日 下午2点-4点\n- 上海市徐汇区漕溪北路88号\n", "-"), "2021-05-08T06:00Z/08:00Z"),
    // A university named after its town places the session in that town's zone.
    slot_is(row("a town's university by the slot", "Workshop\n\nThe workshop is held on 3 June 2024, from 10 am to 4 pm, in Room 12 of Uppsala University.\n", "-"), "2024-06-03T08:00Z/14:00Z"),
    // A date written on every entry's line makes entries, not slots, and names none.
    titled(
        row(
            "the date on every entry",
            "Programme\n\n• 14/05/2024, 09:00 - 09:20\n\n  Welcome\n\n• 14/05/2024, 09:20 - 10:30\n\n  Keynote on open data\n\n• 14/05/2024, 10:30 - 11:00\n\n  Coffee\n",
            "0-20 20-90 90-120",
        ),
        "Welcome|Keynote on open data|Coffee",
    ),
    // Minutes and seconds counted from zero: `55:00` is no time of day.
    row(
        "minutes and seconds from zero",
        "Timing\n\n| Time | Part |\n|---|---|\n| 0:00 - 12:00 | Welcome |\n| 12:00 - 55:00 | Lab |\n| 55:00 - 60:00 | Questions |\n",
        "0-12 12-55 55-60",
    ),
    // Markdown emphasis with underscores around each time.
    row("ranges in underscore emphasis", "Program\n\n- _18:45_ – _19:00_ Welcome\n- _19:00_ – _19:40_ First talk\n- _19:40_ – _20:00_ Break\n", "0-15 15-55 55-75"),
    // A week's hours laid out in HTML, each weekday in a tag of its own: no agenda.
    row(
        "a week's hours in HTML cells",
        "<h2>When we are open</h2>\n<div class=\"day\">Monday</div>\n<div>closed</div>\n<div class=\"day\">Tuesday</div>\n<div>10:00 - 12:30 <em>(Anna)</em></div>\n<div>15:00 - 19:00 <em>(Anna)</em></div>\n<div class=\"day\">Wednesday</div>\n<div>10:00 - 12:30 <em>(Ben)</em></div>\n<div>15:00 - 19:00 <em>(Anna)</em></div>\n<div class=\"day\">Thursday</div>\n<div>10:00 - 12:30 <em>(Ben)</em></div>\n<div>15:00 - 19:00 <em>(Ben)</em></div>\n",
        "-",
    ),
    sessions(
        row(
            "a morning's and an afternoon's headings",
            "Le programme\n\nSamedi 3 juin matin\n\n  • 9h30 : Accueil des membres\n  • 10h Rapport du bureau\n  • 11h00 Ateliers par thème\n\n13h00 le déjeuner\n\nSamedi 3 juin après-midi\n\n  • 14h Retour des ateliers\n  • 14h45 Votes sur les motions\n  • 18h fin de la journée\n\nDimanche 4 juin matin\n\n  • 9h30 Synthèse\n  • 11h pause\n  • 12h30 Clôture\n",
            "0-30 30-90 90-210",
        ),
        3,
    ),
    // A labelled venue names the zone, though a country in the prose beside the slot does
    // not agree.
    slot_is(
        row(
            "a labelled venue over a country in prose",
            "Northern rivers meeting\n\nPlace: Town Hall, Tampere, Finland\nTime: Saturday 7 March 2026 09:00 – 15:00\n\nOur next meeting, in spring 2027, is planned in Norway.\n",
            "-",
        ),
        "2026-03-07T07:00Z/13:00Z",
    ),
    // A range of days is dated by its first day: the night runs from it into the next.
    slot_is(row("a night over a range of days", "Robotics build night\n\nWhen: 6-7 Mar 2026, 7 PM - 9 AM, Lisbon, Portugal\n", "-"), "2026-03-06T19:00Z/2026-03-07T09:00Z"),
    // A start on the 24-hour clock writes the end so too: `09:00` is the next morning.
    slot_is(row("a 24-hour night over a range of days", "Robotics build night\n\nWhen: 6–7 March 2026, 19:00–09:00 (UTC)\n", "-"), "2026-03-06T19:00Z/2026-03-07T09:00Z"),
    // Front matter's start and end carry their UTC offset (ISO 8601, RFC 2822 or `Z`), and
    // the field may name what it belongs to first.
    slot_is(
        row("front matter stamps with offsets", "---\ntitle: Spring assembly\nevent-start-date: 2026-03-10 18:00:00 -04:00\nevent-end-date: 2026-03-10 19:30:00 -04:00\n---\n\nDoors open at 5:45.\n", "-"),
        "2026-03-10T22:00Z/23:30Z",
    ),
    slot_is(row("front matter stamps in RFC 2822", "---\ntitle: Spring assembly\nstart_date: 2026-03-10 18:00:00 +0530\nend_date: 2026-03-10 19:30:00 +0530\n---\n", "-"), "2026-03-10T12:30Z/14:00Z"),
    slot_is(row("front matter stamps in UTC", "---\ntitle: Spring assembly\nstartDate: 2026-03-10T18:00:00.000Z\nendDate: 2026-03-10T19:30:00.000Z\n---\n", "-"), "2026-03-10T18:00Z/19:30Z"),
    // The generic North American zones as two letters, where they stand as a zone: after the
    // slot's times, or heading the agenda's column of times, which the slot shares.
    slot_is(row("a generic zone after the slot's times", "Office hours\n\nWhen: Thursday, March 12, 2026, 1 pm - 2:30 pm ET\n", "-"), "2026-03-12T17:00Z/18:30Z"),
    slot_is(
        row(
            "a generic zone heading the column of times",
            "# Data carpentry day\n\n* **Date:** Saturday, March 14, 2026\n* **Time:** 9:00 am – 12:00 pm\n\n| Time (PT) | Session |\n|---|---|\n| 9:00 - 10:30am | Spreadsheets |\n| 10:30 - 12:00pm | Plotting |\n",
            "0-90 90-180",
        ),
        "2026-03-14T16:00Z/19:00Z",
    ),
    // Two capitals after a town are its state, not a zone.
    slot_is(row("a state after a town", "Office hours\n\nDate: Thursday, March 12, 2026\nTime: 1 pm - 2:30 pm\nVenue: Public Library, Hartford, CT\n", "-"), "local 2026-03-12 13:00-14:30"),
    // An entry opened by its length says after `for` what the length is for: its title.
    titled(
        row("lengths opening entries, each for something", "Panel plan\n\n5 minutes for the welcome\n20 minutes for the panel\n10 minutes for questions from the room\n", "0-5 5-25 25-35"),
        "the welcome|the panel|questions from the room",
    ),
    // A date alone on its line, the slot's label alone on the next, then the range with its
    // zone after it (`по МСК`, "by Moscow time").
    slot_is(row("a date, a label, then the range", "Семинар для бухгалтеров\n\n14 марта 2026 года\n\nВремя проведения\n11.00 – 12.30 по МСК\n", "-"), "2026-03-14T08:00Z/09:30Z"),
    // TOML front matter names its fields before ` = `, and a field may give the zone.
    slot_is(
        row("TOML front matter's begin and end", "+++\ntitle = \"Spring meetup\"\nbegin = \"2026-03-10T18:30:00\"\nend = \"2026-03-10T20:30:00\"\ntimezone = \"Europe/Vienna\"\n+++\n\nTalks and drinks.\n", "-"),
        "2026-03-10T17:30Z/19:30Z",
    ),
    // A length with its own range after it in brackets, the text's first range: the
    // session's length. An entry's length and range after other ranges are the entry's.
    declared(row("a length spelled by the first range", "> **Repair café** — 3 hours (13:00 - 16:00)\n\nBring what is broken.\n", "-"), 180),
    declared(row("an entry's length spelled by its range", "Agenda\n\n- 10:00 - 11:00 Talks\n- 11:00 - 12:00 Demos\n- Lunch: 1 hour (12:00 - 13:00)\n", "0-60 60-120 120-180"), 0),
    // A talk's front matter: `date` starts the pair `date_end` ends; a post's `date` alone
    // is no slot.
    slot_is(row("front matter's date and date_end", "---\ntitle: Graph sampling\ndate: 2026-04-02T15:00:00+02:00\ndate_end: 2026-04-02T16:00:00+02:00\n---\n", "-"), "2026-04-02T13:00Z/14:00Z"),
    slot_is(row("a post's date alone", "---\ntitle: Our spring assembly\ndate: 2026-02-26 10:12:00 -08:00\n---\n\nJoin us in March.\n", "-"), "-"),
    // Bare hours joined by a dash after `from`, a zone after them, are the slot's times.
    slot_is(row("bare hours from and to with a zone", "Kickoff\n\nOur online kickoff is on 9 January 2026, from 10-12 CET.\n", "-"), "2026-01-09T09:00Z/11:00Z"),
    // A dotted time with a zone after it is a time of day (`17.00 CET`), as one with `Uhr`.
    slot_is(row("dotted times with zones", "Board call\n\nDate: 3 February 2026\nStart: 17.00 CET\nEnd: 18.30 CET\n", "-"), "2026-02-03T16:00Z/17:30Z"),
    // A session's length in brackets after its format, and a sentence saying how long
    // sessions are; a part's length so said is no session's.
    declared(row("a length in brackets after the format", "Formats\n\nFacilitated roundtable (75-minute session)\n\nTables of eight discuss one question.\n", "-"), 75),
    declared(row("sessions are a length", "Notes for chairs\n\n- Workshop sessions are 2 hours.\n- Each speaker has at most 15 minutes.\n", "-"), 120),
    declared(row("a part is a length", "Notes for chairs\n\nThe Q&A slot is 10 minutes.\n", "-"), 0),
    // A begin and an end days apart, what happens between them listed between: a slot over
    // the days.
    slot_is(
        row(
            "a begin and an end days apart",
            "Open data weekend\n\nBegin: Friday, 6 March 2026, 18.00 hrs CET\n\nWelcome and team building\nTeams start work\n\nSaturday: mentoring all day\n\nEnd: Sunday, 8 March 2026, 16.00 CET\n",
            "-",
        ),
        "2026-03-06T17:00Z/2026-03-08T15:00Z",
    ),
    // A post's `date:` is not the start of the event's start and end below it.
    slot_is(
        row("a post's date above the event's start and end", "---\ntitle: March assembly\ndate: 2026-02-20 09:15:00 -08:00\ntags:\n- assembly\nevent-start-date: 2026-03-10 18:00:00 -07:00\nevent-end-date: 2026-03-10 19:30:00 -07:00\n---\n", "-"),
        "2026-03-11T01:00Z/02:30Z",
    ),
    // So many blocks of one length with a break between each two: the blocks, not the
    // session's length.
    declared(
        titled(row("blocks with breaks between them", "World café\n\nThe café runs as three 30-minute rounds, with a 10-minute break between rounds to change tables.\n", "0-30 30-40 40-70 70-80 80-110"), "rounds|break|rounds|break|rounds"),
        0,
    ),
    row("blocks of a length with a break", "Lab day\n\nWe work in 2 blocks of 90 minutes with a 15 minute break in between.\n", "0-90 90-105 105-195"),
    // A figure dash joins a range as other dashes do, inside a link's text too.
    slot_is(row("a figure dash in a linked slot", "Tutorial\n\nPresented at the conference on [March 9, 2026 at 1:30pm‒5:30pm CDT](https://example.org/schedule).\n", "-"), "2026-03-09T18:30Z/22:30Z"),
    // Panels, plural, are sessions: their length is the session's.
    declared(row("panels last a length", "About the conference\n\nPanels last 75 minutes and have four speakers (12 minutes each) and a chair.\n", "-"), 75),
    // An address under the venue's label names the zone, before a town in the prose beside
    // the slot.
    slot_is(
        row("an address under the venue's label", "Closing forum\n\nWhen: March 9, 2026 from 9:00 a.m. – 5:00 p.m.\n\nFour roundtables close the project begun in Paris.\n\nEach discusses one paper.\n\nWhere: Institute of European Studies\n\n12 avenue Example, 1050 Brussels\n\nRoom 2\n", "-"),
        "2026-03-09T08:00Z/16:00Z",
    ),
    // A 12-hour schedule that pads its hours crosses noon: `12:30 - 01:30` is lunch until
    // half past one, and the afternoon goes on from there.
    row(
        "padded 12-hour times over noon",
        "Schedule\n\n| Time | Item |\n|---|---|\n| 11:00 - 12:30 | Morning talks |\n| 12:30 - 01:30 | Lunch |\n| 01:30 - 02:15 | Keynote |\n| 02:15 - 03:00 | Panel |\n",
        "0-90 90-150 150-195 195-240",
    ),
    // The 24-hour clock's night stays a night.
    row("a padded night", "Night shift\n\n- 20:00 - 22:00 Setup\n- 22:00 - 02:00 Build\n- 02:00 - 03:00 Demo\n", "0-120 120-360 360-420"),
    // A form flattened into table rows: a row of one cell under the format's label is that
    // cell alone, a format with its length. A one-column table of entries stays entries.
    declared(row("a format's row in a flattened form", "Proposal form\n\n| Session format | | | |\n| Open roundtable (45 minutes) | | | |\n| Language | | | |\n| English | | | |\n", "-"), 45),
    declared(row("a one-column table of entries", "Plan\n\n| Item |\n|---|\n| Welcome (10 min) |\n| Panel (45 min) |\n| Workshop (30 min) |\n", "0-10 10-55 55-85"), 0),
    // The line above the slot, past a blank line, is beside it: a town in the series'
    // title names the zone.
    // A length in brackets after a whole session that a determiner names is its length; in
    // a numbered entry, or beside another such length, it is a part's.
    declared(row("a bracketed length after a named workshop", "Data day\n\nA one-day workshop (6 hours) for newcomers to data work.\n", "-"), 360),
    declared(row("a bracketed length in a numbered entry", "Meeting plan\n\n1. Welcome\n2. Groups, as many as the meeting needs (40 minutes)\n3. Close\n", "-"), 0),
    declared(row("two bracketed lengths in a sentence", "Plan\n\nThe day opens with a workshop (90 minutes), then a panel (60 minutes).\n", "-"), 0),
    // A room after a range under a date line is where the slot is held, no entry's title.
    slot_is(row("a room after the range under a date", "Press briefing\n\nMarch 3, 2026\n14:10-14:45 Briefing room\n", "-"), "local 2026-03-03 14:10-14:45"),
    slot_is(row("a room after the range in Japanese", "記者会見\n\n2026年3月3日(火曜日)\n14時10分~14時45分 会見室\n", "-"), "local 2026-03-03 14:10-14:45"),
    slot_is(row("a title after the range under a date", "Open day\n\nMarch 3, 2026\n09:00-10:00 Welcome in the main hall\n", "-"), "-"),
    // A length right after the only time of day, `for` between, is how long what starts then
    // lasts; in a list of start times it is an entry's.
    declared(row("a length from a start time", "Reading group\n\nWe meet on the first Monday of each month at 19:00 for one and a half hours.\n", "-"), 90),
    declared(row("a length from a start time in Japanese", "読書会\n\n毎月第1月曜日の19時から1時間半の予定です。\n", "-"), 90),
    declared(row("a length from a start time in a list of starts", "Morning\n\n- 09:00 for 20 minutes\n- 09:20 Talks\n", "-"), 0),
    // A table's column of bare numbers under `Minutes`, or under `Time` when they add up to
    // a length the text states, is the entries' lengths; bare hours under `Time` are not.
    row("a column of minutes", "Plan\n\n| Part | Minutes | Notes |\n|---|---|---|\n| Welcome | 10 | |\n| Talks | 40 | two speakers |\n| Questions | 20 | |\n", "0-10 10-50 50-70"),
    row("a time column adding up to the stated length", "Plan\n\nA 60-minute tutorial.\n\n| Part | Time |\n|---|---|\n| Setup | 10 |\n| Exercises | 40 |\n| Wrap-up | 10 |\n", "0-10 10-50 50-60"),
    row("a time column of bare hours", "Plan\n\n| Part | Time |\n|---|---|\n| Setup | 9 |\n| Exercises | 10 |\n| Wrap-up | 11 |\n", "-"),
    // Dotted start times with their titles lined up by spaces; not a padded 12-hour schedule
    // over noon, which these lines cannot read.
    row("dotted start times with titles lined up", "Seminar\n\n9.30      Doors open\n\n10.00     Welcome\n\n10.15     First talk\n\n11.00     Break\n\n11.15     Second talk\n", "0-30 30-45 45-90 90-105"),
    row("dotted start times over noon on a padded 12-hour clock", "Course\n\n09.00   Welcome to the course\n10.30   Shell basics for everyone\n11.45   Lunch\n01.00   Scripting in practice\n02.30   Wrap-up\n", "-"),
    // A bare hour with its hour's mark opens a range to a time with minutes.
    slot_is(row("a marked bare hour opens a range", "Pre-event\n\nThursday, March 12, 2026. Bogotá. 14 hs to 17:30 hs.\n", "-"), "2026-03-12T19:00Z/22:30Z"),
    // `a duration of` labels a length (no length of each of something), and a group that
    // meets for a length meets that long.
    declared(row("a duration of a length", "Side events\n\nEach side event is planned with a duration of one and a half hours, to launch new work.\n", "-"), 90),
    declared(row("a group meets for a length", "Reading circle\n\nThe circle meets every other Thursday evening for two hours.\n", "-"), 120),
    declared(row("talks of a length", "Reading circle\n\nMembers give talks of 10 minutes.\n", "-"), 0),
    // A length on a line of its own under the dated heading is the session's; under an
    // entry's title or time it is the entry's.
    declared(row("a length alone under the dated heading", "# Working group call\n\n## 12 March 2026, 15:00-16:30 UTC\n\n*90 minutes*\n\n- 10 min - Welcome\n- 50 min - Drafts\n- 30 min - Other business\n", "0-10 10-60 60-90"), 90),
    declared(row("a length alone under an entry's time", "Day plan\n\n09:00-09:20\n\n20 minutes\n\nWelcome\n\n09:20-10:00\n\n40 minutes\n\nTalks\n", "0-20 20-60"), 0),
    // A name may stand between a length and its session; a length may be given `for the
    // workshop`.
    declared(row("a name between a length and its session", "Training\n\nJoin a 2-hour Zoom webinar on open data.\n", "-"), 120),
    declared(row("a length for the session", "Plan\n\nWe have 75 minutes for the tutorial, so pick two exercises.\n", "-"), 75),
    declared(row("a length for a discussion", "Plan\n\nWe keep 15 minutes for the discussion at the end.\n", "-"), 0),
    // `every` determines a session as `each` does; a spaced `>` joins two times.
    declared(row("every session of a length", "Programme\n\nEvery 1 1/2 hour session opens with a case study.\n", "-"), 90),
    slot_is(row("a spaced angle bracket joins times", "Events\n\n| 12/03/2026 | 14:00 > 15:30 |\n| Conference | Online |\n", "-"), "local 2026-03-12 14:00-15:30"),
    // A whole session's length ending its sentence, then its parts in the next.
    row("a whole's length, then its parts in the next sentence", "Format\n\nWorkshops are 90 minutes in length. The first part will be a 30 minute talk, followed by 60 minutes of exercises in groups.\n", "0-30 30-90"),
    row("a whole's length, then lengths of each item", "Format\n\nWorkshops are 90 minutes in length. Each talk takes 30 minutes and then 60 minutes go to questions.\n", "-"),
    // An approximate length that a range restates right after it is exact.
    declared(row("an approximate length restated by a range", "Club evenings\n\nThe meetings run for about 2 1/2 hours, from 6pm to 8:30pm. Guests are welcome.\n", "-"), 150),
    declared(row("an approximate length alone", "Club evenings\n\nThe meetings run for about 2 hours. Guests are welcome.\n", "-"), 0),
    // Times in a table whose rows name nothing are data (finishing times), no agenda.
    row("a table of times that name nothing", "Results\n\n| Rank | Place | Speed | Time |\n|---|---|---|---|\n| - | 1 | 19.8 | 2:10 |\n| 1% | 310 | 15.0 | 2:50 |\n| 5% | 1620 | 13.8 | 3:05 |\n| 10% | 3300 | 12.9 | 3:16 |\n", "-"),
    row("times alone on their lines, each over its title", "Day\n\n09:00 - 09:30\nWelcome\n09:30 - 10:15\nKeynote\n10:15 - 10:30\nBreak\n", "0-30 30-75 75-90"),
    // A column of times headed with a city in brackets is in that city's zone, and so is a
    // slot given with no zone (here the agenda runs past the slot, so is no help).
    slot_is(
        row("a city in the time column's heading", "Workshop\n\n- Date: 12.03.2026\n- Time: 09:00 - 11:00\n\nSee the map below.\n\n<br>\n\n<br>\n\n## Programme\n\n| Time (Madrid) | Topic |\n|---|---|\n| 09:00 - 09:30 | Welcome |\n| 09:30 - 11:30 | Work |\n| 11:30 - 12:00 | Close |\n", "0-30 30-150 150-180"),
        "2026-03-12T08:00Z/10:00Z",
    ),
    // An ISO 8601 time with its offset and no seconds is no range; an interval of a start
    // and a duration is a slot.
    slot_is(row("ISO times with offsets and no seconds", "---\ntitle: Users' call\nstart: 2026-03-05T11:00-05:00\nend: 2026-03-05T12:30-05:00\n---\n\nA call.\n", "-"), "2026-03-05T16:00Z/17:30Z"),
    slot_is(row("an ISO interval of a start and a duration", "---\ntitle: Users' call\ndate: 2026-03-05T11:00-05/PT1H30M\n---\n\nA call.\n", "-"), "2026-03-05T16:00Z/17:30Z"),
    // Bare hours joined by a dash, a zone's abbreviation right after them, are a range.
    slot_is(row("bare hours with a zone after them", "Community call\n\nThe next call is on Monday, March 2, 2026, 15-16 CET.\n", "-"), "2026-03-02T14:00Z/15:00Z"),
    // A length's label alone on its line labels the length alone on the next.
    declared(row("a length under its label's heading", "Proposal\n\n## Length\n\n45 minutes\n\n## Audience\n\nAnyone.\n", "-"), 45),
    declared(row("a talk's length under its label", "Proposal\n\n## Talk length\n\n20 minutes\n", "-"), 0),
    // A range may end at a word for noon.
    row("a range ending at noon", "Morning\n\n- 10:00-10:30 AM Welcome\n- 10:30-11:15 AM Hands-on\n- 11:15-Noon Questions\n", "0-30 30-75 75-120"),
    // `in length` after a length labels that length, not a later one in the sentence.
    declared(row("a label after a length is that length's", "Format\n\nSessions run 50 minutes in length. Their recorded part runs 40 minutes in length, and a 10 minute live Q&A closes the session.\n", "0-40 40-50"), 50),
    // Lengths measured to the second are results, no agenda.
    row("lengths measured to the second", "My runs\n\n| Run | Date | Time |\n|---|---|---|\n| Park run | 10 May 2025 | 0h 31m 12s |\n| River run | 17 May 2025 | 0h 29m 58s |\n| Hill run | 24 May 2025 | 0h 35m 40s |\n", "-"),
    // Lengths with a price after each are a price list; lengths each a span are a chart's.
    row("a price list of lengths", "Private lessons\n\n- 45 minutes: € 50 (two people: € 35 each)\n- 60 minutes: € 65\n- 90 minutes: € 90\n", "-"),
    row("a chart of spans of lengths", "Baking times\n\n| Bread | 2 | 35 - 40 mins. |\n| Rolls | 3 | 15 - 20 mins. |\n| Scones | 3 | 10 - 15 mins. |\n", "-"),
    // A front matter's comment may name the zone of its times.
    slot_is(row("a zone in the front matter's comment", "---\ntitle: Community call\nstartTime: 2026-03-05T16:00:00 # UTC\nendTime: 2026-03-05T17:00:00 # UTC\n---\n\nA call about translations.\n", "-"), "2026-03-05T16:00Z/17:00Z"),
    // Chinese and Japanese text may write the colon full-width (`8：30`).
    row("times with the full-width colon", "会议日程\n\n| 9：00-9：20 | 签到 |\n| 9：20-10：00 | 主题报告 |\n| 10：00 -10：30 | 讨论 |\n", "0-20 20-60 60-90"),
    slot_is(row("a town in the title over a blank line", "Abende im Forum\n\nStreitgespräch, Leipzig\n\n12. März 2026 19:00 - 21:00 Uhr\n\nEine Reihe über Fragen der Stadt.\n", "-"), "2026-03-12T18:00Z/20:00Z"),
    // A date alone on its line, then a sentence that leads to a range written with its
    // zone; a paragraph's one date and one zoned range however far apart; a double hyphen
    // is a dash between words.
    slot_is(row("a sentence leading to a zoned range under a date", "Reading circle\n\nDate: Thursday, March 12, 2026\n\nWe meet from 2:00 to 3:30 p.m. Eastern Time.\n", "-"), "2026-03-12T18:00Z/19:30Z"),
    slot_is(row("a sentence leading to a range with no zone under a date", "Reading circle\n\nDate: Thursday, March 12, 2026\n\nWe meet from 2:00 to 3:30 p.m. and then go for lunch.\n", "-"), "-"),
    slot_is(
        declared(
            row("a paragraph's date and zoned range far apart", "Library call\n\nAir date: Friday, March 13, 2026. Hosts: two librarians from the county system who run the maker space and the reading club. Each call takes 90 minutes in length--noon until 1:30 p.m. Pacific Time.\n", "-"),
            90,
        ),
        "2026-03-13T19:00Z/20:30Z",
    ),
    declared(row("a double hyphen after a length's label", "Format\n\nEach webinar is one hour in length--questions are welcome.\n", "-"), 60),
    // A start and end field named for the event (`eventStart:`) pair as `start:` and `end:`
    // do, after a post's own `date:`.
    slot_is(row("a pair of fields named for the event", "---\ntitle: Reading group\ndate: 2026-02-20T09:12:40+01:00\neventStart: 2026-03-06T19:00:00+01:00\neventEnd: 2026-03-06T21:00:00+01:00\n---\n\nWe read chapter two.\n", "-"), "2026-03-06T18:00Z/20:00Z"),
    // A sentence saying when an event starts and when it ends gives its slot, under the
    // venue's lines that stand under the date; not in markup's attributes.
    slot_is(row("a sentence with a start and an end under the venue", "Data day\n\nSaturday 7 March 2026\n\nCampus hall, Guatemala City\nGuatemala\n\nThe day starts at 8:30 AM and ends at 4:00 PM.\n", "-"), "2026-03-07T14:30Z/22:00Z"),
    slot_is(row("a Spanish sentence with a start and an end", "Día de datos\n\nSábado 7 de marzo de 2026\n\nEl evento comienza a las 9:00 y termina a las 13:30 (hora de España).\n", "-"), "2026-03-07T08:00Z/12:30Z"),
    row("times in attributes named start and end", "Schedule\n\n| <t data-start=\"09:00\" data-end=\"10:00\"> | Talks |\n| <t data-start=\"10:00\" data-end=\"10:30\"> | Break |\n", "-"),
    // Start times each run on before a capitalised title, after a word for the agenda, are
    // an agenda flattened into one line; a listing's run-on times are not.
    row("an agenda of start times flattened into one line", "Board meeting\n\nMarch 3, 2026 from 5-7 p.m. at the library. Agenda 5:00 Welcome and roll call 5:10 Minutes of the last meeting 5:20 Budget review 6:15 Open questions 6:50 Adjourn\n", "0-10 10-20 20-75 75-110"),
    row("a listing's times run on in one line", "Tonight\n\n18:00 News and weather 18:30 Quiz Night 19:15 Garden Hour 20:00 Feature Film 22:10 Late News\n", "-"),
    // An iCalendar event written out as text gives its slot from `DTSTART` and `DTEND`
    // with their zone (a zone's rules before the event give none); floating times give a
    // slot in no zone, reported as such.
    slot_is(row("an iCalendar event as text", "Pottery evening\n\nBEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:Europe/Oslo\nBEGIN:DAYLIGHT\nDTSTART:20260329T020000\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nSUMMARY:Pottery evening\nDTSTART;TZID=Europe/Oslo:20260512T180000\nDTEND;TZID=Europe/Oslo:20260512T203000\nEND:VEVENT\nEND:VCALENDAR\n", "-"), "2026-05-12T16:00Z/18:30Z"),
    slot_is(row("an iCalendar event with floating times", "Pottery evening\n\nBEGIN:VEVENT\nDTSTART:20260512T180000\nDTEND:20260512T203000\nEND:VEVENT\n", "-"), "local 2026-05-12 18:00-20:30"),
    // A calendar entry's date, start and end with nothing between the times is a slot;
    // not a period of two dates over weekly hours.
    slot_is(row("a calendar entry's date, start and end", "Taller de máscaras\n\nSala 2, Bogotá, Colombia.\n\n8 mayo 2026 3:00 pm 6:00 pm\n\nEntrada libre.\n", "-"), "2026-05-08T20:00Z/23:00Z"),
    slot_is(row("a period of two dates over weekly hours", "Tutorías\n\n| 27-09-2021 | 09-02-2022 | Lunes | 10:00 | 13:00 |\n", "-"), "-"),
    // A length after the only time of day may have the time's zone, or the time restated in
    // brackets, between them; a bracketed length after an emphasised slot restates it; a
    // session `scheduled for` a length lasts it.
    declared(row("a length after a start and its zone", "Community call\n\nJoin us on Thursday May 7th, at 4PM Eastern Daylight Time (GMT-4) for one hour. The notes are linked below.\n", "-"), 60),
    declared(row("a length after a start restated in brackets", "Community call\n\nJoin us on Thursday May 7th, at 16:00 (4PM) UTC for 45 minutes. The notes are linked below.\n", "-"), 45),
    declared(row("a bracketed length after an emphasised slot", "Data workshop\n\n- Date: 3 March\n- Time: **6.30 - 8.00 PM** (1.5 hours)\n", "-"), 90),
    declared(row("a session scheduled for a length", "Call for proposals\n\nRoundtables are scheduled for 75 minutes, of which 20 minutes go to the audience.\n", "-"), 75),
    // `short` describes a whole session between its length and its noun, as `long` does.
    declared(row("a short session of a length", "Package care\n\nThis is a 40 mins short workshop on keeping a package alive.\n", "-"), 40),
    // Emphasis may open the title after a dotted start time.
    row("dotted starts before emphasised titles", "Serata UX\n\n- 18.30 Benvenuto\n- 19.00 **\"Ricerca con gli utenti\"** Anna Bianchi\n- 19.40 **\"Prototipi veloci\"** Luca Verdi\n- 20.15 Saluti e chiusura\n", "0-30 30-70 70-105"),
    // One dotted start time among start times written with a colon is one of them.
    row("a dotted start among colon starts", "Workshop\n\n09:30 Arrival and coffee\n10:00 Welcome\n10.20 Group work\n11:30 Feedback\n12:00 Close\n", "0-30 30-50 50-120 120-150"),
    // Start and end fields named as those of the meeting, under a heading whose day is the
    // text's only day.
    slot_is(row("a meeting's start and end fields under a dated heading", "Niederschrift der Jahresversammlung vom 14. August 2026\n\nOrt: Berlin\n\n**Beginn der Sitzung:** 19:05 Uhr\n**Ende der Sitzung:** 20:40 Uhr\n\nDie Versammlung ist beschlussfähig.\n", "-"), "2026-08-14T17:05Z/18:40Z"),
    // Times under lines that speak of a vehicle and of departing are a timetable; an
    // agenda's entry may still name a bus leaving.
    row("a shuttle timetable", "Getting there\n\nShuttle buses run between the hotels and the venue.\n\n| Departure | From | To |\n|---|---|---|\n| 7:20 - 7:30 | Hotel A | Venue |\n| 8:00 - 8:10 | Hotel B | Venue |\n| 8:40 - 8:50 | Hotel A | Venue |\n", "-"),
    row("an agenda with a bus leaving", "Field day\n\n- 09:00 - 09:30 Welcome\n- 09:30 - 11:00 Walk to the mill\n- 11:00 - 11:15 Bus departure to the harbour\n", "0-30 30-120 120-135"),
    // A length after a verb for being ends a sentence about a value, no entry of a list.
    row("lengths as the predicates of sentences", "Idle logout\n\nThe default value is 20min.\n\nThe largest allowed value is 45min.\n", "-"),
    // `over the course of` a length spans what the text is about; a session `ran for` one.
    declared(row("a length over the course of the session", "Listening lab\n\nOver the course of 50 minutes, we try three ways of listening in a group.\n", "-"), 50),
    declared(row("a session that ran for a length", "Report\n\nThe workshop ran for three hours, with a break after the first.\n", "-"), 180),
    // A zero-padded hour before a dash opens a range to a time with minutes (`09 - 09:10`).
    row("a padded hour opening a range", "Hands-on day\n\n08:40 - 09:00: Coffee as people arrive, 09 - 09:15: Welcome round, 09:15 - 10:00: First exercise\n", "0-20 20-35 35-80"),
    // A length's label, `of` and an article, then the whole event (`Durée de la réunion`).
    declared(row("a label naming the whole event it measures", "Compte rendu\n\n**Durée de la réunion :** 1 heure 45 en visio\n", "-"), 105),
    // `1:30p` and `10:30a` glue a lone `a` or `p` to the time.
    slot_is(row("a lone p glued to the time", "Reading group\n\nWe meet online on March 4, 2026 from 12:30p to 1:45p Chicago time.\n", "-"), "2026-03-04T18:30Z/19:45Z"),
    // Italian elides the article onto the unit (`un'ora`, "an hour").
    declared(row("an Italian article elided onto the hour", "Laboratorio per famiglie\n\nIl laboratorio ha una durata di un’ora e mezza ed è gratuito.\n", "-"), 90),
    // Dutch `tot en met` ("up to and including") joins two times as `tot` does.
    slot_is(row("a Dutch range joined by tot en met", "Lezing\n\n13 oktober 2026\nVan 19:30 uur tot en met 21:45 uur\n", "-"), "local 2026-10-13 19:30-21:45"),
    // A length a sequence reaches later (`followed by a 40 minute discussion`) is a part;
    // the sentence before gives the whole.
    declared(row("a later part after followed by", "Format\n\nOur panels last 1 hour 30 minutes; every panellist speaks for 10 minutes, followed by a 40 minute discussion with the room.\n", "-"), 90),
    // A JSON object opening a text is a front matter: its length's key is a label in quotes,
    // and a bare number under it counts minutes; not so in an object further down.
    declared(row("a length under a quoted key", "{\n  \"name\": \"Translators' meetup\",\n  \"length\": \"90m\"\n}\n\nCome and plan the next release.\n", "-"), 90),
    declared(row("a bare number under a JSON front matter's key", "{\n  \"name\": \"Translators' meetup\",\n  \"duration\": 75,\n  \"online\": true\n}\n\nCome and plan the next release.\n", "-"), 75),
    declared(row("a bare number in a JSON example", "API notes\n\nThe reply reads:\n\n    {\n      \"duration\": 75\n    }\n", "-"), 0),
    // A colon time after a label for a length is hours and minutes of length, with an
    // hour's unit or none; minutes past 23 with no seconds are minutes and seconds. A time
    // after a start's label stays a time, and a colon time before minutes is no length.
    declared(row("hours and minutes after a length's label", "Sewing circle\n\nWhen: Saturday afternoon\nDuration: 2:30 hrs\n\nBring fabric.\n", "-"), 150),
    declared(row("hours and minutes in German after a length's label", "Nähtreff\n\nBeginn: 14:00 Uhr\nDauer: 1:45 Std.\n", "-"), 105),
    declared(row("minutes and seconds after a length's label", "Recorded talk\n\nSpeaker: R. Ortiz\nDuration 42:00\n", "-"), 42),
    declared(row("a start time after a start's label", "Sewing circle\n\nStart: 2:30\nBring fabric.\n", "-"), 0),
    declared(row("a colon time before minutes", "Quiz\n\nDuration: 1:30 min per answer\n", "-"), 0),
    // A table's label cell gives the length in the cell after it.
    // A short label opening the line, then a length and a noun for a whole session, is the
    // session's length; lengths on the lines around it make it a part.
    declared(row("a label then a length naming the session", "Map clinic\n\nFormat: 90-minute hands-on workshop\nLevel: beginners\n", "-"), 90),
    declared(row("a heading's label then a short session's length", "# Package care\n\n### Time outline: 50 mins short workshop\n\n- Welcome\n- Hands on\n", "-"), 50),
    declared(row("labels then lengths of parts", "Open day\n\nMorning: 90-minute workshop on maps\nAfternoon: 60-minute panel on data\n", "0-90 90-150"), 0),
    // A length in brackets of its own right after the line's only time of day (and its
    // zone) is how long what starts then lasts; not on a list's entry.
    declared(row("a bracketed length after a start and its zone", "Release call\n\nDate & time: 2026-03-04 15:00 UTC (90 min)\nLink: see the wiki\n", "-"), 90),
    declared(row("a bracketed length after a list entry's start", "Day\n\n- 10:00 (15 min) Welcome\n", "-"), 0),
    // A length in brackets with a word for "in all" after it, after the agenda's or the
    // session's noun, is the total; after a part's title it is the part's.
    declared(row("an agenda's total in brackets", "Team sync\n\nAgenda (60 min total)\n\n- Welcome (5 min)\n- Updates (10 min)\n- Discussion (40 min)\n- Wrap up (5 min)\n", "0-5 5-15 15-55 55-60"), 60),
    declared(row("a part's total in brackets", "Day\n\n- Breakouts (30 min total)\n- Report back (10 min)\n", "0-30 30-40"), 0),
    // Flemish writes `u` (uur) between hours and minutes: `10u30`.
    row("Flemish times with u between hours and minutes", "Studiedag\n\n10u00 Welkom\n10u15 Presentatie\n11u00 Pauze\n11u15 Discussie\n12u00 Einde\n", "0-15 15-60 60-75 75-120"),
    // Dot leaders run from an entry's title to its start time at the line's end, as printed
    // programmes set them; a table of contents' page numbers are no times.
    row("start times after dot leaders", "Open evening\n\nWelcome ........ 18:00\nTour of the lab ........ 18:15\nTalks .......... 19:00\nClose ............ 19:45\n", "0-15 15-60 60-105"),
    row("dotted times after spaced ellipses", "Studientag\n\nEröffnung … … … 9.30\nVortrag … … … 10.00\nMittagessen … … … 12.30\nEnde … … … 14.00\n", "0-30 30-180 180-270"),
    row("page numbers after dot leaders", "Contents\n\nIntroduction ........ 1\nMethods ........ 12\nResults ........ 30\n", "-"),
    // A country's adjective names its time (`Belgian time`, `deutscher Zeit`, `ora italiana`).
    slot_is(row("a slot in a country's time named by its adjective", "Lezing\n\nDonderdag 12 maart 2026, van 19u30 tot 21u00 (Belgische tijd)\n", "-"), "2026-03-12T18:30Z/20:00Z"),
    slot_is(row("a slot in English in a country's time", "Community call\n\nThursday 12 March 2026, 14:00-15:00 Kenyan time\n", "-"), "2026-03-12T11:00Z/12:00Z"),
    slot_is(row("a slot in Italian in a country's time", "Incontro\n\nGiovedì 12 marzo 2026, dalle 18:00 alle 19:30 (ora italiana)\n", "-"), "2026-03-12T17:00Z/18:30Z"),
    // A word for a place in a sequence may open an entry before its length (`First 20
    // minutes: introductions`, `- Next 40 minutes: groups`); `next` then opens no whole.
    declared(row("lengths after words for their place in a sequence", "Structure\n\n- First 20 minutes: introductions\n- Next 40 minutes: breakout groups\n- Final 30 minutes: report back\n", "0-20 20-60 60-90"), 0),
    // Paragraphs each opened by a place in a sequence and a length are the parts of one
    // session; one such sentence alone (`The next 90 minutes we ...`) gives the whole.
    declared(row("a paragraph per part opened by its place in the sequence", "Lab hour\n\nThe first 10 minutes are for settling in and checking the kit on every bench.\n\nThe next 35 minutes go to the experiment itself, in pairs, with the tutor walking round.\n\nThe last 15 minutes are a short round of results and questions from each pair.\n", "0-10 10-45 45-60"), 0),
    declared(row("one sentence about the next length", "Transcript\n\nGood morning. The next 90 minutes we will be hearing from the panel about water.\n", "-"), 90),
    // Of a line's dates, the slot's is the one nearest its range: a page's own date may
    // open the line, and the day may follow the range.
    slot_is(row("a page's date before a sentence with the slot", "posted 2026-02-10 The garden society announced its spring lecture, set for 6 p.m. to 7:30 p.m. (CST) on Friday, March 6, 2026, in the town library.\n", "-"), "2026-03-07T00:00Z/01:30Z"),
    slot_is(row("a later date after the slot's", "Meeting\n\nDate: 3 March 2026, 10:00-11:00 CET, next meeting 10 March 2026\n", "-"), "2026-03-03T09:00Z/10:00Z"),
    // A title naming the plan of the session (`structure`, `outline`) with its length in
    // brackets, a colon after, gives the whole's length.
    declared(row("a title naming the session's outline with its length", "Workshop Outline (90 minutes):\n1. Check-in (10 minutes):\n- Names and one hope for the day.\n2. Mapping (50 minutes):\n- Draw the street.\n3. Wrap-up (30 minutes):\n- Next steps.\n", "0-10 10-60 60-90"), 90),
    // A length opening its bracket may name in one word what fills it (`(5 min video)`).
    row("a bracketed length naming what fills it", "## Agenda\n1. Welcome (5 min)\n2. Keynote (15 min)\n3. Member story (5 min video)\n4. Questions (10 min)\n", "0-5 5-20 20-25 25-35"),
    // The same time restated in another zone after a slash still leaves one time of day
    // before the bracketed length.
    declared(row("a bracketed length after a time in two zones", "Webinar plan\n\n**Date**: 14 Aug 2026 - 11:00 EDT / 17:00 CEST (45 min)\n\n## Speakers\n- A. Person\n", "-"), 45),
    // One instant converted for several places (each entry names another zone or a place
    // with one) is no agenda; entries all in one zone are.
    row("one time converted for several places", "Community call\n\n- 9:00 Tuesday Los Angeles\n- 12:00 Tuesday New York\n- 17:00 Tuesday London\n- 02:00 Wednesday Tokyo\n\nAgenda\n\n- Welcome\n- Updates\n", "-"),
    row("an agenda whose entries each give the same zone", "Agenda\n\n10:00 UTC Welcome\n10:15 UTC Talk\n11:00 UTC Close\n", "0-15 15-60"),
    // A first line naming a session with its length, over longer lengths, is the first
    // entry: a whole is no shorter than its parts.
    declared(row("a first entry naming the session over longer entries", "Apertura de la sesión (10 min)\nLa coordinadora presenta el objetivo.\nTrabajo por grupos (45 min)\nCada grupo prepara un mapa.\nPuesta en común (25 min)\nCada grupo presenta su mapa.\n", "0-10 10-55 55-80"), 0),
    // `hour-long` and `half-hour` are lengths with no number; an article that is the
    // length's own number (`an hour-long`) is read as the sentence's determiner.
    declared(row("an hour-long town hall", "News\n\nThe hour-long town hall, held online, will be moderated by the mayor.\n", "-"), 60),
    declared(row("a half-hour webinar", "News\n\nJoin a half-hour webinar on soil care next week.\n", "-"), 30),
    declared(row("an hour-long webinar", "News\n\nAn hour-long webinar on soil care.\n", "-"), 60),
    declared(row("a length in a table's cell after its label", "Lab visit\n\n| Where | Room 4 |\n| Duration | 75 minutes |\n| Group | 12 people |\n", "-"), 75),
    declared(row("a French length label with its adjective, in brackets", "Atelier vélo\nRéparer sa chaîne en groupe (durée estimée : 1h30), outils prêtés.\n", "-"), 90),
    declared(row("a Spanish length label with its adjective", "Taller de huerto\nDuración aproximada: 2 horas\nTraer guantes.\n", "-"), 120),
    declared(row("a French total length label", "Visite du rucher\nDurée totale : 45 minutes\n", "-"), 45),
    row("German hours with Uhr start a list's entries", "Lesung im Stadtteilhaus\nAblauf:\n19 Uhr: Begrüßung\n19:15 Uhr: Lesung\n20 Uhr: Gespräch mit dem Publikum\n21 Uhr: Ende\n", "0-15 15-60 60-120"),
    declared(row("the length of a guided tour, in a run-on paragraph", "Tag des offenen Denkmals\nWer teilnimmt, sieht den alten Wasserturm von innen. Treffpunkt: Haupttor Kosten: 4 Euro. Dauer der Führung: 90 Minuten   \nAnmeldung erbeten\n", "-"), 90),
    declared(row("the length of a French visit", "Visite du moulin\nDurée de la visite : 1h15\nChaussures fermées conseillées.\n", "-"), 75),
    slot_is(row("a Japanese date restating its year in an era, in brackets", "講演会のお知らせ\n日時 2016年(平成28年) 7月3日 13:00〜15:00\n会場 京都国際会議場\n", "-"), "2016-07-03T04:00Z/06:00Z"),
    slot_is(row("a venue whose name holds a second town's name", "市民講座\n日時 2018年10月6日 10:00〜12:00\n会場 札幌海洋プラザ 2階\n", "-"), "2018-10-06T01:00Z/03:00Z"),
    row("a programme in a CMS's YAML, one quoted value per entry", "content:\n  -\n    type: paragraph\n    content:\n      -\n        type: text\n        text: '19:00 tot 19:20 | Koffie'\n      -\n        type: hard_break\n      -\n        type: text\n        text: '19:20 | Lightning talks'\n      -\n        type: text\n        text: '20:05 | Borrel'\n      -\n        type: text\n        text: '21:00 | Einde'\n", "0-20 20-65 65-120"),
    row("opening hours of a castle, its shop and its tea room", "■ CHÂTEAU\n- De novembre à mars\ndu mercredi au dimanche de 10h à 12h et de 14h à 17h\n- Le reste de l année\ndu mercredi au dimanche de 9h à 19h\n- Août\ntous les jours de 9h à 19h\nFermé le 1er janvier.\n■ BOUTIQUE\n- de novembre à mars\ndu mardi au samedi de 11h à 12h30 et 14h à 17h\n- le reste de l année\ndu mardi au samedi de 11h à 12h30 et 14h à 18h\n■ SALON DE THÉ\n- novembre à mars :\nmercredi : de 10h à 12h / de 14h à 17h\nvendredi de 16h à 19h et jusqu à 21h le soir\nsamedi : de 10h à 12h / de 14h à 17h\n", "-"),
    slot_is(row("a Dutch slot with uur and its zone in brackets", "Lezing\nVrijdag 4 november 2022 van 19:30 tot 21:45 uur (CET)\nToegang gratis\n", "-"), "2022-11-04T18:30Z/20:45Z"),
    declared(row("a German two-hour public event", "Bürgerdialog Hafen\nWir laden zu einer zweistündigen offenen Veranstaltung in den Ratssaal ein.\n", "-"), 120),
    declared(row("a public lecture's length in prose", "Night sky talk\n\nJoin us for a 75-minute public lecture on comets at the village hall.\n", "-"), 75),
    row("Spanish hours joined by a word, each entry's end with its hour's mark", "Jornada de huertas\n10 a 12 h – Taller de compost\n12 a 13 h – Almuerzo\n13 a 15 h – Recorrido por las parcelas\n", "0-120 120-180 180-300"),
    row("a day's listing of unrelated events at shared hours", "Agenda municipal del martes\n9.30 a 12.30 h – Campaña de vacunación\nPlaza Central, esquina Mitre\n10 h – Charla sobre becas\nBiblioteca Norte\n10 h – Homenaje a los bomberos\nCuartel primero\n10 a 12 h – Feria de ciencias\nEscuela 14\n10 a 13 h – Curso de primeros auxilios\nHospital Zonal\n", "-"),
    row("an HTML table's row whose range repeats the row above's is kept as written", "<h2>Programme</h2>\n<table>\n<tr>\n<td>09:00~09:15</td>\n<td>Opening</td>\n</tr>\n<tr>\n<td>09:15~09:45</td>\n<td>Talk one</td>\n</tr>\n<tr>\n<td>09:15~09:45</td>\n<td>Talk two</td>\n</tr>\n<tr>\n<td>10:15~10:30</td>\n<td>Closing</td>\n</tr>\n</table>\n", "0-15 15-45 15-45 75-90"),
    declared(row("a length label after the event's own name, a singular unit", "Neighbourhood forum\nTown Hall duration: 90 minute\nOpening words 5-10 minutes\n", "-"), 90),
    row("a table of weekly help-desk hours whose later rows leave the day empty", "## Help desk\n\n| Day | Hours | Who |\n|---|---|---|\n| Tuesday | 9:00am - 10:00am | Priya |\n| | 10:00am - 11:00am | Tom |\n| Thursday | 2:00pm - 3:00pm | Ana |\n| | 4:00pm - 5:00pm | Lee |\n", "-"),
    declared(row("a length in Markdown code after its label", "Lección de git\n- Duración: `150min`\n- Nivel: inicial\n", "-"), 150),
    declared(row("sessions held in time slots of a stated length", "FAQ\nOur meetups are booked in 2-hours time slots, with talks of up to 20 minutes.\n", "-"), 120),
    titled(row("a range whose times are each in an HTML tag", "# Daily plan\n\n## <kbd>08:30</kbd> Stand-up\n\nShort round.\n\n## <kbd>09:00</kbd> - <kbd>12:00</kbd> Project work\n\nQuiet time.\n\n## <kbd>12:00</kbd> - <kbd>12:45</kbd>\n\nLunch together\n", "0-30 30-210 210-255"), "Stand-up|Project work|Lunch together"),
    declared(row("an estimated length of each talk is no total", "Journée des doctorants\nLa durée estimée de chaque exposé est de 12 minutes.\n", "-"), 0),
    slot_is(row("start and end fields labelled in Japanese with a full-width colon", "市民講座\n\n日時：2025年6月14日（土）\n開始：10:00\n終了：11:30\n会場：神戸市 市民ホール\n", "-"), "2025-06-14T01:00Z/02:30Z"),
    slot_is(row("start and end time fields labelled in Chinese", "读书会\n\n日期：2025年6月14日\n开始时间：19:00\n结束时间：21:00\n地点：杭州市图书馆\n", "-"), "2025-06-14T11:00Z/13:00Z"),
    declared(row("a lone Time: label giving a training session's length", "Session 4: Budgeting\n\nTime: 90 minutes\n\nMaterials: flipchart\n\n1. Warm-up: pairs share one tip.\n2. Groups draft a budget.\n", "-"), 90),
    declared(row("Time: labels under each activity are the activities' lengths", "Lesson plan\n\n1. Warm-up\nTime: 10 minutes\n2. Reading\nTime: 25 minutes\n3. Wrap-up\nTime: 5 minutes\n", "-"), 0),
    slot_is(row("a date in Japan's era calendar places the slot in Japan", "図書館講演会\n\n日時：令和7年5月10日(土)\n午後2時~3時30分\n会場：町立図書館 2階\n", "-"), "2025-05-10T05:00Z/06:30Z"),
    slot_is(row("a campus named after its town", "Ringvorlesung\nDonnerstag, 8. Mai 2025\n16.15 - 17.45 Uhr\nCampus Heidelberg\nHörsaal 2\n", "-"), "2025-05-08T14:15Z/15:45Z"),
    slot_is(row("a venue address in front matter names the town", "---\ntitle: 'Hack night'\neventDate: '2025-03-08'\neventTime: '6:00 PM - 9:00 PM'\nbanner: '/img/hack.webp'\nvenue: 'Tech Park'\nseats: 40\nsignup: 'https://example.org/signup'\ndeadline: '2025-03-06'\nvenue_address: 'Block C, Tech Park, Hinjawadi, Pune, Maharashtra 411057'\n---\n\nBring a laptop.\n", "-"), "2025-03-08T12:30Z/15:30Z"),
    titled(row("a list of ranges on the 12-hour clock whose ends are bare hours", "Schedule\n\n* 9:30-10 Welcome\n* 10-10:45 Hands-on part one\n* 10:45-11 Break\n* 11-11:30 Hands-on part two\n", "0-30 30-75 75-90 90-120"), "Welcome|Hands-on part one|Break|Hands-on part two"),
    row("a bare hour after a minutes range is not a range's end before a unit", "Notes\n\n- 9:30-10 min of warm-up, then the talk\n", "-"),
    titled(row("offsets after a clock pictograph in a list", "When: 12 June 2025, 15:00-16:00 UTC\n\n- ⏱ 0:00 – 0:10 | **Welcome**\n- ⏱ 0:10 – 0:40 | **What is new in the release**\n- ⏱ 0:40 – 1:00 | **Questions**\n", "0-10 10-40 40-60"), "Welcome|What is new in the release|Questions"),
    declared(titled(row("timed headings whose parts are a table and a list", "# Plan\n\nDauer: 60 Minuten\n\n## Teil 1: Start (15 Min)\n\n| Zeit | Was |\n|---|---|\n| 0–5 min | Begrüßung |\n| 5–15 min | Überblick |\n\nHinweise:\n\n- Folien bereit halten\n\n## Teil 2: Übung (30 Min)\n\n### Variante A\n\n1. **10 min** – allein\n2. **20 min** – zu zweit\n\n## Teil 3: Abschluss (15 Min)\n\nFragen.\n", "0-15 15-45 45-60"), "Teil 1: Start|Teil 2: Übung|Teil 3: Abschluss"), 60),
    row("dotted start times before titles in capitals", "Program\n\n09.00 Velkomst\n09.10 OPLÆG om budgettet\n10.00 PANELDEBAT med gæster\n11.00 Frokost\n11.45 Tak for i dag\n", "0-10 10-60 60-120 120-165"),
    row("kick-off times that step back at the next league are no agenda", "## League A\n\n| Home | Kick-off | Away |\n|---|---|---|\n| Lions | **3:00 PM** | Bears |\n| Hawks | **6:30 PM** | Owls |\n\n## League B\n\n| Home | Kick-off | Away |\n|---|---|---|\n| Foxes | **4:00 PM** | Wolves |\n| Crows | **8:00 PM** | Pikes |\n", "-"),
    // A date that reads either way round is month first where the slot's zone writes dates
    // so (North America's abbreviations, US zones), day first elsewhere; a written weekday
    // settles it. The slot's length in brackets after its zone is the declared length.
    declared(slot_is(row("a North American slot reads its date month first", "Steering call\nWhen: 3/5/2026\nTime: 1:00 -- 2:30 PM EST (90 minutes)\n\n1. Roll call (5 minutes)\n", "-"), "2026-03-05T18:00Z/19:30Z"), 90),
    slot_is(row("a European slot reads its date day first", "Steering call\nWhen: 3/8/2026\nHours: 13:00 - 14:30 CEST\n", "-"), "2026-08-03T11:00Z/12:30Z"),
    slot_is(row("a weekday settles the order of a date's numbers", "Steering call\nWhen: Wednesday 3/11/2026\nHours: 13:00 - 14:30 UTC\n", "-"), "2026-03-11T13:00Z/14:30Z"),
    // `mn` after the minutes of an `h` time (West African French), and a room's short label
    // before an entry's range: two rooms at the same hours are two entries.
    row("h times with mn", "Journée\n9h – 9h15mn : Ouverture\n9h15mn – 10h40mn : Débat\n10h40mn – 11h : Clôture\n", "0-15 15-100 100-120"),
    titled(row("a room's label before each parallel entry", "Journée\n9h – 9h30 : Ouverture\nSalle 1 : 9h30 – 11h : Lecture publique\nAnimé par Awa\nSalle 2 : 9h30 – 11h : Contes\nJardin : 11h – 12h : Repas\n", "0-30 30-120 30-120 120-180"), "Ouverture|Lecture publique|Contes|Repas"),
    // A sentence's one range written with its zone takes the day of the heading when every
    // other date in the text falls on or before it (a sign-up deadline).
    slot_is(row("a zoned range in prose on the heading's day", "# Solver users' day\n### March 3, 2027\n\nSign up before February 20th.\n\nTalks and demos are planned from 9:00am-1:30pm Mountain Standard Time.\n", "-"), "2027-03-03T16:00Z/20:30Z"),
    slot_is(row("a zoned range in prose with a later date in the text has no day", "# Solver users' day\n### March 3, 2027\n\nSign up before February 20th.\n\nTalks and demos are planned from 9:00am-1:30pm Mountain Standard Time.\n\nThe next one is on April 7, 2027.\n", "-"), "local 09:00-13:30"),
    // Declared lengths: a German compound label closing on `-dauer`, a total with what it
    // is spent on after its colon, and a French verb for taking place before `sur`.
    declared(row("a compound label for length", "Kolloquium\nGesprächsdauer: eine Stunde.\nOrt: Hörsaal 2\n", "-"), 60),
    declared(row("a total with its breakdown after a colon", "## The evening\n- 3 hours total: an hour of talks, then food and open tables\n", "-"), 180),
    declared(row("a French verb for taking place over a length", "Balade urbaine\nLa visite se déroule sur 2 heures, départ devant la mairie.\n", "-"), 120),
    // A range in a sentence above a list (`a dinner the same evening from 7-9pm`) is no
    // entry of it: the list's hours without am/pm are read from its own first entry.
    titled(row("a range in a sentence above a list begins no chain", "The open day runs all day, with a dinner for helpers the same evening from 7-9pm.\nPlan:\n- 8:30 - 9:00 Doors open\n- 9:00 - 12:00 Lab tours\n- 12:00 - 1:30 Lunch\n- 1:30 - 3:00 Demos\n", "0-30 30-210 210-300 300-390"), "Doors open|Lab tours|Lunch|Demos"),
    // More declared lengths: an ISO 8601 duration in front matter, `Estimated time:` under
    // a list (not one more entry), hours `y` minutes, an adjective between the word for
    // length and the performance it is of, and a play `with 50 minutes of length`.
    declared(row("an ISO 8601 duration in front matter", "---\ntitle: Reading group\nduration: PT1H30M\n---\nWe read chapter 4.\n", "-"), 90),
    declared(row("an estimated time under a list is its total", "Plan\n1. Check-in (5 min)\n2. Review (25 min)\n3. Wrap-up (5 min)\n\nEstimated time: 40 min\n", "0-5 5-30 30-35"), 40),
    declared(row("hours and minutes joined by y", "Recital\nDuración: 1 hora y 20 minutos\n", "-"), 80),
    declared(row("an adjective between length and the show it is of", "Teatro\nDuración estimada del espectáculo: 75 minutos\n", "-"), 75),
    declared(row("a play with its length in a clause", "Estreia\nO espetáculo, com 50 minutos de duração, sobe ao palco no sábado.\n", "-"), 50),
    // An apostrophe between hour and minutes, where a colon sets the entry's title off and
    // a bracket closes the last; alone it is a length in minutes and seconds.
    row("apostrophe times opening entries", "Tarde de convivencia\n5’00: Acogida\n5’20: Juegos\n6’10: Merienda\nEstamos juntos hasta el final de la merienda (6’45).\n", "0-20 20-70 70-105"),
    row("apostrophe lengths of tracks are no times", "Side A\n1. Overture 4'30\n2. Night song 3'45\n3. Finale 6'05\n", "-"),
    // `À partir de` ("starting from") before the first start time opens that entry; it
    // names nothing.
    titled(row("starting from before the first start time", "Samedi :\n\nÀ partir de 9h30\nCafé d'accueil\n\n10h15\nVisite du chantier\n\n12h00\nPique-nique\n\n13h00\nFin\n", "0-45 45-150 150-210"), "Café d'accueil|Visite du chantier|Pique-nique"),
    // A length whose bracket restates it per head (`(8 min ≈ 2 min per team)`) is the entry's,
    // however long the line; the mark for "about" before a length names nothing.
    titled(row("a length restated per head in its bracket", "### Stand-up\n- Welcome (2 min)\n- Round of the teams: what got done since Monday, what is blocked, and who needs a hand from the others (8 min ≈ 2 min per team)\n- Next steps (≈ 5 min)\n- Close (1 min)\n", "0-2 2-10 10-15 15-16"), "Welcome|Round of the teams: what got done since Monday, what is blocked, and who needs a hand from the others|Next steps|Close"),
    // Four-digit times with their zone glued on (`0700GMT`, `0845GMT - 1400GMT`); an agenda
    // that starts inside its slot and runs past its end overruns it, its minutes counted
    // from the slot's start (only a move of both ends by the same half-hours is a zone's).
    row("four-digit times with a glued zone", "PROGRAMME:\n0930GMT Doors and coffee\n1000GMT - 1130GMT Panel on water rights\n1130GMT Close\n", "0-30 30-120"),
    slot_is(row("an agenda overrunning its slot counts from the slot", "Briefing\nStart: 4 May 2026 10:00 UTC\nEnd: 4 May 2026 12:00 UTC\n\n10:15 - 11:00 Reports\n11:00 - 12:45 Open floor\n", "15-60 60-165"), "2026-05-04T10:00Z/12:00Z"),
    // Prose lengths: an adverb of frequency after the verb (`are usually 45 minutes`), a
    // length in emphasis before `recurring call`, an adjective after the article (`one
    // intensive 2-hour course`), and `for my talk`. The blocks after such a sentence start
    // at 0, not after a first block of the whole's length.
    declared(row("an adverb between the verb and the length", "Our circle\nSessions are usually 45 minutes.\n\n**10 mins** check-in\n\n**30 mins** reading\n\n**5 mins** wrap-up\n", "0-10 10-40 40-45"), 45),
    declared(row("a length in emphasis before a recurring call", "Design sync\nThis is a **30 minute** weekly call on Tuesdays.\n", "-"), 30),
    declared(row("an adjective between the article and the length", "Course notes\nIt runs as one intensive 2-hour course with a short pause.\n", "-"), 120),
    declared(row("a length for my workshop", "Looking back\nI was given forty minutes for my workshop, and used them all.\n", "-"), 40),
    // A space slipped in before the dot of a range's end (`15.30 – 18 .00`) or after it.
    row("a space beside the dot of an end", "Day plan\n10.00 – 12.00   Warm-up and intros\n12.00 – 13 .30   Lunch\n13.30 – 16. 00   Build time\n", "0-120 120-210 210-360"),
    // After an evening's start times, `00:00 End` is midnight closing the last entry.
    titled(row("midnight closes a late evening's last entry", "Game night\n- 19:30 Welcome\n- 20:00 Board games\n- 22:30 Quiz\n- 00:00 End\n", "0-30 30-180 180-270"), "Welcome|Board games|Quiz"),
    // An end said to be approximate after the dash (`10:00 – ~16:30`) still ends the slot.
    slot_is(row("an approximate end after the dash", "Field trip\nDate: 14 May 2026\nTime: 10:00 – ~16:30 UTC\n", "-"), "2026-05-14T10:00Z/16:30Z"),
    // Blocks of time each with its price are a hire charge list, no agenda.
    row("a hall's hire charges by block of time", "Room hire\n| Block | Members | Others |\n| 9am-1pm (morning) | £20.00 | £26.00 |\n| 1pm-6pm (afternoon) | £24.00 | £30.00 |\n| 6pm-10.30pm (evening) | $31 | $40 |\n", "-"),
    // `から` ("from"), `まで` ("until") and Chinese `至` join digit times unspaced.
    titled(row("digit times joined by から and まで", "勉強会\n10:00から10:30まで 受付\n10:30から12:00まで：講演\n12:00から12:15 質疑\n", "0-30 30-120 120-135"), "受付|講演|質疑"),
    titled(row("digit times joined by 至", "研讨会\n9:30至10:00 开幕\n10:00至11:30 主题报告\n", "0-30 30-120"), "开幕|主题报告"),
    // A line opened by a noun for the whole event and its length (`Atelier de 3 heures`), two
    // nouns joined by `/` too, declares the length; a list's entry so opened is a part.
    declared(row("a line opened by the event's nouns and its length", "Café numérique\nAtelier/formation de 3 heures pour débutants.\n", "-"), 180),
    row("list entries opened by a noun and a length are parts", "Journée\n- Atelier de 40 minutes\n- Pause de 20 minutes\n", "0-40 40-60"),
    // `Eastern` alone after a time is US Eastern time; a capitalised word after it makes a
    // room's name (`Central Hall`).
    slot_is(row("a generic zone's first word alone after a time", "Book club\nWe meet on Sunday, May 3, 2026 from 4:00 to 5:30 PM Pacific.\n", "-"), "2026-05-03T23:00Z/2026-05-04T00:30Z"),
    slot_is(row("a room named after a zone's first word", "Tour\nMay 3, 2026, 10:00 - 11:00 Central Hall\n", "-"), "local 2026-05-03 10:00-11:00"),
    // A start with its am/pm marker and a bare hour after a dash open an entry as a range.
    titled(row("a marked start and a bare hour end", "Fun run\n9 am—11 : Laps of the field\n11.15am– 12.30pm : Picnic\n", "0-120 135-210"), "Laps of the field|Picnic"),
    // Four-digit times after a slot's label are the slot's, with no zone or `h` after them.
    slot_is(row("four-digit times after a slot's label", "Course\nDate: Tuesday 4th June, 2024\nTime: 0930 - 1630\nPlace: Utrecht, The Netherlands\n", "-"), "2024-06-04T07:30Z/14:30Z"),
    // A sentence giving an office's hours before the ranges makes them no agenda; an entry
    // titled so is one part of an agenda.
    row("an office's hours said in a sentence", "Biblioteca\n\nNota: el horario de atención del mostrador es de lunes a jueves de 8:30h a 14:00h y de 16:00h a 18:30h; los viernes de 8:30h a 14:00h.\nDel 2 al 6 de abril y del 1 al 31 de agosto de 2025, de 8:30h a 13:30h.\n", "-"),
    titled(row("an entry titled office hours", "Sprint day\n- 13:00-14:00 Office hours with the maintainers\n- 14:00-15:00 Wrap-up\n", "0-60 60-120"), "Office hours with the maintainers|Wrap-up"),
    // German puts the verb for lasting after the length, approximate or not.
    declared(row("a German verb of lasting after the length", "Stammtisch\nDas Programm wird etwa zwei Stunden dauern, danach gemütliches Beisammensein.\n", "-"), 120),
    // Fields run into one line by bullets: the length after its label is the session's.
    declared(row("a length's field among bullets run into one line", "Online clinic\n* Date: 2 May 2025 * Time: 15:00 UTC * Duration: 2:15 hrs * Host: Kofi\n", "-"), 135),
    // Parts whose zoned ranges lie inside the slot stated above them are one sitting's.
    slot_is(row("parts' ranges inside the stated slot", "Annual meeting\nDate: Thursday, 4 March 2021\nTime: 14:00 - 16:00 UTC\n\nPart 1. Reports - 14:00-14:45 UTC\n\nPart 2. Elections - 14:45-15:30 UTC\n\nPart 3. Any other business - 15:30-16:00 UTC\n", "0-45 45-90 90-120"), "2021-03-04T14:00Z/16:00Z"),
    // The word for an agenda and a length alone on a line, over entries with lengths.
    declared(row("an agenda's word and its length alone on a line", "Board call\n\nAGENDA (90 minutes)\n\nFinances (30 minutes)\n\nHiring (20 minutes)\n", "0-30 30-50"), 90),
    // A zone written after each end of a range in prose (`19.00 WIB hingga 22.00 WIB`).
    slot_is(row("a zone after each end of a range in prose", "Town debate\nThe debate takes place on Friday 6 March 2026 from 18:30 CET to 20:00 CET in the town hall.\n", "-"), "2026-03-06T17:30Z/19:00Z"),
    // A slot on the 12-hour clock without am/pm ends in the afternoon; a US state in one
    // zone places the venue.
    slot_is(row("a twelve-hour slot at a venue in a one-zone state", "Spring fair\nMay 9, 2026, 10:00-4:00\nCity Hall, 1 Main Street, Springfield, Illinois\n", "-"), "2026-05-09T15:00Z/21:00Z"),
    // A slot from one day's evening to the next's, with `od`/`do` ("from"/"to") before
    // each time, after a Czech label; with no zone or place its end keeps its own date.
    slot_is(row("a two-day slot after a Czech label", "Hackathon\nDatum a čas konání: 7. listopadu 2025 od 18.00 – 8. listopadu 2025 do 18.00\nMísto: Brno, Česko\n", "-"), "2025-11-07T17:00Z/2025-11-08T17:00Z"),
    slot_is(row("a two-day slot with no zone", "Game jam\nWhen: 7 November 2025 18:00 – 8 November 2025 18:00\n", "-"), "local 2025-11-07 18:00-2025-11-08T18:00"),
    // A compound adjective of length before a noun for the event, with no article (Czech,
    // Polish), and a day and a night as an adjective (`24-hour hackathon`); `24-hour
    // access` is no session's length.
    declared(row("a Czech compound adjective of length", "Noc programování\nSpolek pořádá 12hodinový hackathon pro studenty.\n", "-"), 720),
    declared(row("a day-long adjective before a noun for the event", "Build night\nJoin our 24-hour hackathon at the library.\n", "-"), 1440),
    row("a day-long adjective before no event", "Library\nMembers get 24-hour access to the reading room.\n", "-"),
    // A page's dateline opens the line; the date in the range's own sentence is the slot's.
    slot_is(row("a dateline before the sentence giving the slot", "Town debate\nCity desk | 2 March 2026, 09:41 CET - The council will hold the debate on Thursday (5/3/2026) in the main hall of the old town library from 18.00 CET to 20.00 CET.\n", "-"), "2026-03-05T17:00Z/19:00Z"),
    // A sentence under a list of start times saying when the day finishes closes the last.
    titled(row("a sentence under start times says when all is done", "Retreat day\n\n9:00am - Arrival and tea\n\n10:00am - Morning talk\n\n1:30pm - Walk by the lake\n\nWe hope to be finished by 4 pm, in time for the last bus.\n", "0-60 60-270 270-420"), "Arrival and tea|Morning talk|Walk by the lake"),
    // A topic particle after a word for time stands for a label's colon (Japanese, Chinese).
    declared(row("a Japanese length after a topic particle", "読書会\n所要時間は2時間15分を予定しています。\n", "-"), 135),
    declared(row("a Chinese length after a copula", "读书会\n本次活动时长为1小时30分钟。\n", "-"), 90),
    // Indonesian: an activity that lasts (`berlangsung selama`) a length.
    declared(row("an Indonesian verb of lasting", "Kelas menulis\nKegiatan ini berlangsung selama 2 jam di perpustakaan kota.\n", "-"), 120),
    // A closing lenticular bracket after a time is decoration; an opening one in the title stays.
    titled(row("times in lenticular brackets", "勉強会\n【13:00-13:30】受付\n【13:30-15:00】【特別講演】AIと社会\n", "0-30 30-120"), "受付|【特別講演】AIと社会"),
    // Lengths with nothing named beside or between them (a bell timetable's breaks) are
    // no agenda.
    row("a bell timetable's breaks with no names", "Dzwonki\nLekcje   Przerwy\n1. 815 – 900   1. 900 – 910 - 10’\n2. 910 – 955   2. 955 – 1015 - 20’\n3. 1015 – 1100   3. 1100 – 1105 - 5’\n", "-"),
    // A long paragraph under the slot's sentence names the topic's places, not the venue's;
    // the address with its postcode places the venue.
    slot_is(row("a topic's city in the paragraph under the slot", "Colloque\nLe groupe d'amitié organise une rencontre, jeudi 12 mars 2026 en matinée (9 h - 12 h), sur la coopération régionale.\nLes intervenants présenteront d'abord les réformes engagées, puis ils étudieront en détail le cas de Dakar, ses quartiers et ses associations, avant un échange avec la salle.\nLieu : Maison de la Chimie\n28, rue Saint-Dominique - 75007 PARIS.\n", "-"), "2026-03-12T08:00Z/11:00Z"),
    // Windows offered for booking, with nothing named, are no agenda.
    row("untitled windows offered for booking", "Side meetings\nRooms can be booked in these windows (Lisbon time):\nMonday, 4 May 2026:\n  • 9.00 - 10.30 am\n  • 10.30 am - 12.00 pm\n  • 2.00 - 3.30 pm\n", "-"),
    // Hours and minutes both in words, joined by `and`.
    declared(row("hours and minutes in words joined by and", "Panel\nThe panel will last two hours and fifteen minutes, with a break.\n", "-"), 135),
    // Lettered entries that take longer than the timed line over them follow it.
    titled(row("lettered entries longer than the line over them", "Orientation\nIntroductions (5 min)\nHow the week works (5 min)\na) Finding your room (10 min)\nb) Asking questions online (10 min)\nClosing (5 min)\n", "0-5 5-10 10-20 20-30 30-35"), "Introductions|How the week works|Finding your room|Asking questions online|Closing"),
    // A length under a column headed by a word for length in a table of one row declares it;
    // list entries opened by bare numbers that add up to it are minutes.
    declared(row("bare numbers adding up to a length in a one-row table", "Unit 4\n\n| Topic | Duration | Level |\n|---|---|---|\n| Loops | 60 minutes | beginner |\n\n## Outline\n- 10 - Recap quiz\n- 20 - Demo of for loops\n- 25 - Pair exercise\n- 5 - Exit ticket\n", "0-10 10-30 30-55 55-60"), 60),
    row("bare numbers that add up to no length are no minutes", "Unit 5\n\n| Topic | Duration | Level |\n|---|---|---|\n| Lists | 60 minutes | beginner |\n\n## Materials\n- 2 - Laptops per table\n- 3 - Printed sheets\n- 1 - Projector\n", "-"),
    // Two timed blocks, each over entries of its own that fill it, are the day's parts.
    titled(row("two timed blocks over entries of their own", "Workshop day\n### Morning block: 09:00 - 12:00\n- 09:00 - 09:15 Welcome\n- 09:15 - 12:00 Talks\n### Afternoon block: 13:00 - 16:00\n- 13:00 - 15:45 Posters\n- 15:45 - 16:00 Awards\n", "0-180 240-420"), "Morning block|Afternoon block"),
    // A length after a bound in a start time's title is a limit, not the entry's length.
    titled(row("a limit in a start time's title", "Speakers club\n7:00pm Welcome\n7:10pm Impromptu round: members speak for up to 2 minutes\n7:40pm Break\n7:50pm Prepared speeches\n8:30pm Close\n", "0-10 10-40 40-50 50-90"), "Welcome|Impromptu round: members speak for up to 2 minutes|Break|Prepared speeches"),
    // A number closing a quoted title is part of the name, not a length in minutes.
    titled(row("a number closing a quoted title", "Festival day\n- 10:00 horas - 'Coro Infantil 2'\n- 11:30 horas - 'Banda Municipal 90'\n- 13:00 horas - 'Comida popular'\n- 14:00 horas - Fin\n", "0-90 90-180 180-240"), "Coro Infantil 2|Banda Municipal 90|Comida popular"),
    declared(row("a Norwegian label and minutes in Norwegian", "Verksted i kartlesing\n\nVarighet: 75 minutter\n", "-"), 75),
    declared(row("a Danish verb of lasting before hours in Danish", "Aftenkursus\n\nKurset varer i 3 timer med pause.\n", "-"), 180),
    declared(row("a Finnish label and hours in Finnish", "Kielikahvila\n\nKesto: 2 tuntia\n", "-"), 120),
    declared(row("a Swedish meeting that lasts about so many minutes", "Styrelsemöte\n\nMötet varar ungefär 50 minuter.\n", "-"), 50),
    row("parts of a Norwegian list each in minutes", "Program\n\n* Åpning (5 minutter)\n* Innledning (25 minutter)\n* Samtale i grupper (30 minutter)\n", "0-5 5-30 30-60"),
    declared(row("a Greek label and minutes in Greek", "Εργαστήριο χαρτογραφίας\n\nΔιάρκεια: 75 λεπτά\n", "-"), 75),
    declared(row("a Vietnamese label and minutes in Vietnamese", "Hội thảo lập trình\n\nThời lượng: 45 phút\n", "-"), 45),
    declared(row("a Hebrew label and minutes in Hebrew", "סדנת כתיבה\n\nמשך: 60 דקות\n", "-"), 60),
    declared(row("an Arabic label and hours in Arabic", "ورشة التصوير\n\nالمدة: 2 ساعات\n", "-"), 120),
    declared(row("a Hindi label and minutes in Hindi", "कार्यशाला\n\nअवधि: 40 मिनट\n", "-"), 40),
    row("parts of a Greek list each in minutes", "Πρόγραμμα\n\n* Υποδοχή (5 λεπτά)\n* Παρουσίαση (25 λεπτά)\n* Ερωτήσεις (15 λεπτά)\n", "0-5 5-30 30-45"),
    row("running times of films each under a date and a showtime are no agenda", "Spielplan\n\nDi 4.3. 18.00 Uhr Saal 2\nDer lange Winter\nF 2024 Regie: A. Moreau\n98 Minuten ab 12 Jahren\n\nMi 5.3. 20.15 Uhr Saal 1\nNordlicht\nN 2023 Regie: K. Berg\n124 Minuten\n\nDo 6.3. 17.00 Uhr Saal 2\nDie Reise\nD 2025 Regie: L. Vogt\n87 Minuten OmU\n", "-"),
    row("a list of parts under one dated start time is still an agenda", "Sa 8.3. 10.00 Uhr\n\nWerkstatt\n- Begrüßung (10 Minuten)\n- Übung (40 Minuten)\n- Austausch (20 Minuten)\n", "0-10 10-50 50-70"),
    row("start times left open by a wave dash in table cells", "|時刻|内容|\n|---|---|\n|13:00〜|受付|\n|13:20〜|講演|\n|14:10〜|質疑応答|\n|14:40〜|閉会|\n", "0-20 20-70 70-100"),
    titled(row("start times left open by a full-width tilde on their lines", "10:00～ 開会\n10:15～ ワークショップ\n11:45～ 終了\n", "0-15 15-105"), "開会|ワークショップ"),
    slot_is(row("a date with a Catalan month and a range between words for from and to", "Taller de ceràmica\n\nData: 21 de maig de 2025, de 17.00 a 19.00\nLloc: Girona\n", "-"), "2025-05-21T15:00Z/17:00Z"),
    slot_is(row("a date with a Greek month in the genitive", "Εργαστήριο\n\nΗμερομηνία: 9 Οκτωβρίου 2025, 18:00–20:00\nΤόπος: Θεσσαλονίκη\n", "-"), "2025-10-09T15:00Z/17:00Z"),
    slot_is(row("a date with a Romanian month", "Atelier\n\nData: 3 iunie 2025, ora 10:00–12:00\nLocul: Cluj-Napoca\n", "-"), "2025-06-03T07:00Z/09:00Z"),
    titled(row("start times closing headings after a word for at, the last one the end", "Saturday\n\n## Doors open at 9:30\n\nCoffee in the hall.\n\n## Keynote at 10:00\n\nOur guest speaks.\n\n## Workshops at 11:15\n\nPick a room.\n\n## Close at 13:00\n", "0-30 30-105 105-210"), "Doors open|Keynote|Workshops"),
    titled(row("French start times closing their lines after à", "Samedi\n\nAccueil à 9h30\nConférence à 10h\nAteliers à 11h15\nFin à 13h\n", "0-30 30-105 105-210"), "Accueil|Conférence|Ateliers"),
    titled(row("start times after a colon closing list entries", "Saturday\n\n- Registration: 8:30\n- Talks: 9:00\n- Lunch: 12:30\n- End: 13:30\n", "0-30 30-240 240-300"), "Registration|Talks|Lunch"),
    titled(row("a letter closing an entry's name before its length is the name's", "Agenda\n\nWelcome (5 min)\nQ & A (10 min)\nPlan B (15 min)\n", "0-5 5-15 15-30"), "Welcome|Q & A|Plan B"),
    row("a table of targets per row, each row saying the same of them, is no agenda", "# Support targets\n\n| Tier | Target | What it measures |\n|---|---|---|\n| Gold | 10 minutes | Time from a call to a named engineer on it |\n| Silver | 30 minutes | Time from a call to a named engineer on it |\n| Bronze | 2 hours | Time from a call to a named engineer on it |\n", "-"),
    row("bracketed lengths closing entries' names, their people after a dash in long lines", "Programme\n\nOpening words (5′) – Ana Lima, Head of Programmes, and Ben Okafor, Chair of the Board of the Association for Open Rivers, who will also say a few words about the network and its members\n\nCase studies from three regions (25′) – Chen Wei, Researcher, Dana Ruiz, Policy Officer for Water and Soil, and Emil Berg, Coordinator of the Northern Rivers Network and of its working group on floods\n\nDiscussion (15′)\n", "0-5 5-30 30-45"),
    row("a venue named after its room is no town of that name", "Hearing with civil society\n\nDate: 14 March 2024, 10:00–11:30\nVenue: Conference Room 4, Main Chamber\n", "-"),
    slot_is(row("quoted ISO date-times under a calendar key in front matter, placed by the venue's town", "---\nlayout: event\ntitle: \"Intro to public speaking\"\nlocation: \"Sala Verdi, Via Larga 8, 40138 Bologna BO\"\ncalendar:\n  start: \"2024-11-16T10:00:00\"\n  end: \"2024-11-16T12:30:00\"\n---\n\nA morning of practice.\n", "-"), "2024-11-16T09:00Z/11:30Z"),
    slot_is(row("the date a label gives on a line that opens with a page's own date", "Civil society briefing\n\nPublished 2023-05-02 Date: 10 May 2023\n\nTime: 15:00-16:30 CEST\n", "-"), "2023-05-10T13:00Z/14:30Z"),
    slot_is(row("the city a short line names just above the venue's label places the slot", "Briefing for member organisations\n\nSave the date: 20 March 2024 from 10:00 - 11:30\n\nOpen to all accredited groups.\n\nat the United Nations Office in Vienna\n\nVenue: Room XX, Main Chamber\n", "-"), "2024-03-20T09:00Z/10:30Z"),
    declared(row("a heading's length as an adjective over the agenda right under it", "# Lab handbook\n\n## Typical 60-minute lab outline\n- 0-10 min: Warm-up question\n- 10-40 min: Guided exercise\n- 40-60 min: Review and next steps\n", "0-10 10-40 40-60"), 60),
    titled(row("start times after a pictograph alone, titles on the lines under them", "Programme:\n🕖 7:00 pm\n🍷 Doors and drinks\n\n🕖 7:20 pm\n🎙 Opening words\n\n🕖 7:30 pm\n🎸 First set\n\n🕖 8:15 pm\n🎉 Close\n", "0-20 20-30 30-75"), "🍷 Doors and drinks|🎙 Opening words|🎸 First set"),
    slot_is(row("a date with an Arabic month and its weekday before a range with its offset", "ندوة رقمية\n\nالأربعاء، 12 مارس 2025 18:00–19:30 (UTC+03:00)\n", "-"), "2025-03-12T15:00Z/16:30Z"),
    row("a start time and its title run into the line of the entry before, written alike", "Abend der Forschung\n\nProgramm\n18:00 Uhr Empfang im Foyer,\nmit Musik\n18:30 Uhr Vortrag der Preisträgerin 19:15 Uhr Gespräch mit dem Publikum\n20:00 Uhr Ende\n", "0-30 30-75 75-120"),
    row("one moment's local times in several cities are no agenda", "Board call\n\nUTC 16:00 - local times: 08:00 San Francisco, 11:00 Toronto, 17:00 Lisbon, 18:00 Berlin, 01:00 Tokyo (next day).\n", "-"),
    titled(row("a letter naming a track before a time closing its line stays in the title", "Conference day\n\n- Keynote: 9:00\n- Track A: 10:00\n- Track B: 11:00\n- Close: 12:00\n", "0-60 60-120 120-180"), "Keynote|Track A|Track B"),
    slot_is(row("a date after a colon that labels no slot does not beat the line's first date", "Team workshop\n6 July 2020 Updated: 1 June 2020\n14:00-15:00 CET\n", "-"), "2020-07-06T13:00Z/14:00Z"),
    // Dates written with a space after each dot (`04. 03. 2024`) are dates, not list numbers;
    // each of several separate events under its own date is no agenda.
    row("separate events each under a date written with spaced dots", "Course dates\n\n04. 03. 2024\n|\nIntroduction lecture\n|\nRoom 1, 10:00 - 12:00\n|\n11. 03. 2024\n|\nFirst exercise due\n|\n23:59\n|\n18. 03. 2024\n|\nMidterm exam\n|\n14:00 - 16:00 (Hall B)\n|\n25. 03. 2024\n|\nSecond exercise due\n|\n23:59\n", "-"),
    slot_is(row("a date written with spaced dots before a range", "Seminář\n\nTermín: 14. 05. 2024, 16:00–18:00\nMísto: Brno\n", "-"), "2024-05-14T14:00Z/16:00Z"),
    // A two-digit year is taken when the weekday written before the date falls on it.
    slot_is(row("a two-digit year the written weekday confirms", "Public talk\nLecture Theatre 2, University of Leeds, Leeds\nTuesday 12 Mar 24 - Tuesday 12 Mar 24 6:30 pm - 8:00 pm\n", "-"), "2024-03-12T18:30Z/20:00Z"),
    slot_is(row("a two-digit year the written weekday does not confirm is no year", "Public talk\nLecture Theatre 2, University of Leeds, Leeds\nMonday 12 Mar 24 6:30 pm - 8:00 pm\n", "-"), "local 18:30-20:00"),
    // iCalendar's basic notation, as front matter and copied event lines write it.
    slot_is(row("basic-notation date-times in TOML front matter with a zone key", "+++\ntitle = \"Reading group\"\n[event]\nbegin = \"20230315T183000\"\nbeginTimezone = \"Europe/Warsaw\"\nend = \"20230315T200000\"\n+++\n\nWe read chapter 3.\n", "-"), "2023-03-15T17:30Z/19:00Z"),
    slot_is(row("iCalendar start and end lines with a zone parameter", "Reading group\nDTSTART;TZID=America/Chicago:20240910T170000\nDTEND;TZID=America/Chicago:20240910T183000\n", "-"), "2024-09-10T22:00Z/23:30Z"),
    slot_is(row("iCalendar start and end lines in UTC", "Reading group\nDTSTART:20240910T170000Z\nDTEND:20240910T183000Z\n", "-"), "2024-09-10T17:00Z/18:30Z"),
    declared(row("a Russian verb of lasting after a meeting", "Митап\n\nВстреча продлится 2 часа.\n", "-"), 120),
    declared(row("a Ukrainian verb of lasting after a meeting", "Семінар\n\nЗустріч триватиме 2 години.\n", "-"), 120),
    // A sentence giving the time the day begins is no entry of the list that opens then.
    titled(row("a sentence giving the day's start above a list opening then", "Staff day\n\nThe day begins at 9:00.\n\n9:00 – Coffee\n9:30 – Team updates\n10:30 – Planning\n12:00 – End\n", "0-30 30-90 90-180"), "Coffee|Team updates|Planning"),
    // A bracketed remark telling of a time (a talk moved) is no entry.
    titled(row("a range in a bracketed remark under an entry", "Schedule\n10:00 - 11:00 Talks\n  Four short talks\n  (the last one moved to 15:00-15:30)\n11:00 - 11:30 Break\n11:30 - 12:30 Demos\n", "0-60 60-90 90-150"), "Talks|Break|Demos"),
    // Titles from HTML: styled cells and character references are read as a browser shows them.
    titled(row("times in styled HTML cells, titles in the next cell", "<table class=\"plan\">\n  <tr><th>When</th><th>What</th></tr>\n  <tr>\n    <td><em class=\"when\" style=\"color: teal\">09:00 - 09:30</em></td>\n    <td>\n      Arrival\n    </td>\n  </tr>\n  <tr>\n    <td><em class=\"when\" style=\"color: teal\">09:30 - 11:00</em></td>\n    <td>\n      Talks &amp; posters\n    </td>\n  </tr>\n</table>\n", "0-30 30-120"), "Arrival|Talks & posters"),
    declared(row("a Danish meeting with its article, the o written with a stroke", "Bestyrelse\n\nMødet varer 2 timer.\n", "-"), 120),
    titled(row("ranges written with an HTML dash reference in a page's source", "<table>\n<tr><td><strong>09:00&ndash;09:30</strong></td><td>Welcome</td></tr>\n<tr><td><strong>09:30&ndash;11:00</strong></td><td>Talks</td></tr>\n<tr><td><strong>11:00&#8211;11:15</strong></td><td>Close</td></tr>\n</table>\n", "0-30 30-120 120-135"), "Welcome|Talks|Close"),
    // How often something runs (`every 6 hours`) is no length.
    row("how often jobs run, in a table of backups", "# Backups\n\n| Job | When |\n|---|---|\n| Database dump | runs every **8 hours** |\n| Cache refresh | runs every **20 minutes** |\n| Log rotation | runs every **12 hours** |\n", "-"),
    titled(row("titles before bracketed lengths said to be approximate", "Debatte\n\n1. Eröffnung (ca. 15 Minuten)\n2. Aussprache (ca. 60 Minuten)\n3. Abstimmung (etwa 10 Minuten)\n", "0-15 15-75 75-85"), "Eröffnung|Aussprache|Abstimmung"),
    declared(row("a verb of lasting far from the session it tells of in one sentence", "Anhörung\n\nDie Sitzung unter dem Vorsitz des Ausschusses findet ab 9 Uhr im Saal 1.204 des Rathauses in Bonn statt und dauert drei Stunden.\n", "-"), 180),
    // A programme run on after its date: its first range names an entry and the next goes
    // on from it, so it is no slot.
    titled(row("a programme run on after its date, its first range naming an entry", "Symposium on open data, Town Hall, 14 May 2019 8:30-9:00: Registration and coffee 9:00-9:45: First keynote 9:45-10:30: Second keynote 10:30-10:45 Break\n", "0-30 30-75 75-120 120-135"), "Registration and coffee|First keynote|Second keynote|Break"),
    row("an hour-by-hour forecast", "Forecast for Saturday\n9am - Sunny, 14 degrees\n10am - Sunny, 15 degrees\n11am - Cloudy, 15 degrees\n12pm - Showers, 13 °C\n1pm - Showers, 12 degrees\n", "-"),
    // A sentence ending in a range tells of the day; it goes on no list of start times.
    titled(row("a sentence ending in a range under a list of start times", "Giornata di studio\n\n- 10:30 | Arrivi\n- 11:45 | Prima relazione\n- 12:30 | Pausa pranzo\n- 15:30 | Lavori di gruppo\n- 19:00 | Fine\n\nÈ possibile restare per l'intera giornata, dalle 10:30 alle 19:00.\n", "0-75 75-120 120-300 300-510"), "Arrivi|Prima relazione|Pausa pranzo|Lavori di gruppo"),
    row("separate events each with a date of its own on its line", "Open days\n\nNorth School / Saturday 4 October 2025 / 09.00 - 13.00\nSouth School / Saturday 11 October 2025 / 10.00 - 14.00\nEast School / Wednesday 15 October 2025 / 15.00 - 17.30\nWest School / Saturday 25 October 2025 / 09.00 - 12.00\n", "-"),
    // Dotted start times and dotted ranges, 12-hour without am or pm, in one programme.
    titled(row("dotted start times then dotted ranges past noon", "Day retreat\n\n9.30 Arrival and tea\n10.00 Opening words\n10.30 -1.00 Sitting and walking practice\n1.00 – 2.00 Lunch\n2.00 – 3.00 Talk\n3.00 – 3.30 Closing circle\n", "0-30 30-60 60-210 210-270 270-330 330-360"), "Arrival and tea|Opening words|Sitting and walking practice|Lunch|Talk|Closing circle"),
    // Guards: entries giving their place and time in brackets, entries ending in their own
    // range and a full stop, hours after a day and month, and talk titles naming a
    // temperature are read as before.
    row("entries giving their place and time in brackets", "Programme\n\nRegistration (Main foyer, 8:30-9:00)\nKeynote (Great Hall, 9:00-10:00)\nCoffee (Main foyer, 10:00-10:30)\nWorkshops (Seminar rooms, 10:30-12:00)\n", "0-30 30-90 90-120 120-210"),
    row("entries ending in their own range and a full stop", "Workshop day\n\nWelcome and opening by the chair, 9:00-9:30.\nKeynote by Dr Smith on open data, 9:30-10:30.\nCoffee break in the foyer, 10:30-11:00.\nPanel with the three invited speakers, 11:00-12:00.\n", "0-30 30-90 90-120 120-180"),
    slot_is(row("hours after a weekday, a day and a month are no two-digit year", "Workshop\nFriday 13 March 15 - 17 Uhr\nRoom 4\n", "-"), "local 15:00-17:00"),
    row("talk titles naming a temperature", "Climate day\n\n09:00 Keynote: why 1.5 °C matters\n10:00 Panel: life at 2 °C\n11:00 Workshop: planning for 3 degrees\n12:00 Lunch\n", "0-60 60-120 120-180"),
    // A dotted start time before an acronym and a capitalised word opens an entry; before a
    // currency's code it is a price.
    titled(row("dotted start times, one before an acronym", "Society dinner\n\n16.00 Tea in the common room\n17.00 ACS Lecture by Dr A. Name\n18.15 Drinks in the cloisters\n19.15 Dinner in the hall\n23.00 Close\n", "0-60 60-135 135-195 195-420"), "Tea in the common room|ACS Lecture by Dr A. Name|Drinks in the cloisters|Dinner in the hall"),
    row("dotted amounts before a currency's code are prices", "Fees\n\n12.50 EUR per person\n15.00 EUR with lunch\n20.00 EUR with dinner\n", "-"),
    // Hours each named only by how often a service runs are a timetable; an entry that says
    // how long each speaker has is still an entry.
    row("hours each named by how often a bus runs", "Park and ride\n\n06:00 – 07:15\n20 minutes per trip\n\n07:15 – 09:45\n8 minutes per trip\n\n09:45 – 16:00\nevery 15 minutes\n\n16:00 – 19:30\n8 minutes per trip\n", "-"),
    titled(row("an entry giving each speaker's length among named entries", "Workshop\n\n09:00 – 09:30\nWelcome\n\n09:30 – 10:30\nLightning talks, 5 minutes per speaker\n\n10:30 – 11:00\nBreak\n", "0-30 30-90 90-120"), "Welcome|Lightning talks, 5 minutes per speaker|Break"),
    titled(
        row("a script's schedule objects, one a line, the time and the name quoted", "const plan = [\n  { time: \"09:00 – 09:20\", event: \"Doors open\", room: \"Hall B\" },\n  { time: \"09:20 – 10:30\", event: \"Lightning talks\" },\n  { time: \"10:30 – 11:00\", event: \"Coffee\" },\n];\n", "0-20 20-90 90-120"),
        "Doors open|Lightning talks|Coffee",
    ),
    titled(
        row("JSON schedule objects with a start and an end value each", "[\n  {\"start\": \"14:00\", \"end\": \"14:10\", \"title\": \"Intro\"},\n  {\"start\": \"14:10\", \"end\": \"14:55\", \"title\": \"Hands-on lab\"},\n  {\"start\": \"14:55\", \"end\": \"15:05\", \"title\": \"Wrap-up\"}\n]\n", "0-10 10-55 55-65"),
        "Intro|Hands-on lab|Wrap-up",
    ),
    titled(
        row("a YAML list of entries, each time under a dash and its title on the next line", "agenda:\n- time: \"18:30 - 18:45\"\n  title: \"Pizza\"\n- time: \"18:45 - 19:30\"\n  title: \"Talk one\"\n- time: \"19:30 - 20:00\"\n  title: \"Talk two\"\n", "0-15 15-60 60-90"),
        "Pizza|Talk one|Talk two",
    ),
    titled(
        row("a YAML list of entries with plain values", "schedule:\n  - time: 10:00 - 10:45\n    title: Setup help\n  - time: 10:45 - 12:00\n    title: Coding\n  - time: 12:00 - 12:30\n    title: Demos\n", "0-45 45-120 120-150"),
        "Setup help|Coding|Demos",
    ),
    titled(
        row("a YAML list of entries, each start under a dash and its end on the next line", "talks:\n- start: \"11:00\"\n  end: \"11:25\"\n  name: \"Opening\"\n- start: \"11:25\"\n  end: \"12:10\"\n  name: \"Panel\"\n", "0-25 25-70"),
        "Opening|Panel",
    ),
    slot_is(row("front matter giving the event's start and end under a key stays the slot", "---\ntitle: \"Spring meetup\"\nevent:\n  start: \"2024-04-11T18:00:00+02:00\"\n  end: \"2024-04-11T20:30:00+02:00\"\n---\n\nTalks and snacks.\n", "-"), "2024-04-11T16:00Z/18:30Z"),
    row("a list item naming its entry before the time keeps its name", "Programme\n\n- lunch: 12:00 - 13:00\n- talks: 13:00 - 14:30\n- drinks: 14:30 - 15:00\n", "0-60 60-150 150-180"),
    slot_is(row("a generic zone's first word in brackets after a prose range", "Advisory panel\n\nMarch 4, 2025 – Open Meeting\n\nThe panel meets from 1 pm to 3pm (Mountain).\n", "-"), "2025-03-04T20:00Z/22:00Z"),
    slot_is(row("a generic zone's short form in brackets after a range", "Board call\n\nJune 9, 2025, 9:00 – 10:30 am (PT)\n", "-"), "2025-06-09T16:00Z/17:30Z"),
    slot_is(row("a room in brackets after a range named by a zone's first word", "Tour\n\nMay 3, 2026, 10:00 - 11:00 (Central Hall)\n", "-"), "local 2026-05-03 10:00-11:00"),
    // An abbreviation with several meanings is read from the places on its line.
    slot_is(row("IST beside an Irish venue is Irish time", "Members' day\n\nSaturday, 6 June 2026 – 10:00 to 12:30 IST | Convention Centre, Dublin\n", "-"), "2026-06-06T09:00Z/11:30Z"),
    slot_is(row("CST beside a Chinese city is China's time", "Developer meetup\n\nMay 3, 2026, 14:00 - 16:00 CST, Shenzhen\n", "-"), "2026-05-03T06:00Z/08:00Z"),
    slot_is(row("CST with no place beside it stays North America's", "Developer meetup\n\nMay 3, 2026, 14:00 - 16:00 CST\n", "-"), "2026-05-03T20:00Z/22:00Z"),
    declared(row("a Spanish call said to last about an hour in minutes", "Llamada de la comunidad\n\nLa llamada de esta semana durará aproximadamente 45 minutos. Primero, las novedades.\n", "-"), 45),
    declared(row("an Italian meeting said to last in minutes", "Riunione del direttivo\n\nLa riunione durerà 90 minuti, con pausa.\n", "-"), 90),
    declared(row("a meeting place given in minutes before the start is no length", "Stammtisch\n\nWir treffen uns 30 Minuten vor Beginn am Eingang.\n", "-"), 0),
    titled(row("a range whose word lost the space before its end", "Annual meeting\n\n1. Welcome - 18:00 to 18:10\n2. Reports - 18:10 to18:40\n3. Elections - 18:40 bis19:00\n", "0-10 10-40 40-60"), "Welcome|Reports|Elections"),
    titled(row("a day's number in the title under an entry's time opens no day", "Forum\n\n09.00-09.30\n\nCoffee\n\n09.30-10.00\n\nOPENING OF DAY 2\n\n10.00-11.00\n\nPanel\n", "0-30 30-60 60-120"), "Coffee|OPENING OF DAY 2|Panel"),
    sessions(row("a day's heading after the last entry's title opens a day", "Forum\n\n09.00-09.30\n\nCoffee\n\n09.30-10.00\n\nPanel\n\nDay 2\n\n09.00-09.30\n\nCoffee\n\n09.30-10.30\n\nWorkshop\n", "0-30 30-60"), 2),
    slot_is(row("a date, a statement of the zone, then a title with its range in brackets", "General assembly\n\n14 March 2024\nAll times in CET\nMembers' session (10:00-12:00)\nThe session reviews the year.\n", "-"), "2024-03-14T09:00Z/11:00Z"),
    slot_is(row("four-digit times of a session and of a part opening where it does", "General assembly\n\n14 March 2024\nAll times in CET\nMembers' session (1000-1200)\nThe session reviews the year.\n1000-1100 - Working groups\n", "-"), "2024-03-14T09:00Z/11:00Z"),
    titled(row("ranges glued to the words around them, as a PDF's cells run together", "Coaching day\n\nScheduleSent to every coach8:30-10:00 Session one10:00-10:20 Coffee10:20-12:00 Session two12:00-1:00 Lunch\n", "0-90 90-110 110-210 210-270"), "Session one|Coffee|Session two|Lunch"),
    titled(row("Flemish start times with a bare hour", "Opendeur\n\n14u Ontvangst\n14u30 Rondleiding\n16u Drankje\n17u Einde\n", "0-30 30-120 120-180"), "Ontvangst|Rondleiding|Drankje"),
    titled(row("twelve noon as a start time among times with am/pm", "Day camp\n\n11:15 AM   Crafts\n12 Noon   Lunch in the Dining Hall\n12:40 PM   Swimming\n1:30 PM   Rest hour\n", "0-45 45-85 85-135"), "Crafts|Lunch in the Dining Hall|Swimming"),
    row("a school's bell schedule is no agenda", "Bell times\n\n| Time | Bell |\n|---|---|\n| 08:30 | warning bell |\n| 08:35 | Period 1 |\n| 09:25 | Period 2 |\n| 10:15 | Recess |\n| 10:35 | Period 3 |\n| 11:25 | dismissal bell |\n", "-"),
    titled(row("a camp's day with a wake-up bell and activity periods is an agenda", "Camp day\n\n7:00 AM Wake-up bell\n7:30 AM Breakfast\n8:30 AM First activity period\n10:00 AM Swim lessons\n11:30 AM Lunch\n12:30 PM Rest\n", "0-30 30-90 90-180 180-270 270-330"), "Wake-up bell|Breakfast|First activity period|Swim lessons|Lunch"),
    titled(row("a table's time column of four-digit times", "Meetup\n\n| Time | What |\n|---|---|\n| 1900 | Pizza |\n| 1920 | First talk |\n| 2000 | Second talk |\n| 2040 | Close |\n", "0-20 20-60 60-100"), "Pizza|First talk|Second talk"),
    row("a table's column of years is no time", "Releases\n\n| year | release |\n| --- | --- |\n| 1998 | First |\n| 2003 | Second |\n| 2011 | Third |\n", "-"),
    titled(row("a distance in metres on a start time's line gives no end", "Journée\n\n9h00 Accueil\n11h30 Repas sur place (à moins de 300 m)\n13h00 Départ\n15h00 Fin\n", "0-150 150-240 240-360"), "Accueil|Repas sur place (à moins de 300 m)|Départ"),
    row("times under a heading naming several weekdays are a week's", "Studio week\n\n#### Monday, Wednesday, Friday\n* 09.30 - Stand-up\n* 16.00 - Review\n\n#### Every weekday\n* 13.00 to 13.30 - Lunch walk\n", "-"),
    titled(row("times under one day's heading with its date are an agenda", "Retreat\n\n#### Friday 6 March\n* 09.30 - Welcome\n* 10.00 - Workshop\n* 12.00 - Lunch\n* 13.00 - Close\n", "0-30 30-150 150-210"), "Welcome|Workshop|Lunch"),
    declared(row("a session said to have its length", "Tutorials\n\nTutorials run on the first day. Each tutorial will have 3 hours.\n", "-"), 180),
    declared(row("a session said to have minutes for a part", "Tutorials\n\nEach tutorial has 15 minutes for questions at the end.\n", "-"), 0),
    // Guards from a review of the classes above: what each must not read.
    titled(row("a verse glued to its book is no range", "Service\n\n10:00 Welcome\n10:15 Readings: Psalm23:01-23:06\n10:45 Sermon\n11:30 Close\n", "0-15 15-45 45-90"), "Welcome|Readings: Psalm23:01-23:06|Sermon"),
    slot_is(row("one YAML record's start and end are the event's time", "Single event\n\n- start: \"18:00\"\n  end: \"20:30\"\n  title: \"Spring meetup\"\n", "-"), "local 18:00-20:30"),
    declared(row("an opening ceremony's length is a part's", "Conference day\n\nThe opening ceremony lasts 30 minutes, followed by talks.\n\n09:00 Opening ceremony\n09:30 Keynote\n10:30 Close\n", "0-30 30-90"), 0),
    row("a parents' evening visiting each period is an agenda", "Back-to-school night\n\n6:00 PM Welcome in homeroom\n6:15 PM Period 1 visit\n6:30 PM Period 2 visit\n6:45 PM Period 3 visit\n7:00 PM Final bell, dismissal to the gym\n7:30 PM Close\n", "0-15 15-30 30-45 45-60 60-90"),
    row("a heading that is the word day alone opens no week", "Festival\n\n## Day\n10:00 Doors\n12:00 Show\n15:00 Close\n", "0-120 120-300"),
    slot_is(row("a country named as a session's subject gives no zone to an abbreviation", "Briefing\n\nMay 3, 2026, 10:00 - 11:00 CST - market entry tips for China.\n", "-"), "2026-05-03T16:00Z/17:00Z"),
    titled(row("an age group glued to U is no time", "Games\n\n10:00 12U game vs Tigers\n11:00 14U game vs Hawks\n12:00 Lunch\n", "0-60 60-120"), "12U game vs Tigers|14U game vs Hawks"),
    row("a sponsors' table of amounts after a time table gives no times", "Meetup\n\n| Time | Talk |\n|---|---|\n| 18:00 | Doors |\n\n| Sponsor | Amount |\n|---|---|\n| Acme | 1000 |\n| Beta | 1500 |\n| Gamma | 2000 |\n", "-"),
    row("emphasis marks alone as the first line", "***::\n\nHello\n", "-"),
    // Entries each named before their time on one line, separators between them.
    titled(row("names before times on one line", "Open evening\nDoors 6:30 PM / Talks 7:00 – 8:00 PM / Music 8:00 - 10:00 PM\n", "0-60 60-180"), "Talks|Music"),
    titled(row("names after times on one line stay after", "Morning\n10:00-10:30 Welcome; 10:30-11:00 Panel; 11:00-11:30 Wrap-up\n", "0-30 30-60 60-90"), "Welcome|Panel|Wrap-up"),
    // A verb of lasting, the length's article, the session many words back.
    declared(row("lasts an hour, the session named far before", "Autumn lectures\nEach seminar in our four-part autumn series will last an hour.\n", "-"), 60),
    // The verb before its subject (Swedish), an approximate length after them.
    declared(row("Swedish verb before its subject, approximate", "Söndagsmöte\nOftast pågår ett seminarium ungefär 1,5 timma med fika efteråt.\n", "-"), 90),
    declared(row("a service of worship lasts about an hour", "Familiengottesdienst\nDer Gottesdienst dauert etwa eine Stunde.\n", "-"), 60),
    declared(row("the length of an examination", "Thesis defence\nDuration of the examination: 2 hours\nRoom: Aula\n", "-"), 120),
    // A lower bound is no length.
    declared(row("at least a length is none", "Disputation\nDie Dauer der Disputation beträgt mindestens 45 Minuten.\n", "-"), 0),
    // A row of empty cells between rows leaves the length column an agenda's; the total
    // under the table is the whole's.
    declared(row("a length column with spacer rows", "Itinerary\n| Time | Item | Duration |\n|---|---|---|\n| 09:00 | Setup | 20m |\n| | | |\n| 09:20 | Talk | 40m |\n| 10:00 | End | - |\n\n## Total 60 mins\n", "0-20 20-60"), 60),
    // Two spells of hours joined by `and`, no part named.
    row("hours in two spells joined by and", "Reception desk\n07.30 – 11.00 og 12.00 – 15.30\n", "-"),
    // Four-digit start times opening lines before a colon and the title, after colon times.
    row("four-digit starts with a colon after colon times", "Field day\n- 12:40: Warm-up\n- 1300: Sprint heats\n- 1320: Long jump\n- 1345: Relay\n- 1410: Prizes\n", "0-20 20-40 40-65 65-90"),
    row("four-digit starts with a colon before ten", "Club morning\n0830: Doors\n0845: Warm-up\n0915: Matches\n1000: Tea\n", "0-15 15-45 45-90"),
    // A timeline of years written so is none.
    row("years before a colon are no times", "Our history\n1905: The club is founded\n1910: A new ground\n1915: First title\n", "-"),
    // A YAML schedule whose entries are described, not titled; its slot in quoted values.
    titled(slot_is(row("YAML entries described, slot in quoted values", "---\nwhen:\n  date: 'Saturday, 14 March 2026'\n  place: 'Hall 2, 10115 Berlin'\n  time: '2:00 PM - 5:00 PM'\nschedule:\n  - time: '2:00 PM'\n    description: 'Doors open'\n  - time: '2:30 PM - 4:30 PM'\n    description: 'Jam session'\n  - time: '4:30 PM - 5:00 PM'\n    description: 'Wrap-up'\n---\n", "0-30 30-150 150-180"), "2026-03-14T13:00Z/16:00Z"), "Doors open|Jam session|Wrap-up"),
    // Numbers written as words in Swedish, and one and a half in one German word.
    declared(row("Swedish number word", "Kurs\nKursen pågår i två timmar.\n", "-"), 120),
    declared(row("German one and a half in one word", "Kurs\nDauer: anderthalb Stunden\n", "-"), 90),
    // The zone of the city a long sentence says the event is held in, after the slot.
    slot_is(row("held in a city named in a long sentence", "Open briefing\n\n16 March 2026 from 1:15pm – 2:45pm\n\nMember organisations are invited to an open briefing with the Board, to be held at the association's headquarters in New York, where questions from the floor will be taken in turn after the opening statements.\n", "-"), "2026-03-16T17:15Z/18:45Z"),
    // `Start` and `End` with no colon, and the city on a line of its own.
    slot_is(row("bare start and end words, the city after", "Committee meeting\nStart 12.05.2026 10:00 local time\nEnd 12.05.2026 17:00 local time\nCity Lyon\n", "-"), "2026-05-12T08:00Z/15:00Z"),
    row("start times alone, one repeated, half a day apart are separate events", "## Fixtures\n\n| Home | Kick-off | Away |\n|---|---|---|\n| Lions | **1:00 AM** | Bears |\n| Hawks | **2:00 PM** | Owls |\n| Foxes | **2:00 PM** | Wolves |\n", "-"),
    // A start written as a bare hour with its mark (`9h`) is shorter than Dutch `uur`; asking
    // whether it is also a length in `uur` subtracted past zero (a panic in debug builds).
    row("start times as bare hours with their mark", "Programação\n\n9h – Abertura\n10h – Mesa redonda\n12h – Almoço\n14h – Oficinas\n16h – Encerramento\n", "0-60 60-180 180-300 300-420"),
    row("a place's hours under words for opening hours, the days in the next cell", "Ora legale\n\nNei giorni festivi il museo osserva il seguente orario di apertura:\n\n  • martedì 2 giugno (Festa della Repubblica): aperto con orario 10.00-19.00\n  • sabato 15 agosto: aperto con orario 10.00-19.00\n\nOrario consueto:\n   9.30 – 17.00 | dal lunedì al venerdì\n13.00 – 18.30 | sabato\n10.00 – 13.00 | domenica\n", "-"),
    declared(row("a Swedish length label and hours", "Dokumentär\n\n2021. Längd 1 tim 45 min\n", "-"), 105),
    declared(row("Danish hours after a length label", "Generalforsamling\nVarighed: 2 timer\n", "-"), 120),
    slot_is(row("a venue word run into its value on a short line", "Lezing\nvrijdag 6 oktober 2023 20:00 - 21:30\nLocatie de Bibliotheek Zwolle, Grote Zaal\n", "-"), "2023-10-06T18:00Z/19:30Z"),
    slot_is(row("a table's label cell for where", "Voorleeslunch\n\nWanneer | vrijdag 6 oktober 2023 |\nTijd | 12:00 tot 13:30 uur |\nWaar | Bibliotheek gemeente Hardenberg |\n", "-"), "2023-10-06T10:00Z/11:30Z"),
    slot_is(row("a Japanese date after a spaced label colon", "公開講座\n開催日時 :2024年05月18日 (土曜日) 午後2時から午後4時まで\n会場：千葉市中央図書館\n", "-"), "2024-05-18T05:00Z/07:00Z"),
    slot_is(row("the long-vowel mark typed for a dash between times", "講演会\n日時：令和6年7月6日(土)13:00ー15:30\n", "-"), "2024-07-06T04:00Z/06:30Z"),
    titled(row("four-digit ranges in brackets after each entry's title", "Draft agenda\n\n   1. Opening (0930-0940)\n   2. Finance report (0940-1010)\n       Coffee (1010-1030)\n   3. Plans for next year (1030-1130)\n", "0-10 10-40 40-60 60-120"), "Opening|Finance report|Coffee|Plans for next year"),
    row("a span of figures in brackets is no range of times", "Budget notes\n\n- Printing (1000-1500 copies)\n- Postage (2000-2500 letters)\n", "-"),
    slot_is(row("minutes dated in their title, the next meeting's date further down", "Protokoll der 4. Vorstandssitzung vom 12. März 2024\n**Anwesend:** Ada, Ben, Cem\n**Entschuldigt:** Dora\n\n**Beginn der Sitzung:** 19:05 Uhr\n**Ende der Sitzung:** 21:40 Uhr\nAls Termin der nächsten Sitzung wird der 9. April 2024 um 19:00 Uhr festgehalten.\n", "-"), "local 2024-03-12 19:05-21:40"),
    declared(row("a table's Time label cell with a length", "# Week 3 stand-up\n\n| Field | Value |\n|---|---|\n| Time: | 30 minutes |\n| Room: | B2 |\n", "-"), 30),
    slot_is(row("a date over a rule, the title and a time label, then the range", "Вебинар\n\n14 МАРТА 2025 ГОДА\n------------\n«Бюджет учреждения на 2026 год»\n------------\nВремя проведения\n11.00 – 12.30 по МСК |\n", "-"), "2025-03-14T08:00Z/09:30Z"),
    slot_is(row("an offset after UTC with a space before its sign", "Preparatory meeting\n\n14 June 2023, from 10:00am – 12:00pm (UTC +7), online\n", "-"), "2023-06-14T03:00Z/05:00Z"),
    slot_is(row("front matter's local range takes the zone written after the same start in the body", "---\ndate: 2024-10-12\ntime: 19:00-21:00\n---\n\n* 时间：**2024/10/12（周六）19:00** UTC+08:00\n* 地点：咖啡馆\n", "-"), "2024-10-12T11:00Z/13:00Z"),
    titled(row("a table flattened one cell to a line, start and finish apart", "Provisional agenda\nSTART |\nFINISH |\nITEM |\n|\n09:00 |\n09:20 |\nWelcome and coffee |\n|\n09:20 |\n09:50 |\nKeynote (30 min) |\nChair |\n09:50 |\n10:30 |\nRound table (40 min) |\nAll |\n", "0-20 20-50 50-90"), "Welcome and coffee|Keynote (30 min)|Round table (40 min)"),
    declared(row("a part of the workshop named with its length is no total", "Programme of the workshop on coastal data\nRoll call, then the start of the Workshop (10 min) |\n", "-"), 0),
    slot_is(row("front matter's date and etime with their offsets", "---\nlayout: events\ntitle: \"Vortrag: Moore im Wandel\"\ndate: 2025-03-20T19:00:00+01:00\netime: 2025-03-20T20:30:00+01:00\nplace: \"Hörsaal 3\"\n---\n\n**Vortrag: 20. März 2025, 19:00 Uhr**\n", "-"), "2025-03-20T18:00Z/19:30Z"),
    row("a campus shuttle timetable of routes between two stops", "### 下一班車\n\n- 北區 → 南區：<span>-</span>\n\n北區 → 南區 | 南區 → 北區 |\n:---:|:---:|\n    08:30  |    08:10   |\n    <span>12:30</span>  |    12:00   |\n    17:40  |    17:00   |\n", "-"),
    declared(row("an approximate length under a label is the total", "Workshop\nDuration: about 90 minutes\n", "-"), 90),
    declared(row("an approximate length after a verb of lasting", "Gesprächsabend\n\nDie Sitzung dauert ca. 45 Minuten, danach gibt es Tee.\n", "-"), 45),
    declared(row("a part scheduled for about a length is no total", "Format\nEach plenary is scheduled for about 25 minutes (opening ~10 min, debate ~15 min), then groups meet.\n", "-"), 0),
];

#[test]
fn agendas_read_as_a_careful_reader_reads_them() {
    let mut failures = Vec::new();
    for r in ROWS {
        let all = parse(&Source::new(r.name, r.text)).expect("text never fails");
        let s = &all[0];
        let mut got = vec![("segments", segments(s), r.segments.to_owned())];
        if let Some(d) = r.declared {
            let want = if d == 0 { "-".to_owned() } else { d.to_string() };
            got.push(("declared", s.declared_minutes.as_ref().map_or("-".into(), |d| d.value.to_string()), want));
        }
        if let Some(sl) = r.slot {
            got.push(("slot", slot(s), sl.to_owned()));
        }
        got.push(("sessions", format!("{} sessions", all.len()), format!("{} sessions", r.sessions)));
        let titles: Vec<&str> = s.segments.iter().map(|g| g.title.value.as_str()).collect();
        if let Some(t) = r.titles {
            got.push(("titles", titles.join("|"), t.to_owned()));
        }
        // Every agenda here names each entry: none is read without its title.
        if titles.iter().any(|t| t.trim().is_empty()) {
            got.push(("titles", titles.join("|"), "no empty title".to_owned()));
        }
        for (what, g, w) in got {
            if g != w {
                failures.push(format!("{}: {what}\n    want {w}\n    got  {g}\n    notes {:?}", r.name, s.notes.iter().map(|n| &n.code).collect::<Vec<_>>()));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} rows:\n{}", failures.len(), ROWS.len(), failures.join("\n"));
}

#[test]
fn front_matter_titles_are_read_without_their_quotes() {
    for (text, want) in [
        ("---\ntitle: \"Meetup 22\"\ndate: 2019-01-24\n---\n\nHello\n", "Meetup 22"),
        ("---\ntitle: 'Lektion 1: Einstieg'\n---\n\nHallo\n", "Lektion 1: Einstieg"),
        ("+++\ntitle = \"Reading group #4\"\ndraft = false\n+++\n\nWe read.\n", "Reading group #4"),
        // Quotes inside the value are the title's own.
        ("---\ntitle: \"Cats\" vs \"Dogs\"\n---\n\nA debate.\n", "\"Cats\" vs \"Dogs\""),
    ] {
        let s = &parse(&Source::new("t.md", text)).expect("text never fails")[0];
        let title = s.title.as_ref().expect("a title");
        assert_eq!(title.value, want);
        // Its span is the value's, inside the quotes.
        assert_eq!(&text[title.span.start..title.span.end], want);
    }
}

#[test]
fn markdown_marks_are_no_part_of_titles_and_fields() {
    // A heading's `#`s and emphasis around the first line leave its title.
    for (text, want) in [
        ("# Webinar plan\n\nWe meet online.\n", "Webinar plan"),
        ("**Members' evening**\n\nDrinks.\n", "Members' evening"),
        ("## Q&A hour:\n\nAsk us.\n", "Q&A hour"),
        // An image alone over the heading, or a notice in a table row over it, is passed
        // over; a label for the title before its value is no part of it.
        ("![poster](https://example.org/poster.png)\n# Event Name:- Spring Hackday 2026\n\nBring a laptop.\n", "Spring Hackday 2026"),
        ("| Anyone may join: add your name below |\n| --- |\n\n# Docs team sync — May\n\nNotes.\n", "Docs team sync — May"),
        // Lines of marks alone (a page's controls) are passed over too.
        ("<\n×\nWorking group on archives\n\nWe meet monthly.\n", "Working group on archives"),
    ] {
        let s = &parse(&Source::new("t.md", text)).expect("text never fails")[0];
        let title = s.title.as_ref().expect("a title");
        assert_eq!(title.value, want);
        assert_eq!(&text[title.span.start..title.span.end], want);
    }
    // The emphasis closing a field's label is no part of its value.
    let text = "Webinar\n\n**Format:** Online, free\n- **Room:** Studio B\n";
    let s = &parse(&Source::new("t.md", text)).expect("text never fails")[0];
    let format = s.format.as_ref().expect("a format");
    assert_eq!(format.value, "Online, free");
    assert_eq!(&text[format.span.start..format.span.end], "Online, free");
    assert_eq!(s.room.as_ref().expect("a room").value, "Studio B");
}

/// Reads `text` and asserts it took under 10 s (unoptimised): the reading cost of a
/// large input of one shape, which a quadratic step makes minutes. Returns the sessions.
fn read_in_time(name: &str, text: &str) -> Vec<Session> {
    let started = std::time::Instant::now();
    let all = parse(&Source::new(name, text)).expect("text never fails");
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "{name}: {:?}", started.elapsed());
    all
}

#[test]
fn ranges_that_never_run_on_are_checked_in_linear_time() {
    // Whether a text's comma ranges (`9,30 – 9,31`) or four-digit ranges (`0930 - 0931`)
    // run on, one starting where another ends, is asked of every range at once: 160,000
    // lines of ranges that never do take under a second so, and about 20 s (unoptimised)
    // when each is compared with every other.
    let mut text = String::from("Ranges\n\n");
    for i in 0..80_000u32 {
        let (a, b) = ((i * 2) % 1380, (i * 2) % 1380 + 1);
        text.push_str(&format!("{:02}{:02} - {:02}{:02} x\n{},{:02} – {},{:02} y\n", a / 60, a % 60, b / 60, b % 60, a / 60, a % 60, b / 60, b % 60));
    }
    assert!(!read_in_time("ranges.txt", &text).is_empty());
}

#[test]
fn one_long_line_is_read_in_linear_time() {
    // A whole agenda on one line: what stands around each time or length (its label, its
    // zone, a day it opens, a unit after a number) is looked for near it, not along the whole
    // line. 60,000 entries of each shape take well under a second so; read along the line
    // for each, lengths took about 2 minutes and each other shape 10 s to a minute.
    let shapes: [fn(u32) -> String; 36] = [
        |i| format!("{} min item;", i % 9 + 5),
        |i| format!("下午{}点到{}点半", i % 11 + 1, i % 11 + 1),
        |i| format!("2024年3月{}日 {}時～{}時（日本時間）", i % 28 + 1, i % 23, i % 23 + 1),
        |i| format!("上午 {}点 {}", i % 12, i),
        |i| format!("1 March 2024 {:02}:00-{:02}:30 CET", i % 23, i % 23),
        |i| format!("{} pm to {} pm EST", i % 12 + 1, i % 12 + 1),
        |i| format!("2024-03-0{}", i % 9 + 1),
        |i| format!("00:{:02} – 00:{:02} x", i % 50, i % 50 + 5),
        |i| format!("Time: {:02}:00-{:02}:05 (5 min)", i % 23, i % 23),
        |i| format!("a workshop ({} minutes) and", i % 50 + 5),
        |i| format!("at {:02}:00 for {} minutes,", i % 23, i % 50 + 5),
        |i| format!("about {} hours, from {}pm to {}pm,", i % 3 + 1, i % 5 + 1, i % 5 + 2),
        |i| format!("Sessions are {} minutes long. Then a {} minute talk and {} minutes of questions.", i % 9 * 10 + 20, i % 9 * 5 + 10, i % 9 * 5 + 10),
        |i| format!("2026-03-05T{:02}:00-04/PT1H {:02}：30", i % 23, i % 23),
        |i| format!("Date: 1 March 2026, in length--Noon to {} pm ET.", i % 11 + 1),
        |i| format!("it starts at {} am and ends at {} pm,", i % 11 + 1, i % 11 + 1),
        |i| format!("at {:02}:00 ({} PM) UTC for one hour;", i % 23, i % 11 + 1),
        |i| format!("| Duration | {}:30 hrs | Length {}:00", i % 9, i % 50 + 24),
        |i| format!("Agenda ({} min total Agenda ({} min in all)", i % 50 + 5, i % 50 + 5),
        |i| format!("First {} minutes: talks, next {} minutes - groups", i % 50 + 5, i % 50 + 5),
        |i| format!("Format: {}-minute hands-on workshop; Welcome ........ {}:00", i % 50 + 5, i % 23),
        |i| format!("{:02}:00 EDT / {:02}:00 CEST ({} min)", i % 23, i % 23, i % 50 + 5),
        |i| format!("text: '{}', {} Uhr: Gespräch", i % 9 + 5, i % 23),
        |i| format!("{} a {} h – Taller", i % 9 + 7, i % 9 + 9),
        |i| format!("<kbd>{:02}:00</kbd> - <kbd>{:02}:30</kbd> x", i % 23, i % 23),
        |i| format!("{:02}:30 UTC +0{} lasts about {} minutes", i % 23, i % 9, i % 50 + 5),
        |i| format!("🕒 {}:30-{} TEMA", i % 11 + 1, i % 11 + 2),
        // Start times each before a capitalised title, as one entry runs into another's line.
        |i| format!("{:02}:{:02} Uhr Abc", i % 23, i % 60),
        // Date-times in basic notation, character references, lengths after a word for how
        // often, ranges closing sentences, and ranges in bracketed remarks.
        |i| format!("DTSTART:2024{:02}{:02}T{:02}0000Z", i % 12 + 1, i % 28 + 1, i % 23),
        |i| format!("{:02}:00&ndash;{:02}:30&nbsp;Talk", i % 23, i % 23),
        |i| format!("toutes les {} minutes et les {} minutes", i % 50 + 5, i % 50 + 5),
        |i| format!("Open all day, from {:02}:00 to {:02}:30.", i % 23, i % 23),
        |i| format!("(one moved to {:02}:00-{:02}:30)", i % 23, i % 23),
        // Abbreviations read from the places around them, and schedule records.
        |i| format!("{:02}:00 IST | Cork, Ireland", i % 23),
        |i| format!("{{ time: \"{:02}:00\", end: \"{:02}:30\", title: \"A\" }},", i % 23, i % 23),
        |i| format!("Item{:02}:00-{:02}:30x", i % 23, i % 23),
    ];
    for shape in shapes {
        let line: Vec<String> = (0..60_000).map(shape).collect();
        let text = format!("T\n\n{}\n", line.join(" "));
        read_in_time(&shape(0), &text);
    }
}

#[test]
fn many_slot_lines_are_left_out_in_linear_time() {
    // Each slot line is left out of the agenda's entries; whether a time or length stands in
    // one is a binary search among them: 40,000 `Time:` lines take about a second so, and
    // 10 s or more when each length is compared with every slot line.
    let text = format!("T\n\n{}", "Time: 10:00-10:05 (5 min)\n".repeat(40_000));
    read_in_time("slots.txt", &text);
}

#[test]
fn lengths_on_a_long_title_and_above_many_blank_lines_are_read_in_linear_time() {
    // Whether a title opens with its length looks only at a title's first bytes, and
    // whether an agenda stands under a heading is asked of a lone heading only: a title of
    // 100,000 lengths took 14 s, and a line of them above 500,000 blank lines 56 s
    // (release builds; quadratic, so these sizes take about a third of that).
    let title = format!("# {}\n- a — 10 min\n", "word 10 min workshop ".repeat(60_000));
    read_in_time("lengths on a long title", &title);
    let blank = format!("# T\n\n{}\n{}10:00 x\n", "10 min ".repeat(60_000), "\n".repeat(300_000));
    read_in_time("lengths above blank lines", &blank);
}

#[test]
fn a_long_line_of_times_above_a_list_of_lengths_is_read_in_linear_time() {
    // Each time on the line above a list's entry is checked against the lengths near it
    // (Dutch `0.15 uur` is both), not against every length of the line.
    let line: Vec<&str> = vec!["0.15 uur"; 120_000];
    let text = format!("T\n\n{}\n- Welcome (10 min)\n- Talk (20 min)\n- Close (5 min)\n", line.join(" "));
    read_in_time("uur times above lengths", &text);
}

#[test]
fn blocks_with_breaks_are_read_in_linear_time() {
    // Each length that may open blocks looks at the next length only: a line of 50,000 such
    // sentences, and 50,000 lines of one each, take well under a second (release).
    let line = format!("T\n\n{}\n", "a 30-minute session, with a 5-minute break; ".repeat(50_000));
    read_in_time("blocks on one line", &line);
    let lines = format!("T\n\n{}", "two 30-minute rounds, with a 10-minute break\n".repeat(50_000));
    read_in_time("blocks on many lines", &lines);
}

#[test]
fn many_totals_are_checked_in_linear_time() {
    // `5 minutes total` is the session's total when no later length is longer; that is
    // asked of the longest length after each, found once: 120,000 such lines take under a
    // second so (unoptimised), and about 30 s when each looks through every length after it.
    let text = format!("Totals\n\n{}", "5 minutes total\n".repeat(120_000));
    assert!(!read_in_time("totals.txt", &text).is_empty());
}
