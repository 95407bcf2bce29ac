//! `flare auto status`: per organisation, each webhook with its status as
//! JobAdder reports it, then what `serve` did with the events: the last
//! one received, the backlog, the last push and failures in the last day.

use serde::Serialize;

use crate::checks::{Check, Status, jobadder};
use crate::cli::FlareAutoStatusArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::providers::ClientError;
use crate::state::EventSummary;
use crate::state::Org;

#[derive(Serialize)]
struct Hook {
    trigger: String,
    webhook_id: String,
    url: String,
    /// `Enabled`, `Disabled`, `Suspended` or `Failed`; `deleted` when
    /// JobAdder no longer has it; `unknown` when it could not be asked.
    status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    status_error: Option<String>,
    /// The candidate trigger's "Send to Flare" button.
    #[serde(skip_serializing_if = "Option::is_none")]
    action_id: Option<String>,
}

#[derive(Serialize)]
struct Report {
    organisation: String,
    on: bool,
    webhooks: Vec<Hook>,
    #[serde(flatten)]
    events: EventSummary,
}

pub fn run(ctx: &mut Context, args: FlareAutoStatusArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    if let Some(wait) = args.wait {
        // The audit's newest row is noted before JobAdder is asked: a
        // watchdog that re-enables a webhook between the two is then
        // counted. Noted after, its row could come first and be waited for
        // in vain (CI saw `serve`'s start-up pass land just there).
        let from = last_audit_id(ctx, &org)?;
        let broken: Vec<String> = hooks(ctx, &org)?
            .0
            .into_iter()
            .filter(|h| matches!(h.status.as_str(), "Suspended" | "Failed"))
            .map(|h| h.webhook_id)
            .collect();
        settled(ctx, &org, from, &broken, wait)?;
    }
    let (webhooks, verdict) = hooks(ctx, &org)?;
    let since = ctx.clock.now() - time::Duration::days(1);
    let events = ctx.state()?.read().event_summary(org.id, since)?;
    let on = !webhooks.is_empty();
    let mut lines = Vec::new();
    if webhooks.is_empty() {
        lines.push(format!(
            "Automatic export is off for {slug} (turn it on: `atslink flare auto on --org {slug}`)"
        ));
    }
    for w in &webhooks {
        lines.push(format!(
            "webhook {} ({}): {}{} -> {}",
            w.webhook_id,
            w.trigger,
            w.status,
            w.status_error
                .as_deref()
                .map(|e| format!(" ({e})"))
                .unwrap_or_default(),
            w.url
        ));
        if let Some(a) = &w.action_id {
            lines.push(format!(
                "  button \"{}\": partner action {a}",
                super::BUTTON_NAME
            ));
        }
    }
    let or_never =
        |v: &Option<time::OffsetDateTime>| v.map_or_else(|| "never".into(), crate::clock::format);
    lines.push(format!(
        "last event received: {}",
        or_never(&events.last_event_received)
    ));
    lines.push(format!("backlog: {}", events.backlog));
    lines.push(format!("last push: {}", or_never(&events.last_push)));
    lines.push(format!(
        "failures in the last day: {}",
        events.failures_last_day
    ));
    let out = Output::new(
        Report {
            organisation: slug,
            on,
            webhooks,
            events,
        },
        Human::Lines(lines),
    );
    // A webhook JobAdder suspended drops events, which is what someone
    // asking for the status needs told, with `org check`'s fix, not just
    // a word in the list.
    Ok(match (verdict.status, verdict.fix) {
        (Status::Fail, Some(fix)) => {
            out.with_failure(Error::failure(verdict.evidence).with_hint(fix))
        }
        _ => out,
    })
}

/// Each registered webhook with its status as JobAdder reports it, and
/// `org check`'s verdict on them (`jobadder.webhooks`).
fn hooks(ctx: &mut Context, org: &Org) -> Result<(Vec<Hook>, Check)> {
    let rows = ctx.state()?.read().webhooks(org.id)?;
    let (mut webhooks, mut states) = (Vec::new(), Vec::new());
    for r in &rows {
        let got = super::read_webhook(ctx, org, &r.webhook_id);
        let (status, status_error) = match &got {
            Ok(Some(w)) => (w.status.clone().unwrap_or_else(|| "Enabled".into()), None),
            Ok(None) => ("deleted".to_string(), None),
            Err(e) => ("unknown".to_string(), Some(e.message.clone())),
        };
        webhooks.push(Hook {
            trigger: r.trigger.clone(),
            webhook_id: r.webhook_id.clone(),
            url: r.url.clone(),
            status,
            status_error,
            action_id: r.action_id.clone(),
        });
        // The verdict only reads an error's text: a webhook it could not
        // ask about leaves it unknown, never failed.
        states.push(got.map_err(|e| ClientError::Unavailable(e.message)));
    }
    let public_url = ctx.config.serve.public_url.clone();
    let verdict = jobadder::webhooks(&org.slug, public_url.as_deref(), &rows, states);
    Ok((webhooks, verdict))
}

/// The newest audit row's id (0 for none): what a wait counts from.
fn last_audit_id(ctx: &mut Context, org: &Org) -> Result<i64> {
    let newest = ctx.state()?.read().audit(&crate::state::AuditFilter {
        org_slug: Some(org.slug.clone()),
        since: None,
        limit: Some(1),
    })?;
    Ok(newest.first().map_or(0, |a| a.id))
}

/// Waits until serve has settled: every webhook that was suspended has been
/// re-enabled by its watchdog (whose audit row, newer than `from`, is
/// written after the back-filled events are stored), and no stored event
/// is pending (serve pushes them). Polls the store; exit 7 when `wait`
/// passes first.
fn settled(
    ctx: &mut Context,
    org: &Org,
    from: i64,
    broken: &[String],
    wait: time::Duration,
) -> Result<()> {
    let deadline = std::time::Instant::now() + wait.unsigned_abs();
    loop {
        let repaired: Vec<String> = ctx
            .state()?
            .read()
            .audit(&crate::state::AuditFilter {
                org_slug: Some(org.slug.clone()),
                since: None,
                limit: Some(200),
            })?
            .into_iter()
            .filter(|a| a.id > from && a.action == "flare.auto.reenabled")
            .filter_map(|a| a.subject)
            .collect();
        let waiting: Vec<&String> = broken.iter().filter(|id| !repaired.contains(id)).collect();
        let now = ctx.clock.now();
        let backlog = ctx.state()?.read().event_summary(org.id, now)?.backlog;
        if waiting.is_empty() && backlog == 0 {
            return Ok(());
        }
        if std::time::Instant::now() >= deadline && !waiting.is_empty() {
            return Err(Error::unavailable(format!(
                "webhook {} of {} is still suspended",
                waiting
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                org.slug
            ))
            .with_hint(
                "is `atslink serve` running on this home? its watchdog re-enables suspended webhooks",
            ));
        }
        if std::time::Instant::now() >= deadline {
            let (n, verb) = if backlog == 1 {
                ("event", "is")
            } else {
                ("events", "are")
            };
            return Err(Error::unavailable(format!(
                "{backlog} {n} of {} {verb} still waiting to be pushed",
                org.slug
            ))
            .with_hint(
                "is `atslink serve` running on this home? its log says what each event did",
            ));
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}
