//! Automatic export, the domain side. JobAdder calls `atslink serve`
//! (`POST /webhooks/jobadder/<org>`) when a placement is approved, and
//! serve pushes it to Flare through the same code path as
//! `flare push --placement`. Here: registering and removing the webhooks
//! and the candidate button, their authorization value (a secret, next to
//! the link's others), and the watchdog that repairs them. The
//! `flare auto on|off|status` commands are in `commands::flare::auto`.

pub mod watchdog;

use crate::auth::jobadder_call::with_access;
use crate::error::Result;
use crate::providers::jobadder::{self, webhooks::Webhook};
use crate::providers::{ClientError, ClientResult, runtime};
use crate::secrets::SecretString;
use crate::services::Services;
use crate::state::{NewAudit, Org};

/// The JobAdder event that exports a placement.
pub const TRIGGER: &str = "placement_approved";
/// The event of the "Send to Flare" button on a candidate.
pub const CANDIDATE_EVENT: &str = "candidate_partner_action";
/// The candidate button's name in JobAdder's Actions menu.
pub const BUTTON_NAME: &str = "Send to Flare";

/// The JobAdder event of a trigger named on the command line.
pub fn event_of(trigger: &str) -> &'static str {
    match trigger {
        "candidate" => CANDIDATE_EVENT,
        _ => TRIGGER,
    }
}

/// The reference atslink registers its "Send to Flare" button under.
pub fn button_reference(org: &str) -> String {
    format!("atslink:{org}:flare")
}

/// Where the `authorization` value JobAdder sends with each delivery is
/// kept: with the JobAdder link's other secrets, and removed with them.
pub fn authorization_key(org: &str) -> crate::secrets::SecretKey {
    crate::secrets::SecretKey::webhook_authorization(org)
}

/// The name atslink registers a webhook under: how a webhook left by a
/// run that died before recording it is found again.
pub fn webhook_name(org: &str, event: &str) -> String {
    format!("atslink:{org}:{event}")
}

/// The receiving route of `atslink serve` under its public URL.
pub fn receiver_url(public: &str, org: &str) -> String {
    format!("{}/webhooks/jobadder/{org}", public.trim_end_matches('/'))
}

/// A fresh authorization value: 40 random letters and digits.
pub fn new_authorization() -> Result<SecretString> {
    let a = jobadder::hashed_url::new_salt()?;
    let b = jobadder::hashed_url::new_salt()?;
    Ok(SecretString::new(format!("{a}{b}")))
}

/// A JobAdder call with an access token from the locked refresh path
/// (refreshed when close to expiry, and once more on a 401).
/// The webhook as JobAdder has it now; `None` when JobAdder no longer has it.
pub fn read_webhook(
    ctx: &mut Services,
    org: &Org,
    id: &str,
) -> Result<Option<crate::providers::jobadder::webhooks::Webhook>> {
    let rt = crate::providers::runtime()?;
    call(
        ctx,
        org,
        "reading the JobAdder webhook",
        |c, api, tok| match rt.block_on(c.webhook(api, tok, id)) {
            Ok(w) => Ok(Some(w)),
            Err(crate::providers::ClientError::NotFound(_)) => Ok(None),
            Err(e) => Err(e),
        },
    )
}

pub fn call<T>(
    ctx: &mut Services,
    org: &Org,
    what: &str,
    f: impl Fn(&jobadder::Client, &str, &SecretString) -> ClientResult<T>,
) -> Result<T> {
    with_access(ctx, org, f)?.map_err(|e| e.into_error(what))
}

/// The webhooks atslink has in this JobAdder account for the organisation:
/// the recorded ones and any under its name (left by an interrupted run).
pub fn ours(ctx: &mut Services, org: &Org) -> Result<Vec<Webhook>> {
    let recorded: Vec<String> = ctx
        .state()?
        .read()
        .webhooks(org.id)?
        .into_iter()
        .map(|w| w.webhook_id)
        .collect();
    let prefix = format!("atslink:{}:", org.slug);
    let rt = runtime()?;
    let all = call(ctx, org, "listing JobAdder webhooks", |c, api, tok| {
        rt.block_on(c.webhooks(api, tok))
    })?;
    Ok(all
        .into_iter()
        .filter(|w| {
            recorded.contains(&w.webhook_id)
                || w.name.as_deref().is_some_and(|n| n.starts_with(&prefix))
        })
        .collect())
}

/// Deletes the organisation's webhooks at JobAdder and forgets each one
/// deleted. Called before the authorization value or the tokens are
/// deleted (JobAdder's documented order): a failure stops here with both
/// still stored, so it can be retried. The ids deleted.
pub fn remove_webhooks(ctx: &mut Services, org: &Org) -> Result<Vec<String>> {
    let mut removed = remove_button(ctx, org)?;
    let mut ids: Vec<String> = ours(ctx, org)?.into_iter().map(|w| w.webhook_id).collect();
    for row in ctx.state()?.read().webhooks(org.id)? {
        if !ids.contains(&row.webhook_id) {
            // Recorded but already gone at JobAdder: only forgotten.
            ids.push(row.webhook_id);
        }
    }
    let rt = runtime()?;
    for id in ids {
        let gone = call(
            ctx,
            org,
            "deleting the JobAdder webhook",
            |c, api, tok| match rt.block_on(c.delete_webhook(api, tok, &id)) {
                Err(ClientError::NotFound(_)) => Ok(()),
                other => other,
            },
        );
        gone?;
        let stamp = ctx.stamp();
        let slug = org.slug.clone();
        ctx.state()?.write(|tx| {
            tx.forget_webhook(org.id, &id)?;
            stamp.record(
                tx,
                NewAudit {
                    org_slug: Some(slug),
                    action: "flare.auto.webhook_deleted".into(),
                    subject: Some(id.clone()),
                    before: None,
                    after: None,
                },
            )
        })?;
        removed.push(id);
    }
    Ok(removed)
}

/// Deletes the recorded "Send to Flare" button, before the webhooks, secret
/// and tokens go (`on` finds a stray one by its reference and reuses it).
/// What was deleted.
fn remove_button(ctx: &mut Services, org: &Org) -> Result<Vec<String>> {
    let rt = runtime()?;
    let ids: Vec<String> = ctx
        .state()?
        .read()
        .webhooks(org.id)?
        .into_iter()
        .filter_map(|w| w.action_id)
        .collect();
    let mut removed = Vec::new();
    for id in ids {
        call(
            ctx,
            org,
            "deleting the Send to Flare button",
            |c, api, tok| match rt.block_on(c.delete_partner_action(api, tok, &id)) {
                Err(ClientError::NotFound(_)) => Ok(()),
                other => other,
            },
        )?;
        removed.push(format!("button {id}"));
    }
    Ok(removed)
}
