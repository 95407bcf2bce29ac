//! `flare push`: JobAdder candidates and placements into Flare as people
//! with status `candidate`, once only, with a note written back to
//! JobAdder and every attempt in the ledger.

use serde::Serialize;

use super::batch::{self, BatchLock};
use super::map::{self, Mapped};
use super::notes::{self, Note};
use super::pace::Pace;
use super::target::{self, Subject};
use super::{Prefetched, Session, org};
use crate::cli::FlarePushArgs;
use crate::clock;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Human, Listing, Output};
use crate::providers::ClientError;
use crate::providers::flare::NewPerson;
use crate::providers::jobadder::{Candidate, Placement};
use crate::state::{NewPush, PushRecord};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    /// The email is already in Flare: people are transferred once only.
    Duplicate,
    /// Already in Flare per the ledger (pushed, or found there before),
    /// or a failure to retry only with `--retry-failed`; Flare not called.
    Skipped,
    Failed,
    /// `--dry-run`: would be created.
    WouldCreate,
}

#[derive(Debug, Serialize)]
pub struct Row {
    pub candidate_id: i64,
    pub placement_id: Option<i64>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub result: Outcome,
    pub flare_person_id: Option<String>,
    pub warnings: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Why a record was skipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// `written`, or why the JobAdder note failed; absent when none was due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mapping: Option<Mapped>,
    /// With `--dry-run`: exactly what would be sent to Flare.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub would_send: Option<NewPerson>,
    #[serde(skip)]
    kind: Option<ErrorKind>,
}

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

/// How records are pushed in this run.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub dry_run: bool,
    /// Part of a `--since` batch: a record whose last failure was its own
    /// (not transient) is skipped unless `retry_failed`.
    pub batch: bool,
    pub retry_failed: bool,
    /// `--require-match`: refuse a record whose location or legal entity
    /// would fall back to the account's default.
    pub require_match: bool,
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
    s.pace = Some(pace.clone());
    // Flare's client retries under the HTTP policy; its waits show too.
    s.fl = crate::providers::flare::Client::new(pace.observe(ctx.http(), "Flare"));
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
            r.kind.unwrap_or(ErrorKind::Failure),
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

pub enum Target {
    /// A candidate without a placement.
    Candidate(i64),
    /// A listed placement, with what was read ahead for it.
    Loaded(Box<Placement>, Prefetched),
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
    let subject = Subject {
        command: "push",
        candidate: args.candidate,
        placement: args.placement,
        email: args.email.clone(),
        name: args.name.clone(),
    };
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

/// Failures a rerun retries by itself: the provider was busy or the link
/// needed fixing, nothing about the record. Failures recorded before the
/// kind was kept are retried too, as they always were.
fn transient(kind: Option<&str>) -> bool {
    kind.is_none_or(|k| k == ErrorKind::Unavailable.code() || k == ErrorKind::Auth.code())
}

/// Why the ledger says not to push this candidate now, if it does: the
/// Flare person id (when known) and the reason shown as the row's detail.
fn verdict(history: &[PushRecord], opts: Options) -> Option<(Option<String>, String)> {
    if let Some(done) = history.iter().rev().find(|h| h.outcome == "created") {
        return Some((
            done.flare_person_id.clone(),
            format!(
                "already pushed on {} as Flare person {}",
                done.at,
                done.flare_person_id.as_deref().unwrap_or("?")
            ),
        ));
    }
    if let Some(dup) = history.iter().rev().find(|h| h.outcome == "duplicate") {
        return Some((
            dup.flare_person_id.clone(),
            format!(
                "already in Flare (person {}, found on {})",
                dup.flare_person_id.as_deref().unwrap_or("?"),
                dup.at
            ),
        ));
    }
    let last = history.iter().rev().find(|h| h.outcome != "skipped")?;
    if opts.batch
        && !opts.retry_failed
        && last.outcome == "failed"
        && !transient(last.error_kind.as_deref())
    {
        return Some((
            None,
            format!(
                "failed on {}: {}; rerun with --retry-failed to try again",
                last.at,
                last.error.as_deref().unwrap_or("unknown error")
            ),
        ));
    }
    None
}

/// The latest `created` attempt, if its note was never written.
fn unnoted(history: &[PushRecord]) -> Option<&PushRecord> {
    history
        .iter()
        .rev()
        .find(|h| h.outcome == "created")
        .filter(|h| {
            !h.note
                .as_deref()
                .is_some_and(|n| n == notes::WRITTEN || n == notes::ALREADY_WRITTEN)
        })
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

/// `flare push --placement ID` for one placement, without the command's
/// reporting: what `atslink serve` runs for each `placement_approved`
/// webhook event, so both go through the same steps (ledger, once-only by
/// email and source reference, mapping, JobAdder note).
pub fn push_placement(ctx: &mut Context, s: &mut Session, placement_id: i64) -> Result<Row> {
    let subject = Subject {
        command: "push",
        candidate: None,
        placement: Some(placement_id),
        email: None,
        name: None,
    };
    push_resolved(ctx, s, &subject)
}

/// One record as `flare push` names it, without the command's reporting.
fn push_resolved(ctx: &mut Context, s: &mut Session, subject: &Subject) -> Result<Row> {
    let r = target::resolve(ctx, s, subject)?;
    let t = match r.placement {
        Some(p) => Target::Loaded(Box::new(p), Prefetched::default()),
        None => Target::Candidate(r.candidate_id),
    };
    let opts = Options {
        dry_run: false,
        batch: false,
        retry_failed: false,
        require_match: false,
    };
    Ok(push_one(ctx, s, t, &mut None, opts))
}

/// `flare push --candidate ID` for one candidate (with their latest
/// placement selected for onboarding export): what `serve` runs when the
/// "Send to Flare" button is pressed on a candidate.
pub fn push_candidate(ctx: &mut Context, s: &mut Session, candidate_id: i64) -> Result<Row> {
    let subject = Subject {
        command: "push",
        candidate: Some(candidate_id),
        placement: None,
        email: None,
        name: None,
    };
    push_resolved(ctx, s, &subject)
}

impl Row {
    /// A failed row's error kind (`unavailable` and `auth` are transient).
    pub fn kind(&self) -> Option<ErrorKind> {
        self.kind
    }
}

/// A step of one record's push either hands on what it found, or ends the
/// record: the row then holds the outcome, already recorded and noted as
/// the outcome needs.
type Step<T> = std::result::Result<T, Ended>;

/// The record's outcome is in its row; nothing more to do.
struct Ended;

/// One record, end to end. Never returns early without a row: every
/// attempt is reported (and, unless a dry run, recorded).
pub fn push_one(
    ctx: &mut Context,
    s: &mut Session,
    target: Target,
    reference: &mut Option<crate::providers::flare::Reference>,
    opts: Options,
) -> Row {
    let (candidate_id, placement, pre) = match target {
        Target::Candidate(id) => (id, None, Prefetched::default()),
        Target::Loaded(p, pre) => (p.candidate.candidate_id, Some(*p), pre),
    };
    let mut row = blank(candidate_id, placement.as_ref().map(|p| p.placement_id));
    if let Some(p) = &placement {
        row.email = p.candidate.email.clone();
        row.name = join_name(
            p.candidate.first_name.as_deref(),
            p.candidate.last_name.as_deref(),
        );
    }
    let record = Record {
        candidate_id,
        placement,
        pre,
        opts,
    };
    // Either way the row now says how it went.
    let (Ok(()) | Err(Ended)) = push_steps(ctx, s, &mut row, record, reference);
    row
}

/// What one push works on.
struct Record {
    candidate_id: i64,
    placement: Option<Placement>,
    pre: Prefetched,
    opts: Options,
}

/// The procedure, top-down: settled by the ledger? read the candidate;
/// an email? already in Flare? map; refuse a fallback if asked; create.
fn push_steps(
    ctx: &mut Context,
    s: &mut Session,
    row: &mut Row,
    r: Record,
    reference: &mut Option<crate::providers::flare::Reference>,
) -> Step<()> {
    let dry_run = r.opts.dry_run;
    skip_if_settled(ctx, s, row, r.candidate_id, r.opts)?;
    let candidate = read_candidate(ctx, s, row, r.candidate_id, r.pre.candidate, dry_run)?;
    let email = require_email(ctx, s, row, r.candidate_id, dry_run)?;
    let ours = s.source_reference(r.candidate_id);
    let own = look_up_email(ctx, s, row, &email, &ours, r.pre.people, dry_run)?;
    let reference = reference_data(ctx, s, row, reference, dry_run)?;
    let mut mapped = map::map(
        &candidate,
        r.placement.as_ref(),
        reference,
        &s.cost_centre_field,
    );
    mapped.person.source.reference = Some(ours.clone());
    row.warnings = mapped.warnings.clone();
    if let Some(person) = own {
        row.mapping = Some(mapped);
        row.detail = Some("created by an earlier run that did not get to record it".into());
        created(ctx, s, row, &person.person_id, dry_run);
        return Ok(());
    }
    if r.opts.require_match
        && let Some(misses) = unmatched(&mapped, r.placement.is_some())
    {
        let e = Error::usage(format!(
            "refused by --require-match: {}",
            misses.join("; ")
        ))
        .with_hint("add the missing location or legal entity in Flare (or correct the placement in JobAdder), then push again; `atslink flare mapping` shows every mismatch");
        row.detail = Some("refused: --require-match".into());
        row.mapping = Some(mapped);
        return Err(fail(ctx, s, row, e, dry_run, Some(Note::refused(&misses))));
    }
    if dry_run {
        row.result = Outcome::WouldCreate;
        row.would_send = Some(mapped.person.clone());
        row.mapping = Some(mapped);
        return Ok(());
    }
    create(ctx, s, row, mapped, &email, &ours);
    Ok(())
}

/// Settled by the ledger: skipped without calling Flare or JobAdder; a
/// success whose note never got written gets it now.
fn skip_if_settled(
    ctx: &mut Context,
    s: &mut Session,
    row: &mut Row,
    candidate_id: i64,
    opts: Options,
) -> Step<()> {
    let Ok(history) = ctx
        .state()
        .and_then(|st| st.read().pushes_for_candidate(s.org.id, candidate_id))
    else {
        return Ok(());
    };
    let Some((person, why)) = verdict(&history, opts) else {
        return Ok(());
    };
    row.result = Outcome::Skipped;
    row.flare_person_id = person;
    row.error = None;
    row.warnings = vec![];
    row.note = None;
    if !opts.dry_run {
        record(ctx, s, row, &[]);
        // A run stopped between recording the person and writing its
        // note (or whose note failed) left JobAdder uninformed: write
        // the same note now; its key keeps it once-only.
        if let Some(done) = unnoted(&history) {
            let note = Note::created(
                done.flare_person_id.as_deref().unwrap_or("?"),
                &done.warnings,
            );
            notes::write(ctx, s, row, done.id, &note);
        }
    }
    row.detail = Some(why);
    Err(Ended)
}

/// The candidate (read ahead, or now); their name and email fill the row.
fn read_candidate(
    ctx: &mut Context,
    s: &mut Session,
    row: &mut Row,
    candidate_id: i64,
    ahead: Option<Candidate>,
    dry_run: bool,
) -> Step<Candidate> {
    let read = match ahead {
        Some(c) => Ok(c),
        None => s.ja(ctx, "reading the JobAdder candidate", |s, api, tok| {
            s.rt.block_on(s.ja.candidate(api, tok, candidate_id))
        }),
    };
    let candidate = match read {
        Ok(c) => c,
        Err(e) => {
            // No note on a candidate that does not exist.
            let found = !matches!(e, ClientError::NotFound(_));
            let e = e.into_error(&format!("reading JobAdder candidate {candidate_id}"));
            let note = found.then(|| Note::failed(&e));
            return Err(fail(ctx, s, row, e, dry_run, note));
        }
    };
    row.name = join_name(
        candidate.first_name.as_deref(),
        candidate.last_name.as_deref(),
    )
    .or(row.name.take());
    row.email = candidate
        .email
        .clone()
        .filter(|e| !e.trim().is_empty())
        .or(row.email.take());
    Ok(candidate)
}

/// Flare identifies people by email: without one there is nothing to push.
fn require_email(
    ctx: &mut Context,
    s: &mut Session,
    row: &mut Row,
    candidate_id: i64,
    dry_run: bool,
) -> Step<String> {
    match row.email.clone() {
        Some(email) => Ok(email),
        None => Err(fail(
            ctx,
            s,
            row,
            Error::usage(format!("JobAdder candidate {candidate_id} has no email address, and Flare identifies people by email"))
                .with_hint("add the email in JobAdder, then push again"),
            dry_run,
            Some(Note::no_email()),
        )),
    }
}

/// Someone else's person with this email ends the record as a duplicate;
/// a person carrying our reference is this push's own, created by a run
/// that did not get to record it (killed, or racing this one), and is
/// handed on to be recorded as created, with its success note, once.
fn look_up_email(
    ctx: &mut Context,
    s: &mut Session,
    row: &mut Row,
    email: &str,
    ours: &str,
    ahead: Option<Vec<crate::providers::flare::Person>>,
    dry_run: bool,
) -> Step<Option<crate::providers::flare::Person>> {
    let looked_up = match ahead {
        Some(p) => Ok(p),
        None => s.fl(ctx, "looking the email up in Flare", |s, api, key| {
            s.rt.block_on(s.fl.people_by_email(api, key, email))
        }),
    };
    match looked_up {
        Ok(found) if found.iter().any(|p| p.has_reference(ours)) => {
            Ok(found.into_iter().find(|p| p.has_reference(ours)))
        }
        Ok(found) if !found.is_empty() => {
            row.result = Outcome::Duplicate;
            row.flare_person_id = Some(found[0].person_id.clone());
            if !dry_run {
                let note = Note::duplicate(email, Some(&found[0].person_id));
                let id = record(ctx, s, row, &[]);
                notes::write(ctx, s, row, id, &note);
            }
            Err(Ended)
        }
        Ok(_) => Ok(None),
        Err(e) => {
            let e = e.into_error("looking the email up in Flare");
            let note = Note::failed(&e);
            Err(fail(ctx, s, row, e, dry_run, Some(note)))
        }
    }
}

/// Flare's locations, legal entities, brands and defaults: read once per
/// run, on first need (a run that only skips never calls Flare).
fn reference_data<'r>(
    ctx: &mut Context,
    s: &mut Session,
    row: &mut Row,
    reference: &'r mut Option<crate::providers::flare::Reference>,
    dry_run: bool,
) -> Step<&'r crate::providers::flare::Reference> {
    if reference.is_none() {
        match s.fl(ctx, "reading Flare's reference data", |s, api, key| {
            s.rt.block_on(s.fl.reference(api, key))
        }) {
            Ok(r) => *reference = Some(r),
            Err(e) => {
                let e = e.into_error("reading Flare's reference data");
                let note = Note::failed(&e);
                return Err(fail(ctx, s, row, e, dry_run, Some(note)));
            }
        }
    }
    Ok(reference.as_ref().expect("fetched above"))
}

/// Creates the person. A 409 may be our own create answered too late (a
/// retried request) or made by another run, told apart by our reference;
/// otherwise the email appeared meanwhile and it is a duplicate.
fn create(
    ctx: &mut Context,
    s: &mut Session,
    row: &mut Row,
    mapped: Mapped,
    email: &str,
    ours: &str,
) {
    let created_now = s.fl(ctx, "creating the Flare person", |s, api, key| {
        s.rt.block_on(s.fl.create_person(api, key, &mapped.person))
    });
    row.mapping = Some(mapped);
    match created_now {
        Ok(person) => created(ctx, s, row, &person.person_id, false),
        Err(ClientError::Conflict(_)) => {
            if let Ok(found) = s.fl(ctx, "looking the email up in Flare", |s, api, key| {
                s.rt.block_on(s.fl.people_by_email(api, key, email))
            }) && let Some(p) = found.iter().find(|p| p.has_reference(ours))
            {
                created(ctx, s, row, &p.person_id, false);
                return;
            }
            row.result = Outcome::Duplicate;
            let id = record(ctx, s, row, &[]);
            notes::write(ctx, s, row, id, &Note::duplicate(email, None));
        }
        Err(e) => {
            let e = e.into_error("creating the Flare person");
            let note = Note::failed(&e);
            fail(ctx, s, row, e, false, Some(note));
        }
    }
}

/// What would fall back to a default, in words for both the person running
/// the push and the recruiter reading the note; `None` when all matched.
fn unmatched(m: &Mapped, has_placement: bool) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let what = |c: &map::Choice, field: &str, flare: &str| match &c.from {
        Some(name) => format!("the {field} \"{name}\" matches no Flare {flare}"),
        None if has_placement => {
            format!("the placement has no {field}, so no Flare {flare} matches")
        }
        None => format!("there is no placement, so no Flare {flare} matches"),
    };
    if m.location.how == "default" {
        out.push(what(&m.location, "workplace", "location"));
    }
    if m.legal_entity.how == "default" {
        out.push(what(&m.legal_entity, "company", "legal entity"));
    }
    (!out.is_empty()).then_some(out)
}

/// The person is in Flare because of this push: record it and say so.
fn created(ctx: &mut Context, s: &mut Session, row: &mut Row, person_id: &str, dry_run: bool) {
    row.result = Outcome::Created;
    row.flare_person_id = Some(person_id.to_string());
    if !dry_run {
        let warnings = row.warnings.clone();
        let id = record(ctx, s, row, &warnings);
        notes::write(ctx, s, row, id, &Note::created(person_id, &warnings));
    }
}

fn blank(candidate_id: i64, placement_id: Option<i64>) -> Row {
    Row {
        candidate_id,
        placement_id,
        name: None,
        email: None,
        result: Outcome::Failed,
        flare_person_id: None,
        warnings: Vec::new(),
        error: None,
        detail: None,
        note: None,
        mapping: None,
        would_send: None,
        kind: None,
    }
}

fn join_name(first: Option<&str>, last: Option<&str>) -> Option<String> {
    let n = format!("{} {}", first.unwrap_or(""), last.unwrap_or(""))
        .trim()
        .to_string();
    (!n.is_empty()).then_some(n)
}

/// Records a failed attempt and says so in JobAdder with `note` (none when
/// the candidate does not exist).
fn fail(
    ctx: &mut Context,
    s: &mut Session,
    row: &mut Row,
    e: Error,
    dry_run: bool,
    note: Option<Note>,
) -> Ended {
    row.result = Outcome::Failed;
    row.kind = Some(e.kind);
    row.error = Some(e.message.clone());
    if !dry_run && row.candidate_id != 0 {
        let id = record(ctx, s, row, &row.warnings.clone());
        if let Some(note) = note {
            notes::write(ctx, s, row, id, &note);
        }
    }
    Ended
}

/// Appends the attempt to the ledger; returns its id (0 if even that failed,
/// which is reported as a warning).
fn record(ctx: &mut Context, s: &Session, row: &Row, warnings: &[String]) -> i64 {
    let at = clock::format(ctx.clock.now());
    let outcome = match row.result {
        Outcome::Created => "created",
        Outcome::Duplicate => "duplicate",
        Outcome::Skipped => "skipped",
        Outcome::Failed | Outcome::WouldCreate => "failed",
    };
    let res = ctx.state().and_then(|st| {
        st.write(|tx| {
            tx.record_push(
                s.org.id,
                &NewPush {
                    at: &at,
                    candidate_id: row.candidate_id,
                    placement_id: row.placement_id,
                    email: row.email.as_deref(),
                    outcome,
                    flare_person_id: row.flare_person_id.as_deref(),
                    warnings,
                    error: row.error.as_deref(),
                    error_kind: row.kind.map(ErrorKind::code),
                },
            )
        })
    });
    match res {
        Ok(id) => id,
        Err(e) => {
            ctx.printer.warn(&format!(
                "could not record the push in the ledger: {}",
                e.message
            ));
            0
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(outcome: &str, kind: Option<&str>) -> PushRecord {
        PushRecord {
            id: 1,
            at: "2026-11-01T00:00:00Z".into(),
            candidate_id: 1,
            placement_id: None,
            email: None,
            outcome: outcome.into(),
            flare_person_id: (outcome != "failed").then(|| "fp-1".into()),
            warnings: vec![],
            error: kind.map(|k| format!("it failed ({k})")),
            error_kind: kind.map(str::to_string),
            note: None,
        }
    }

    const BATCH: Options = Options {
        dry_run: false,
        batch: true,
        retry_failed: false,
        require_match: false,
    };

    #[test]
    fn the_ledger_settles_pushed_duplicates_and_own_failures() {
        assert!(verdict(&[], BATCH).is_none());
        let (_, why) = verdict(&[attempt("duplicate", None)], BATCH).unwrap();
        assert!(why.starts_with("already in Flare (person fp-1"), "{why}");
        let (_, why) =
            verdict(&[attempt("created", None), attempt("skipped", None)], BATCH).unwrap();
        assert!(why.starts_with("already pushed"), "{why}");

        let own = [attempt("failed", Some("usage")), attempt("skipped", None)];
        let (_, why) = verdict(&own, BATCH).unwrap();
        assert!(why.contains("--retry-failed"), "{why}");
        let retry = Options {
            retry_failed: true,
            ..BATCH
        };
        assert!(verdict(&own, retry).is_none(), "--retry-failed retries");
        let single = Options {
            batch: false,
            ..BATCH
        };
        assert!(
            verdict(&own, single).is_none(),
            "one record is always retried"
        );

        for transient in ["unavailable", "auth"] {
            assert!(
                verdict(&[attempt("failed", Some(transient))], BATCH).is_none(),
                "{transient} is retried by itself"
            );
        }
        assert!(verdict(&[attempt("failed", None)], BATCH).is_none());
    }
}
