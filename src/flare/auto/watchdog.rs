//! The suspension watchdog `atslink serve` runs: JobAdder suspends a
//! webhook after 10 failed deliveries in an hour and drops every event
//! while it is suspended. Each pass asks JobAdder for the status of every
//! webhook atslink registered; a `Suspended` or `Failed` one is re-enabled
//! with `PUT /webhooks/{id}`, and the gap is back-filled through the batch
//! path: every placement approved (and selected for onboarding export)
//! since the last event received is stored as an event, so the workers push
//! it like a delivery. Back-filled events are keyed `backfill:<placement>`,
//! and the push's ledger is once-only, so overlap and several serve
//! processes doing the same pass cost nothing and double nothing.

use super::{authorization_key, call, webhook_name};
use crate::error::{Error, Result};
use crate::flare::Session;
use crate::providers::jobadder::webhooks::WebhookSpec;
use crate::providers::runtime;
use crate::services::Services;
use crate::state::{NewAudit, NewEvent, Org, WebhookRow};

/// Back-fill from this long before the last event received: deliveries
/// arrive out of order, and a placement pushed twice is skipped by the
/// ledger.
const OVERLAP: time::Duration = time::Duration::hours(1);

/// What one pass did for one webhook, for serve's log.
pub struct Repair {
    pub org: String,
    pub webhook_id: String,
    pub was: String,
    pub backfilled: usize,
}

/// One pass over every organisation with a webhook. Errors of one
/// organisation are reported and do not stop the others.
pub fn sweep(ctx: &mut Services) -> Result<(Vec<Repair>, Vec<String>)> {
    let orgs = ctx.state()?.read().orgs()?;
    let (mut repairs, mut problems) = (Vec::new(), Vec::new());
    for org in orgs {
        for row in ctx.state()?.read().webhooks(org.id)? {
            match check(ctx, &org, &row) {
                Ok(Some(r)) => repairs.push(r),
                Ok(None) => {}
                Err(e) => problems.push(format!(
                    "org={} webhook={}: {}",
                    org.slug, row.webhook_id, e.message
                )),
            }
        }
    }
    Ok((repairs, problems))
}

fn check(ctx: &mut Services, org: &Org, row: &WebhookRow) -> Result<Option<Repair>> {
    let rt = runtime()?;
    let id = row.webhook_id.clone();
    let hook = super::read_webhook(ctx, org, &id)?;
    let Some(hook) = hook else {
        return Err(
            Error::not_found("JobAdder no longer has this webhook").with_hint(format!(
                "`atslink flare auto on --org {}` registers it again",
                org.slug
            )),
        );
    };
    let was = hook.status.unwrap_or_else(|| "Enabled".into());
    if !["Suspended", "Failed"].contains(&was.as_str()) {
        return Ok(None);
    }
    let authorization =
        ctx.creds()?
            .get(&authorization_key(&org.slug))?
            .ok_or_else(|| {
                Error::not_found("the webhook's authorization value is not stored").with_hint(
                    format!("`atslink flare auto on --org {}` sets a new one", org.slug),
                )
            })?;
    let name = webhook_name(&org.slug, &row.trigger);
    let events = [row.trigger.as_str()];
    let spec = WebhookSpec {
        name: &name,
        url: &row.url,
        events: &events,
        authorization: &authorization,
    };
    // Button presses lost while suspended cannot be listed again; approved
    // placements can. They are stored before the webhook is re-enabled, so
    // a webhook JobAdder shows as Enabled has its gap stored already (what
    // `flare auto status --wait` relies on), and again after, for any
    // placement approved while the re-enable was on its way.
    let placements = row.trigger == super::TRIGGER;
    let mut backfilled = if placements {
        backfill(ctx, org, row)?
    } else {
        0
    };
    call(
        ctx,
        org,
        "re-enabling the JobAdder webhook",
        |c, api, tok| rt.block_on(c.update_webhook(api, tok, &id, &spec)),
    )?;
    if placements {
        backfilled += backfill(ctx, org, row)?;
    }
    ctx.record_audit(NewAudit {
        org_slug: Some(org.slug.clone()),
        action: "flare.auto.reenabled".into(),
        subject: Some(row.webhook_id.clone()),
        before: Some(was.clone()),
        after: Some(format!("Enabled; {backfilled} placements back-filled")),
    })?;
    Ok(Some(Repair {
        org: org.slug.clone(),
        webhook_id: row.webhook_id.clone(),
        was,
        backfilled,
    }))
}

/// Stores every placement approved since the last event received (less
/// the overlap) as an event; the number newly stored.
fn backfill(ctx: &mut Services, org: &Org, row: &WebhookRow) -> Result<usize> {
    let last = ctx
        .state()?
        .read()
        .event_summary(org.id, time::OffsetDateTime::UNIX_EPOCH)?
        .last_event_received
        .unwrap_or(row.created_at);
    let since = last - OVERLAP;
    let filter = format!(">={}", crate::clock::format(since));
    let mut s = Session::open(ctx, org.clone())?;
    let placements = s.all_placements(
        ctx,
        &[("ApprovedAt", &filter), ("Export", "onboarding")],
        100,
    )?;
    let at = ctx.clock.now();
    ctx.state()?.write(|tx| {
        let mut n = 0;
        for p in placements.iter().filter(|p| p.export.onboarding) {
            let event_id = format!("backfill:{}", p.placement_id);
            n += usize::from(tx.store_event(&NewEvent {
                org_id: org.id,
                event_id: &event_id,
                webhook_id: &row.webhook_id,
                event: "placement_approved",
                placement_id: Some(p.placement_id),
                candidate_id: Some(p.candidate.candidate_id),
                at,
            })?);
        }
        Ok(n)
    })
}
