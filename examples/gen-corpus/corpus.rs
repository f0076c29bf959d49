//! A deterministic generator of realistic session proposals, shared by the `gen-corpus`
//! example and the benches. It varies the seeds' structure (IGF 2021 page with a slot,
//! IGF 2019 page without one, a `Date:`/`Time:` page, a free-form run of show), the
//! breakdown notation, the zone, the number of people and segments, and the prose length.
//! Roughly one proposal in six carries a planted timing fault (gap, overlap or over-run).

use std::fmt::Write as _;

/// SplitMix64: a tiny, well-known generator, so the same seed gives the same corpus on
/// every machine and with every dependency version.
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// One element of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Amina", "John", "Samir", "Henri", "Giacomo", "Nathalie", "Kaja", "Marina", "Anriette",
    "Jan", "Ludmila", "Wolfgang", "Isabel", "Chris", "Carmen", "Rafael", "Mina", "Ahmed",
    "Léa", "Zoë", "José", "Nguyễn", "Olúwaseun", "Björn", "Małgorzata", "Thandiwe", "Priya",
];
const LAST: &[&str] = &[
    "Hering", "Saran", "Verdier", "Persi Paoli", "Jaarsma", "Ciglic", "Kaljurand",
    "Esterhuysen", "Neutze", "Georgieva", "Skierka", "Painter", "Gonsalvez", "Soto", "Park",
    "Khan", "Moreau", "Müller", "da Silva", "Văn An", "Adébáyọ̀", "Lindqvist", "Wiśniewska",
    "Dlamini", "Raghavan", "Morales Tenorio",
];
const STAKEHOLDER: &[&str] = &[
    "Government", "Private Sector", "Civil Society", "Technical Community",
    "Intergovernmental Organization",
];
const REGION: &[&str] = &[
    "Western European and Others Group (WEOG)", "Eastern European Group", "African Group",
    "Asia-Pacific Group", "Latin American and Caribbean Group (GRULAC)",
    "Intergovernmental Organization",
];
const ORGS: &[&str] = &[
    "Microsoft", "Observer Research Foundation", "Google", "APC", "GCSC", "Siemens",
    "Youth Coalition", "Ministry of ICT", "Hasso Plattner Institute", "Internet Society",
];
const TOPICS: &[&str] = &[
    "UN Cyber Dialogues", "Community Networks and Spectrum", "Data Governance for Cities",
    "Digital Inclusion in Rural Areas", "Platform Accountability", "Internet Fragmentation",
    "AI and Human Rights", "Cybersecurity Capacity Building", "Open Standards for IoT",
    "Youth Participation in Internet Governance",
];
const FORMATS: &[(&str, u32)] = &[
    ("Panel - Auditorium - 90 Min", 90),
    ("Roundtable - U-shape - 60 Min", 60),
    ("Break-out Group Discussions - Round Tables - 90 Min", 90),
    ("Debate - Classroom - 75 Min", 75),
    ("Lightning Talk - Classroom - 30 Min", 30),
    ("Birds of a Feather - Classroom - 60 Min", 60),
];
const SEGMENTS: &[&str] = &[
    "Introductions and opening remarks by the moderator",
    "Moderated panel discussion on the different models and their objectives",
    "Open Q&A with participants in the room and online",
    "Break-out groups on the three policy questions",
    "Report back from the groups",
    "Interventions from the key participants",
    "Coffee break",
    "Live demo of the monitoring dashboard",
    "Open floor",
    "Closing and summary of major areas of concern/consensus",
];
const SENTENCES: &[&str] = &[
    "Matters of peace and security in cyberspace require leadership and dialogue by governments in multilateral forums.",
    "The unique nature of the digital domain, which exists without clear borders, underpins so much of human activity today.",
    "This workshop will highlight and present different models through expert speakers and support a robust discussion.",
    "Since 2004 the United Nations has facilitated multilateral dialogue on expectations for responsible behaviour.",
    "Numerous activities by the private sector as well as by governments have been launched in recent years.",
    "The session will explore the viability of different approaches to build on the work of earlier expert groups.",
    "Participants will leave feeling encouraged and equipped with concrete guidance on how to engage.",
    "We will seek to ensure that all speakers are present for an in-person exchange during the workshop.",
    "Online participants will be included via coordination between the on-site and online moderators.",
    "The 2011, 2013 and 2015 reports recognised the applicability of international law (version 2.0 of the framework).",
];
/// Zones as organisers write them: IANA names, a fixed offset and an abbreviation.
const ZONES: &[&str] = &[
    "UTC", "Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata", "Africa/Addis_Ababa",
    "Asia/Tokyo", "America/New_York", "UTC+1", "CET",
];
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];
const WEEKDAYS: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];

fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST), rng.pick(LAST))
}

/// A paragraph of `least` to `least + spread - 1` sentences.
fn prose(rng: &mut Rng, least: usize, spread: usize) -> String {
    let sentences = least + rng.below(spread);
    let mut out = String::new();
    for i in 0..sentences {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(rng.pick(SENTENCES));
    }
    out
}

fn ordinal(day: u32) -> String {
    let suffix = match (day % 10, day % 100) {
        (1, n) if n != 11 => "st",
        (2, n) if n != 12 => "nd",
        (3, n) if n != 13 => "rd",
        _ => "th",
    };
    format!("{day}{suffix}")
}

/// A timing fault planted in a generated proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Five minutes between two segments.
    Gap,
    /// A segment starts five minutes before the one before it ends.
    Overlap,
    /// The last segment runs ten minutes past the declared length.
    Overrun,
}

/// Segment lengths in minutes that add up to `total`, with a planted fault now and then.
/// Returns (start offset, end offset, title) triples.
fn plan_segments(rng: &mut Rng, total: u32) -> (Vec<(u32, u32, &'static str)>, Option<Fault>) {
    let count = 3 + rng.below(6) as u32;
    let count = count.min(total / 5).max(1);
    // Cut points at 5-minute steps.
    let steps = total / 5;
    let mut cuts: Vec<u32> = Vec::new();
    while cuts.len() + 1 < count as usize {
        let c = 1 + rng.below(steps as usize - 1) as u32;
        if !cuts.contains(&c) {
            cuts.push(c);
        }
    }
    cuts.sort_unstable();
    let mut bounds = vec![0];
    bounds.extend(cuts.iter().map(|c| c * 5));
    bounds.push(total);
    let mut out: Vec<(u32, u32, &'static str)> = bounds
        .windows(2)
        .enumerate()
        .map(|(i, w)| (w[0], w[1], SEGMENTS[(i * 3 + rng.below(2)) % (SEGMENTS.len() - 1)]))
        .collect();
    let last = out.len() - 1;
    out[last].2 = SEGMENTS[SEGMENTS.len() - 1];
    out[0].2 = SEGMENTS[0];
    let fault = match rng.below(18) {
        0 if out.len() > 2 => {
            out[1].0 += 5;
            Some(Fault::Gap)
        }
        1 if out.len() > 2 && out[1].0 >= 5 => {
            out[1].0 -= 5;
            Some(Fault::Overlap)
        }
        2 => {
            out[last].1 += 10;
            Some(Fault::Overrun)
        }
        _ => None,
    };
    (out, fault)
}

fn hm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn clock12(minutes: u32) -> String {
    let h = (minutes / 60) % 24;
    let m = minutes % 60;
    let (h12, ampm) = match h {
        0 => (12, "am"),
        1..=11 => (h, "am"),
        12 => (12, "pm"),
        _ => (h - 12, "pm"),
    };
    format!("{h12}:{m:02} {ampm}")
}

/// Writes the breakdown in one of several notations; `start` is the slot's local start in
/// minutes after midnight, when there is one.
fn breakdown(rng: &mut Rng, total: u32, start: Option<u32>) -> (String, Option<Fault>) {
    let (segs, fault) = plan_segments(rng, total);
    let mut out = String::new();
    let notation = rng.below(if start.is_some() { 7 } else { 5 });
    match notation {
        // The 2021 seed: a run-on paragraph of elapsed ranges.
        0 => {
            out.push_str("Workshop timing:");
            for (a, b, t) in &segs {
                let _ = write!(out, " {} – {} {t}", hm(*a), hm(*b));
            }
            out.push('\n');
        }
        // Elapsed ranges, one per line.
        1 => {
            out.push_str("Agenda\n\n");
            for (a, b, t) in &segs {
                let _ = writeln!(out, "{} - {}: {t}", hm(*a), hm(*b));
            }
        }
        // Numbered items with durations in parentheses.
        2 => {
            out.push_str("Session structure:\n");
            for (i, (a, b, t)) in segs.iter().enumerate() {
                let _ = writeln!(out, "{}. {t} ({} min)", i + 1, b - a);
            }
        }
        // Duration first.
        3 => {
            out.push_str("Run of show\n");
            for (a, b, t) in &segs {
                let _ = writeln!(out, "{} min: {t}", b - a);
            }
        }
        // Minute offsets.
        4 => {
            for (a, b, t) in &segs {
                let _ = writeln!(out, "{a}-{b} min: {t}");
            }
        }
        // Clock times in the slot's zone.
        5 => {
            let s = start.unwrap_or(0);
            out.push_str("Agenda (local time):\n");
            for (a, b, t) in &segs {
                let _ = writeln!(out, "{} – {} {t}", hm(s + a), hm(s + b));
            }
        }
        // 12-hour clock times.
        _ => {
            let s = start.unwrap_or(0);
            out.push_str("Session agenda:\n");
            for (a, b, t) in &segs {
                let _ = writeln!(out, "{} – {}: {t}", clock12(s + a), clock12(s + b));
            }
        }
    }
    (out, fault)
}

/// The text of proposal number `n`, drawn from `rng`, and the fault planted in its timing;
/// with `scheduled` it always has a slot.
pub fn proposal(rng: &mut Rng, n: usize, scheduled: bool) -> (String, Option<Fault>) {
    let (format, total) = FORMATS[rng.below(FORMATS.len())];
    let year = 2015 + rng.below(11);
    let kind = rng.pick(&["WS", "WS", "WS", "OF", "DC"]);
    let topic = rng.pick(TOPICS);
    let zone = rng.pick(ZONES);
    let month = rng.below(12);
    let day = 1 + rng.below(28) as u32;
    let start = (8 * 60 + 15 * rng.below(36)) as u32;
    let layout = match rng.below(4) {
        2 if scheduled => 0,
        l => l,
    };
    let mut out = String::new();
    let mut slot_start = None;
    match layout {
        // The 2021 page: header, slot in UTC, room.
        0 => {
            let _ = writeln!(out, "IGF {year} {kind} #{n} {topic}\n");
            let weekday = rng.pick(WEEKDAYS);
            let date = format!("{weekday}, {} {}, {year}", ordinal(day), MONTHS[month]);
            let _ = writeln!(
                out,
                "{date} ({} UTC) - {date} ({} UTC)",
                hm(start),
                hm(start + total)
            );
            let _ = writeln!(out, "Conference Room {}\n", 1 + rng.below(9));
            slot_start = Some(start);
        }
        // A `Date:` page with an IANA or abbreviated zone.
        1 => {
            let _ = writeln!(out, "IGF {year} {kind} #{n} {topic}\n");
            let _ = writeln!(out, "Date: {day} {} {year}", MONTHS[month]);
            let _ = writeln!(out, "Time: {} - {} {zone}", hm(start), hm(start + total));
            let _ = writeln!(out, "Room: Workshop Room {}\n", 1 + rng.below(5));
            slot_start = Some(start);
        }
        // The 2019 page: no slot.
        2 => {
            let _ = writeln!(out, "IGF {year} {kind} #{n} {topic}\n");
        }
        // A free-form run of show with an ISO slot.
        _ => {
            let _ = writeln!(out, "Session title: {topic}");
            let _ = writeln!(out, "Session type: Workshop ({total} min)");
            let _ = writeln!(
                out,
                "When: {year}-{:02}-{day:02} {} – {} ({zone})\n",
                month + 1,
                hm(start),
                hm(start + total)
            );
            slot_start = Some(start);
        }
    }
    for i in 0..1 + rng.below(3) {
        let _ = writeln!(out, "Organizer {}: {}, {}", i + 1, person(rng), rng.pick(ORGS));
    }
    out.push('\n');
    let speakers: Vec<String> = (0..2 + rng.below(6)).map(|_| person(rng)).collect();
    for (i, s) in speakers.iter().enumerate() {
        let _ = writeln!(out, "Speaker {}: {s}, {}, {}", i + 1, rng.pick(STAKEHOLDER), rng.pick(REGION));
    }
    out.push('\n');
    if rng.below(8) != 0 {
        let _ = writeln!(out, "Onsite Moderator: \n\n{}, {}, {}\n", person(rng), rng.pick(STAKEHOLDER), rng.pick(REGION));
    }
    if rng.below(6) != 0 {
        let _ = writeln!(out, "Online Moderator: \n\n{}, {}, {}\n", person(rng), rng.pick(STAKEHOLDER), rng.pick(REGION));
    }
    if layout != 3 {
        let _ = writeln!(out, "\n{format}\n");
    }
    let _ = writeln!(out, "Policy Question(s)\n\n{}\n", prose(rng, 1, 3));
    for _ in 0..1 + rng.below(4) {
        let _ = writeln!(out, "{}\n", prose(rng, 2, 6));
    }
    let (bd, fault) = breakdown(rng, total, slot_start);
    out.push_str(&bd);
    let _ = writeln!(out, "\nExpected Outcomes\n\n{}\n", prose(rng, 2, 4));
    (out, fault)
}

/// `count` proposals as (relative file name, text): files are spread over subdirectories of
/// 1,000 so that no directory grows too large. With `scheduled` every one has a slot.
pub fn generate(count: usize, seed: u64, scheduled: bool) -> Vec<(String, String)> {
    generate_with_faults(count, seed, scheduled).into_iter().map(|(name, text, _)| (name, text)).collect()
}

/// [`generate`], with the fault planted in each proposal.
pub fn generate_with_faults(count: usize, seed: u64, scheduled: bool) -> Vec<(String, String, Option<Fault>)> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|i| {
            let (text, fault) = proposal(&mut rng, i + 1, scheduled);
            (format!("{:03}/proposal-{i:06}.txt", i / 1000), text, fault)
        })
        .collect()
}
