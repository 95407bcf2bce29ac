//! `integration relink`: a new consent for an existing link. Nothing is
//! replaced until the new tokens are stored, so a failed or refused relink
//! leaves the organisation exactly as it was.

use serde_json::json;

use super::{connect, link_anew};
use crate::auth::tokens::TokenSet;
use crate::cli::IntegrationRelinkArgs;
use crate::context::Context;
use crate::endpoints;
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::providers::Provider;
use crate::providers::{ClientError, jobadder};
use crate::secrets::SecretString;
use crate::state::IntegrationRow;

pub fn run(ctx: &mut Context, args: IntegrationRelinkArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    let connect_args = connect::ConnectArgs::from_cli(args.provider);
    let provider = connect_args.provider;
    let existing = ctx.state()?.read().require_link(&org, provider)?;
    // Relinking is the remedy for a damaged link, so an unreadable entry
    // must not block it: the old tokens only serve the clean-up below
    // (revoking the replaced grant), which is then skipped.
    let old_tokens = match ctx.creds()?.get(&crate::auth::tokens::key(&slug, provider)) {
        Ok(tokens) => tokens,
        Err(e) => {
            ctx.printer.debug(
                1,
                &format!(
                    "the old {} tokens could not be read ({}); relinking without them",
                    provider.as_str(),
                    e.message
                ),
            );
            None
        }
    };
    let row = link_anew(
        ctx,
        &org,
        &connect_args,
        Some(&existing),
        args.allow_account_change,
    )?;
    report_replaced_account(ctx, &org, &existing, &row, old_tokens.as_ref());
    // The replaced Salesforce grant still counts against the user's five
    // per app until revoked; drop it now that the new one is stored.
    if provider == Provider::Salesforce
        && let Some(old) = old_tokens
        && let Ok(old) = crate::auth::tokens::TokenSet::from_secret(&old)
        && let Some(refresh) = old.refresh_token
        && let Err(why) = super::unlink::revoke_salesforce(ctx, &row, &refresh)
    {
        ctx.printer.warn(&format!(
            "the replaced Salesforce grant could not be revoked: {why}"
        ));
    }
    let status = format!(
        "Relinked {slug} to {} account {}{}",
        provider.label(),
        row.account_id.as_deref().unwrap_or("-"),
        row.authorised_by
            .as_deref()
            .map(|w| format!(", authorised by {w}"))
            .unwrap_or_default()
    );
    Ok(Output::new(
        json!({ "organisation": slug, "integration": row, "replaced": existing }),
        Human::Nothing,
    )
    .with_status(status))
}

/// After a relink to another account: removes from the old account what
/// atslink registered there, saying what went and what is left behind.
fn report_replaced_account(
    ctx: &mut Context,
    org: &crate::state::Org,
    existing: &IntegrationRow,
    row: &IntegrationRow,
    old_tokens: Option<&SecretString>,
) {
    // A move to another JobAdder account leaves the old account's button
    // (and automatic-export webhooks) pointing at a link that no longer
    // exists: remove them with the old tokens, which are still in hand.
    let old_button = existing
        .partner_action_id
        .as_deref()
        .filter(|a| row.partner_action_id.as_deref() != Some(*a));
    let moved = row.provider == Provider::JobAdder && existing.account_id != row.account_id;
    if old_button.is_some() || moved {
        let old_account = existing.account_id.as_deref().unwrap_or("-");
        match clean_replaced_account(ctx, org, existing, old_tokens, old_button) {
            Ok(removed) if removed.is_empty() => {}
            Ok(removed) => {
                ctx.printer.status(&format!(
                    "Removed from JobAdder account {old_account}: {}",
                    removed.join(", ")
                ));
                if removed.iter().any(|r| r.contains("webhook")) {
                    ctx.printer.warn(&format!(
                        "automatic export to Flare was on for the old account; turn it on for the \
                         new one with `atslink flare auto on --org {}`",
                        org.slug
                    ));
                }
            }
            Err(why) => ctx.printer.warn(&format!(
                "left behind in JobAdder account {old_account}: what atslink registered there \
                 (button, webhooks): {}; remove them in JobAdder",
                why.message
            )),
        }
    }
}

/// An access token for the replaced link's account: one fresh from its
/// refresh token (that grant is being abandoned, so the rotated refresh
/// token is not kept), else its stored access token.
fn replaced_access(
    ctx: &mut crate::services::Services,
    old: &IntegrationRow,
    old_tokens: Option<&SecretString>,
) -> Result<(String, SecretString)> {
    let tokens = old_tokens
        .and_then(|t| TokenSet::from_secret(t).ok())
        .ok_or_else(|| Error::failure("the old link's tokens are gone"))?;
    let (base, ep, client_id, secret) = endpoints::jobadder_app(ctx)?;
    let api = old
        .api_base
        .as_deref()
        .map(|a| endpoints::rebase(a, base.as_deref()))
        .ok_or_else(|| Error::failure("the old link has no API base"))?;
    let app = jobadder::App {
        client_id: &client_id,
        client_secret: &secret,
        token_url: &ep.token_url,
    };
    let oauth = crate::auth::oauth::jobadder::OAuth::new(ctx.http(), &app, &ep.authorize_url)?;
    let rt = crate::providers::runtime()?;
    if let Some(refresh) = &tokens.refresh_token
        && let Ok(fresh) = rt.block_on(oauth.refresh(refresh))
    {
        return Ok((api, fresh.access_token));
    }
    Ok((api, tokens.access_token))
}

/// Removes from the replaced account what atslink registered there for this
/// organisation: the Actions-menu button, and the automatic-export webhooks
/// (and their "Send to Flare" button), which would otherwise go on
/// delivering the old account's events. The webhooks are forgotten so
/// `flare auto on` registers them in the new account. What was removed.
fn clean_replaced_account(
    ctx: &mut Context,
    org: &crate::state::Org,
    old: &IntegrationRow,
    old_tokens: Option<&SecretString>,
    button: Option<&str>,
) -> Result<Vec<String>> {
    let webhooks = ctx.state()?.read().webhooks(org.id)?;
    if button.is_none() && webhooks.is_empty() {
        return Ok(Vec::new());
    }
    let (api, access) = replaced_access(ctx, old, old_tokens)?;
    let client = jobadder::Client::new(ctx.http());
    let rt = crate::providers::runtime()?;
    let gone = |r: crate::providers::ClientResult<()>| match r {
        Ok(()) | Err(ClientError::NotFound(_)) => Ok(()),
        Err(e) => Err(Error::from(e)),
    };
    let mut removed = Vec::new();
    for action in button
        .into_iter()
        .chain(webhooks.iter().filter_map(|w| w.action_id.as_deref()))
    {
        gone(rt.block_on(client.delete_partner_action(&api, &access, action)))?;
        removed.push(format!("the Actions-menu button (action {action})"));
    }
    for w in &webhooks {
        gone(rt.block_on(client.delete_webhook(&api, &access, &w.webhook_id)))?;
        removed.push(format!("the automatic-export webhook {}", w.webhook_id));
    }
    if !webhooks.is_empty() {
        ctx.state()?.write(|tx| tx.forget_webhooks(org.id))?;
    }
    Ok(removed)
}
