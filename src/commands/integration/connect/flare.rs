//! Linking Flare: an API key per organisation, verified against the
//! account endpoint before it is stored.

use super::{Connected, Request};
use crate::config;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::providers::Provider;
use crate::providers::flare::Client;
use crate::secrets::SecretKey;
use crate::state::{IntegrationRow, LinkDetails, LinkFlow};

pub fn connect(ctx: &mut Context, req: Request<'_>) -> Result<Connected> {
    let Request { org, args, guard } = req;
    if !args.api_key_stdin {
        return Err(Error::usage("Flare links with an API key: pass --api-key-stdin")
            .with_hint(format!(
                "run `printf %s \"$FLARE_KEY\" | atslink integration link flare --org {org} --api-key-stdin`"
            )));
    }
    let endpoints = ctx.endpoints()?;
    let api_url = match &args.api_url {
        Some(u) => {
            config::validate_url(u).map_err(|why| Error::usage(format!("--api-url: {why}")))?;
            u.trim_end_matches('/').to_string()
        }
        None => guard
            .replacing
            .and_then(|r| r.api_base.clone())
            .map(|u| endpoints.rebase(&u))
            .or(endpoints.flare.api_url.clone())
            .ok_or_else(|| {
                Error::usage("no Flare API URL is configured").with_hint(
                    "pass --api-url URL, or run `atslink provider set flare --api-url URL`",
                )
            })?,
    };
    let key = ctx.read_secret(
        "Flare API key",
        &format!("atslink integration link flare --org {org} --api-key-stdin"),
    )?;
    let rt = crate::providers::runtime()?;
    let account = rt
        .block_on(Client::new(ctx.http()).account(&api_url, &key))
        .map_err(|e| e.into_error("checking the Flare API key"))?;
    guard.check_account(Provider::Flare, org, Some(&account.account_id))?;
    Ok(Connected {
        row: IntegrationRow {
            account_id: Some(account.account_id),
            account_name: Some(account.name),
            api_base: Some(api_url),
            ..IntegrationRow::new(
                Provider::Flare,
                ctx.clock.now(),
                LinkDetails::flow(LinkFlow::ApiKey),
            )
        },
        new_button: None,
        secrets: vec![(SecretKey::flare_api_key(org), key)],
    })
}
