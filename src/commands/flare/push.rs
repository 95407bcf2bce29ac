//! `flare push`: JobAdder candidates and placements into Flare as people
//! with status `candidate`, once only, with a note written back to
//! JobAdder and every attempt in the ledger.

use serde::Serialize;

use super::map::{self, Mapped};
use super::target::{self, Subject};
use super::{Prefetched, Session, org};
use crate::cli::FlarePushArgs;
use crate::clock;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Human, Listing, Output, Progress};
use crate::providers::ClientError;
use crate::providers::flare::NewPerson;
use crate::providers::jobadder::{Candidate, Placement};
use crate::state::NewPush;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    /// The email is already in Flare: people are transferred once only.
    Duplicate,
    /// Already pushed successfully (per the ledger); Flare not called.
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
    dry_run: bool,
    summary: Summary,
    rows: Vec<Row>,
}

pub fn run(ctx: &mut Context, args: FlarePushArgs) -> Result<Output> {
    let org = org(ctx)?;
    let mut s = Session::open(ctx, org)?;
    // Fetched on first need: a run that only skips never calls Flare.
    let mut reference = None;
    let single = args.since.is_none();
    let mut chosen = None;
    let targets: Vec<Target> = match (&args.candidate, &args.placement, &args.since) {
        (_, _, Some(since)) => {
            let placements = list_placements(ctx, &mut s, *since, args.page_size)?;
            // Read ahead (bounded) for the records not already pushed: those
            // are skipped without calling Flare at all.
            let pushed = already_pushed(ctx, &s, &placements)?;
            let todo: Vec<Placement> = placements
                .iter()
                .filter(|p| !pushed.contains(&p.candidate.candidate_id))
                .cloned()
                .collect();
            let mut ahead = s.prefetch(&todo, args.concurrency.into()).into_iter();
            placements
                .into_iter()
                .map(|p| {
                    let pre = if pushed.contains(&p.candidate.candidate_id) {
                        Prefetched::default()
                    } else {
                        ahead.next().unwrap_or_default()
                    };
                    Target::Loaded(Box::new(p), pre)
                })
                .collect()
        }
        _ => {
            let (t, why) = single_target(ctx, &mut s, &args)?;
            chosen = why;
            vec![t]
        }
    };
    let progress = Progress::new(&ctx.printer, targets.len() as u64, "pushing");
    let mut rows = Vec::new();
    for t in targets {
        rows.push(push_one(ctx, &mut s, t, &mut reference, args.dry_run));
        progress.inc(1);
    }
    progress.finish();
    if let (Some(why), Some(row)) = (chosen, rows.first_mut()) {
        row.warnings.insert(0, why);
    }

    for r in &rows {
        for w in &r.warnings {
            ctx.printer
                .warn(&format!("candidate {}: {w}", r.candidate_id));
        }
        if let Some(n) = r.note.as_deref().filter(|n| *n != "written") {
            ctx.printer.warn(&format!(
                "candidate {}: the JobAdder note was not written: {n}",
                r.candidate_id
            ));
        }
    }
    if single {
        let r = &rows[0];
        match r.result {
            Outcome::Skipped => {
                return Err(Error::conflict(format!(
                    "candidate {} was {}; a person is transferred only once",
                    r.candidate_id,
                    r.detail.as_deref().unwrap_or("already pushed")
                ))
                .with_hint(format!(
                    "`atslink flare diagnose --org {} --candidate {}` shows the history",
                    s.org.slug, r.candidate_id
                )));
            }
            Outcome::Duplicate => {
                return Err(Error::conflict(format!(
                    "{} is already in Flare (person {}): a person is transferred only once, and atslink never updates Flare records",
                    r.email.as_deref().unwrap_or("the candidate"),
                    r.flare_person_id.as_deref().unwrap_or("?")
                ))
                .with_hint("if the Flare record is wrong, correct it in Flare"));
            }
            Outcome::Failed => {
                return Err(Error::new(
                    r.kind.unwrap_or(ErrorKind::Failure),
                    r.error.clone().unwrap_or_else(|| "the push failed".into()),
                )
                .with_hint(format!(
                    "`atslink flare diagnose --org {} --candidate {}` runs every check",
                    s.org.slug, r.candidate_id
                )));
            }
            _ => {}
        }
    }
    let mut summary = Summary::default();
    for r in &rows {
        match r.result {
            Outcome::Created => summary.created += 1,
            Outcome::Duplicate => summary.duplicate += 1,
            Outcome::Skipped => summary.skipped += 1,
            Outcome::Failed => summary.failed += 1,
            Outcome::WouldCreate => summary.would_create += 1,
        }
    }
    let status = format!(
        "{}{} created, {} duplicate, {} skipped, {} failed{}",
        if args.dry_run {
            "Dry run, nothing changed: "
        } else {
            ""
        },
        if args.dry_run {
            summary.would_create
        } else {
            summary.created
        },
        summary.duplicate,
        summary.skipped,
        summary.failed,
        if args.dry_run { " (would be)" } else { "" }
    );
    let failed = summary.failed > 0;
    let report = Report {
        organisation: s.org.slug.clone(),
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

/// Candidates the ledger already records as created in Flare.
fn already_pushed(
    ctx: &mut Context,
    s: &Session,
    placements: &[Placement],
) -> Result<std::collections::HashSet<i64>> {
    let mut out = std::collections::HashSet::new();
    let read = ctx.state()?.read();
    for p in placements {
        let id = p.candidate.candidate_id;
        if read
            .pushes_for_candidate(s.org.id, id)?
            .iter()
            .any(|h| h.outcome == "created")
        {
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

/// One record, end to end. Never returns early without a row: every
/// attempt is reported (and, unless a dry run, recorded).
pub fn push_one(
    ctx: &mut Context,
    s: &mut Session,
    target: Target,
    reference: &mut Option<crate::providers::flare::Reference>,
    dry_run: bool,
) -> Row {
    let (candidate_id, placement, pre) = match target {
        Target::Candidate(id) => (id, None, Prefetched::default()),
        Target::Loaded(p, pre) => (p.candidate.candidate_id, Some(*p), pre),
    };
    let placement_id = placement.as_ref().map(|p| p.placement_id);
    let mut row = blank(candidate_id, placement_id);
    if let Some(p) = &placement {
        row.email = p.candidate.email.clone();
        row.name = join_name(
            p.candidate.first_name.as_deref(),
            p.candidate.last_name.as_deref(),
        );
    }

    // Already pushed successfully: skip without calling Flare.
    if let Ok(history) = ctx
        .state()
        .and_then(|st| st.read().pushes_for_candidate(s.org.id, candidate_id))
        && let Some(done) = history.iter().rev().find(|h| h.outcome == "created")
    {
        row.result = Outcome::Skipped;
        row.flare_person_id = done.flare_person_id.clone();
        row.error = None;
        row.warnings = vec![];
        row.note = None;
        if !dry_run {
            record(ctx, s, &row, &[]);
        }
        row.detail = Some(format!(
            "already pushed on {} as Flare person {}",
            done.at,
            done.flare_person_id.as_deref().unwrap_or("?")
        ));
        return row;
    }

    let read = match pre.candidate {
        Some(c) => Ok(c),
        None => s.ja(ctx, "reading the JobAdder candidate", |s, api, tok| {
            s.rt.block_on(s.ja.candidate(api, tok, candidate_id))
        }),
    };
    let candidate: Candidate = match read {
        Ok(c) => c,
        Err(e) => {
            let found = !matches!(e, ClientError::NotFound(_));
            return fail(
                ctx,
                s,
                &mut row,
                e.into_error(&format!("reading JobAdder candidate {candidate_id}")),
                dry_run,
                found,
            );
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
    let Some(email) = row.email.clone() else {
        return fail(
            ctx,
            s,
            &mut row,
            Error::usage(format!("JobAdder candidate {candidate_id} has no email address, and Flare identifies people by email"))
                .with_hint("add the email in JobAdder, then push again"),
            dry_run,
            true,
        );
    };

    let looked_up = match pre.people {
        Some(p) => Ok(p),
        None => s.fl(ctx, "looking the email up in Flare", |s, api, key| {
            s.rt.block_on(s.fl.people_by_email(api, key, &email))
        }),
    };
    match looked_up {
        Ok(found) if !found.is_empty() => {
            row.result = Outcome::Duplicate;
            row.flare_person_id = Some(found[0].person_id.clone());
            if !dry_run {
                let text = format!(
                    "Flare: not transferred. {email} already exists in Flare (person {}); a person can be transferred only once.",
                    found[0].person_id
                );
                let id = record(ctx, s, &row, &[]);
                write_notes(ctx, s, &mut row, id, &text);
            }
            return row;
        }
        Ok(_) => {}
        Err(e) => {
            return fail(
                ctx,
                s,
                &mut row,
                e.into_error("looking the email up in Flare"),
                dry_run,
                true,
            );
        }
    }

    if reference.is_none() {
        match s.fl(ctx, "reading Flare's reference data", |s, api, key| {
            s.rt.block_on(s.fl.reference(api, key))
        }) {
            Ok(r) => *reference = Some(r),
            Err(e) => {
                let e = e.into_error("reading Flare's reference data");
                return fail(ctx, s, &mut row, e, dry_run, true);
            }
        }
    }
    let reference = reference.as_ref().expect("fetched above");
    let mapped = map::map(
        &candidate,
        placement.as_ref(),
        reference,
        &s.cost_centre_field,
    );
    row.warnings = mapped.warnings.clone();
    if dry_run {
        row.result = Outcome::WouldCreate;
        row.would_send = Some(mapped.person.clone());
        row.mapping = Some(mapped);
        return row;
    }
    let created = s.fl(ctx, "creating the Flare person", |s, api, key| {
        s.rt.block_on(s.fl.create_person(api, key, &mapped.person))
    });
    row.mapping = Some(mapped);
    match created {
        Ok(person) => {
            row.result = Outcome::Created;
            row.flare_person_id = Some(person.person_id.clone());
            let warnings = row.warnings.clone();
            let id = record(ctx, s, &row, &warnings);
            let mut text = format!(
                "Flare: created as person {} (status Candidate; promote to Recruit in Flare to start onboarding).",
                person.person_id
            );
            if !warnings.is_empty() {
                text.push_str(&format!(" Mapping: {}.", warnings.join("; ")));
            }
            write_notes(ctx, s, &mut row, id, &text);
            row
        }
        Err(ClientError::Conflict(_)) => {
            // Someone else created the email between our look-up and now.
            row.result = Outcome::Duplicate;
            let id = record(ctx, s, &row, &[]);
            write_notes(
                ctx,
                s,
                &mut row,
                id,
                &format!(
                    "Flare: not transferred. {email} already exists in Flare; a person can be transferred only once."
                ),
            );
            row
        }
        Err(e) => fail(
            ctx,
            s,
            &mut row,
            e.into_error("creating the Flare person"),
            false,
            true,
        ),
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

/// Records a failed attempt and (when the candidate exists) says so in
/// JobAdder.
fn fail(
    ctx: &mut Context,
    s: &mut Session,
    row: &mut Row,
    e: Error,
    dry_run: bool,
    candidate_exists: bool,
) -> Row {
    row.result = Outcome::Failed;
    row.kind = Some(e.kind);
    row.error = Some(e.message.clone());
    if !dry_run && row.candidate_id != 0 {
        let id = record(ctx, s, row, &row.warnings.clone());
        if candidate_exists {
            write_notes(
                ctx,
                s,
                row,
                id,
                &format!("Flare: transfer failed: {}", e.message),
            );
        }
    }
    std::mem::replace(row, blank(0, None))
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

/// The only data sent back to JobAdder: success or failure, as a note on
/// the candidate (and the placement), flagged as created by an integration.
fn write_notes(ctx: &mut Context, s: &mut Session, row: &mut Row, push_id: i64, text: &str) {
    let mut targets = vec![("candidates", row.candidate_id)];
    if let Some(p) = row.placement_id {
        targets.push(("placements", p));
    }
    let mut problems = Vec::new();
    for (kind, id) in targets {
        if let Err(e) = s.ja(ctx, "writing the JobAdder note", |s, api, tok| {
            s.rt.block_on(s.ja.add_note(api, tok, kind, id, text))
        }) {
            problems.push(format!("{kind}/{id}: {e}"));
        }
    }
    let note = if problems.is_empty() {
        "written".to_string()
    } else {
        problems.join("; ")
    };
    if push_id != 0 {
        let _ = ctx
            .state()
            .and_then(|st| st.write(|tx| tx.record_push_note(push_id, &note)));
    }
    row.note = Some(note);
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
