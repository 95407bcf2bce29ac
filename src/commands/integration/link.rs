use serde_json::json;

use super::{connect, link_anew};
use crate::cli::IntegrationLinkArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: IntegrationLinkArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    let connect_args = connect::ConnectArgs::from_cli(args.provider);
    let provider = connect_args.provider;
    if let Some(existing) = ctx.state()?.read().integration(org.id, provider)? {
        return Err(Error::conflict(format!(
            "{slug} is already linked to {} (account {}, since {})",
            provider.label(),
            existing.account_id.as_deref().unwrap_or("-"),
            crate::clock::format(existing.linked_at)
        ))
        .with_hint(format!(
            "to replace its tokens run `atslink integration relink {} --org {slug}`",
            provider.as_str()
        )));
    }
    let row = link_anew(ctx, &org, &connect_args, None, false)?;
    let status = format!(
        "Linked {slug} to {} account {}{}{}",
        provider.label(),
        row.account_id.as_deref().unwrap_or("-"),
        row.account_name
            .as_deref()
            .map(|n| format!(" ({n})"))
            .unwrap_or_default(),
        row.authorised_by
            .as_deref()
            .map(|w| format!(", authorised by {w}"))
            .unwrap_or_default()
    );
    Ok(Output::new(
        json!({ "organisation": slug, "integration": row }),
        Human::Nothing,
    )
    .with_status(status))
}
