//! `flare diagnose`: runs every check, each passed, failed (with the fix) or
//! unknown (with why it could not be run), and ends with what a Flare
//! support ticket needs. A broken link stops only the checks that need it:
//! with JobAdder down, the Flare look-up (by `--email` or the ledger's
//! email), the ledger's history and the Flare link are still checked. The
//! exit code is that of the first failing check, and the report is the
//! data of a failing envelope (`ok: false`) whenever it is not 0.

mod record;
mod report;

use super::map::{self, Mapped};
use super::target::{self, Subject};
use super::{Session, org};
use crate::checks::Status;
use crate::checks::jobadder::access_failed;
use crate::cli::FlareDiagnoseArgs;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result, link_command};
use crate::health::relink_command;
use crate::output::Output;
use crate::providers::ClientError;
use crate::providers::Provider;
use crate::providers::flare::Reference;
use crate::state::{IntegrationRow, LaunchRecord, Org, PushRecord};
use record::*;
use report::*;

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
