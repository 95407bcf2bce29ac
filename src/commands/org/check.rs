//! `org check`: the onboarding readiness report a CS agent runs before the
//! live session and support runs first on every ticket. Every check of
//! `checks` for one organisation (grouped, one line of evidence each, the
//! fix on anything short of a pass), or with `--all-orgs` one line per
//! organisation. Exit 0 when nothing blocks, 1 when something does, 7 when
//! a provider could not be reached (its checks unknown, never passed), 3
//! when the provider named by `--only` is not linked ("no link", as in
//! every other command).

use serde::Serialize;

use crate::checks::run::{OrgReport, check_orgs};
use crate::checks::{Check, Counts, Group, Status};
use crate::cli::{CheckGroup, OrgCheckArgs};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Human, Invocation, Listing, Output, Tone};

/// Human lines stay inside this many columns.
const WIDTH: usize = 80;
/// The fix's lines, after their 11-column indent. Commands are measured
/// with the global options the printer adds (` --sandbox`, ` --home DIR`):
/// they are applied before the layout (see `check_lines`).
const FIX_WIDTH: usize = WIDTH - 11;

pub fn run(ctx: &mut Context, args: OrgCheckArgs) -> Result<Output> {
    let only = args.only.map(group);
    let concurrency = usize::from(args.concurrency);
    let printer = ctx.printer.clone();
    if args.all_orgs {
        let orgs = ctx.state()?.read().orgs()?;
        let reports = check_orgs(ctx, &printer, orgs, only, false, concurrency)?;
        return Ok(all_orgs(reports));
    }
    let slug = ctx.org_slug(args.slug.as_deref())?;
    let org = ctx.require_org(&slug)?;
    let report = check_orgs(ctx, &printer, vec![org], only, true, concurrency)?
        .pop()
        .expect("one organisation in, one report out");
    let failure = failure(&report, only.is_some());
    // Commands in fixes are laid out as they will be printed: with the
    // `--sandbox`/`--home` the printer adds, or they overflow 80 columns.
    let invocation = printer.invocation().clone();
    let out = Output::lazy(report, move |r| human(r, &invocation));
    Ok(match failure {
        Some(e) => out.with_failure(e),
        None => out,
    })
}

fn group(g: CheckGroup) -> Group {
    match g {
        CheckGroup::Licences => Group::Licences,
        CheckGroup::Jobadder => Group::Jobadder,
        CheckGroup::Salesforce => Group::Salesforce,
        CheckGroup::Flare => Group::Flare,
    }
}

/// The envelope's error for a report that blocks or could not finish.
/// With `--only`, `not_linked` can hold only the provider asked for: the
/// report then is "no link", with the same error as every command.
fn failure(r: &OrgReport, only: bool) -> Option<Error> {
    if let (true, Some(provider)) = (only, r.not_linked.first()) {
        return Some(Error::not_linked(&r.organisation, *provider));
    }
    let kind = r.counts.exit()?;
    let first = |s: Status| r.checks.iter().find(|c| c.status == s);
    Some(match kind {
        ErrorKind::Failure => {
            let c = first(Status::Fail).expect("counted");
            let e = Error::new(
                kind,
                format!(
                    "{}: {} blocking ({}: {})",
                    r.organisation, r.counts.blocking, c.id, c.evidence
                ),
            );
            match &c.fix {
                Some(fix) => e.with_hint(fix.clone()),
                None => e,
            }
        }
        _ => Error::new(
            kind,
            format!(
                "{}: {} check(s) could not be run: a provider could not be reached",
                r.organisation, r.counts.unknown
            ),
        )
        .with_hint(format!(
            "run `atslink org check --org {}` again later",
            r.organisation
        )),
    })
}

/// Cuts text to `max` characters, with … when cut.
fn fit(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// Wraps at spaces into lines of at most `first` characters, then `rest`
/// (a word longer than that, such as a URL, stays whole on its own line).
fn wrap_from(text: &str, first: usize, rest: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let max = if lines.is_empty() { first } else { rest };
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// One unit of a fix as it is laid out: a word of prose, or a command with
/// the text glued to it (`(` before, `),` or `;` after).
enum Piece {
    Word(String),
    Command {
        before: String,
        command: String,
        after: String,
        /// Shown in backticks (a command inside prose) or bare (the whole
        /// fix is the command).
        quoted: bool,
    },
}

/// A fix split into words and commands: a command is a backticked span,
/// or the whole fix when it is a bare `atslink …` command.
fn pieces(fix: &str) -> Vec<Piece> {
    if fix.starts_with("atslink ") && !fix.contains('`') {
        return vec![Piece::Command {
            before: String::new(),
            command: fix.to_string(),
            after: String::new(),
            quoted: false,
        }];
    }
    let mut out = Vec::new();
    // Whether the prose before ended in a word touching the backtick.
    let mut open = false;
    for (i, segment) in fix.split('`').enumerate() {
        if i % 2 == 1 {
            // Text touching the backtick (no space between) is glued on.
            let before = match out.last() {
                Some(Piece::Word(w)) if open => w.clone(),
                _ => String::new(),
            };
            if open {
                out.pop();
            }
            out.push(Piece::Command {
                before,
                command: segment.to_string(),
                after: String::new(),
                quoted: true,
            });
            continue;
        }
        let glued_before =
            matches!(out.last(), Some(Piece::Command { .. })) && !segment.starts_with(' ');
        let words: Vec<&str> = segment.split(' ').collect();
        open = false;
        for (k, w) in words.iter().enumerate() {
            if k == 0 && glued_before {
                if let Some(Piece::Command { after, .. }) = out.last_mut() {
                    after.push_str(w);
                }
                continue;
            }
            if w.is_empty() {
                continue;
            }
            out.push(Piece::Word(w.to_string()));
            // The last word, touching the next backtick: the command glues
            // it on (see above).
            open = k == words.len() - 1;
        }
    }
    out
}

/// A command's arguments grouped so that an option stays with its value:
/// `--public-url URL` is one group, and a command is only ever continued
/// between groups.
fn argument_groups(command: &str) -> Vec<String> {
    let mut groups: Vec<String> = Vec::new();
    for word in command.split(' ').filter(|w| !w.is_empty()) {
        match groups.last_mut() {
            Some(g) if !word.starts_with("--") && g.starts_with("--") && !g.contains(' ') => {
                g.push(' ');
                g.push_str(word);
            }
            Some(g) if !word.starts_with("--") && !g.starts_with("--") => {
                g.push(' ');
                g.push_str(word);
            }
            _ => groups.push(word.to_string()),
        }
    }
    groups
}

/// A command too long for one line of the fix: on lines of its own,
/// continued between arguments with ` \` (a shell reads it back as one
/// command), so it is never cut inside an option or its value.
fn command_block(command: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for group in argument_groups(command) {
        // Each line is indented by two more when placed in the fix.
        let max = FIX_WIDTH - 2;
        if !line.is_empty() && line.chars().count() + 1 + group.chars().count() + 2 > max {
            line.push_str(" \\");
            lines.push(std::mem::take(&mut line));
            line.push_str("  ");
        }
        if !line.trim().is_empty() {
            line.push(' ');
        }
        line.push_str(&group);
    }
    lines.push(line);
    lines
}

/// A fix laid out within `FIX_WIDTH`: prose wraps at spaces, a command is
/// never broken. A command that fits the line stays in the prose; one that
/// does not starts a line; one longer than a line gets lines of its own
/// (see `command_block`).
fn fix_lines(fix: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let put = |lines: &mut Vec<String>, line: &mut String, word: &str| {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > FIX_WIDTH {
            lines.push(std::mem::take(line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    };
    for piece in pieces(fix) {
        match piece {
            Piece::Word(w) => put(&mut lines, &mut line, &w),
            Piece::Command {
                before,
                command,
                after,
                quoted,
            } => {
                let tick = if quoted { "`" } else { "" };
                let whole = format!("{before}{tick}{command}{tick}{after}");
                if whole.chars().count() <= FIX_WIDTH {
                    put(&mut lines, &mut line, &whole);
                    continue;
                }
                // On lines of its own, bare, so it copies as it is.
                let before = before.trim_end_matches(['(', ' ']);
                if !before.is_empty() {
                    put(&mut lines, &mut line, before);
                }
                if !line.trim().is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                line.clear();
                for l in command_block(&command) {
                    lines.push(format!("  {l}"));
                }
                // Punctuation that closed the quote has nothing left to
                // close; words glued on start the next line.
                let rest = after.trim_start_matches([')', ';', ',', '.', ':']);
                if !rest.is_empty() {
                    put(&mut lines, &mut line, rest);
                }
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn check_lines(c: &Check, invocation: &Invocation) -> Vec<String> {
    let head = format!("  {} {}: ", c.status.mark(), c.title());
    let room = WIDTH.saturating_sub(head.chars().count());
    // The evidence wraps under the title (it is what tells the customer
    // which entity, which button, which user); past three lines it is cut,
    // and `--json` has it whole.
    let mut evidence = wrap_from(&c.evidence, room, WIDTH - 4);
    if evidence.len() > 3 {
        evidence.truncate(3);
        evidence[2] = fit(&format!("{} …", evidence[2]), WIDTH - 4);
    }
    let mut lines = Vec::new();
    for (i, e) in evidence.iter().enumerate() {
        // A single word wider than the room (a long URL) is cut here only.
        lines.push(if i == 0 {
            format!("{head}{}", fit(e, room))
        } else {
            format!("    {}", fit(e, WIDTH - 4))
        });
    }
    if let Some(fix) = &c.fix
        && c.status != Status::Pass
    {
        for (i, l) in fix_lines(&invocation.apply(fix)).into_iter().enumerate() {
            lines.push(format!(
                "{}{l}",
                if i == 0 { "      fix: " } else { "           " }
            ));
        }
    }
    lines
}

fn tone(s: Status) -> Tone {
    match s {
        Status::Pass => Tone::Good,
        Status::Warn => Tone::Warn,
        Status::Fail => Tone::Bad,
        Status::Unknown => Tone::Unknown,
    }
}

fn human(r: OrgReport, invocation: &Invocation) -> Human {
    let plain = |l: String| (Tone::Plain, l);
    let mut lines = vec![(
        Tone::Heading,
        fit(&format!("{} ({})", r.organisation, r.name), WIDTH),
    )];
    let mut current = None;
    for c in &r.checks {
        if current != Some(c.group) {
            current = Some(c.group);
            lines.push(plain(String::new()));
            lines.push((Tone::Heading, c.group.title().to_string()));
        }
        // The line with the mark carries the colour; evidence and fix
        // continue it plain.
        for (i, l) in check_lines(c, invocation).into_iter().enumerate() {
            lines.push(if i == 0 {
                (tone(c.status), l)
            } else {
                plain(l)
            });
        }
    }
    if !r.not_linked.is_empty() {
        lines.push(plain(String::new()));
        let names: Vec<&str> = r.not_linked.iter().map(|p| p.as_str()).collect();
        lines.push(plain(format!("Not linked: {}", names.join(", "))));
    }
    lines.push(plain(String::new()));
    let summary = match r.counts.exit() {
        Some(ErrorKind::Failure) => Tone::Bad,
        Some(_) => Tone::Unknown,
        None if r.counts.warnings > 0 => Tone::Warn,
        None => Tone::Good,
    };
    lines.push((summary, r.counts.line()));
    Human::Toned(lines)
}

#[derive(Serialize)]
struct AllOrgs {
    organisations: Vec<OrgReport>,
    /// Totals over every organisation.
    #[serde(flatten)]
    counts: Counts,
}

fn all_orgs(reports: Vec<OrgReport>) -> Output {
    let mut total = Counts::default();
    for r in &reports {
        total.passed += r.counts.passed;
        total.warnings += r.counts.warnings;
        total.blocking += r.counts.blocking;
        total.unknown += r.counts.unknown;
    }
    let worst = reports.iter().max_by_key(|r| r.counts.rank());
    let failure = worst.and_then(|w| {
        let kind = w.counts.exit()?;
        let n = reports
            .iter()
            .filter(|r| r.counts.exit() == Some(kind))
            .count();
        Some(
            Error::new(
                kind,
                match kind {
                    ErrorKind::Failure => format!("{n} organisation(s) have blocking checks"),
                    _ => format!("{n} organisation(s) could not be fully checked: a provider could not be reached"),
                },
            )
            .with_hint(format!(
                "`atslink org check --org {}` shows the checks and their fixes",
                w.organisation
            )),
        )
    });
    let out = Output::lazy(
        AllOrgs {
            organisations: reports,
            counts: total,
        },
        table,
    );
    match failure {
        Some(e) => out.with_failure(e),
        None => out,
    }
}

fn table(d: AllOrgs) -> Human {
    let mut listing = Listing::new(&[
        "org",
        "passed",
        "warnings",
        "blocking",
        "unknown",
        "first problem",
    ]);
    for r in &d.organisations {
        let problem = r
            .checks
            .iter()
            .find(|c| c.status == Status::Fail)
            .or_else(|| r.checks.iter().find(|c| c.status == Status::Unknown))
            .or_else(|| r.checks.iter().find(|c| c.status == Status::Warn))
            .map(|c| c.id.to_string())
            .unwrap_or_else(|| "-".into());
        listing.row(vec![
            r.organisation.clone(),
            r.counts.passed.to_string(),
            r.counts.warnings.to_string(),
            r.counts.blocking.to_string(),
            r.counts.unknown.to_string(),
            problem,
        ]);
    }
    Human::Table {
        summary: vec![format!(
            "{} organisations: {}",
            d.organisations.len(),
            d.counts.line()
        )],
        listing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines as a shell reads them: a line ending in ` \` goes on
    /// with the next.
    fn logical(lines: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut carry = String::new();
        for l in lines {
            let l = l.trim();
            match l.strip_suffix(" \\") {
                Some(part) => {
                    carry.push_str(part);
                    carry.push(' ');
                }
                None => out.push(format!("{carry}{l}")),
            }
            if !l.ends_with(" \\") {
                carry.clear();
            }
        }
        out
    }

    /// Laid out as printed plainly, and with the options the printer adds
    /// for `--sandbox --home DIR`: within 80 columns, commands whole.
    #[track_caller]
    fn assert_whole(fix: &str, commands: &[&str]) {
        let c = Check::fail("jobadder.partner_action", "x".repeat(200), fix);
        let home = std::path::Path::new("/tmp/a-home-of-some-length");
        for invocation in [Invocation::default(), Invocation::new(true, Some(home))] {
            let lines = check_lines(&c, &invocation);
            for l in &lines {
                assert!(l.chars().count() <= WIDTH, "{l:?} is too wide for {WIDTH}");
            }
            let shown = logical(&lines);
            for command in commands {
                let command = invocation.apply(command);
                assert!(
                    shown.iter().any(|l| l.contains(command.as_ref())),
                    "{command:?} is broken in:\n{}",
                    lines.join("\n")
                );
            }
        }
    }

    #[test]
    fn lines_fit_80_columns_and_commands_stay_whole() {
        let unlink = "atslink integration unlink jobadder --org some-long-organisation-slug --yes";
        let link = "atslink integration link jobadder --org some-long-organisation-slug";
        assert_whole(
            &format!("re-register it: `{unlink}`, then `{link}`"),
            &[unlink, link],
        );
        let on = "atslink flare auto on --org acme --public-url http://127.0.0.1:41234 --trigger placement --trigger candidate";
        assert_whole(
            &format!(
                "re-enable it now: `{on}`; a running `atslink serve` re-enables it within 5 minutes and back-fills the placements missed"
            ),
            &[on, "`atslink serve`"],
        );
        // Short enough for the prose: it stays in it, in its quotes.
        let refresh = "atslink token refresh --org acme --provider jobadder";
        assert_whole(refresh, &[refresh]);
        assert_whole(
            "set the URL (`atslink provider set jobadder --partner-action-url URL`), then re-register it",
            &[
                "atslink provider set jobadder --partner-action-url URL",
                "re-register it",
            ],
        );
        let lines = fix_lines("in Flare, add \"A\" to `atslink org list`; then go");
        assert_eq!(
            lines,
            ["in Flare, add \"A\" to `atslink org list`; then go"]
        );
    }
}
