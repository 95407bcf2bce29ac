//! Linking JobAdder: authorization-code consent by an admin, the token
//! exchange, who authorised it, and the Actions-menu button.

use super::{ConnectArgs, Connected, Guard, NewButton, consent};
use crate::auth::oauth::jobadder::OAuth as JobAdderOAuth;
use crate::auth::pkce::random_token;
use crate::auth::tokens::{self, TokenSet};
use crate::context::Context;
use crate::endpoints;
use crate::error::{Error, ErrorKind, Result};
use crate::providers::jobadder::{App, Client, hashed_url};
use crate::secrets::{SecretKey, SecretString};

use crate::providers::Provider;
use crate::state::{IntegrationRow, LinkDetails, LinkFlow};

pub fn connect(
    ctx: &mut Context,
    org: &str,
    args: &ConnectArgs,
    guard: Guard<'_>,
) -> Result<Connected> {
    let (base, ep, client_id, secret) = endpoints::jobadder_app(ctx)?;
    let action_url = endpoints::partner_action_url(&ctx.config, &ep, org);
    // Sent with a newly registered button; JobAdder signs clicks with it.
    let salt = hashed_url::new_salt()?;
    // Only a kept button (a relink) asks; an unreadable store leaves it be,
    // and the link fails later, where storing it fails.
    let salt_stored = guard.replacing.is_none()
        || ctx
            .creds()
            .and_then(|c| c.get(&hashed_url::salt_key(org)))
            .map_or(true, |s| s.is_some());
    let state = random_token();
    let app = App {
        client_id: &client_id,
        client_secret: &secret,
        token_url: &ep.token_url,
    };
    let oauth = JobAdderOAuth::new(ctx.http(), &app, &ep.authorize_url)
        .map_err(|e| e.into_error("the JobAdder app registration"))?;
    let url = |redirect_uri: &str| {
        oauth
            .authorize_url(redirect_uri, &ep.scopes, &state)
            .map_err(|e| e.into_error("the JobAdder consent URL"))
    };
    let rt = crate::providers::runtime()?;
    let now = ctx.clock.now();
    let ctx_ref: &Context = ctx;
    let (token, user, button, salted) = rt.block_on(async {
        let consented = consent(
            ctx_ref,
            Provider::JobAdder,
            &ep.redirect_uris,
            &url,
            "providers.jobadder.redirect_uri",
            &state,
            args,
        )
        .await?;
        let client = Client::new(ctx_ref.http());
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
        let api = endpoints::rebase(token.api.as_deref().unwrap_or(&ep.api_url), base.as_deref());
        // Bearer tokens go only to https (or loopback) API bases, whatever
        // the token response says.
        crate::config::validate_url(&api).map_err(|why| {
            Error::new(ErrorKind::Auth, format!("JobAdder named an unusable API base: {why}; nothing was changed"))
        })?;
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
        Ok::<_, Error>((token, user, button, salted))
    })?;
    report_button(ctx, &button, &ep.partner_action_name, org);
    let api = endpoints::rebase(token.api.as_deref().unwrap_or(&ep.api_url), base.as_deref());
    Ok(connected(
        org,
        now,
        api,
        &ep.scopes,
        token,
        user,
        button,
        salt_secret(org, salted, salt),
    ))
}

/// The link as it is stored: the row, the button made by this consent (to
/// remove if storing fails), and the secrets (tokens, a new salt).
#[allow(clippy::too_many_arguments)] // the pieces of one consent, named
fn connected(
    org: &str,
    now: time::OffsetDateTime,
    api: String,
    scopes: &[String],
    token: crate::providers::jobadder::TokenResponse,
    user: crate::providers::jobadder::CurrentUser,
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
            provider: Provider::JobAdder,
            account_id: token.account.clone(),
            account_name: user.account_name.clone(),
            api_base: Some(api.clone()),
            instance: token.instance.clone(),
            authorised_by: who,
            authorised_by_id: Some(user.user_id.to_string()),
            authorised_by_admin: Some(user.admin),
            scopes: Some(token.scope.clone().unwrap_or_else(|| scopes.join(" "))),
            linked_at: now,
            access_expires_at: Some(expires_at),
            last_refresh_at: Some(now),
            partner_action_id: match &button {
                Button::Kept(id) | Button::New(id) => Some(id.clone()),
                Button::None => None,
            },
            // A new token family starts with no failures.
            refresh_failures: 0,
            last_refresh_error: None,
            last_refresh_failure_at: None,
            broken_reason: None,
            broken_at: None,
            unreadable: Vec::new(),
            details: LinkDetails::flow(LinkFlow::AuthorizationCode),
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
    match (p.existing, p.url) {
        (Some(id), Some(url)) if !p.salt_stored => {
            // A button kept without a stored salt (registered before salts,
            // or its salt lost): give it one, or no click on it could ever
            // be verified.
            resalt(client, api, access, &id, p.name, url, p.salt).await?;
            Ok((Button::Kept(id), true))
        }
        (Some(id), _) => Ok((Button::Kept(id), false)),
        (None, Some(url)) => {
            let reference = format!("atslink:{}", p.org);
            // Idempotent: a button left by an earlier attempt under our
            // reference is adopted, not duplicated (JobAdder would refuse
            // the reference anyway). Its salt went with the link that made
            // it: it gets a new one.
            let found = client
                .find_partner_action(api, access, &reference)
                .await
                .map_err(|e| e.into_error("looking for the JobAdder Actions-menu button"))?;
            let action = match found {
                Some(a) => {
                    resalt(client, api, access, &a.action_id, p.name, url, p.salt).await?;
                    a
                }
                None => client
                    .create_partner_action(api, access, p.name, url, &reference, Some(p.salt))
                    .await
                    .map_err(|e| e.into_error("registering the JobAdder Actions-menu button"))?,
            };
            Ok((Button::New(action.action_id), true))
        }
        (None, None) => Ok((Button::None, false)),
    }
}

/// Re-registers an existing button's URL with a new salt.
async fn resalt(
    client: &Client,
    api: &str,
    access: &SecretString,
    action_id: &str,
    name: &str,
    url: &str,
    salt: &str,
) -> Result<()> {
    client
        .update_partner_action(api, access, action_id, name, url, salt)
        .await
        .map_err(|e| e.into_error("giving the JobAdder Actions-menu button a new salt"))
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
