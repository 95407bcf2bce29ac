//! `integration relink`: a new consent for an existing link. Nothing is
//! replaced until the new tokens are stored, so a failed or refused relink
//! leaves the organisation exactly as it was.

use serde_json::json;

use super::connect;
use super::{persist, provider_label, summary};
use crate::auth::tokens::TokenSet;
use crate::cli::IntegrationRelinkArgs;
use crate::context::Context;
use crate::endpoints;
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::providers::{ClientError, jobadder};
use crate::secrets::SecretString;
use crate::state::IntegrationRow;

pub fn run(ctx: &mut Context, args: IntegrationRelinkArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    let connect_args = connect::ConnectArgs::from_cli(args.provider);
    let provider = connect_args.provider.as_str();
    let existing = ctx
        .state()?
        .read()
        .integration(org.id, provider)?
        .ok_or_else(|| {
            Error::not_found(format!(
                "{slug} is not linked to {}",
                provider_label(provider)
            ))
            .with_hint(format!(
                "link it with `atslink integration link {provider} --org {slug}`"
            ))
        })?;
    let old_tokens = ctx
        .creds()?
        .get(&crate::auth::tokens::key(&slug, provider))
        .ok()
        .flatten();
    let others = connect::other_links(ctx, &slug, provider)?;
    let guard = connect::Guard {
        verb: "relink",
        replacing: Some(&existing),
        allow_account_change: args.allow_account_change,
        allow_shared_account: connect_args.allow_shared_account,
        others: &others,
    };
    let connected = connect::connect(ctx, &slug, &connect_args, guard)?;
    let row = persist(
        ctx,
        &org,
        connected,
        "integration.relink",
        Some(summary(&existing)),
        connect_args.allow_shared_account,
    )?;
    // A move to another JobAdder account leaves the old account's button
    // pointing at a link that no longer exists: remove it with the old
    // tokens, which are still in hand.
    if let Some(old_action) = &existing.partner_action_id
        && row.partner_action_id.as_ref() != Some(old_action)
    {
        let old_account = existing.account_id.as_deref().unwrap_or("-");
        match remove_replaced_button(ctx, &existing, old_tokens.as_ref(), old_action) {
            Ok(()) => ctx.printer.status(&format!(
                "Removed the Actions-menu button (action {old_action}) from JobAdder account {old_account}"
            )),
            Err(why) => ctx.printer.warn(&format!(
                "left behind: the Actions-menu button (action {old_action}) in JobAdder account \
                 {old_account}: {why}; remove it in JobAdder"
            )),
        }
    }
    // The replaced Salesforce grant still counts against the user's five
    // per app until revoked; drop it now that the new one is stored.
    if provider == "salesforce"
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
        provider_label(provider),
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

/// Deletes the replaced link's button with the replaced link's tokens: its
/// access token, or one fresh from its refresh token when that has expired
/// (the new refresh token is not kept: that grant is being abandoned).
fn remove_replaced_button(
    ctx: &mut Context,
    old: &IntegrationRow,
    old_tokens: Option<&SecretString>,
    action_id: &str,
) -> std::result::Result<(), String> {
    let tokens = old_tokens
        .and_then(|t| TokenSet::from_secret(t).ok())
        .ok_or("the old link's tokens are gone")?;
    let (base, ep, client_id, secret) = endpoints::jobadder_app(ctx).map_err(|e| e.message)?;
    let api = old
        .api_base
        .as_deref()
        .map(|a| endpoints::rebase(a, base.as_deref()))
        .ok_or("the old link has no API base")?;
    let client = jobadder::Client::default();
    let app = jobadder::App {
        client_id: &client_id,
        client_secret: &secret,
        token_url: &ep.token_url,
    };
    let oauth = crate::auth::oauth::jobadder::OAuth::new(ctx.http(), &app, &ep.authorize_url)
        .map_err(|e| e.to_string())?;
    let rt = crate::providers::runtime().map_err(|e| e.message)?;
    rt.block_on(async {
        match client
            .delete_partner_action(&api, &tokens.access_token, action_id)
            .await
        {
            Ok(()) | Err(ClientError::NotFound(_)) => return Ok(()),
            Err(ClientError::Unauthorized(_)) => {}
            Err(e) => return Err(e.to_string()),
        }
        let refresh = tokens
            .refresh_token
            .as_ref()
            .ok_or("its access token expired and there is no refresh token")?;
        let fresh = oauth
            .refresh(refresh)
            .await
            .map_err(|e| format!("its refresh token was refused: {e}"))?;
        match client
            .delete_partner_action(&api, &fresh.access_token, action_id)
            .await
        {
            Ok(()) | Err(ClientError::NotFound(_)) => Ok(()),
            Err(e) => Err(e.to_string()),
        }
    })
}
