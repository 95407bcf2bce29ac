//! Linking JobAdder: authorization-code consent by an admin, the token
//! exchange, who authorised it, and the Actions-menu button.

use super::{Connected, Guard, NewButton, Request, consent};
use crate::auth::oauth::jobadder::OAuth as JobAdderOAuth;
use crate::auth::tokens::{self, TokenSet};
use crate::context::Context;
use crate::endpoints;
use crate::error::{Error, ErrorKind, Result};
use crate::providers::jobadder::{App, Client, CurrentUser, TokenResponse, hashed_url};
use crate::secrets::{SecretKey, SecretString};

use crate::providers::Provider;
use crate::state::{IntegrationRow, LinkDetails, LinkFlow};

pub fn connect(ctx: &mut Context, req: Request<'_>) -> Result<Connected> {
    let Request { org, guard, .. } = req;
    let (base, ep, client_id, secret) = endpoints::jobadder_app(ctx)?;
    let action_url = endpoints::partner_action_url(&ctx.config, &ep, org);
    // Sent with a newly registered button; JobAdder signs clicks with it.
    let salt = hashed_url::new_salt()?;
    let salt_stored = kept_salt_stored(ctx, org, guard);
    let app = App {
        client_id: &client_id,
        client_secret: &secret,
        token_url: &ep.token_url,
    };
    let oauth = JobAdderOAuth::new(ctx.http(), &app, &ep.authorize_url)
        .map_err(|e| e.into_error("the JobAdder app registration"))?;
    let rt = crate::providers::runtime()?;
    let now = ctx.clock.now();
    let ctx_ref: &Context = ctx;
    let (token, api, user, button, salted) = rt.block_on(async {
        let token = grant(ctx_ref, &oauth, &ep, req).await?;
        let api = api_base(&token, &ep, base.as_deref())?;
        let client = Client::new(ctx_ref.http());
        let user = client
            .current_user(&api, &token.access_token)
            .await
            .map_err(|e| e.into_error("reading the authorising JobAdder user"))?;
        // One Actions-menu button per account: a relink to the same account
        // keeps the one it has.
        let plan = ButtonPlan {
            org,
            existing: guard
                .replacing
                .filter(|r| r.account_id == token.account)
                .and_then(|r| r.partner_action_id.clone()),
            url: action_url.as_deref(),
            name: &ep.partner_action_name,
            salt: &salt,
            salt_stored,
        };
        let (button, salted) = register_button(&client, &api, &token.access_token, plan).await?;
        Ok::<_, Error>((token, api, user, button, salted))
    })?;
    report_button(ctx, &button, &ep.partner_action_name, org);
    // Where the button points now: registered (or re-salted) at the
    // configured URL by this consent, else as the replaced link left it.
    let button_url = match (&button, salted) {
        (Button::None, _) => None,
        (_, true) => action_url.clone(),
        (_, false) => guard.replacing.and_then(|r| r.details.button_url.clone()),
    };
    let mut linked = connected(
        org,
        now,
        api,
        &ep.scopes,
        token,
        user,
        button,
        salt_secret(org, salted, salt),
    );
    linked.row.details.button_url = button_url;
    Ok(linked)
}

/// Whether the button a relink keeps has its salt in the credential store
/// (a new link has no kept button, so nothing to ask). An unreadable store
/// leaves it be: the link fails later, where storing it fails.
fn kept_salt_stored(ctx: &mut Context, org: &str, guard: Guard<'_>) -> bool {
    guard.replacing.is_none()
        || ctx
            .creds()
            .and_then(|c| c.get(&hashed_url::salt_key(org)))
            .map_or(true, |s| s.is_some())
}

/// The admin's consent and the token exchange. Refused before anything is
/// created in JobAdder when the account is not this link's to take, or
/// when JobAdder issued no refresh token.
async fn grant(
    ctx: &Context,
    oauth: &JobAdderOAuth,
    ep: &endpoints::JobAdder,
    req: Request<'_>,
) -> Result<TokenResponse> {
    let Request { org, args, guard } = req;
    let url = |redirect_uri: &str, state: &str| {
        oauth
            .authorize_url(redirect_uri, &ep.scopes, state)
            .map_err(|e| e.into_error("the JobAdder consent URL"))
    };
    let consented = consent(ctx, Provider::JobAdder, &ep.redirect_uris, &url, args).await?;
    let token = oauth
        .exchange_code(&consented.code, &consented.redirect_uri)
        .await
        .map_err(|e| e.into_error("exchanging the JobAdder authorisation code"))?;
    guard.check_account(Provider::JobAdder, org, token.account.as_deref())?;
    if token.refresh_token.is_none() {
        return Err(Error::new(
            ErrorKind::Auth,
            "JobAdder issued no refresh token, so the link would die within the hour; nothing was changed",
        )
        .with_hint("include `offline_access` in providers.jobadder.scopes"));
    }
    Ok(token)
}

/// The API base the token names (rebased onto the sandbox's origin when
/// there is one). Bearer tokens go only to https (or loopback) API bases,
/// whatever the token response says.
fn api_base(token: &TokenResponse, ep: &endpoints::JobAdder, base: Option<&str>) -> Result<String> {
    let api = endpoints::rebase(token.api.as_deref().unwrap_or(&ep.api_url), base);
    crate::config::validate_url(&api).map_err(|why| {
        Error::new(
            ErrorKind::Auth,
            format!("JobAdder named an unusable API base: {why}; nothing was changed"),
        )
    })?;
    Ok(api)
}

/// The link as it is stored: the row, the button made by this consent (to
/// remove if storing fails), and the secrets (tokens, a new salt).
#[allow(clippy::too_many_arguments)] // the pieces of one consent, named
fn connected(
    org: &str,
    now: time::OffsetDateTime,
    api: String,
    scopes: &[String],
    token: TokenResponse,
    user: CurrentUser,
    button: Button,
    salt: Option<(SecretKey, SecretString)>,
) -> Connected {
    let expires_at = now + time::Duration::seconds(token.expires_in.unwrap_or(3600));
    let who = user
        .email
        .clone()
        .or_else(|| {
            Some(format!(
                "{} {}",
                user.first_name.clone().unwrap_or_default(),
                user.last_name.clone().unwrap_or_default()
            ))
        })
        .map(|s| s.trim().to_string());
    let tokens = TokenSet {
        access_token: token.access_token,
        refresh_token: token.refresh_token,
        access_expires_at: Some(expires_at),
    };
    Connected {
        row: IntegrationRow {
            account_id: token.account.clone(),
            account_name: user.account_name.clone(),
            api_base: Some(api.clone()),
            instance: token.instance.clone(),
            authorised_by: who,
            authorised_by_id: Some(user.user_id.to_string()),
            authorised_by_admin: Some(user.admin),
            scopes: Some(token.scope.clone().unwrap_or_else(|| scopes.join(" "))),
            access_expires_at: Some(expires_at),
            partner_action_id: match &button {
                Button::Kept(id) | Button::New(id) => Some(id.clone()),
                Button::None => None,
            },
            ..IntegrationRow::new(
                Provider::JobAdder,
                now,
                LinkDetails::flow(LinkFlow::AuthorizationCode),
            )
        },
        new_button: match button {
            Button::New(action_id) => Some(NewButton {
                api: api.clone(),
                access: tokens.access_token.clone(),
                action_id,
            }),
            _ => None,
        },
        secrets: salt
            .into_iter()
            .chain([(tokens::key(org, Provider::JobAdder), tokens.to_secret())])
            .collect(),
    }
}

/// Says what became of the Actions-menu button.
fn report_button(ctx: &Context, button: &Button, name: &str, org: &str) {
    match button {
        Button::Kept(id) => ctx.printer.status(&format!(
            "The Actions-menu button stays registered (action {id})"
        )),
        Button::New(id) => ctx.printer.status(&format!(
            "Actions-menu button \"{}\" registered on candidates (action {id})",
            name
        )),
        Button::None => ctx.printer.warn(&format!(
            "no Actions-menu button was registered: no partner action URL is configured; run \
             `atslink provider set jobadder --partner-action-url 'https://…/launch?candidate={{candidateId}}&user={{userId}}'`, \
             (or set serve.public_url to point it at `atslink serve`), then `{}`",
            crate::health::relink_command(Provider::JobAdder, org)
        )),
    }
}

/// What the consent decides about the Actions-menu button.
struct ButtonPlan<'a> {
    org: &'a str,
    /// The replaced link's button, when the relink stays in its account.
    existing: Option<String>,
    /// Where it points (none configured: no button).
    url: Option<&'a str>,
    name: &'a str,
    /// Sent with a newly registered (or re-salted) button.
    salt: &'a str,
    /// Whether a kept button's salt is in the credential store.
    salt_stored: bool,
}

/// Keeps, re-salts, adopts or registers the button; `true` when it was sent
/// the new salt (which must then be stored).
async fn register_button(
    client: &Client,
    api: &str,
    access: &SecretString,
    p: ButtonPlan<'_>,
) -> Result<(Button, bool)> {
    // No URL to point a button at: a kept one stays as it is.
    let Some(url) = p.url else {
        return Ok((p.existing.map_or(Button::None, Button::Kept), false));
    };
    // Re-registers an existing button's URL with the new salt.
    let resalt = |action_id: String| async move {
        client
            .update_partner_action(api, access, &action_id, p.name, url, p.salt)
            .await
            .map_err(|e| e.into_error("giving the JobAdder Actions-menu button a new salt"))?;
        Ok::<_, Error>(action_id)
    };
    match p.existing {
        // A button kept without a stored salt (registered before salts, or
        // its salt lost): give it one, or no click on it could ever be
        // verified.
        Some(id) if !p.salt_stored => Ok((Button::Kept(resalt(id).await?), true)),
        Some(id) => Ok((Button::Kept(id), false)),
        None => {
            let reference = format!("atslink:{}", p.org);
            // Idempotent: a button left by an earlier attempt under our
            // reference is adopted, not duplicated (JobAdder would refuse
            // the reference anyway). Its salt went with the link that made
            // it: it gets a new one.
            let found = client
                .find_partner_action(api, access, &reference)
                .await
                .map_err(|e| e.into_error("looking for the JobAdder Actions-menu button"))?;
            let action_id = match found {
                Some(a) => resalt(a.action_id).await?,
                None => {
                    client
                        .create_partner_action(api, access, p.name, url, &reference, Some(p.salt))
                        .await
                        .map_err(|e| e.into_error("registering the JobAdder Actions-menu button"))?
                        .action_id
                }
            };
            Ok((Button::New(action_id), true))
        }
    }
}

/// The salt to store when a button was registered (or re-salted) with it
/// now; otherwise the salt already stored stays.
fn salt_secret(org: &str, salted: bool, salt: String) -> Option<(SecretKey, SecretString)> {
    salted.then(|| (hashed_url::salt_key(org), SecretString::new(salt)))
}

/// The Actions-menu button of a new link.
enum Button {
    /// The replaced link's button, in the same account.
    Kept(String),
    /// Registered (or adopted) by this consent.
    New(String),
    /// No partner action URL is configured.
    None,
}
