//! `flare auto on`: registers, per trigger, the JobAdder webhook pointing
//! at `atslink serve`: `placement` (placement onboarding on
//! `placement_approved`) and `candidate` (candidate onboarding through a
//! "Send to Flare" button on candidates and its `candidate_partner_action`
//! event). Idempotent: the authorization value is generated once and
//! stored before JobAdder hears of it (so a run killed half-way leaves
//! nothing JobAdder would send that atslink cannot check); an existing
//! webhook or button of ours is updated or reused rather than doubled, and
//! any extra copy of a webhook is deleted.

use serde_json::{Value, json};

use super::{
    BUTTON_NAME, authorization_key, button_reference, call, event_of, ours, receiver_url,
    webhook_name,
};
use crate::cli::FlareAutoOnArgs;
use crate::context::{Context, org_in};
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::providers::jobadder::webhooks::{Webhook, WebhookSpec};
use crate::providers::{ClientError, Provider, runtime};
use crate::secrets::SecretString;
use crate::state::{NewAudit, Org, WebhookRow};

pub fn run(ctx: &mut Context, args: FlareAutoOnArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    require_links(ctx, &org)?;
    let public = public_url(ctx, args.public_url, &slug)?;
    let url = receiver_url(&public, &slug);
    let authorization = stored_authorization(ctx, &org)?;
    let mut existing = ours(ctx, &org)?;
    let mut triggers = args.trigger.clone();
    triggers.dedup();
    let mut shown = Vec::new();
    let mut any_created = false;
    for trigger in &triggers {
        let event = event_of(trigger);
        let action_id = match trigger.as_str() {
            "candidate" => Some(ensure_button(ctx, &org)?),
            _ => None,
        };
        let (hook, created) =
            ensure_webhook(ctx, &org, event, &url, &authorization, &mut existing)?;
        any_created |= created;
        let row = WebhookRow {
            trigger: event.into(),
            webhook_id: hook.webhook_id.clone(),
            url: url.clone(),
            created_at: ctx.clock.now(),
            action_id,
        };
        record_webhook(ctx, &slug, &row)?;
        shown.push(shown_webhook(&row, &hook));
    }
    Ok(report(&slug, &url, shown, any_created))
}

/// `--public-url`, else the config's `serve.public_url`: where JobAdder
/// reaches `atslink serve`.
fn public_url(ctx: &Context, given: Option<String>, slug: &str) -> Result<String> {
    given
        .or_else(|| ctx.config.serve.public_url.clone())
        .ok_or_else(|| {
            Error::usage("no public URL for `atslink serve`: JobAdder must be able to reach it")
                .with_hint(format!(
                    "set serve.public_url in the config, or pass it: `atslink flare auto on --org {slug} --public-url https://atslink.example.com`"
                ))
        })
}

/// The webhooks' authorization value: generated once and stored before
/// JobAdder hears of it, then reused by every later run.
fn stored_authorization(ctx: &mut Context, org: &Org) -> Result<SecretString> {
    let key = authorization_key(&org.slug);
    if let Some(a) = ctx.creds()?.get(&key)? {
        return Ok(a);
    }
    let a = super::new_authorization()?;
    ctx.store_secret(&key, Some(org.id), &a)?;
    Ok(a)
}

/// The webhook's row and its audit entry, in one transaction.
fn record_webhook(ctx: &mut Context, slug: &str, row: &WebhookRow) -> Result<()> {
    let stamp = ctx.stamp();
    ctx.state()?.write(|tx| {
        let org = org_in(tx, slug)?;
        tx.save_webhook(org.id, row)?;
        stamp.record(
            tx,
            NewAudit {
                org_slug: Some(slug.to_string()),
                action: "flare.auto.on".into(),
                subject: Some(row.webhook_id.clone()),
                before: None,
                after: Some(format!("{} -> {}", row.trigger, row.url)),
            },
        )
    })
}

fn shown_webhook(row: &WebhookRow, hook: &Webhook) -> Value {
    let mut v = json!({
        "trigger": row.trigger,
        "webhook_id": hook.webhook_id,
        "url": row.url,
        "status": hook.status.clone().unwrap_or_else(|| "Enabled".into()),
    });
    if let Some(a) = &row.action_id {
        v["action_id"] = Value::String(a.clone());
    }
    v
}

fn report(slug: &str, url: &str, shown: Vec<Value>, any_created: bool) -> Output {
    let ids: Vec<String> = shown
        .iter()
        .map(|w| {
            format!(
                "{} ({})",
                w["webhook_id"].as_str().unwrap_or("?"),
                w["trigger"].as_str().unwrap_or("?")
            )
        })
        .collect();
    Output::new(
        json!({
            "organisation": slug,
            "created": any_created,
            "webhooks": shown,
        }),
        Human::Nothing,
    )
    .with_status(format!(
        "Automatic export is on for {slug}: JobAdder webhook {} {} {url}",
        ids.join(", "),
        if any_created {
            "registered at"
        } else {
            "kept, pointing at"
        }
    ))
}

/// The webhook for `event`: ours already (the recorded one first) is
/// updated, which also re-enables it; else one is created. Extra copies
/// are deleted. The webhook, and whether it was created.
fn ensure_webhook(
    ctx: &mut Context,
    org: &Org,
    event: &str,
    url: &str,
    authorization: &SecretString,
    existing: &mut Vec<Webhook>,
) -> Result<(Webhook, bool)> {
    let rt = runtime()?;
    let name = webhook_name(&org.slug, event);
    let events = [event];
    let spec = WebhookSpec {
        name: &name,
        url,
        events: &events,
        authorization,
    };
    let recorded: Vec<String> = ctx
        .state()?
        .read()
        .webhooks(org.id)?
        .into_iter()
        .filter(|r| r.trigger == event)
        .map(|r| r.webhook_id)
        .collect();
    let mut mine: Vec<Webhook> = Vec::new();
    existing.retain(|w| {
        let is = recorded.contains(&w.webhook_id) || w.name.as_deref() == Some(name.as_str());
        if is {
            mine.push(w.clone());
        }
        !is
    });
    mine.sort_by_key(|w| !recorded.contains(&w.webhook_id));
    let kept = match mine.first() {
        Some(w) => {
            let id = w.webhook_id.clone();
            let updated = call(ctx, org, "updating the JobAdder webhook", |c, api, tok| {
                rt.block_on(c.update_webhook(api, tok, &id, &spec))
            })?;
            (updated, false)
        }
        None => {
            let made = call(
                ctx,
                org,
                "registering the JobAdder webhook",
                |c, api, tok| rt.block_on(c.create_webhook(api, tok, &spec)),
            )?;
            (made, true)
        }
    };
    for extra in mine.iter().skip(1) {
        let id = extra.webhook_id.clone();
        call(
            ctx,
            org,
            "deleting a duplicate JobAdder webhook",
            |c, api, tok| match rt.block_on(c.delete_webhook(api, tok, &id)) {
                Err(ClientError::NotFound(_)) => Ok(()),
                other => other,
            },
        )?;
    }
    Ok(kept)
}

/// The "Send to Flare" button on candidates: found by its reference, or
/// registered without a URL (JobAdder then raises
/// `candidate_partner_action` when it is pressed). Its action id.
fn ensure_button(ctx: &mut Context, org: &Org) -> Result<String> {
    let rt = runtime()?;
    let reference = button_reference(&org.slug);
    let found = call(
        ctx,
        org,
        "finding the Send to Flare button",
        |c, api, tok| rt.block_on(c.find_partner_action(api, tok, &reference)),
    )?;
    if let Some(a) = found {
        return Ok(a.action_id);
    }
    let made = call(
        ctx,
        org,
        "registering the Send to Flare button",
        |c, api, tok| {
            rt.block_on(c.create_partner_action(api, tok, BUTTON_NAME, "", &reference, None))
        },
    )?;
    Ok(made.action_id)
}

/// Both links must exist: events are pushed from JobAdder to Flare.
pub fn require_links(ctx: &mut Context, org: &Org) -> Result<()> {
    for provider in [Provider::JobAdder, Provider::Flare] {
        if let Err(mut e) = ctx.state()?.read().require_link(org, provider) {
            if e.kind == crate::error::ErrorKind::Auth {
                e.message
                    .push_str("; automatic export needs JobAdder and Flare");
            }
            return Err(e);
        }
    }
    Ok(())
}
