//! Rules about people: missing moderators, and one person in roles that should not be
//! combined (the pairs come from the run's [`RolePolicy`](super::RolePolicy)).

use super::{Context, Diagnostic, Origin, Rule, Severity};
use crate::model::Role;

/// Nobody moderates in the room.
pub const MISSING_ONSITE: Rule = Rule {
    code: "missing-onsite-moderator",
    severity: Severity::Warning,
    summary: "no onsite moderator is named",
    explanation: "\
Someone has to run the session in the room: introduce speakers, keep time, take questions.
A proposal that names no onsite moderator (and no moderator without a stated place) leaves
that to chance.

Example: a proposal listing organisers, speakers and an `Online Moderator`, but no
`Onsite Moderator`.

Add `Onsite Moderator: NAME, ...`.",
    origin: Origin::Check,
};

/// Nobody moderates the remote participants.
pub const MISSING_ONLINE: Rule = Rule {
    code: "missing-online-moderator",
    severity: Severity::Warning,
    summary: "no online moderator is named",
    explanation: "\
Hybrid sessions need someone to follow the remote participants (chat, raised hands) and
bring them into the room. A proposal that names no online moderator usually means remote
participants are forgotten.

Example: a proposal with `Onsite Moderator: ...` and no `Online Moderator`.

Add `Online Moderator: NAME, ...`, or `--allow missing-online-moderator` for events without
remote participation.",
    origin: Origin::Check,
};

/// One person holds two roles that should not be combined.
pub const ROLE_CONFLICT: Rule = Rule {
    code: "role-conflict",
    severity: Severity::Warning,
    summary: "one person holds two roles that should not be combined",
    explanation: "\
Some roles need a person's full attention during the session, so one person cannot hold both:
by default the onsite moderator cannot also be the online moderator, a speaker or the
rapporteur, and a speaker cannot also be the online moderator or the rapporteur. Organising
combines with anything, and so does online moderation with being rapporteur (the online
moderator follows the chat and can take the notes).

Example:

    Speaker 1: Henri Verdier, Government, ...
    Onsite Moderator: Henri Verdier, Government, ...

Name someone else for one of the roles, or change the pairs in `runsheet.toml`:

    [check.roles]
    conflicts = [[\"onsite_moderator\", \"online_moderator\"], [\"speaker\", \"onsite_moderator\"]]",
    origin: Origin::Check,
};

/// The rules of this family.
pub const RULES: &[Rule] = &[MISSING_ONSITE, MISSING_ONLINE, ROLE_CONFLICT];

/// Runs the rules of this family.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let s = cx.session;
    let has = |role: Role| s.people.iter().any(|p| p.has_role(role));
    if !has(Role::OnsiteModerator) && !has(Role::Moderator) {
        out.push(
            MISSING_ONSITE
                .diag("no onsite moderator is named", cx.session_span())
                .with_help("add a line `Onsite Moderator: NAME`"),
        );
    }
    if !has(Role::OnlineModerator) {
        out.push(
            MISSING_ONLINE
                .diag("no online moderator is named", cx.session_span())
                .with_help("add a line `Online Moderator: NAME`"),
        );
    }
    for person in &s.people {
        for &(a, b) in &cx.roles.conflicts {
            let ra = person.roles.iter().find(|r| r.role == a);
            let rb = person.roles.iter().find(|r| r.role == b);
            let (Some(ra), Some(rb)) = (ra, rb) else { continue };
            // Point at whichever was stated later, with the other as context.
            let (first, second) = if rb.span.start >= ra.span.start { (ra, rb) } else { (rb, ra) };
            let span = if second.span.line > 0 { second.span } else { person.name.span };
            out.push(
                ROLE_CONFLICT
                    .diag(
                        format!(
                            "{} is both {} and {}",
                            super::diagnostic::quote(&person.name.value),
                            first.role.label(),
                            second.role.label()
                        ),
                        span,
                    )
                    .with_label(format!("listed as {} here", second.role.label()))
                    .with_secondary(first.span, format!("listed as {} here", first.role.label()))
                    .with_help(format!(
                        "name someone else as {}, or drop this pair from [check.roles] conflicts in runsheet.toml",
                        second.role.label()
                    )),
            );
        }
    }
}
