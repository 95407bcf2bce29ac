//! `flare auto status`: per organisation, each webhook with its status as
//! JobAdder reports it, then what `serve` did with the events: the last
//! one received, the backlog, the last push and failures in the last day.

use serde::Serialize;

use super::call;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};
use crate::providers::{ClientError, runtime};
use crate::state::EventSummary;

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
}

#[derive(Serialize)]
struct Report {
    organisation: String,
    on: bool,
    webhooks: Vec<Hook>,
    #[serde(flatten)]
    events: EventSummary,
}

pub fn run(ctx: &mut Context) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    let rows = ctx.state()?.read().webhooks(org.id)?;
    let rt = runtime()?;
    let mut webhooks = Vec::new();
    for r in rows {
        let id = r.webhook_id.clone();
        let got = call(
            ctx,
            &org,
            "reading the JobAdder webhook",
            |c, api, tok| match rt.block_on(c.webhook(api, tok, &id)) {
                Ok(w) => Ok(Some(w)),
                Err(ClientError::NotFound(_)) => Ok(None),
                Err(e) => Err(e),
            },
        );
        let (status, status_error) = match got {
            Ok(Some(w)) => (w.status.unwrap_or_else(|| "Enabled".into()), None),
            Ok(None) => ("deleted".to_string(), None),
            Err(e) => ("unknown".to_string(), Some(e.message)),
        };
        webhooks.push(Hook {
            trigger: r.trigger,
            webhook_id: r.webhook_id,
            url: r.url,
            status,
            status_error,
        });
    }
    let since = crate::clock::format(ctx.clock.now() - time::Duration::days(1));
    let events = ctx.state()?.read().event_summary(org.id, &since)?;
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
    }
    let or_never = |v: &Option<String>| v.clone().unwrap_or_else(|| "never".into());
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
    Ok(Output::new(
        Report {
            organisation: slug,
            on,
            webhooks,
            events,
        },
        Human::Lines(lines),
    ))
}
