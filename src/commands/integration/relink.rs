//! `integration relink`: a new consent for an existing link. Nothing is
//! replaced until the new tokens are stored, so a failed or refused relink
//! leaves the organisation exactly as it was.

use serde_json::json;

use super::connect::{self, Replacing};
use super::{persist, provider_label, summary};
use crate::cli::IntegrationRelinkArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: IntegrationRelinkArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    let provider = args.connect.provider.as_str();
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
    let connected = connect::connect(
        ctx,
        &slug,
        &args.connect,
        Some(Replacing {
            row: &existing,
            allow_account_change: args.allow_account_change,
        }),
    )?;
    let row = persist(
        ctx,
        &org,
        connected,
        "integration.relink",
        Some(summary(&existing)),
    )?;
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
