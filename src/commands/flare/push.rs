//! `flare push`: JobAdder candidates and placements into Flare as people
//! with status `candidate`, once only, with a note written back to
//! JobAdder and every attempt in the ledger.

use serde::Serialize;

use super::batch::{self, BatchLock};
use super::notes;
use super::pace::Pace;
use super::record::verdict;
pub use super::record::{Options, Outcome, Row, Target, push_one};
use super::target;
use super::{Prefetched, Session, org};
use crate::cli::FlarePushArgs;
use crate::clock;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Human, Listing, Output};
use crate::providers::jobadder::Placement;

#[derive(Debug, Default, Serialize)]
struct Summary {
    created: usize,
    duplicate: usize,
    skipped: usize,
    failed: usize,
    would_create: usize,
}

#[derive(Serialize)]
struct Report {
    organisation: String,
    /// A batch's start, resolved (`7d` and `last` become a time).
    #[serde(skip_serializing_if = "Option::is_none")]
    since: Option<String>,
    dry_run: bool,
    summary: Summary,
    rows: Vec<Row>,
}

pub fn run(ctx: &mut Context, args: FlarePushArgs) -> Result<Output> {
    let opts = Options {
        dry_run: args.dry_run,
        batch: args.since.is_some(),
        retry_failed: args.retry_failed,
        require_match: args.require_match,
    };
    let org = org(ctx)?;
    let started = ctx.clock.now();
    let since = match args.since {
        Some(since) => Some(batch::resolve_since(ctx, &org, since)?),
        None => None,
    };
    // A dry run changes nothing, so it needs no lock.
    let lock = if opts.batch && !opts.dry_run {
        Some(BatchLock::take(ctx, &org)?)
    } else {
        None
    };
    let mut s = Session::open(ctx, org)?;
    let pace = Pace::new(&ctx.printer, "listing JobAdder placements");
    s.show_waits_on(ctx, &pace);
    let (targets, chosen) = match since {
        Some(since) => (batch_targets(ctx, &mut s, &pace, since, &args, opts)?, None),
        None => {
            let (t, why) = single_target(ctx, &mut s, &args)?;
            (vec![t], why)
        }
    };
    pace.stage("pushing", targets.len() as u64);
    // Fetched on first need: a run that only skips never calls Flare.
    let mut reference = None;
    let mut rows = Vec::new();
    for t in targets {
        rows.push(push_one(ctx, &mut s, t, &mut reference, opts));
        pace.inc();
        if let Some(l) = &lock {
            l.renew(ctx);
        }
    }
    pace.finish();
    if let (Some(why), Some(row)) = (chosen, rows.first_mut()) {
        row.warnings.insert(0, why);
    }
    warn_rows(ctx, &rows);
    if since.is_none() {
        single_outcome(&s, &rows[0])?;
    }
    let summary = Summary::of(&rows);
    let status = summary.status(args.dry_run);
    let failed = summary.failed > 0;
    if lock.is_some() && !failed {
        batch::save_checkpoint(ctx, s.org.id, started);
    }
    let report = Report {
        organisation: s.org.slug.clone(),
        since: since.map(clock::format),
        dry_run: args.dry_run,
        summary,
        rows,
    };
    let mut out = Output::lazy(report, table).with_status(status);
    if failed {
        out = out.with_exit(ErrorKind::Partial);
    }
    Ok(out)
}

/// The placements approved or created since `since` and selected for
/// onboarding export, each with what was read ahead (bounded) for it.
/// Records the ledger has settled are skipped without calling Flare, so
/// nothing is read ahead for them.
fn batch_targets(
    ctx: &mut Context,
    s: &mut Session,
    pace: &Pace,
    since: time::OffsetDateTime,
    args: &FlarePushArgs,
    opts: Options,
) -> Result<Vec<Target>> {
    let placements = list_placements(ctx, s, since, args.page_size)?;
    let pushed = settled(ctx, s, &placements, opts)?;
    let todo: Vec<Placement> = placements
        .iter()
        .filter(|p| !pushed.contains(&p.candidate.candidate_id))
        .cloned()
        .collect();
    pace.stage("reading ahead", todo.len() as u64);
    let mut ahead = s.prefetch(&todo, args.concurrency.into()).into_iter();
    Ok(placements
        .into_iter()
        .map(|p| {
            let pre = if pushed.contains(&p.candidate.candidate_id) {
                Prefetched::default()
            } else {
                ahead.next().unwrap_or_default()
            };
            Target::Loaded(Box::new(p), pre)
        })
        .collect())
}

/// Each row's mapping warnings, and notes that could not be written, on
/// stderr where the person running the push sees them.
fn warn_rows(ctx: &Context, rows: &[Row]) {
    for r in rows {
        for w in &r.warnings {
            ctx.printer
                .warn(&format!("candidate {}: {w}", r.candidate_id));
        }
        if let Some(n) = r
            .note
            .as_deref()
            .filter(|n| ![notes::WRITTEN, notes::ALREADY_WRITTEN].contains(n))
        {
            ctx.printer.warn(&format!(
                "candidate {}: the JobAdder note was not written: {n}",
                r.candidate_id
            ));
        }
    }
}

/// A single record that did not go through is the command's error: a
/// conflict when it was pushed before or is already in Flare.
fn single_outcome(s: &Session, r: &Row) -> Result<()> {
    match r.result {
        Outcome::Skipped => Err(Error::conflict(format!(
            "candidate {} was {}; a person is transferred only once",
            r.candidate_id,
            r.detail.as_deref().unwrap_or("already pushed")
        ))
        .with_hint(format!(
            "`atslink flare diagnose --org {} --candidate {}` shows the history",
            s.org.slug, r.candidate_id
        ))),
        Outcome::Duplicate => Err(Error::conflict(format!(
            "{} is already in Flare (person {}): a person is transferred only once, and atslink never updates Flare records",
            r.email.as_deref().unwrap_or("the candidate"),
            r.flare_person_id.as_deref().unwrap_or("?")
        ))
        .with_hint("if the Flare record is wrong, correct it in Flare")),
        Outcome::Failed => Err(Error::new(
            r.kind().unwrap_or(ErrorKind::Failure),
            r.error.clone().unwrap_or_else(|| "the push failed".into()),
        )
        .with_hint(format!(
            "`atslink flare diagnose --org {} --candidate {}` runs every check",
            s.org.slug, r.candidate_id
        ))),
        Outcome::Created | Outcome::WouldCreate => Ok(()),
    }
}

impl Summary {
    fn of(rows: &[Row]) -> Summary {
        let mut summary = Summary::default();
        for r in rows {
            match r.result {
                Outcome::Created => summary.created += 1,
                Outcome::Duplicate => summary.duplicate += 1,
                Outcome::Skipped => summary.skipped += 1,
                Outcome::Failed => summary.failed += 1,
                Outcome::WouldCreate => summary.would_create += 1,
            }
        }
        summary
    }

    fn status(&self, dry_run: bool) -> String {
        if dry_run {
            format!(
                "Dry run, nothing changed: {} created, {} duplicate, {} skipped, {} failed (would be)",
                self.would_create, self.duplicate, self.skipped, self.failed
            )
        } else {
            format!(
                "{} created, {} duplicate, {} skipped, {} failed",
                self.created, self.duplicate, self.skipped, self.failed
            )
        }
    }
}

/// The one record `--candidate`, `--placement`, `--email` or `--name`
/// names, with the candidate's latest placement selected for onboarding
/// export (its workplace and company decide the mapping); and, when the
/// candidate has placements but none is selected, a warning saying so.
fn single_target(
    ctx: &mut Context,
    s: &mut Session,
    args: &FlarePushArgs,
) -> Result<(Target, Option<String>)> {
    let subject = args.subject.subject("push");
    let r = target::resolve(ctx, s, &subject)?;
    let why = (r.pick.how == "none_selected").then(|| r.pick.describe(r.candidate_id));
    Ok(match r.placement {
        Some(p) => (Target::Loaded(Box::new(p), Prefetched::default()), why),
        None => (Target::Candidate(r.candidate_id), why),
    })
}

/// Candidates the ledger has settled: pushed, already in Flare, or failed
/// for a reason a rerun alone cannot fix. A batch skips them without
/// reading anything ahead.
fn settled(
    ctx: &mut Context,
    s: &Session,
    placements: &[Placement],
    opts: Options,
) -> Result<std::collections::HashSet<i64>> {
    let mut out = std::collections::HashSet::new();
    let read = ctx.state()?.read();
    for p in placements {
        let id = p.candidate.candidate_id;
        if verdict(&read.pushes_for_candidate(s.org.id, id)?, opts).is_some() {
            out.insert(id);
        }
    }
    Ok(out)
}

/// Placements created or approved since `since` that are selected for
/// onboarding export, through every page.
fn list_placements(
    ctx: &mut Context,
    s: &mut Session,
    since: time::OffsetDateTime,
    page_size: u16,
) -> Result<Vec<Placement>> {
    let since = format!(">={}", clock::format(since));
    let mut seen = std::collections::BTreeMap::new();
    for filter in ["CreatedAt", "ApprovedAt"] {
        for p in s.all_placements(
            ctx,
            &[(filter, &since), ("Export", "onboarding")],
            page_size,
        )? {
            if p.export.onboarding {
                seen.insert(p.placement_id, p);
            }
        }
    }
    Ok(seen.into_values().collect())
}

fn table(r: Report) -> Human {
    let mut listing = Listing::new(&[
        "candidate",
        "placement",
        "name",
        "email",
        "result",
        "flare id",
        "warnings",
        "note",
    ]);
    for row in &r.rows {
        listing.row(vec![
            row.candidate_id.to_string(),
            row.placement_id
                .map(|p| p.to_string())
                .unwrap_or_else(|| "-".into()),
            row.name.clone().unwrap_or_else(|| "-".into()),
            row.email.clone().unwrap_or_else(|| "-".into()),
            match (&row.result, &row.error) {
                (Outcome::Failed, Some(e)) => format!("failed: {e}"),
                (Outcome::WouldCreate, _) => "would create".into(),
                (o, _) => serde_json::to_value(o)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
            },
            row.flare_person_id.clone().unwrap_or_else(|| "-".into()),
            row.warnings.len().to_string(),
            row.note.clone().unwrap_or_else(|| "-".into()),
        ]);
    }
    Human::Table {
        summary: Vec::new(),
        listing,
    }
}
