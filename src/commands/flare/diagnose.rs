//! `flare diagnose`: runs every check, each passed, failed (with the fix) or
//! unknown (with why it could not be run), and ends with what a Flare
//! support ticket needs. A broken link stops only the checks that need it:
//! with JobAdder down, the Flare look-up (by `--email` or the ledger's
//! email), the ledger's history and the Flare link are still checked. The
//! exit code is that of the first failing check, and the report is the
//! data of a failing envelope (`ok: false`) whenever it is not 0.

use serde::Serialize;

use super::map::{self, Mapped};
use super::target::{self, PlacementPick, Subject};
use super::{Session, org};
use crate::checks::Status;
use crate::checks::jobadder::access_failed;
use crate::cli::FlareDiagnoseArgs;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result, link_command};
use crate::health::relink_command;
use crate::output::{Human, Output};
use crate::providers::ClientError;
use crate::providers::Provider;
use crate::providers::flare::Reference;
use crate::providers::jobadder::{Candidate, Placement};
use crate::state::{IntegrationRow, LaunchRecord, Org, PushRecord};

#[derive(Debug, Serialize)]
struct Check {
    check: &'static str,
    /// `true` passed, `false` failed, `null` unknown: the check could not
    /// be run, and `detail` says why.
    ok: Option<bool>,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<String>,
    #[serde(skip)]
    kind: ErrorKind,
}

#[derive(Default)]
struct Checks(Vec<Check>);

impl Checks {
    fn push(&mut self, check: &'static str, ok: Option<bool>, detail: String, fix: Option<String>) {
        self.0.push(Check {
            check,
            ok,
            detail,
            fix,
            kind: ErrorKind::Failure,
        });
    }

    fn pass(&mut self, check: &'static str, detail: String) {
        self.push(check, Some(true), detail, None);
    }

    fn fail(&mut self, check: &'static str, detail: String, fix: String, kind: ErrorKind) {
        self.push(check, Some(false), detail, Some(fix));
        self.0.last_mut().expect("just pushed").kind = kind;
    }

    /// A failure from an error: its message, its hint as the fix.
    fn fail_with(&mut self, check: &'static str, e: &Error, fallback_fix: &str) {
        let fix = e.hint.clone().unwrap_or_else(|| fallback_fix.to_string());
        self.fail(check, e.message.clone(), fix, e.kind);
    }

    fn unknown(&mut self, check: &'static str, why: String) {
        self.push(check, None, why, None);
    }

    /// The exit: the first failure's kind.
    fn first_failure_of(checks: &[Check]) -> Option<&Check> {
        checks.iter().find(|c| c.ok == Some(false))
    }
}

/// The block Flare support asks for.
#[derive(Debug, Default, Serialize)]
struct Ticket {
    jobadder_candidate_id: Option<i64>,
    candidate_name: Option<String>,
    candidate_email: Option<String>,
    flare_employee_id: Option<String>,
    /// The placement involved; null when there was none.
    placement_id: Option<i64>,
    /// When that placement was made; null without a placement (or when
    /// JobAdder could not be asked).
    placement_made_at: Option<String>,
    pushes_attempted_at: Vec<String>,
    /// Whether JobAdder could say which placement (if any) was involved.
    #[serde(skip)]
    placement_known: bool,
}

#[derive(Debug, Serialize)]
struct Report {
    organisation: String,
    checks: Vec<Check>,
    /// Which placement was diagnosed and why; absent when JobAdder could not
    /// be asked or the candidate was not found.
    #[serde(skip_serializing_if = "Option::is_none")]
    placement: Option<PlacementPick>,
    history: Vec<PushRecord>,
    /// The Allsorter button's latest presses on the candidate (recorded by
    /// `atslink serve`), newest first: when, by whom, and what they got.
    launches: Vec<LaunchRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mapping: Option<Mapped>,
    ticket: Ticket,
}

/// What is learnt about the record as the checks run.
#[derive(Default)]
struct Found {
    candidate_id: Option<i64>,
    candidate: Option<Candidate>,
    placement: Option<Placement>,
    pick: Option<PlacementPick>,
    email: Option<String>,
}

pub fn run(ctx: &mut Context, args: FlareDiagnoseArgs) -> Result<Output> {
    let org = org(ctx)?;
    // A credential store that cannot be used at all (a missing or wrong
    // master key) is one configuration fault, not a failure of each link:
    // stop with its own error and exit code before any per-link work.
    ctx.creds()?;
    let subject = args.subject.subject("diagnose");
    let report = diagnose(ctx, org, &subject)?;
    if let Some(path) = &args.bundle {
        write_bundle(ctx, &report, path)?;
    }
    Ok(outcome(report))
}

/// Runs the checks in order, each learning from the ones before.
fn diagnose(ctx: &mut Context, org: Org, subject: &Subject) -> Result<Report> {
    let link = ctx
        .state()?
        .read()
        .integration(org.id, Provider::JobAdder)?;
    let (mut s, ja_err, fl_err) = Session::open_partial(ctx, org)?;
    let mut checks = Checks::default();

    let ja_down = jobadder_link(ctx, &mut s, link.as_ref(), ja_err.as_ref(), &mut checks);
    let mut found = match &ja_down {
        None => record(ctx, &mut s, subject, &mut checks),
        Some(why) => record_unknown(subject, why, &mut checks),
    };
    let history = ledger(ctx, &s, subject, &mut found)?;
    let launches = launches(ctx, &s, &found)?;
    let reference = flare_link(&s, fl_err.as_ref(), &mut checks);
    let flare_employee_id = in_flare(&s, &found, &history, reference.is_some(), &mut checks);
    let mapping = mapping(&s, &found, reference.as_ref(), &ja_down, &mut checks);

    let ticket = ticket(
        subject,
        &found,
        &history,
        ja_down.is_some(),
        flare_employee_id,
    );
    Ok(Report {
        organisation: s.org.slug.clone(),
        checks: checks.0,
        placement: found.pick,
        history,
        launches,
        mapping,
        ticket,
    })
}

/// The support ticket's block from what the checks found, the command
/// line where they found nothing.
fn ticket(
    subject: &Subject,
    found: &Found,
    history: &[PushRecord],
    ja_down: bool,
    flare_employee_id: Option<String>,
) -> Ticket {
    Ticket {
        jobadder_candidate_id: found.candidate_id,
        candidate_name: found
            .candidate
            .as_ref()
            .map(target::full_name)
            .or(subject.name.clone()),
        candidate_email: found.email.clone(),
        flare_employee_id,
        placement_id: found
            .placement
            .as_ref()
            .map(|p| p.placement_id)
            .or(subject.placement)
            .or_else(|| {
                // JobAdder down: the ledger's latest placement for them.
                ja_down
                    .then(|| history.iter().rev().find_map(|h| h.placement_id))
                    .flatten()
            }),
        placement_made_at: found.placement.as_ref().and_then(|p| p.created_at.clone()),
        pushes_attempted_at: history.iter().map(|h| crate::clock::format(h.at)).collect(),
        placement_known: found.pick.is_some(),
    }
}

/// `--bundle`: the report as JSON, for attaching to the ticket.
fn write_bundle(ctx: &Context, report: &Report, path: &std::path::Path) -> Result<()> {
    let json = serde_json::to_vec_pretty(report).expect("the report serialises");
    crate::fsutil::write_atomic(path, &json, true)
        .map_err(|e| Error::failure(format!("cannot write the bundle: {}", e.message)))?;
    ctx.printer
        .status(&format!("Wrote the support bundle to {}", path.display()));
    Ok(())
}

/// The report as output: failing with the first failed check's kind, the
/// checks staying the data of the failing envelope.
fn outcome(report: Report) -> Output {
    let failure = Checks::first_failure_of(&report.checks).map(|c| {
        // The detail first: a check is named by the condition it wants
        // ("not yet in Flare"), which read as a prefix of a finding that
        // says the opposite.
        Error::new(c.kind, format!("{} (failed check: {})", c.detail, c.check))
            .with_hint(c.fix.clone().unwrap_or_default())
    });
    let out = Output::lazy(report, human);
    match failure {
        Some(e) => out.with_failure(e),
        None => out,
    }
}

/// Check 1: the JobAdder link and its authorising user. Returns why
/// JobAdder cannot be asked, if it cannot.
fn jobadder_link(
    ctx: &mut Context,
    s: &mut Session,
    link: Option<&IntegrationRow>,
    err: Option<&Error>,
    checks: &mut Checks,
) -> Option<String> {
    const CHECK: &str = "JobAdder link";
    let slug = s.org.slug.clone();
    let Some(l) = link else {
        let e = Error::not_linked(&slug, Provider::JobAdder);
        checks.fail(
            CHECK,
            e.message,
            link_command(Provider::JobAdder, &slug),
            e.kind,
        );
        return Some("the organisation is not linked to JobAdder".into());
    };
    if let Some(e) = err {
        // `org check`'s verdict on a token that could not be had: an
        // unreachable JobAdder is unknown (the link may be fine), anything
        // else blocks with the error's own fix (a relink, the master key…).
        let verdict = access_failed("jobadder.link", Provider::JobAdder, &slug, e);
        let why = match verdict.status {
            Status::Unknown => "JobAdder cannot be asked: it could not be reached",
            _ => "JobAdder cannot be asked: the JobAdder link is broken",
        };
        let fix = e.hint.clone().unwrap_or_else(|| "try again later".into());
        tell(checks, CHECK, &slug, verdict, e.kind, fix);
        return Some(why.into());
    }
    let by = l.authorised_by.as_deref().unwrap_or("?");
    let Some(id) = l
        .authorised_by_id
        .as_deref()
        .and_then(|i| i.parse::<i64>().ok())
    else {
        checks.pass(CHECK, format!("healthy; authorised by {by}"));
        return None;
    };
    // The verdict is `org check`'s (deactivated, deleted, or no longer
    // allowed to authorise), told in this report's terms.
    let user = s.ja(ctx, |s, api, tok| s.rt.block_on(s.ja.user(api, tok, id)));
    let verdict = crate::checks::jobadder::authorising_user(&slug, by, Some(user));
    tell(
        checks,
        CHECK,
        &slug,
        verdict,
        ErrorKind::Auth,
        "try again later".into(),
    );
    None
}

/// An `org check` verdict told in this report's terms: a block fails with
/// `kind` (its exit code), an unknown fails as unavailable with `retry`.
fn tell(
    checks: &mut Checks,
    name: &'static str,
    slug: &str,
    verdict: crate::checks::Check,
    kind: ErrorKind,
    retry: String,
) {
    match verdict.status {
        Status::Pass => checks.pass(name, format!("healthy; {}", verdict.evidence)),
        Status::Warn => checks.push(
            name,
            Some(true),
            format!("healthy; {}", verdict.evidence),
            verdict.fix,
        ),
        Status::Fail => checks.fail(
            name,
            verdict.evidence,
            verdict
                .fix
                .unwrap_or_else(|| relink_command(Provider::JobAdder, slug)),
            kind,
        ),
        Status::Unknown => checks.fail(
            name,
            format!("JobAdder could not be asked: {}", verdict.evidence),
            retry,
            ErrorKind::Unavailable,
        ),
    }
}

/// Checks 2-5, with JobAdder: the record (placement, or the candidate by
/// id, email or name), whether the placement is selected for onboarding
/// export, and the candidate's email.
fn record(ctx: &mut Context, s: &mut Session, subject: &Subject, checks: &mut Checks) -> Found {
    let mut f = Found::default();
    let Some(cid) = locate(ctx, s, subject, checks, &mut f) else {
        return no_record(f, subject, checks);
    };
    f.candidate_id = Some(cid);
    match read_candidate(ctx, s, cid, checks) {
        Some(c) => f.candidate = Some(c),
        None => return no_record(f, subject, checks),
    }
    if f.pick.is_none() {
        match target::candidate_placement(ctx, s, cid) {
            Ok((p, pick)) => {
                f.placement = p;
                f.pick = Some(pick);
            }
            Err(e) => checks.fail_with("selected for onboarding export", &e, "try again later"),
        }
    }
    if let Some(pick) = &f.pick {
        onboarding(&f, pick, cid, &s.org.slug, checks);
    }
    f.email = candidate_email(&f, checks).or(subject.email.clone());
    f
}

/// Check 2: the record named on the command line: the placement (and so
/// its candidate), the candidate id as given, or the candidate found by
/// email or name. Its candidate id, or `None` when it was not found.
fn locate(
    ctx: &mut Context,
    s: &mut Session,
    subject: &Subject,
    checks: &mut Checks,
    f: &mut Found,
) -> Option<i64> {
    if let Some(pid) = subject.placement {
        return match target::read_placement(ctx, s, pid) {
            Ok(p) => {
                let cid = p.candidate.candidate_id;
                checks.pass(
                    "placement exists",
                    format!("placement {pid} of candidate {cid}"),
                );
                f.pick = Some(PlacementPick::given(pid));
                f.placement = Some(p);
                Some(cid)
            }
            Err(e) => {
                checks.fail_with("placement exists", &e, "check the placement id in JobAdder");
                None
            }
        };
    }
    if subject.candidate.is_some() {
        return subject.candidate;
    }
    match target::find_candidate(ctx, s, subject) {
        Ok(c) => {
            checks.pass(
                "candidate found",
                format!(
                    "candidate {} ({}) by {}",
                    c.candidate_id,
                    target::full_name(&c),
                    subject.describe()
                ),
            );
            Some(c.candidate_id)
        }
        Err(e) => {
            checks.fail_with("candidate found", &e, "check the candidate in JobAdder");
            None
        }
    }
}

/// Check 3: the candidate's record in JobAdder.
fn read_candidate(
    ctx: &mut Context,
    s: &mut Session,
    cid: i64,
    checks: &mut Checks,
) -> Option<Candidate> {
    match s.ja(ctx, |s, api, tok| {
        s.rt.block_on(s.ja.candidate(api, tok, cid))
    }) {
        Ok(c) => {
            checks.pass("candidate exists", format!("candidate {cid}"));
            Some(c)
        }
        Err(e) => {
            checks.fail(
                "candidate exists",
                format!("candidate {cid}: {e}"),
                "check the candidate id in JobAdder".into(),
                kind_of(&e),
            );
            None
        }
    }
}

/// Check 5: the email Flare will know them by, from the candidate or else
/// the placement's copy of them.
fn candidate_email(f: &Found, checks: &mut Checks) -> Option<String> {
    let email = f
        .candidate
        .as_ref()
        .and_then(|c| c.email.clone())
        .or_else(|| f.placement.as_ref().and_then(|p| p.candidate.email.clone()))
        .filter(|e| !e.trim().is_empty());
    match &email {
        Some(e) => checks.pass("candidate has an email", e.clone()),
        None => checks.fail(
            "candidate has an email",
            "no email address".into(),
            "add the email in JobAdder; Flare identifies people by email".into(),
            ErrorKind::Failure,
        ),
    }
    email
}

/// The record was not found: what depends on it cannot be checked, and
/// only `--email` is left for the Flare look-up.
fn no_record(mut f: Found, subject: &Subject, checks: &mut Checks) -> Found {
    for check in ["selected for onboarding export", "candidate has an email"] {
        checks.unknown(check, "no JobAdder record to check".into());
    }
    f.email = subject.email.clone();
    f
}

/// The batch's filter: only placements selected for onboarding export are
/// pushed, so this is the first thing support needs to know.
fn onboarding(f: &Found, pick: &PlacementPick, cid: i64, slug: &str, checks: &mut Checks) {
    const CHECK: &str = "selected for onboarding export";
    match (&f.placement, pick.how) {
        (Some(p), _) if p.export.onboarding => checks.pass(
            CHECK,
            format!(
                "{}: the batch (`flare push --since`) takes it",
                pick.describe(cid)
            ),
        ),
        (Some(p), _) => checks.fail(
            CHECK,
            format!(
                "placement {} is not selected for onboarding export: the batch (`flare push --since`) skips it",
                p.placement_id
            ),
            format!(
                "in JobAdder, tick Onboarding in the placement's Export settings; or push it alone: `atslink flare push --org {slug} --placement {}`",
                p.placement_id
            ),
            ErrorKind::Failure,
        ),
        (None, "none_selected") => checks.fail(
            CHECK,
            format!("{}: the batch (`flare push --since`) skips them", pick.describe(cid)),
            format!(
                "in JobAdder, tick Onboarding in the placement's Export settings; or push it alone: `atslink flare push --org {slug} --placement {}`",
                pick.latest_unselected.unwrap_or_default()
            ),
            ErrorKind::Failure,
        ),
        // No placement at all: only the partner button (candidate
        // onboarding) sends them, and there is no export flag to check.
        _ => checks.pass(
            CHECK,
            format!(
                "{}: only the partner button (or `flare push --candidate`) sends them",
                pick.describe(cid)
            ),
        ),
    }
}

/// Checks 2-5 without JobAdder: marked unknown, with why; the candidate id
/// and email still come from the command line where given.
fn record_unknown(subject: &Subject, why: &str, checks: &mut Checks) -> Found {
    let first = match (subject.placement, subject.candidate) {
        (Some(_), _) => "placement exists",
        (_, Some(_)) => "candidate exists",
        _ => "candidate found",
    };
    for check in [
        first,
        "selected for onboarding export",
        "candidate has an email",
    ] {
        checks.unknown(check, why.to_string());
    }
    Found {
        candidate_id: subject.candidate,
        email: subject.email.clone(),
        ..Found::default()
    }
}

/// The ledger's attempts for the candidate; without a candidate id (JobAdder
/// down), the candidates the ledger has for the email or placement. Fills in
/// the candidate id and email from it when JobAdder could not.
fn ledger(
    ctx: &mut Context,
    s: &Session,
    subject: &Subject,
    f: &mut Found,
) -> Result<Vec<PushRecord>> {
    let read = ctx.state()?.read();
    let ids = match f.candidate_id {
        Some(c) => vec![c],
        None => read.push_candidates(s.org.id, f.email.as_deref(), subject.placement)?,
    };
    let mut history = Vec::new();
    for id in &ids {
        history.extend(read.pushes_for_candidate(s.org.id, *id)?);
    }
    history.sort_by_key(|h| (h.at, h.id));
    if f.candidate_id.is_none() && ids.len() == 1 {
        f.candidate_id = Some(ids[0]);
    }
    if f.email.is_none() {
        f.email = history.iter().rev().find_map(|h| h.email.clone());
    }
    Ok(history)
}

/// How many of the candidate's latest launches the report shows.
const LAUNCHES_SHOWN: i64 = 10;

/// The Allsorter button's latest presses on the candidate, as `serve`
/// recorded them (none without a candidate id).
fn launches(ctx: &mut Context, s: &Session, f: &Found) -> Result<Vec<LaunchRecord>> {
    let Some(cid) = f.candidate_id else {
        return Ok(Vec::new());
    };
    ctx.state()?.read().launches_for_record(
        s.org.id,
        Provider::JobAdder,
        &cid.to_string(),
        LAUNCHES_SHOWN,
    )
}

/// Check 6: the Flare link, by reading its reference data. The verdict is
/// `org check`'s (`flare.link`), told in this report's terms.
fn flare_link(s: &Session, err: Option<&Error>, checks: &mut Checks) -> Option<Reference> {
    const CHECK: &str = "Flare link";
    let slug = &s.org.slug;
    if let Some(e) = err {
        shared_flare_link(
            crate::checks::flare::link_access_failed(slug, e),
            e.kind,
            checks,
        );
        return None;
    }
    match s.fl(|s, api, key| s.rt.block_on(s.fl.reference(api, key))) {
        Ok(r) => {
            let a = &r.account;
            let verdict = crate::checks::flare::link(slug, Ok((&a.account_id, &a.name)));
            checks.pass(CHECK, verdict.evidence);
            Some(r)
        }
        Err(e) => {
            let verdict = crate::checks::flare::link(slug, Err(&e));
            shared_flare_link(verdict, kind_of(&e), checks);
            None
        }
    }
}

/// A Flare link that does not work, as `org check` says it: blocking with
/// its fix, or (could not be asked) a failure to try again later.
fn shared_flare_link(verdict: crate::checks::Check, kind: ErrorKind, checks: &mut Checks) {
    const CHECK: &str = "Flare link";
    let fix = verdict.fix.unwrap_or_else(|| "try again later".into());
    checks.fail(CHECK, verdict.evidence, fix, kind);
}

/// Check 7: whether the email is already in Flare (people are transferred
/// once only). Returns the Flare person's id when it is.
fn in_flare(
    s: &Session,
    f: &Found,
    history: &[PushRecord],
    flare_up: bool,
    checks: &mut Checks,
) -> Option<String> {
    const CHECK: &str = "not yet in Flare";
    let Some(email) = f.email.clone() else {
        checks.unknown(
            CHECK,
            format!(
                "no email known (not from JobAdder, the ledger or --email): run again with `--email`, e.g. `atslink flare diagnose --org {} --email EMAIL`",
                s.org.slug
            ),
        );
        return None;
    };
    if !flare_up {
        checks.unknown(CHECK, format!("Flare cannot be asked about {email}"));
        return None;
    }
    match s.fl(|s, api, key| s.rt.block_on(s.fl.people_by_email(api, key, &email))) {
        Ok(found) if !found.is_empty() => {
            let id = found[0].person_id.clone();
            // Whose person it is decides what support tells the customer:
            // atslink's own push means the candidate did arrive.
            let whose = match history
                .iter()
                .find(|h| h.outcome == "created" && h.flare_person_id.as_deref() == Some(&id))
            {
                Some(h) => format!("created by atslink on {}", crate::clock::format(h.at)),
                None => "not created by atslink".to_string(),
            };
            checks.fail(
                CHECK,
                format!("{email} is already in Flare as person {id} ({whose}): a person is transferred only once"),
                "correct the record in Flare if it is wrong; atslink never updates Flare people".into(),
                ErrorKind::Conflict,
            );
            Some(id)
        }
        Ok(_) => {
            checks.pass(CHECK, format!("no Flare person has {email}"));
            None
        }
        Err(e) => {
            checks.fail(
                CHECK,
                format!("could not ask Flare: {e}"),
                "try again later".into(),
                kind_of(&e),
            );
            None
        }
    }
}

/// Check 8: the mapping of the diagnosed placement (which one is said),
/// with every default that would apply.
fn mapping(
    s: &Session,
    f: &Found,
    reference: Option<&Reference>,
    ja_down: &Option<String>,
    checks: &mut Checks,
) -> Option<Mapped> {
    const CHECK: &str = "mapping";
    let (Some(c), Some(r)) = (&f.candidate, reference) else {
        let why = match (ja_down, &f.candidate, reference) {
            (Some(why), ..) => why.clone(),
            (_, None, _) => "no candidate to map".into(),
            _ => "Flare's reference data could not be read".into(),
        };
        checks.unknown(CHECK, why);
        return None;
    };
    let m = map::map(c, f.placement.as_ref(), r, &s.cost_centre_field);
    let which = f
        .pick
        .as_ref()
        .map(|p| p.describe(c.candidate_id))
        .unwrap_or_else(|| "no placement".into());
    if m.warnings.is_empty() {
        checks.pass(
            CHECK,
            format!("{which}: every field maps without a default"),
        );
    } else {
        checks.push(
            CHECK,
            Some(true),
            format!("{which}: defaults would apply: {}", m.warnings.join("; ")),
            Some(
                "`atslink flare mapping` shows every name; rename in JobAdder or Flare to match"
                    .into(),
            ),
        );
    }
    Some(m)
}

fn kind_of(e: &ClientError) -> ErrorKind {
    e.clone().into_error("").kind
}

fn human(r: Report) -> Human {
    let mut lines = Vec::new();
    for c in &r.checks {
        let mark = match c.ok {
            Some(true) => "✓",
            Some(false) => "✗",
            None => "?",
        };
        let unknown = if c.ok.is_none() { " unknown:" } else { "" };
        lines.push(format!("{mark} {}:{unknown} {}", c.check, c.detail));
        if let Some(fix) = &c.fix
            && c.ok == Some(false)
        {
            lines.push(format!("    fix: {fix}"));
        }
    }
    lines.push(String::new());
    lines.extend(launch_lines(&r.launches));
    lines.push(String::new());
    lines.push("Push history:".into());
    if r.history.is_empty() {
        lines.push("  (no attempts recorded)".into());
    }
    for h in &r.history {
        lines.push(format!(
            "  {}  {}{}{}",
            crate::clock::format(h.at),
            h.outcome,
            h.flare_person_id
                .as_deref()
                .map(|p| format!(" (person {p})"))
                .unwrap_or_default(),
            h.error
                .as_deref()
                .map(|e| format!(": {e}"))
                .unwrap_or_default()
        ));
    }
    lines.push(String::new());
    lines.push("For a Flare support ticket:".into());
    for (k, v) in ticket_lines(&r.ticket) {
        lines.push(format!("  {k}: {v}"));
    }
    Human::Lines(lines)
}

/// The Allsorter button's presses, newest first: the first line is when it
/// was last pressed.
fn launch_lines(launches: &[LaunchRecord]) -> Vec<String> {
    let mut lines = vec!["Allsorter button pressed (newest first):".to_string()];
    if launches.is_empty() {
        lines.push("  (none recorded on this candidate)".into());
    }
    for l in launches {
        lines.push(format!(
            "  {}  {} by {}",
            crate::clock::format(l.at),
            l.outcome,
            l.email.as_deref().unwrap_or(&l.provider_user_id)
        ));
    }
    lines
}

/// The ticket block. The time line names what it is: when the placement
/// was made, or (no placement) when the button was pressed or the push
/// attempted, never one passed off as the other.
fn ticket_lines(t: &Ticket) -> Vec<(&'static str, String)> {
    let dash = || "-".to_string();
    let time = match (
        t.placement_id,
        &t.placement_made_at,
        t.pushes_attempted_at.last(),
    ) {
        (Some(p), Some(at), _) => ("Placement made at", format!("{at} (placement {p})")),
        (None, _, _) if !t.placement_known => (
            "Placement made / button pressed at",
            "(unknown: JobAdder could not say whether a placement was involved; give the estimated time the placement was made or the button pressed)".into(),
        ),
        (Some(p), None, _) => (
            "Placement made at",
            format!(
                "(unknown: JobAdder could not be asked; give the estimated time placement {p} was made)"
            ),
        ),
        (None, _, Some(at)) => (
            "Button pressed / push attempted at",
            format!("{at} (no placement; the latest attempt in the ledger)"),
        ),
        (None, _, None) => (
            "Button pressed at",
            "(no placement; unknown: give the estimated time the partner button was pressed)"
                .into(),
        ),
    };
    vec![
        (
            "JobAdder candidate ID",
            t.jobadder_candidate_id
                .map(|i| i.to_string())
                .unwrap_or_else(dash),
        ),
        (
            "Candidate name",
            t.candidate_name.clone().unwrap_or_else(dash),
        ),
        (
            "Candidate email",
            t.candidate_email.clone().unwrap_or_else(dash),
        ),
        (
            "Flare employee ID",
            t.flare_employee_id
                .clone()
                .unwrap_or_else(|| "(none in Flare)".into()),
        ),
        time,
    ]
}
