//! Linking Salesforce with the customer's own connected app: web-server
//! flow with PKCE (default), the device flow, or JWT bearer.

use std::time::Duration;

use serde_json::json;

use super::{Connected, Guard, consent, reject_flags};
use crate::auth::pkce::{Pkce, random_token};
use crate::auth::tokens::{self, TokenSet};
use crate::cli::ConnectArgs;
use crate::clock;
use crate::config;
use crate::context::Context;
use crate::endpoints;
use crate::error::{Error, ErrorKind, Result};
use crate::providers::salesforce::{self, App, Client, DevicePoll, TokenResponse};
use crate::secrets::SecretString;
use crate::state::IntegrationRow;

pub fn connect(
    ctx: &mut Context,
    org: &str,
    args: &ConnectArgs,
    guard: Guard<'_>,
) -> Result<Connected> {
    let existing = guard.replacing;
    reject_flags(
        "salesforce",
        &[
            ("api-key-stdin", args.api_key_stdin),
            ("api-url", args.api_url.is_some()),
        ],
    )?;
    let base = ctx.sandbox_base()?;
    let settings = endpoints::salesforce(&ctx.config, base.as_deref());
    let detail = |k: &str| existing.and_then(|r| r.detail(k)).map(str::to_string);
    let login_url = match &args.login_url {
        Some(u) => {
            config::validate_url(u).map_err(|why| Error::usage(format!("--login-url: {why}")))?;
            u.trim_end_matches('/').to_string()
        }
        None => detail("login_url")
            .map(|u| endpoints::rebase(&u, base.as_deref()))
            .unwrap_or(settings.login_url.clone()),
    };
    let sandbox_default = base
        .is_some()
        .then(|| crate::sandbox::seed::SALESFORCE_CLIENT_ID.to_string());
    let client_id = args
        .client_id
        .clone()
        .or_else(|| detail("client_id"))
        .or(settings.client_id.clone())
        .or(sandbox_default)
        .ok_or_else(|| {
            Error::usage("Salesforce links use the customer's connected app: pass --client-id")
                .with_hint(format!(
                    "run `printf %s \"$SECRET\" | atslink integration link salesforce --org {org} --client-id KEY --client-secret-stdin`"
                ))
        })?;
    let secret_key = format!("org/{org}/salesforce/client_secret");
    let client_secret: Option<SecretString> = if args.client_secret_stdin {
        Some(ctx.read_secret(
            "Salesforce consumer secret",
            &format!("atslink integration link salesforce --org {org} --client-id KEY --client-secret-stdin"),
        )?)
    } else {
        endpoints::salesforce_secret(ctx, org, &client_id)?
    };
    let jwt_key = match &args.jwt_key {
        Some(path) => Some(SecretString::new(std::fs::read_to_string(path).map_err(
            |e| Error::usage(format!("cannot read the JWT key {}: {e}", path.display())),
        )?)),
        None => None,
    };
    let now = ctx.clock.now();
    let app = App {
        login_url: &login_url,
        client_id: &client_id,
        client_secret: client_secret.as_ref(),
    };
    let rt = crate::providers::runtime()?;
    let client = Client::default();
    let ctx_ref: &Context = ctx;
    let (flow, token, info) = rt.block_on(async {
        let (flow, token) = if let (Some(key), Some(username)) = (&jwt_key, &args.username) {
            let assertion =
                salesforce::assertion(key, &client_id, username, &login_url, now.unix_timestamp())
                    .map_err(|why| Error::usage(format!("--jwt-key: {why}")))?;
            let t = client
                .jwt_grant(&app, &assertion)
                .await
                .map_err(|e| e.into_error("the Salesforce JWT bearer grant"))?;
            ("jwt_bearer", t)
        } else if args.device {
            ("device", device_flow(ctx_ref, &client, &app, args).await?)
        } else {
            let pkce = Pkce::new();
            let state = random_token();
            let url = |redirect_uri: &str| {
                salesforce::authorize_url(&app, redirect_uri, &state, &pkce.challenge)
            };
            let consented = consent(
                ctx_ref,
                "Salesforce",
                &settings.redirect_uris,
                &url,
                "providers.salesforce.redirect_uri",
                &state,
                args,
            )
            .await?;
            let t = client
                .exchange_code(
                    &app,
                    &consented.code,
                    &consented.redirect_uri,
                    &pkce.verifier,
                )
                .await
                .map_err(|e| e.into_error("exchanging the Salesforce authorisation code"))?;
            ("authorization_code", t)
        };
        let org_id = token.org_and_user().map(|(o, _)| o);
        if let Err(e) = guard.check_account("salesforce", org, org_id.as_deref()) {
            // Do not leave a grant behind in the other org.
            if let Some(rt) = token.refresh_token.as_ref() {
                let _ = client.revoke(&app, rt).await;
            }
            return Err(e);
        }
        let info = client
            .userinfo(&app, &token.access_token)
            .await
            .map_err(|e| e.into_error("reading the authorising Salesforce user"))?;
        Ok::<_, Error>((flow, token, info))
    })?;
    if flow != "jwt_bearer" && token.refresh_token.is_none() {
        return Err(Error::new(
            ErrorKind::Auth,
            "Salesforce issued no refresh token; nothing was changed",
        )
        .with_hint("allow the `refresh_token` (offline access) scope on the connected app"));
    }
    let (org_id, user_id) = token
        .org_and_user()
        .unwrap_or((info.organization_id.clone(), info.user_id.clone()));
    let instance = endpoints::rebase(&token.instance_url, base.as_deref());
    crate::config::validate_url(&instance).map_err(|why| {
        Error::new(
            ErrorKind::Auth,
            format!("Salesforce named an unusable instance URL: {why}; nothing was changed"),
        )
    })?;
    let at = clock::format(now);
    let expires = now + salesforce::ASSUMED_ACCESS_LIFETIME;
    let username = info.preferred_username.clone().or(args.username.clone());
    let mut secrets = Vec::new();
    let scope = token.scope.clone();
    let tokens = TokenSet {
        access_token: token.access_token,
        refresh_token: token.refresh_token,
        access_expires_at: Some(expires),
    };
    secrets.push((tokens::key(org, "salesforce"), tokens.to_secret()));
    if let Some(s) = client_secret.filter(|_| base.is_none() || args.client_secret_stdin) {
        secrets.push((secret_key, s));
    }
    if let Some(k) = jwt_key {
        secrets.push((format!("org/{org}/salesforce/jwt_key"), k));
    }
    Ok(Connected {
        row: IntegrationRow {
            provider: "salesforce".into(),
            account_id: Some(org_id.clone()),
            account_name: None,
            api_base: Some(instance),
            instance: None,
            authorised_by: username.clone().or(info.email.clone()),
            authorised_by_id: Some(user_id.clone()),
            authorised_by_admin: None,
            scopes: scope,
            linked_at: at.clone(),
            access_expires_at: Some(clock::format(expires)),
            last_refresh_at: Some(at),
            partner_action_id: None,
            broken_reason: None,
            broken_at: None,
            details: json!({
                "flow": flow,
                "login_url": login_url,
                "client_id": client_id,
                "org_id": org_id,
                "user_id": user_id,
                "username": username,
            }),
        },
        secrets,
        new_button: None,
    })
}

/// The device flow: show the code, open the verification page, poll.
async fn device_flow(
    ctx: &Context,
    client: &Client,
    app: &App<'_>,
    args: &ConnectArgs,
) -> Result<TokenResponse> {
    let start = client
        .device_start(app)
        .await
        .map_err(|e| e.into_error("starting the Salesforce device flow"))?;
    let complete = format!(
        "{}{}user_code={}",
        start.verification_uri,
        if start.verification_uri.contains('?') {
            "&"
        } else {
            "?"
        },
        start.user_code
    );
    ctx.printer.note(&format!(
        "enter the code {} at {} (on any device) and allow access",
        start.user_code, start.verification_uri
    ));
    if std::env::var_os("BROWSER").is_some() {
        let _ = crate::auth::browser::open(&complete);
    }
    let mut interval = Duration::from_secs(start.interval.unwrap_or(5).max(1));
    let limit = args
        .timeout
        .whole_seconds()
        .min(start.expires_in.map(|s| s as i64).unwrap_or(i64::MAX))
        .max(1) as u64;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(limit);
    loop {
        if tokio::time::Instant::now() >= deadline {
            return Err(Error::failure(format!(
                "the device code was not approved within {limit} s"
            ))
            .with_hint("run the command again and enter the code promptly"));
        }
        tokio::time::sleep(interval).await;
        match client
            .device_poll(app, &start.device_code)
            .await
            .map_err(|e| e.into_error("polling the Salesforce device flow"))?
        {
            DevicePoll::Done(t) => return Ok(t),
            DevicePoll::Pending => {}
            DevicePoll::SlowDown => interval += Duration::from_secs(5),
        }
    }
}
