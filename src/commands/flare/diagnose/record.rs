//! Finding the record `flare diagnose` is about: the JobAdder candidate
//! (by id, email or name), the placement it concerns, and what is learnt
//! along the way.

use super::*;
use crate::commands::flare::Session;
use crate::commands::flare::target::{self, PlacementPick, Subject};
use crate::context::Context;
use crate::error::ErrorKind;
use crate::providers::jobadder::{Candidate, Placement};

/// What is learnt about the record as the checks run.
#[derive(Default)]
pub(super) struct Found {
    pub(super) candidate_id: Option<i64>,
    pub(super) candidate: Option<Candidate>,
    pub(super) placement: Option<Placement>,
    pub(super) pick: Option<PlacementPick>,
    pub(super) email: Option<String>,
}

/// Checks 2-5, with JobAdder: the record (placement, or the candidate by
/// id, email or name), whether the placement is selected for onboarding
/// export, and the candidate's email.
pub(super) fn record(
    ctx: &mut Context,
    s: &mut Session,
    subject: &Subject,
    checks: &mut Checks,
) -> Found {
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
pub(super) fn locate(
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
pub(super) fn read_candidate(
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
pub(super) fn candidate_email(f: &Found, checks: &mut Checks) -> Option<String> {
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
pub(super) fn no_record(mut f: Found, subject: &Subject, checks: &mut Checks) -> Found {
    for check in ["selected for onboarding export", "candidate has an email"] {
        checks.unknown(check, "no JobAdder record to check".into());
    }
    f.email = subject.email.clone();
    f
}

/// The batch's filter: only placements selected for onboarding export are
/// pushed, so this is the first thing support needs to know.
pub(super) fn onboarding(
    f: &Found,
    pick: &PlacementPick,
    cid: i64,
    slug: &str,
    checks: &mut Checks,
) {
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
pub(super) fn record_unknown(subject: &Subject, why: &str, checks: &mut Checks) -> Found {
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
