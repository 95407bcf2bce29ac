//! `org check`: the onboarding readiness report a CS agent runs before the
//! live session and support runs first on every ticket. Every check of
//! `checks` for one organisation (grouped, one line of evidence each, the
//! fix on anything short of a pass), or with `--all-orgs` one line per
//! organisation. Exit 0 when nothing blocks, 1 when something does, 7 when
//! a provider could not be reached (its checks unknown, never passed).

use serde::Serialize;

use crate::checks::run::{OrgReport, check_orgs};
use crate::checks::{Check, Counts, Group, Status};
use crate::cli::{CheckGroup, OrgCheckArgs};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Human, Listing, Output, Tone};

/// Human lines stay inside this many columns.
const WIDTH: usize = 80;
const FIX_WIDTH: usize = 56;

pub fn run(ctx: &mut Context, args: OrgCheckArgs) -> Result<Output> {
    let only = args.only.map(group);
    let concurrency = usize::from(args.concurrency);
    if args.all_orgs {
        let orgs = ctx.state()?.read().orgs()?;
        let reports = check_orgs(ctx, orgs, only, false, concurrency)?;
        return Ok(all_orgs(reports));
    }
    let slug = ctx.org_slug(args.slug.as_deref())?;
    let org = ctx.require_org(&slug)?;
    let report = check_orgs(ctx, vec![org], only, true, concurrency)?
        .pop()
        .expect("one organisation in, one report out");
    let failure = failure(&report);
    let out = Output::lazy(report, human);
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
fn failure(r: &OrgReport) -> Option<Error> {
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

/// Wraps at spaces into lines of at most `max` characters (a word longer
/// than that, such as a URL, stays whole on its own line: a command is
/// never cut).
fn wrap(text: &str, max: usize) -> Vec<String> {
    wrap_from(text, max, max)
}

/// As `wrap`, with a first line of its own width.
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

fn check_lines(c: &Check) -> Vec<String> {
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
        // Room is left for the global options the printer adds to every
        // command shown (` --sandbox`, ` --home DIR`).
        for (i, l) in wrap(fix, FIX_WIDTH).into_iter().enumerate() {
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

fn human(r: OrgReport) -> Human {
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
        for (i, l) in check_lines(c).into_iter().enumerate() {
            lines.push(if i == 0 {
                (tone(c.status), l)
            } else {
                plain(l)
            });
        }
    }
    if !r.not_linked.is_empty() {
        lines.push(plain(String::new()));
        lines.push(plain(format!("Not linked: {}", r.not_linked.join(", "))));
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

    #[test]
    fn lines_fit_80_columns_and_commands_stay_whole() {
        let c = Check::fail(
            "jobadder.partner_action",
            "x".repeat(200),
            "re-register it: `atslink integration unlink jobadder --org some-long-organisation-slug --yes`, then `atslink integration link jobadder --org some-long-organisation-slug`",
        );
        let lines = check_lines(&c);
        for l in &lines {
            assert!(l.chars().count() <= WIDTH, "{l:?} is wider than {WIDTH}");
        }
        let joined = lines[1..]
            .iter()
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            joined.contains("--org some-long-organisation-slug --yes`"),
            "{joined}"
        );
    }
}
