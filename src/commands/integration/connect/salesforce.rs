//! Linking Salesforce with the customer's own connected app: web-server
//! flow with PKCE (default), the device flow, or JWT bearer.

use std::time::Duration;

use super::{ConnectArgs, Connected, Request, consent};
use crate::auth::oauth::salesforce::OAuth as SalesforceOAuth;
use crate::auth::pkce::random_token;
use crate::auth::tokens::{self, TokenSet};
use crate::config;
use crate::context::Context;
use crate::endpoints;
use crate::error::{Error, ErrorKind, Result};
use crate::providers::Provider;
use crate::providers::salesforce::{self, App, Client, DevicePoll, TokenResponse};
use crate::secrets::{SecretKey, SecretString};
use crate::state::{IntegrationRow, LinkDetails, LinkFlow};

/// Links Salesforce: which app and login host, the grant, who granted it,
/// and the link to store. Nothing is stored here.
pub fn connect(ctx: &mut Context, req: Request<'_>) -> Result<Connected> {
    let Request { org, args, guard } = req;
    let endpoints = ctx.endpoints()?;
    let settings = &endpoints.salesforce;
    let app = ConnectedApp::resolve(ctx, org, args, guard.replacing, &endpoints)?;
    let now = ctx.clock.now();
    let rt = crate::providers::runtime()?;
    let granted = rt.block_on(grant(ctx, req, &app, settings, now))?;
    require_refresh_token(&granted)?;
    let instance = instance_url(&granted.token, &endpoints)?;
    let keep_secret = !endpoints.app_secrets_provided() || args.client_secret_stdin;
    Ok(link(org, args, app, granted, instance, now, keep_secret))
}

/// The customer's connected app as this consent uses it.
struct ConnectedApp {
    login_url: String,
    client_id: String,
    client_secret: Option<SecretString>,
    jwt_key: Option<SecretString>,
}

impl ConnectedApp {
    /// Flags first, then what the link being replaced used, then the
    /// configuration (and the app whose secret comes with the settings).
    fn resolve(
        ctx: &mut Context,
        org: &str,
        args: &ConnectArgs,
        existing: Option<&IntegrationRow>,
        endpoints: &endpoints::Endpoints,
    ) -> Result<ConnectedApp> {
        let settings = &endpoints.salesforce;
        let stored = existing.map(|r| &r.details);
        let login_url = match &args.login_url {
            Some(u) => {
                config::validate_url(u)
                    .map_err(|why| Error::usage(format!("--login-url: {why}")))?;
                u.trim_end_matches('/').to_string()
            }
            None => stored
                .and_then(|d| d.login_url.as_deref())
                .map(|u| endpoints.rebase(u))
                .unwrap_or(settings.login_url.clone()),
        };
        let client_id = args
            .client_id
            .clone()
            .or_else(|| stored.and_then(|d| d.client_id.clone()))
            .or(settings.client_id.clone())
            .or(endpoints.provided_salesforce_app())
            .ok_or_else(|| {
                Error::usage("Salesforce links use the customer's connected app: pass --client-id")
                    .with_hint(format!(
                        "run `printf %s \"$SECRET\" | atslink integration link salesforce --org {org} --client-id KEY --client-secret-stdin`"
                    ))
            })?;
        let client_secret = if args.client_secret_stdin {
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
        Ok(ConnectedApp {
            login_url,
            client_id,
            client_secret,
            jwt_key,
        })
    }

    fn app(&self) -> App<'_> {
        App {
            login_url: &self.login_url,
            client_id: &self.client_id,
            client_secret: self.client_secret.as_ref(),
        }
    }
}

/// What a grant gave: by which flow, the tokens, and who granted them.
struct Granted {
    flow: LinkFlow,
    token: TokenResponse,
    info: salesforce::UserInfo,
}

/// Runs the chosen flow, checks the org against the guard (revoking the
/// grant if refused) and reads who authorised it.
async fn grant(
    ctx: &Context,
    req: Request<'_>,
    connected_app: &ConnectedApp,
    settings: &endpoints::Salesforce,
    now: time::OffsetDateTime,
) -> Result<Granted> {
    let Request { org, args, guard } = req;
    let app = connected_app.app();
    let client = Client::new(ctx.http());
    let (flow, token) = match (&connected_app.jwt_key, &args.username) {
        (Some(key), Some(username)) => {
            let assertion = salesforce::assertion(
                key,
                &connected_app.client_id,
                username,
                &connected_app.login_url,
                now.unix_timestamp(),
            )
            .map_err(|why| Error::usage(format!("--jwt-key: {}", why.message)))?;
            let t = client
                .jwt_grant(&app, &assertion)
                .await
                .map_err(|e| e.into_error("the Salesforce JWT bearer grant"))?;
            (LinkFlow::JwtBearer, t)
        }
        _ if args.device => (
            LinkFlow::Device,
            device_flow(ctx, &client, &app, args).await?,
        ),
        _ => (
            LinkFlow::AuthorizationCode,
            web_server_flow(ctx, &app, settings, args).await?,
        ),
    };
    let org_id = token.org_and_user().map(|(o, _)| o);
    if let Err(e) = guard.check_account(Provider::Salesforce, org, org_id.as_deref()) {
        // Do not leave a grant behind in the other org.
        if let Some(rt) = token.refresh_token.as_ref()
            && let Err(why) = client.revoke(&app, rt).await
        {
            ctx.printer.debug(
                1,
                &format!("could not revoke the refused grant (it expires unused): {why}"),
            );
        }
        return Err(e);
    }
    let info = client
        .userinfo(&app, &token.access_token)
        .await
        .map_err(|e| e.into_error("reading the authorising Salesforce user"))?;
    Ok(Granted { flow, token, info })
}

/// The web-server flow: consent in the browser, then the code exchange
/// with the PKCE verifier.
async fn web_server_flow(
    ctx: &Context,
    app: &App<'_>,
    settings: &endpoints::Salesforce,
    args: &ConnectArgs,
) -> Result<TokenResponse> {
    let oauth = SalesforceOAuth::new(ctx.http(), app)
        .map_err(|e| e.into_error("the Salesforce connected app"))?;
    let verifier = random_token();
    let url = |redirect_uri: &str, state: &str| {
        oauth
            .authorize_url(redirect_uri, state, &verifier)
            .map_err(|e| e.into_error("the Salesforce consent URL"))
    };
    let consented = consent(
        ctx,
        Provider::Salesforce,
        &settings.redirect_uris,
        &url,
        args,
    )
    .await?;
    oauth
        .exchange_code(&consented.code, &consented.redirect_uri, &verifier)
        .await
        .map_err(|e| e.into_error("exchanging the Salesforce authorisation code"))
}

/// Without a refresh token the link would die with the session (JWT
/// bearer links mint a new assertion instead).
fn require_refresh_token(granted: &Granted) -> Result<()> {
    if granted.flow != LinkFlow::JwtBearer && granted.token.refresh_token.is_none() {
        return Err(Error::new(
            ErrorKind::Auth,
            "Salesforce issued no refresh token; nothing was changed",
        )
        .with_hint("allow the `refresh_token` (offline access) scope on the connected app"));
    }
    Ok(())
}

/// The org's instance, which every data call and bearer token goes to.
fn instance_url(token: &TokenResponse, endpoints: &endpoints::Endpoints) -> Result<String> {
    let instance = endpoints.rebase(&token.instance_url);
    crate::config::validate_url(&instance).map_err(|why| {
        Error::new(
            ErrorKind::Auth,
            format!("Salesforce named an unusable instance URL: {why}; nothing was changed"),
        )
    })?;
    Ok(instance)
}

/// The link row and the secrets to store with it.
fn link(
    org: &str,
    args: &ConnectArgs,
    app: ConnectedApp,
    granted: Granted,
    instance: String,
    now: time::OffsetDateTime,
    keep_secret: bool,
) -> Connected {
    let Granted { flow, token, info } = granted;
    let (org_id, user_id) = token
        .org_and_user()
        .unwrap_or((info.organization_id.clone(), info.user_id.clone()));
    let expires = now + salesforce::ASSUMED_ACCESS_LIFETIME;
    let username = info.preferred_username.clone().or(args.username.clone());
    let scope = token.scope.clone();
    let tokens = TokenSet {
        access_token: token.access_token,
        refresh_token: token.refresh_token,
        access_expires_at: Some(expires),
    };
    let details = LinkDetails {
        flow: Some(flow),
        login_url: Some(app.login_url),
        client_id: Some(app.client_id),
        org_id: Some(org_id.clone()),
        user_id: Some(user_id.clone()),
        username: username.clone(),
        button_url: None,
        extra: Default::default(),
    };
    let mut secrets = vec![(tokens::key(org, Provider::Salesforce), tokens.to_secret())];
    // A secret that came with the settings is not stored unless the person
    // gave it (see `connect`).
    if let Some(s) = app.client_secret.filter(|_| keep_secret) {
        secrets.push((SecretKey::salesforce_client_secret(org), s));
    }
    if let Some(k) = app.jwt_key {
        secrets.push((SecretKey::salesforce_jwt_key(org), k));
    }
    Connected {
        row: IntegrationRow {
            account_id: Some(org_id.clone()),
            api_base: Some(instance),
            authorised_by: username.clone().or(info.email.clone()),
            authorised_by_id: Some(user_id.clone()),
            scopes: scope,
            access_expires_at: Some(expires),
            ..IntegrationRow::new(Provider::Salesforce, now, details)
        },
        secrets,
        new_button: None,
    }
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
    // The code and address are printed above, so a browser that does not
    // start is a convenience lost, not a failure.
    if std::env::var_os("BROWSER").is_some()
        && let Err(e) = crate::auth::browser::open(&complete).map(|_| ())
    {
        ctx.printer
            .debug(1, &format!("could not open the browser: {}", e.message));
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
