//! `integration unlink`: clean up at the provider where possible (JobAdder:
//! the webhooks and the Actions-menu button, before the tokens, as JobAdder documents;
//! Salesforce: revoke the grant), then forget the secrets and metadata. If
//! the provider cannot be reached or the token is dead, the link is removed
//! locally anyway and the output lists what is left to clean by hand.

use serde_json::json;

use super::{secret_keys, summary};
use crate::auth::tokens::{self, TokenSet};
use crate::cli::IntegrationUnlinkArgs;
use crate::context::Context;
use crate::endpoints;
use crate::error::Result;
use crate::output::{Human, Output};
use crate::providers::Provider;
use crate::providers::runtime;
use crate::providers::{ClientError, salesforce};
use crate::secrets::SecretString;
use crate::state::{IntegrationRow, NewAudit};

pub fn run(ctx: &mut Context, args: IntegrationUnlinkArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    let provider = args.provider;
    let name = provider.as_str();
    let row = ctx.state()?.read().require_link(&org, provider)?;
    ctx.confirm(
        &format!("Unlink {slug} from {}?", provider.label()),
        &format!("atslink integration unlink {name} --org {slug}"),
    )?;
    // A corrupt entry must not block the unlink: it is removed with the rest.
    let tokens = match ctx.creds()?.get(&tokens::key(&slug, provider))? {
        Some(s) => TokenSet::from_secret(&s).ok(),
        None => None,
    };
    // What atslink registered at the provider goes first, while the tokens
    // still exist; what cannot be removed is reported, never blocking.
    let mut cleaned = Vec::new();
    let mut leftovers = Vec::new();
    match provider {
        Provider::JobAdder => clean_jobadder(ctx, &org, &row, &mut cleaned, &mut leftovers)?,
        Provider::Salesforce => {
            clean_salesforce(ctx, &row, tokens.as_ref(), &mut cleaned, &mut leftovers)
        }
        Provider::Flare => {}
    }
    // Under the refresh lock, so a refresh in flight cannot re-store tokens
    // after they are gone.
    let _lock = crate::auth::refresh::lock(ctx, &org, provider)?;
    for key in secret_keys(&slug, provider) {
        ctx.delete_secret(&key)?;
    }
    let stamp = ctx.stamp();
    ctx.state()?.write(|tx| {
        tx.delete_integration(org.id, provider)?;
        if provider == Provider::JobAdder {
            // Without the link its webhooks can neither be checked nor
            // authenticated; any left behind are listed below.
            tx.forget_webhooks(org.id)?;
        }
        stamp.record(
            tx,
            NewAudit {
                org_slug: Some(slug.clone()),
                action: "integration.unlink".into(),
                subject: Some(name.to_string()),
                before: Some(summary(&row)),
                after: (!leftovers.is_empty())
                    .then(|| format!("not cleaned: {}", leftovers.join("; "))),
            },
        )
    })?;
    for l in &leftovers {
        ctx.printer.warn(&format!("left behind: {l}"));
    }
    Ok(Output::new(
        json!({
            "organisation": slug,
            "provider": name,
            "cleaned": cleaned,
            "not_cleaned": leftovers,
        }),
        Human::Nothing,
    )
    .with_status(format!("Unlinked {slug} from {}", provider.label())))
}

/// JobAdder: the automatic-export webhooks (and the Send to Flare button)
/// while the tokens and the authorization value still exist (JobAdder's
/// documented order), then the Actions-menu button.
fn clean_jobadder(
    ctx: &mut Context,
    org: &crate::state::Org,
    row: &IntegrationRow,
    cleaned: &mut Vec<String>,
    leftovers: &mut Vec<String>,
) -> Result<()> {
    let slug = org.slug.clone();
    // Webhooks (and the Send to Flare button) first, while the
    // tokens and the authorization value still exist (JobAdder's
    // documented order); only when automatic export was ever turned
    // on (a webhook is recorded, or its authorization value stored).
    let auto = crate::commands::flare::auto::authorization_key(&org.slug);
    let had_auto =
        !ctx.state()?.read().webhooks(org.id)?.is_empty() || ctx.creds()?.get(&auto)?.is_some();
    match had_auto.then(|| crate::commands::flare::auto::remove_webhooks(ctx, org)) {
        None => {}
        Some(Ok(ids)) => cleaned.extend(ids.into_iter().map(|id| {
            // "button N" (Send to Flare) as it is; the rest are webhook ids.
            if id.starts_with("button ") {
                id
            } else {
                format!("webhook {id}")
            }
        })),
        Some(Err(e)) => leftovers.push(format!(
            "the JobAdder webhooks of {slug} in account {}: {}; delete them in JobAdder, \
             or relink and run `atslink flare auto off --org {slug}`",
            row.account_id.as_deref().unwrap_or("-"),
            e.message
        )),
    }
    if let Some(action_id) = &row.partner_action_id {
        match remove_partner_action(ctx, org, action_id) {
            Ok(()) => cleaned.push(format!("Actions-menu button (action {action_id})")),
            Err(why) => leftovers.push(format!(
                "the Actions-menu button (action {action_id}) in JobAdder account {}: {}; \
                 remove it in JobAdder, or relink and unlink again",
                row.account_id.as_deref().unwrap_or("-"),
                why.message
            )),
        }
    }
    Ok(())
}

/// Salesforce: revoke the grant (it counts against the user's five per app).
fn clean_salesforce(
    ctx: &mut Context,
    row: &IntegrationRow,
    tokens: Option<&TokenSet>,
    cleaned: &mut Vec<String>,
    leftovers: &mut Vec<String>,
) {
    let token = tokens
        .as_ref()
        .map(|t| t.refresh_token.as_ref().unwrap_or(&t.access_token));
    match token {
        Some(t) => match revoke_salesforce(ctx, row, t) {
            Ok(()) => cleaned.push("Salesforce grant revoked".to_string()),
            Err(why) => leftovers.push(format!(
                "the Salesforce grant of {} could not be revoked: {}; remove it under \
                 Setup › Connected Apps OAuth Usage",
                row.authorised_by
                    .as_deref()
                    .unwrap_or("the authorising user"),
                why.message
            )),
        },
        None => leftovers.push("no stored Salesforce token to revoke".to_string()),
    }
}

/// Deletes the partner action with an access token from the locked
/// refresh path (refreshed if close to expiry, and once more on a 401).
fn remove_partner_action(
    ctx: &mut crate::services::Services,
    org: &crate::state::Org,
    action_id: &str,
) -> Result<()> {
    let rt = runtime()?;
    let deleted = crate::auth::jobadder_call::with_access(ctx, org, |c, api, token| {
        rt.block_on(c.delete_partner_action(api, token, action_id))
    })?;
    match deleted {
        Ok(()) | Err(ClientError::NotFound(_)) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Revokes a Salesforce token (a refresh token revokes its access tokens).
pub fn revoke_salesforce(
    ctx: &mut crate::services::Services,
    row: &IntegrationRow,
    token: &SecretString,
) -> Result<()> {
    let (login, client_id) = endpoints::salesforce_link(ctx, row)?;
    let app = salesforce::App {
        login_url: &login,
        client_id: &client_id,
        client_secret: None,
    };
    let rt = runtime()?;
    Ok(rt.block_on(salesforce::Client::new(ctx.http()).revoke(&app, token))?)
}
