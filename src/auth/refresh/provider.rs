//! Step 3: the refresh requests to each provider, with the retry loop
//! that knows what a lost response means.

use super::missing_secret;
use crate::auth::oauth;
use crate::auth::tokens::TokenSet;
use crate::endpoints;
use crate::error::{Error, ErrorKind};
use crate::providers::Provider;
use crate::providers::runtime;
use crate::providers::{ClientError, jobadder, salesforce};
use crate::secrets::SecretKey;
use crate::secrets::SecretString;
use crate::services::Services;
use crate::state::{IntegrationRow, Org};
use std::time::Duration;
use time::OffsetDateTime;

pub(super) struct Refreshed {
    pub(super) access_token: SecretString,
    pub(super) refresh_token: Option<SecretString>,
    pub(super) expires_at: OffsetDateTime,
}

pub(super) enum Failure {
    /// The provider refused the refresh token: the link is dead.
    /// `after_lost`: an earlier attempt's response never arrived, so the
    /// provider may have rotated the token without atslink receiving it.
    Refused {
        error: ClientError,
        after_lost: bool,
    },
    /// The provider could not be reached through the retries, or answered
    /// with an error: counted on the link, with a cool-down.
    Provider(Error),
    /// Something on this side (configuration, the credential store, a
    /// stored key): not the link's failure, so not counted.
    Local(Error),
}

/// Errors raised with `?` in the refresh functions are this side's: the
/// provider's go through `with_retries`.
impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Local(e)
    }
}

/// Runs one refresh request with retries for transient failures, on the
/// HTTP policy's schedule. The loop stays here rather than in the HTTP
/// layer because only here is it known what a lost response means: the
/// provider may have rotated the token, which `after_lost` reports.
pub(super) fn with_retries<T>(
    svc: &Services,
    what: &str,
    mut call: impl FnMut(&tokio::runtime::Runtime) -> std::result::Result<T, ClientError>,
) -> std::result::Result<T, Failure> {
    let rt = runtime()?;
    let policy = svc.http().policy().clone();
    let mut attempt = 0;
    let mut lost = false;
    loop {
        attempt += 1;
        match call(rt) {
            Ok(v) => return Ok(v),
            Err(e) if e.is_invalid_grant() => {
                return Err(Failure::Refused {
                    error: e,
                    after_lost: lost,
                });
            }
            Err(e @ (ClientError::Unavailable(_) | ClientError::RateLimited { .. }))
                if attempt < policy.attempts =>
            {
                // A timeout or a dropped connection may have reached the
                // provider (and rotated the token); a 429 did not.
                lost |= matches!(e, ClientError::Unavailable(_));
                let said = match &e {
                    ClientError::RateLimited { retry_after } => {
                        retry_after.map(Duration::from_secs)
                    }
                    _ => None,
                };
                let wait = policy.delay(attempt, said);
                svc.notices.debug(
                    1,
                    &format!(
                        "{what}: {e}; retrying in {} ms (attempt {attempt} of {})",
                        wait.as_millis(),
                        policy.attempts
                    ),
                );
                std::thread::sleep(wait);
            }
            Err(e) => {
                let mut err = e.into_error(what);
                if err.kind == ErrorKind::Unavailable {
                    // `record_failure` adds when to try again.
                    err.hint = Some("nothing was marked broken".into());
                }
                return Err(Failure::Provider(err));
            }
        }
    }
}

pub(super) fn refresh_jobadder(
    svc: &mut Services,
    stored: &TokenSet,
) -> std::result::Result<Refreshed, Failure> {
    let (_, ep, client_id, secret) = crate::endpoints::jobadder_app(svc)?;
    let refresh = stored.refresh_token.as_ref().ok_or_else(|| {
        Failure::Local(Error::new(
            ErrorKind::Auth,
            "the JobAdder link has no refresh token",
        ))
    })?;
    let now = svc.clock.now();
    let app = jobadder::App {
        client_id: &client_id,
        client_secret: &secret,
        token_url: &ep.token_url,
    };
    let oauth = oauth::jobadder::OAuth::new(svc.http(), &app, &ep.authorize_url)
        .map_err(|e| Failure::Local(e.into_error("the JobAdder app registration")))?;
    let t = with_retries(svc, "refreshing the JobAdder token", |rt| {
        rt.block_on(oauth.refresh(refresh))
    })?;
    Ok(Refreshed {
        access_token: t.access_token,
        refresh_token: t.refresh_token,
        expires_at: now + time::Duration::seconds(t.expires_in.unwrap_or(3600)),
    })
}

pub(super) fn refresh_salesforce(
    svc: &mut Services,
    org: &Org,
    link: &IntegrationRow,
    stored: &TokenSet,
) -> std::result::Result<Refreshed, Failure> {
    let (login_url, client_id) = endpoints::salesforce_link(svc, link)?;
    let secret = endpoints::salesforce_secret(svc, &org.slug, &client_id)?;
    let app = salesforce::App {
        login_url: &login_url,
        client_id: &client_id,
        client_secret: secret.as_ref(),
    };
    let client = salesforce::Client::new(svc.http());
    let now = svc.clock.now();
    let t = if link.details.is_jwt_bearer() {
        // No refresh token exists: mint a new assertion.
        let key = svc
            .creds()?
            .get(&SecretKey::salesforce_jwt_key(&org.slug))?
            .ok_or_else(|| Failure::Local(missing_secret(org, Provider::Salesforce)))?;
        let username = link.details.username.as_deref().unwrap_or_default();
        let assertion =
            salesforce::assertion(&key, &client_id, username, &login_url, now.unix_timestamp())
                .map_err(|why| {
                    Failure::Local(Error::failure(format!(
                        "the stored JWT key: {}",
                        why.message
                    )))
                })?;
        with_retries(svc, "the Salesforce JWT bearer grant", |rt| {
            rt.block_on(client.jwt_grant(&app, &assertion))
        })?
    } else {
        let refresh = stored.refresh_token.as_ref().ok_or_else(|| {
            Failure::Local(Error::new(
                ErrorKind::Auth,
                "the Salesforce link has no refresh token",
            ))
        })?;
        let oauth = oauth::salesforce::OAuth::new(svc.http(), &app)
            .map_err(|e| Failure::Local(e.into_error("the Salesforce connected app")))?;
        with_retries(svc, "refreshing the Salesforce token", |rt| {
            rt.block_on(oauth.refresh(refresh))
        })?
    };
    Ok(Refreshed {
        access_token: t.access_token,
        refresh_token: t.refresh_token,
        expires_at: now + salesforce::ASSUMED_ACCESS_LIFETIME,
    })
}
