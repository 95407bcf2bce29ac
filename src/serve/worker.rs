//! The webhook worker pool: a few tokio tasks that claim stored events and
//! push each placement to Flare through `flare push --placement`'s code
//! (`push::push_placement`: ledger, once-only, mapping, JobAdder note).
//!
//! Claims carry an owner and a lease, so several serve processes on one
//! store share the work and never push one event (or two events of one
//! placement) at once; a claim whose process died is taken over when its
//! lease ends. On PostgreSQL replicas claim with `FOR UPDATE SKIP LOCKED`
//! rather than one at a time under the store's write lock
//! (`Store::claim_event`). A transient failure (a provider unavailable, a link needing
//! a refresh or relink) is retried with backoff; any other failure is
//! permanent: the push has noted it on the candidate, and `flare auto
//! status` counts it.

use std::sync::Arc;
use std::time::Duration;

use super::Shared;
use crate::error::{Error, ErrorKind, Result};
use crate::flare::Session;
use crate::flare::record::{self as push, Outcome};
use crate::services::Services;
use crate::state::{ClaimedEvent, Org};

/// Workers per process: pushes are a handful of provider calls each, and
/// the providers' rate limits, not the CPU, bound the throughput.
pub const WORKERS: usize = 2;
/// How often an idle worker looks for due events (retries, and events
/// another process stored) when nothing wakes it.
const POLL: Duration = Duration::from_secs(1);
/// How long a claim holds: longer than one push with its retries takes.
const LEASE: time::Duration = time::Duration::minutes(10);
/// Attempts before a transient failure is given up as permanent.
const MAX_ATTEMPTS: i64 = 8;

/// Starts the pool on the current runtime.
pub fn spawn(shared: &Arc<Shared>) {
    for n in 0..WORKERS {
        let shared = Arc::clone(shared);
        tokio::spawn(async move { run(shared, n).await });
    }
}

async fn run(shared: Arc<Shared>, n: usize) {
    let owner = format!(
        "{}:{}:worker{n}",
        crate::flare::runs::hostname(),
        std::process::id()
    );
    while !shared.draining.load(std::sync::atomic::Ordering::SeqCst) {
        let me = owner.clone();
        match shared.blocking(move |ctx| work_one(ctx, &me)).await {
            Ok(Some(label)) => {
                shared.metrics.webhook_push(label);
                continue;
            }
            Ok(None) => {}
            Err(e) => tracing::error!(
                worker = n,
                error = %crate::output::sanitize(&e.message),
                "webhook worker failed"
            ),
        }
        tokio::select! {
            _ = shared.work.notified() => {}
            _ = tokio::time::sleep(POLL) => {}
        }
    }
}

/// Claims one due event, handles it and logs what happened. The outcome
/// label, or `None` when nothing was due.
fn work_one(ctx: &mut Services, owner: &str) -> Result<Option<&'static str>> {
    let now = ctx.clock.now();
    if !ctx.state()?.read().any_event_due(now)? {
        return Ok(None);
    }
    let Some(e) = ctx.state()?.claim_event(owner, now, now + LEASE)? else {
        return Ok(None);
    };
    let org = ctx
        .state()?
        .read()
        .orgs()?
        .into_iter()
        .find(|o| o.id == e.org_id);
    let slug = org.as_ref().map(|o| o.slug.clone());
    let (status, outcome, error) = handle(ctx, &e, org);
    let next_at = match status {
        "pending" => ctx.clock.now() + backoff(e.attempts),
        _ => now,
    };
    let done_at = ctx.clock.now();
    ctx.state()?.write(|tx| {
        tx.finish_event(
            e.org_id,
            &e.event_id,
            owner,
            status,
            Some(outcome),
            error.as_deref(),
            done_at,
            next_at,
        )
    })?;
    let label = match status {
        "pending" => "retry",
        "failed" => "failed",
        _ => outcome,
    };
    let error = error.as_deref().map(crate::output::sanitize);
    macro_rules! handled {
        ($level:ident) => {
            tracing::$level!(
                org = slug.as_deref().map(display),
                event_id = %crate::output::sanitize(&e.event_id),
                event = %crate::output::sanitize(&e.event),
                placement = e.placement_id,
                candidate = e.candidate_id,
                attempt = e.attempts,
                outcome = %label,
                error = error.as_deref().map(display),
                "webhook event handled"
            )
        };
    }
    match status {
        "done" => handled!(info),
        _ => handled!(warn),
    }
    Ok(Some(label))
}

/// Retries back off from 30 s, doubling, up to 30 minutes.
fn backoff(attempts: i64) -> time::Duration {
    let secs = 30i64 << (attempts.clamp(1, 7) - 1);
    time::Duration::seconds(secs.min(30 * 60))
}

/// The event's new status (`done`, `failed` or `pending` for a retry),
/// its outcome and the error, if any.
fn handle(
    ctx: &mut Services,
    e: &ClaimedEvent,
    org: Option<Org>,
) -> (&'static str, &'static str, Option<String>) {
    let what = match (e.event.as_str(), e.placement_id, e.candidate_id) {
        ("placement_approved", Some(p), _) => What::Placement(p),
        ("candidate_partner_action", _, Some(c)) => What::Candidate(c),
        _ => return ("done", "ignored", None),
    };
    match push(ctx, org, what) {
        Ok((Outcome::Created, _)) => ("done", "created", None),
        Ok((Outcome::Duplicate, _)) => ("done", "duplicate", None),
        Ok((Outcome::Skipped, _)) => ("done", "skipped", None),
        Ok((Outcome::WouldCreate, _)) => ("done", "skipped", None),
        Ok((Outcome::Failed, err)) => settle(e, err),
        Err(err) => settle(e, err),
    }
}

fn settle(e: &ClaimedEvent, err: Error) -> (&'static str, &'static str, Option<String>) {
    let transient = matches!(err.kind, ErrorKind::Unavailable | ErrorKind::Auth);
    if transient && e.attempts < MAX_ATTEMPTS {
        ("pending", "retry", Some(err.message))
    } else {
        ("failed", "failed", Some(err.message))
    }
}

/// What an event asks to push.
enum What {
    Placement(i64),
    Candidate(i64),
}

/// One record through `flare push --placement` or `--candidate`'s steps.
fn push(ctx: &mut Services, org: Option<Org>, what: What) -> Result<(Outcome, Error)> {
    let org = org.ok_or_else(|| Error::not_found("the organisation was deleted"))?;
    let mut s = Session::open(ctx, org)?;
    let row = match what {
        What::Placement(p) => push::push_placement(ctx, &mut s, p)?,
        What::Candidate(c) => push::push_candidate(ctx, &mut s, c)?,
    };
    let err = Error::new(
        row.kind().unwrap_or(ErrorKind::Failure),
        row.error
            .clone()
            .unwrap_or_else(|| "the push failed".into()),
    );
    Ok((row.result, err))
}
