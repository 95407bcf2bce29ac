//! `flare auto on`: registers the JobAdder webhook for `placement_approved`
//! pointing at `atslink serve`. Idempotent: the authorization value is
//! generated once and stored before JobAdder hears of it (so a run killed
//! half-way leaves nothing JobAdder would send that atslink cannot check);
//! an existing webhook of ours is updated (and so re-enabled) rather than
//! doubled, and any extra copy is deleted.

use serde_json::json;

use super::{TRIGGER, authorization_key, call, ours, receiver_url, webhook_name};
use crate::cli::FlareAutoOnArgs;
use crate::context::{Context, org_in};
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::providers::jobadder::webhooks::WebhookSpec;
use crate::providers::{ClientError, runtime};
use crate::state::{NewAudit, Org, WebhookRow};

pub fn run(ctx: &mut Context, args: FlareAutoOnArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    require_links(ctx, &org)?;
    let public = args
        .public_url
        .or_else(|| ctx.config.serve.public_url.clone())
        .ok_or_else(|| {
            Error::usage("no public URL for `atslink serve`: JobAdder must be able to reach it")
                .with_hint(format!(
                    "set serve.public_url in the config, or pass it: `atslink flare auto on --org {slug} --public-url https://atslink.example.com`"
                ))
        })?;
    let url = receiver_url(&public, &slug);
    let key = authorization_key(&slug);
    let authorization = match ctx.creds()?.get(&key)? {
        Some(a) => a,
        None => {
            let a = super::new_authorization()?;
            ctx.store_secret(&key, Some(org.id), &a)?;
            a
        }
    };
    let name = webhook_name(&slug);
    let events = [TRIGGER];
    let spec = WebhookSpec {
        name: &name,
        url: &url,
        events: &events,
        authorization: &authorization,
    };
    let rt = runtime()?;
    let mut existing = ours(ctx, &org)?;
    let recorded = ctx.state()?.read().webhooks(org.id)?;
    // The recorded webhook first, so it is the one kept.
    existing.sort_by_key(|w| !recorded.iter().any(|r| r.webhook_id == w.webhook_id));
    let (hook, created) = match existing.first() {
        Some(w) => {
            let id = w.webhook_id.clone();
            let updated = call(ctx, &org, "updating the JobAdder webhook", |c, api, tok| {
                rt.block_on(c.update_webhook(api, tok, &id, &spec))
            })?;
            (updated, false)
        }
        None => {
            let made = call(
                ctx,
                &org,
                "registering the JobAdder webhook",
                |c, api, tok| rt.block_on(c.create_webhook(api, tok, &spec)),
            )?;
            (made, true)
        }
    };
    for extra in existing.iter().skip(1) {
        let id = extra.webhook_id.clone();
        call(
            ctx,
            &org,
            "deleting a duplicate JobAdder webhook",
            |c, api, tok| match rt.block_on(c.delete_webhook(api, tok, &id)) {
                Err(ClientError::NotFound(_)) => Ok(()),
                other => other,
            },
        )?;
    }
    let row = WebhookRow {
        trigger: TRIGGER.into(),
        webhook_id: hook.webhook_id.clone(),
        url: url.clone(),
        created_at: crate::clock::format(ctx.clock.now()),
    };
    let stamp = ctx.stamp();
    ctx.state()?.write(|tx| {
        let org = org_in(tx, &slug)?;
        tx.save_webhook(org.id, &row)?;
        stamp.record(
            tx,
            NewAudit {
                org_slug: Some(slug.clone()),
                action: "flare.auto.on".into(),
                subject: Some(row.webhook_id.clone()),
                before: None,
                after: Some(format!("{TRIGGER} -> {url}")),
            },
        )
    })?;
    let status = hook.status.clone().unwrap_or_else(|| "Enabled".into());
    Ok(Output::new(
        json!({
            "organisation": slug,
            "created": created,
            "webhooks": [{
                "trigger": TRIGGER,
                "webhook_id": hook.webhook_id,
                "url": url,
                "status": status,
            }],
        }),
        Human::Nothing,
    )
    .with_status(format!(
        "Automatic export is on for {slug}: JobAdder webhook {} ({TRIGGER}) {} {url}",
        hook.webhook_id,
        if created {
            "registered at"
        } else {
            "kept, pointing at"
        }
    )))
}

/// Both links must exist: events are pushed from JobAdder to Flare.
pub fn require_links(ctx: &mut Context, org: &Org) -> Result<()> {
    for (provider, label, how) in [
        ("jobadder", "JobAdder", "integration link jobadder"),
        ("flare", "Flare", "integration link flare"),
    ] {
        if ctx.state()?.read().integration(org.id, provider)?.is_none() {
            return Err(Error::not_found(format!(
                "{} is not linked to {label}; automatic export needs JobAdder and Flare",
                org.slug
            ))
            .with_hint(format!("`atslink {how} --org {}`", org.slug)));
        }
    }
    Ok(())
}
