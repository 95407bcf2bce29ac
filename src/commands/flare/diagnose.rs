//! `flare diagnose`: runs the checks in order, each with a pass/fail mark
//! and the fix, and ends with what a Flare support ticket needs. The exit
//! code is that of the first failing check.

use serde::Serialize;

use super::map;
use super::{Session, org};
use crate::auth::refresh::{self, Mode};
use crate::cli::FlareDiagnoseArgs;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::health::relink_command;
use crate::output::{Human, Output};
use crate::providers::ClientError;
use crate::providers::jobadder::{Candidate, Placement};
use crate::state::PushRecord;

#[derive(Debug, Serialize)]
struct Check {
    check: &'static str,
    ok: bool,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<String>,
    #[serde(skip)]
    kind: ErrorKind,
}

/// The block Flare support asks for.
#[derive(Debug, Default, Serialize)]
struct Ticket {
    jobadder_candidate_id: Option<i64>,
    candidate_name: Option<String>,
    candidate_email: Option<String>,
    flare_employee_id: Option<String>,
    /// When the placement was made (or the pushes were attempted).
    placement_made_at: Option<String>,
    pushes_attempted_at: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Report {
    organisation: String,
    checks: Vec<Check>,
    history: Vec<PushRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mapping: Option<map::Mapped>,
    ticket: Ticket,
}

pub fn run(ctx: &mut Context, args: FlareDiagnoseArgs) -> Result<Output> {
    let org = org(ctx)?;
    // A credential store that cannot be used at all (a missing or wrong
    // master key) is one configuration fault, not a failure of each link:
    // stop with its own error and exit code before any per-link work.
    ctx.creds()?;
    let mut checks: Vec<Check> = Vec::new();
    let mut ticket = Ticket::default();
    let mut mapping = None;
    let mut history = Vec::new();
    let pass = |checks: &mut Vec<Check>, check: &'static str, detail: String| {
        checks.push(Check {
            check,
            ok: true,
            detail,
            fix: None,
            kind: ErrorKind::Failure,
        });
    };
    let fail = |checks: &mut Vec<Check>,
                check: &'static str,
                detail: String,
                fix: String,
                kind: ErrorKind| {
        checks.push(Check {
            check,
            ok: false,
            detail,
            fix: Some(fix),
            kind,
        });
    };

    // 1. JobAdder link health, including the authorising user.
    let link = ctx.state()?.read().integration(org.id, "jobadder")?;
    let session = match &link {
        None => {
            fail(
                &mut checks,
                "JobAdder link",
                format!("{} is not linked to JobAdder", org.slug),
                format!("atslink integration link jobadder --org {}", org.slug),
                ErrorKind::Auth,
            );
            None
        }
        Some(l) => match refresh::access(ctx, &org, "jobadder", Mode::IfNeeded) {
            Err(e) => {
                fail(
                    &mut checks,
                    "JobAdder link",
                    e.message.clone(),
                    relink_command("jobadder", &org.slug),
                    e.kind,
                );
                None
            }
            Ok(_) => match Session::open(ctx, org.clone()) {
                Ok(mut s) => {
                    let who = l
                        .authorised_by_id
                        .as_deref()
                        .and_then(|i| i.parse::<i64>().ok());
                    let user = who.map(|id| {
                        s.ja(ctx, "reading the authorising user", |s, api, tok| {
                            s.rt.block_on(s.ja.user(api, tok, id))
                        })
                    });
                    match user {
                        Some(Ok(u)) if u.inactive || u.deleted => fail(
                            &mut checks,
                            "JobAdder link",
                            format!(
                                "the authorising user {} is {}: the link dies at its next refresh",
                                l.authorised_by.as_deref().unwrap_or("?"),
                                if u.deleted { "deleted" } else { "deactivated" }
                            ),
                            relink_command("jobadder", &org.slug),
                            ErrorKind::Auth,
                        ),
                        Some(Err(e)) if !matches!(e, ClientError::NotFound(_)) => fail(
                            &mut checks,
                            "JobAdder link",
                            format!("JobAdder could not be asked: {e}"),
                            "try again later".into(),
                            ErrorKind::Unavailable,
                        ),
                        Some(Err(_)) => fail(
                            &mut checks,
                            "JobAdder link",
                            format!(
                                "the authorising user {} no longer exists",
                                l.authorised_by.as_deref().unwrap_or("?")
                            ),
                            relink_command("jobadder", &org.slug),
                            ErrorKind::Auth,
                        ),
                        _ => pass(
                            &mut checks,
                            "JobAdder link",
                            format!(
                                "healthy; authorised by {}",
                                l.authorised_by.as_deref().unwrap_or("?")
                            ),
                        ),
                    }
                    Some(s)
                }
                Err(e) => {
                    // The JobAdder side works but Flare does not: reported below.
                    pass(&mut checks, "JobAdder link", "healthy".into());
                    fail(
                        &mut checks,
                        "Flare link",
                        e.message.clone(),
                        format!(
                            "atslink integration link flare --org {} --api-key-stdin",
                            org.slug
                        ),
                        e.kind,
                    );
                    None
                }
            },
        },
    };

    if let Some(mut s) = session {
        // 2-3. The candidate exists and has an email.
        let placement: Option<Placement> = match args.placement {
            Some(pid) => match s.ja(ctx, "reading the placement", |s, api, tok| {
                s.rt.block_on(s.ja.placement(api, tok, pid))
            }) {
                Ok(p) => {
                    ticket.placement_made_at = p.created_at.clone();
                    Some(p)
                }
                Err(e) => {
                    fail(
                        &mut checks,
                        "placement exists",
                        format!("placement {pid}: {e}"),
                        "check the placement id in JobAdder".into(),
                        kind_of(&e),
                    );
                    None
                }
            },
            None => None,
        };
        let candidate_id = args
            .candidate
            .or(placement.as_ref().map(|p| p.candidate.candidate_id));
        ticket.jobadder_candidate_id = candidate_id;
        let candidate: Option<Candidate> = candidate_id.and_then(|cid| {
            match s.ja(ctx, "reading the candidate", |s, api, tok| {
                s.rt.block_on(s.ja.candidate(api, tok, cid))
            }) {
                Ok(c) => {
                    pass(&mut checks, "candidate exists", format!("candidate {cid}"));
                    Some(c)
                }
                Err(e) => {
                    fail(
                        &mut checks,
                        "candidate exists",
                        format!("candidate {cid}: {e}"),
                        "check the candidate id in JobAdder".into(),
                        kind_of(&e),
                    );
                    None
                }
            }
        });
        if let Some(c) = &candidate {
            ticket.candidate_name = Some(
                format!(
                    "{} {}",
                    c.first_name.as_deref().unwrap_or(""),
                    c.last_name.as_deref().unwrap_or("")
                )
                .trim()
                .to_string(),
            );
            ticket.candidate_email = c.email.clone();
            match c.email.as_deref().filter(|e| !e.trim().is_empty()) {
                Some(e) => pass(&mut checks, "candidate has an email", e.to_string()),
                None => fail(
                    &mut checks,
                    "candidate has an email",
                    "no email address".into(),
                    "add the email in JobAdder; Flare identifies people by email".into(),
                    ErrorKind::Failure,
                ),
            }
        }
        // 4. Flare link health.
        let reference = s.fl(ctx, "reading Flare's reference data", |s, api, key| {
            s.rt.block_on(s.fl.reference(api, key))
        });
        match &reference {
            Ok(r) => pass(
                &mut checks,
                "Flare link",
                format!("account {} ({})", r.account.account_id, r.account.name),
            ),
            Err(e) => fail(
                &mut checks,
                "Flare link",
                format!("Flare refused or did not answer: {e}"),
                format!(
                    "check the key: `atslink integration relink flare --org {} --api-key-stdin`",
                    s.org.slug
                ),
                kind_of(e),
            ),
        }
        // 5. Already in Flare?
        if let (Some(email), Ok(_)) = (ticket.candidate_email.clone(), &reference) {
            match s.fl(ctx, "looking the email up in Flare", |s, api, key| {
                s.rt.block_on(s.fl.people_by_email(api, key, &email))
            }) {
                Ok(found) if !found.is_empty() => {
                    ticket.flare_employee_id = Some(found[0].person_id.clone());
                    fail(&mut checks, "not yet in Flare",
                        format!("{email} is already in Flare as person {}: already transferred, cannot be transferred again", found[0].person_id),
                        "correct the record in Flare if it is wrong; atslink never updates Flare people".into(), ErrorKind::Conflict);
                }
                Ok(_) => pass(
                    &mut checks,
                    "not yet in Flare",
                    format!("no Flare person has {email}"),
                ),
                Err(e) => fail(
                    &mut checks,
                    "not yet in Flare",
                    format!("could not ask Flare: {e}"),
                    "try again later".into(),
                    kind_of(&e),
                ),
            }
        }
        // 6. The ledger's history.
        if let Some(cid) = candidate_id {
            history = ctx.state()?.read().pushes_for_candidate(s.org.id, cid)?;
            ticket.pushes_attempted_at = history.iter().map(|h| h.at.clone()).collect();
        }
        // 7. The mapping, with every default that would apply.
        if let (Some(c), Ok(r)) = (&candidate, &reference) {
            let m = map::map(c, placement.as_ref(), r, &s.cost_centre_field);
            if m.warnings.is_empty() {
                pass(
                    &mut checks,
                    "mapping",
                    "every field maps without a default".into(),
                );
            } else {
                checks.push(Check {
                    check: "mapping",
                    ok: true,
                    detail: format!("defaults would apply: {}", m.warnings.join("; ")),
                    fix: Some("`atslink flare mapping` shows every name; rename in JobAdder or Flare to match".into()),
                    kind: ErrorKind::Failure,
                });
            }
            mapping = Some(m);
        }
    }

    let report = Report {
        organisation: org.slug.clone(),
        checks,
        history,
        mapping,
        ticket,
    };
    if let Some(path) = &args.bundle {
        let json = serde_json::to_vec_pretty(&report).expect("the report serialises");
        crate::fsutil::write_atomic(path, &json, true)
            .map_err(|e| Error::failure(format!("cannot write the bundle: {}", e.message)))?;
        ctx.printer
            .status(&format!("Wrote the support bundle to {}", path.display()));
    }
    let first_fail = report.checks.iter().find(|c| !c.ok).map(|c| c.kind);
    let mut out = Output::lazy(report, human);
    if let Some(kind) = first_fail {
        out = out.with_exit(kind);
    }
    Ok(out)
}

fn kind_of(e: &ClientError) -> ErrorKind {
    e.clone().into_error("").kind
}

fn human(r: Report) -> Human {
    let mut lines = Vec::new();
    for c in &r.checks {
        lines.push(format!(
            "{} {}: {}",
            if c.ok { "✓" } else { "✗" },
            c.check,
            c.detail
        ));
        if let Some(fix) = &c.fix
            && !c.ok
        {
            lines.push(format!("    fix: {fix}"));
        }
    }
    lines.push(String::new());
    lines.push("Push history:".into());
    if r.history.is_empty() {
        lines.push("  (no attempts recorded)".into());
    }
    for h in &r.history {
        lines.push(format!(
            "  {}  {}{}{}",
            h.at,
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
    let t = &r.ticket;
    let dash = || "-".to_string();
    lines.push(String::new());
    lines.push("For a Flare support ticket:".into());
    for (k, v) in [
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
        (
            "Placement made / button pressed",
            t.placement_made_at
                .clone()
                .or_else(|| t.pushes_attempted_at.last().cloned())
                .unwrap_or_else(|| "(unknown: give the estimated time)".into()),
        ),
    ] {
        lines.push(format!("  {k}: {v}"));
    }
    Human::Lines(lines)
}
