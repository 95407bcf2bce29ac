//! One record's push, end to end: settled by the ledger? read the
//! candidate; an email? already in Flare (someone else's person, or this
//! push's own from a run that died)? map; refuse a fallback if asked;
//! create; note the outcome in JobAdder once; record the attempt. Shared by
//! `flare push` (one record or a batch) and `serve`'s webhook worker.

use serde::Serialize;

use super::map::{self, Mapped};
use super::notes::{self, Note};
use super::target::{self, Subject};
use super::{Prefetched, Session};
use crate::clock;
use crate::error::{Error, ErrorKind};
use crate::providers::ClientError;
use crate::providers::flare::NewPerson;
use crate::providers::jobadder::{Candidate, Placement};
use crate::services::Services;
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

pub enum Target {
    /// A candidate without a placement.
    Candidate(i64),
    /// A listed placement, with what was read ahead for it.
    Loaded(Box<Placement>, Prefetched),
}

/// Failures a rerun retries by itself: the provider was busy or the link
/// needed fixing, nothing about the record. Failures recorded before the
/// kind was kept are retried too, as they always were.
fn transient(kind: Option<&str>) -> bool {
    kind.is_none_or(|k| k == ErrorKind::Unavailable.code() || k == ErrorKind::Auth.code())
}

/// Why the ledger says not to push this candidate now, if it does: the
/// Flare person id (when known) and the reason shown as the row's detail.
pub fn verdict(history: &[PushRecord], opts: Options) -> Option<(Option<String>, String)> {
    if let Some(done) = history.iter().rev().find(|h| h.outcome == "created") {
        return Some((
            done.flare_person_id.clone(),
            format!(
                "already pushed on {} as Flare person {}",
                clock::format(done.at),
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
                clock::format(dup.at)
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
                clock::format(last.at),
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
    svc: &mut Services,
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
    let (Ok(()) | Err(Ended)) = push_steps(svc, s, &mut row, record, reference);
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
    svc: &mut Services,
    s: &mut Session,
    row: &mut Row,
    r: Record,
    reference: &mut Option<crate::providers::flare::Reference>,
) -> Step<()> {
    let dry_run = r.opts.dry_run;
    skip_if_settled(svc, s, row, r.candidate_id, r.opts)?;
    let candidate = read_candidate(svc, s, row, r.candidate_id, r.pre.candidate, dry_run)?;
    let email = require_email(svc, s, row, r.candidate_id, dry_run)?;
    let ours = s.source_reference(r.candidate_id);
    let own = look_up_email(svc, s, row, &email, &ours, r.pre.people, dry_run)?;
    let reference = reference_data(svc, s, row, reference, dry_run)?;
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
        created(svc, s, row, &person.person_id, dry_run);
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
        return Err(fail(svc, s, row, e, dry_run, Some(Note::refused(&misses))));
    }
    if dry_run {
        row.result = Outcome::WouldCreate;
        row.would_send = Some(mapped.person.clone());
        row.mapping = Some(mapped);
        return Ok(());
    }
    create(svc, s, row, mapped, &email, &ours);
    Ok(())
}

/// Settled by the ledger: skipped without calling Flare or JobAdder; a
/// success whose note never got written gets it now.
fn skip_if_settled(
    svc: &mut Services,
    s: &mut Session,
    row: &mut Row,
    candidate_id: i64,
    opts: Options,
) -> Step<()> {
    let Ok(history) = svc
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
        record(svc, s, row, &[]);
        // A run stopped between recording the person and writing its
        // note (or whose note failed) left JobAdder uninformed: write
        // the same note now; its key keeps it once-only.
        if let Some(done) = unnoted(&history) {
            let note = Note::created(
                done.flare_person_id.as_deref().unwrap_or("?"),
                &done.warnings,
            );
            notes::write(svc, s, row, done.id, &note);
        }
    }
    row.detail = Some(why);
    Err(Ended)
}

/// The candidate (read ahead, or now); their name and email fill the row.
fn read_candidate(
    svc: &mut Services,
    s: &mut Session,
    row: &mut Row,
    candidate_id: i64,
    ahead: Option<Candidate>,
    dry_run: bool,
) -> Step<Candidate> {
    let read = match ahead {
        Some(c) => Ok(c),
        None => s.ja(svc, |s, api, tok| {
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
            return Err(fail(svc, s, row, e, dry_run, note));
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
    svc: &mut Services,
    s: &mut Session,
    row: &mut Row,
    candidate_id: i64,
    dry_run: bool,
) -> Step<String> {
    match row.email.clone() {
        Some(email) => Ok(email),
        None => Err(fail(
            svc,
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
    svc: &mut Services,
    s: &mut Session,
    row: &mut Row,
    email: &str,
    ours: &str,
    ahead: Option<Vec<crate::providers::flare::Person>>,
    dry_run: bool,
) -> Step<Option<crate::providers::flare::Person>> {
    let looked_up = match ahead {
        Some(p) => Ok(p),
        None => s.fl(|s, api, key| s.rt.block_on(s.fl.people_by_email(api, key, email))),
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
                let id = record(svc, s, row, &[]);
                notes::write(svc, s, row, id, &note);
            }
            Err(Ended)
        }
        Ok(_) => Ok(None),
        Err(e) => {
            let e = e.into_error("looking the email up in Flare");
            let note = Note::failed(&e);
            Err(fail(svc, s, row, e, dry_run, Some(note)))
        }
    }
}

/// Flare's locations, legal entities, brands and defaults: read once per
/// run, on first need (a run that only skips never calls Flare).
fn reference_data<'r>(
    svc: &mut Services,
    s: &mut Session,
    row: &mut Row,
    reference: &'r mut Option<crate::providers::flare::Reference>,
    dry_run: bool,
) -> Step<&'r crate::providers::flare::Reference> {
    if reference.is_none() {
        match s.fl(|s, api, key| s.rt.block_on(s.fl.reference(api, key))) {
            Ok(r) => *reference = Some(r),
            Err(e) => {
                let e = e.into_error("reading Flare's reference data");
                let note = Note::failed(&e);
                return Err(fail(svc, s, row, e, dry_run, Some(note)));
            }
        }
    }
    Ok(reference.as_ref().expect("fetched above"))
}

/// Creates the person. A 409 may be our own create answered too late (a
/// retried request) or made by another run, told apart by our reference;
/// otherwise the email appeared meanwhile and it is a duplicate.
fn create(
    svc: &mut Services,
    s: &mut Session,
    row: &mut Row,
    mapped: Mapped,
    email: &str,
    ours: &str,
) {
    let created_now =
        s.fl(|s, api, key| s.rt.block_on(s.fl.create_person(api, key, &mapped.person)));
    row.mapping = Some(mapped);
    match created_now {
        Ok(person) => created(svc, s, row, &person.person_id, false),
        Err(ClientError::Conflict(_)) => {
            if let Ok(found) =
                s.fl(|s, api, key| s.rt.block_on(s.fl.people_by_email(api, key, email)))
                && let Some(p) = found.iter().find(|p| p.has_reference(ours))
            {
                created(svc, s, row, &p.person_id, false);
                return;
            }
            row.result = Outcome::Duplicate;
            let id = record(svc, s, row, &[]);
            notes::write(svc, s, row, id, &Note::duplicate(email, None));
        }
        Err(e) => {
            let e = e.into_error("creating the Flare person");
            let note = Note::failed(&e);
            fail(svc, s, row, e, false, Some(note));
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
fn created(svc: &mut Services, s: &mut Session, row: &mut Row, person_id: &str, dry_run: bool) {
    row.result = Outcome::Created;
    row.flare_person_id = Some(person_id.to_string());
    if !dry_run {
        let warnings = row.warnings.clone();
        let id = record(svc, s, row, &warnings);
        notes::write(svc, s, row, id, &Note::created(person_id, &warnings));
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
    svc: &mut Services,
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
        let id = record(svc, s, row, &row.warnings.clone());
        if let Some(note) = note {
            notes::write(svc, s, row, id, &note);
        }
    }
    Ended
}

/// Appends the attempt to the ledger; returns its id (0 if even that failed,
/// which is reported as a warning).
fn record(svc: &mut Services, s: &Session, row: &Row, warnings: &[String]) -> i64 {
    let at = svc.clock.now();
    let outcome = match row.result {
        Outcome::Created => "created",
        Outcome::Duplicate => "duplicate",
        Outcome::Skipped => "skipped",
        Outcome::Failed | Outcome::WouldCreate => "failed",
    };
    let res = svc.state().and_then(|st| {
        st.write(|tx| {
            tx.record_push(
                s.org.id,
                &NewPush {
                    at,
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
            svc.notices.warn(&format!(
                "could not record the push in the ledger: {}",
                e.message
            ));
            0
        }
    }
}

/// `flare push --placement ID` for one placement, without the command's
/// reporting: what `atslink serve` runs for each `placement_approved`
/// webhook event, so both go through the same steps (ledger, once-only by
/// email and source reference, mapping, JobAdder note).
pub fn push_placement(
    ctx: &mut Services,
    s: &mut Session,
    placement_id: i64,
) -> crate::error::Result<Row> {
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
fn push_resolved(
    ctx: &mut Services,
    s: &mut Session,
    subject: &Subject,
) -> crate::error::Result<Row> {
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
pub fn push_candidate(
    ctx: &mut Services,
    s: &mut Session,
    candidate_id: i64,
) -> crate::error::Result<Row> {
    let subject = Subject {
        command: "push",
        candidate: Some(candidate_id),
        placement: None,
        email: None,
        name: None,
    };
    push_resolved(ctx, s, &subject)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(outcome: &str, kind: Option<&str>) -> PushRecord {
        PushRecord {
            id: 1,
            at: time::macros::datetime!(2026-11-01 00:00 UTC),
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
