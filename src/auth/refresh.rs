//! The one locked refresh path. Every command that needs a link's access
//! token comes through here, so two processes never spend the same
//! (rotating) refresh token.
//!
//! 1. Take the link's lock: a lock file (`<home>/locks/<org>.<provider>.lock`)
//!    on SQLite, a transaction-scoped advisory lock on PostgreSQL (so two
//!    machines sharing the store never refresh one link at once).
//! 2. Re-read the stored tokens: another process may have refreshed while
//!    we waited, and its access token is as good as ours would be.
//! 3. Refresh, retrying transient failures with backoff that honours
//!    `Retry-After`; a refused refresh token marks the link broken.
//! 4. Store the new token set in the credential store, then the metadata,
//!    and only then hand out the new access token.
//! 5. Release the lock.
//!
//! A refresh that fails at the provider (a refusal, or a transient failure
//! that outlasted the retries) is counted on the link with its error and
//! time, and the next attempt on that link waits out a cool-down
//! (`[refresh] cool_down`, 30 s by default) unless `--force`: every
//! command and cron run hitting a provider that is down or refusing would
//! otherwise hammer it, and the first error would be buried under the
//! retries'. A failure on this side (no master key, an unreadable
//! credential store, a missing app secret) says nothing about the link and
//! is not counted.
//!
//! The residual crash window: from the moment the provider processes the
//! refresh (and rotates the token) until step 4 has stored the new one, the
//! old refresh token is dead and the new one exists only in flight or in
//! this process's memory. A crash there (SIGKILL, power loss, a response
//! lost on the network) loses the link, and a relink is the fix. It cannot
//! be closed from the client side: the provider rotates on its own clock.
//! A process killed before its request reached the provider loses nothing;
//! and if a retry after a lost response meets `invalid_grant`, the broken
//! reason says that the response was lost rather than blaming the user.

use std::fs::File;
use std::time::{Duration, Instant};

use time::OffsetDateTime;

use super::oauth;
use super::tokens::{self, TokenSet};
use crate::checks::jobadder::{Idle, idle_forecast};
use crate::clock;
use crate::endpoints;
use crate::error::{Error, ErrorKind, Result};
use crate::health::{self, relink_command};
use crate::providers::Provider;
use crate::providers::runtime;
use crate::providers::{ClientError, jobadder, salesforce};
use crate::secrets::SecretKey;
use crate::secrets::SecretString;
use crate::services::Services;
use crate::state::{IntegrationRow, NewAudit, Org};

/// Refresh when the access token has less than this left.
pub const EARLY: time::Duration = time::Duration::minutes(2);
/// How long to wait for another process holding the link's lock.
const LOCK_WAIT: Duration = Duration::from_secs(120);
/// "Another process just refreshed": skip unless --force.
const JUST_REFRESHED: time::Duration = time::Duration::seconds(60);
/// The longest last-error sentence kept on a link.
const ERROR_CHARS: usize = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Refresh only if the access token is missing or within `EARLY` of expiry.
    IfNeeded,
    /// Refresh even though the access token is still good (after a 401).
    Expired,
    /// `token refresh`: refresh unless another process just did.
    Refresh,
    /// `token refresh --force`: refresh regardless.
    Force,
}

/// What the path did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Did {
    Refreshed,
    /// The stored access token was fresh (possibly thanks to another process).
    StillFresh,
    /// Another process refreshed moments ago.
    JustRefreshed,
    /// Nothing to refresh (a Flare API key).
    NotApplicable,
}

pub struct Access {
    pub token: SecretString,
    /// The API base to use (on the providers' current origin).
    pub api_base: Option<String>,
    pub did: Did,
}

/// An access token for the link, through the lock. The steps below are
/// the protocol of the module comment, in its order: lock, re-read, broken
/// check, cool-down, refresh, store before use.
pub fn access(svc: &mut Services, org: &Org, provider: Provider, mode: Mode) -> Result<Access> {
    let api_base = api_base(svc, org, provider)?;
    if provider == Provider::Flare {
        return flare_api_key(svc, org, api_base);
    }
    // Fast path without the lock: a fresh token needs no coordination.
    if mode == Mode::IfNeeded
        && let Some(token) = fresh_token_unlocked(svc, org, provider)?
    {
        return Ok(Access {
            token,
            api_base,
            did: Did::StillFresh,
        });
    }
    // 1. Lock.
    let _lock = lock(svc, org, provider)?;
    // 2. Re-read under the lock: the previous holder may have refreshed.
    let link = read_link(svc, org, provider)?;
    // 3. Broken check.
    refuse_if_broken(org, provider, &link, mode)?;
    let stored = load_tokens(svc, org, provider)?.ok_or_else(|| missing_secret(org, provider))?;
    let now = svc.clock.now();
    if let Some(did) = no_refresh_needed(&link, &stored, now, mode) {
        return Ok(Access {
            token: stored.access_token,
            api_base,
            did,
        });
    }
    // 4. Cool-down.
    let cool_down = svc.config.refresh.cool_down();
    refuse_if_cooling_down(org, &link, now, cool_down, mode)?;
    // 5. Refresh.
    let fresh = refresh_at_provider(svc, org, provider, &link, &stored, cool_down)?;
    // 6. Store before use.
    let new_set = store_refreshed(svc, org, provider, stored, fresh, now)?;
    Ok(Access {
        token: new_set.access_token,
        api_base,
        did: Did::Refreshed,
    })
}

/// The link's API base, on the providers' current origin.
fn api_base(svc: &mut Services, org: &Org, provider: Provider) -> Result<Option<String>> {
    let endpoints = svc.endpoints()?;
    let link = read_link(svc, org, provider)?;
    Ok(link.api_base.as_deref().map(|u| endpoints.rebase(u)))
}

/// Flare authenticates with an API key: nothing to refresh, nothing to lock.
fn flare_api_key(svc: &mut Services, org: &Org, api_base: Option<String>) -> Result<Access> {
    let key = svc
        .creds()?
        .get(&SecretKey::flare_api_key(&org.slug))?
        .ok_or_else(|| missing_secret(org, Provider::Flare))?;
    Ok(Access {
        token: key,
        api_base,
        did: Did::NotApplicable,
    })
}

/// The stored access token if it is fresh, read without the lock.
fn fresh_token_unlocked(
    svc: &mut Services,
    org: &Org,
    provider: Provider,
) -> Result<Option<SecretString>> {
    Ok(load_tokens(svc, org, provider)?
        .filter(|t| is_fresh(t, svc.clock.now()))
        .map(|t| t.access_token))
}

/// A link the provider already refused is not asked again (that would
/// spend a grant and could bury the real reason), unless --force.
fn refuse_if_broken(
    org: &Org,
    provider: Provider,
    link: &IntegrationRow,
    mode: Mode,
) -> Result<()> {
    match &link.broken_reason {
        Some(reason) if mode != Mode::Force => Err(broken_error(org, provider, reason)),
        _ => Ok(()),
    }
}

/// Why the stored token can be handed out as it is (read under the lock,
/// so it may be another process's fresh refresh), or `None` to refresh.
fn no_refresh_needed(
    link: &IntegrationRow,
    stored: &TokenSet,
    now: OffsetDateTime,
    mode: Mode,
) -> Option<Did> {
    match mode {
        Mode::IfNeeded => is_fresh(stored, now).then_some(Did::StillFresh),
        Mode::Refresh => link
            .last_refresh_at
            // Unreadable (None) counts as not just refreshed: refreshing is safe.
            .filter(|t| now - *t < JUST_REFRESHED)
            .map(|_| Did::JustRefreshed),
        Mode::Expired | Mode::Force => None,
    }
}

/// Only now is the provider about to be asked: a link still cooling down
/// from a failed refresh fails fast without asking, unless --force.
fn refuse_if_cooling_down(
    org: &Org,
    link: &IntegrationRow,
    now: OffsetDateTime,
    cool_down: time::Duration,
    mode: Mode,
) -> Result<()> {
    if mode == Mode::Force {
        return Ok(());
    }
    match cool_down_until(link, now, cool_down) {
        Some(until) => Err(cooling_down(org, link, until, cool_down)),
        None => Ok(()),
    }
}

/// Asks the provider for a new token set. A refusal marks the link broken;
/// a provider failure is counted on the link (it starts the cool-down); a
/// failure on this side says nothing about the link and is not counted.
fn refresh_at_provider(
    svc: &mut Services,
    org: &Org,
    provider: Provider,
    link: &IntegrationRow,
    stored: &TokenSet,
    cool_down: time::Duration,
) -> Result<Refreshed> {
    let fresh = match provider {
        Provider::JobAdder => refresh_jobadder(svc, stored),
        Provider::Salesforce => refresh_salesforce(svc, org, link, stored),
        // `access` answers a Flare link with its API key before this.
        Provider::Flare => Err(Failure::Local(Error::failure(
            "a Flare link has an API key, no token to refresh",
        ))),
    };
    match fresh {
        Ok(f) => Ok(f),
        Err(Failure::Refused { error, after_lost }) => {
            Err(mark_broken(svc, org, link, stored, &error, after_lost)?)
        }
        Err(Failure::Provider(e)) => Err(record_failure(svc, org, provider, stored, e, cool_down)),
        Err(Failure::Local(e)) => Err(e),
    }
}

/// Persists the new token set before anyone uses its access token:
/// credential store first (the rotated refresh token is the irreplaceable
/// part), then the metadata.
fn store_refreshed(
    svc: &mut Services,
    org: &Org,
    provider: Provider,
    stored: TokenSet,
    fresh: Refreshed,
    now: OffsetDateTime,
) -> Result<TokenSet> {
    let new_set = TokenSet {
        access_token: fresh.access_token,
        refresh_token: fresh.refresh_token.or(stored.refresh_token),
        access_expires_at: Some(fresh.expires_at),
    };
    svc.store_secret(
        &tokens::key(&org.slug, provider),
        Some(org.id),
        &new_set.to_secret(),
    )?;
    svc.state()?
        .write(|tx| tx.record_refresh(org.id, provider, now, Some(fresh.expires_at)))?;
    svc.notices.debug(
        1,
        &format!("refreshed the {} token of {}", provider.as_str(), org.slug),
    );
    Ok(new_set)
}

fn is_fresh(t: &TokenSet, now: OffsetDateTime) -> bool {
    t.access_expires_at.is_some_and(|e| e - now > EARLY)
}

/// When the link's cool-down after a failed refresh ends, if it has not
/// yet. `token status` shows it.
pub fn cool_down_until(
    link: &IntegrationRow,
    now: OffsetDateTime,
    cool_down: time::Duration,
) -> Option<OffsetDateTime> {
    if link.refresh_failures == 0 {
        return None;
    }
    // An unreadable failure time imposes no cool-down: the refresh is tried,
    // and a new failure writes a readable time.
    let failed = link.last_refresh_failure_at?;
    Some(failed + cool_down).filter(|until| *until > now)
}

fn cooling_down(
    org: &Org,
    link: &IntegrationRow,
    until: OffsetDateTime,
    cool_down: time::Duration,
) -> Error {
    let provider = link.provider.as_str();
    let failures = link.refresh_failures;
    Error::unavailable(format!(
        "not asking {} again yet: the last refresh of the {provider} link of {} failed at {} \
         ({failures} failure{} in a row: {})",
        link.provider.label(),
        org.slug,
        link.time_text("last_refresh_failure_at", link.last_refresh_failure_at)
            .unwrap_or_else(|| "?".into()),
        if failures == 1 { "" } else { "s" },
        link.last_refresh_error.as_deref().unwrap_or("no error recorded"),
    ))
    .with_hint(format!(
        "it can be retried after {} ({} s cool-down); `atslink token refresh --org {} --provider {provider} --force` tries now",
        clock::format(until),
        cool_down.whole_seconds(),
        org.slug
    ))
}

/// A provider's error text as a plain one-line sentence to keep on the
/// link: control characters and runs of blanks folded, bounded in length,
/// and the link's own token values cut out should a provider echo one.
fn plain_sentence(message: &str, stored: &TokenSet) -> String {
    let mut text = message.to_string();
    for secret in [Some(&stored.access_token), stored.refresh_token.as_ref()]
        .into_iter()
        .flatten()
        .map(SecretString::expose)
        .filter(|s| !s.is_empty())
    {
        text = text.replace(secret, "[redacted]");
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    let line = words.join(" ");
    if line.chars().count() > ERROR_CHARS {
        format!("{}…", line.chars().take(ERROR_CHARS).collect::<String>())
    } else {
        line
    }
}

/// Counts a failure the provider gave (it stayed unavailable through the
/// retries, or answered with an error that breaks nothing) and returns
/// the error for the person, whose hint now names the cool-down.
fn record_failure(
    svc: &mut Services,
    org: &Org,
    provider: Provider,
    stored: &TokenSet,
    mut e: Error,
    cool_down: time::Duration,
) -> Error {
    e.message = plain_sentence(&e.message, stored);
    let now = svc.clock.now();
    let recorded = svc.state().and_then(|state| {
        state.write(|tx| tx.record_refresh_failure(org.id, provider, &e.message, now))
    });
    match recorded {
        Ok(()) if cool_down.is_positive() => {
            let retry = format!(
                "it can be retried after {} ({} s cool-down; --force tries sooner)",
                clock::format(now + cool_down),
                cool_down.whole_seconds()
            );
            e.hint = Some(match e.hint.take() {
                Some(h) => format!("{h}; {retry}"),
                None => retry,
            });
        }
        // No cool-down to name (none configured, or the book-keeping
        // failed: the provider's error is what the person needs).
        recorded => {
            if let Err(why) = recorded {
                svc.notices.warn(&format!(
                    "could not record the failed refresh on the link: {}",
                    why.message
                ));
            }
            if e.kind == ErrorKind::Unavailable {
                e.hint = Some(match e.hint.take() {
                    Some(h) => format!("{h}; try again later"),
                    None => "try again later".into(),
                });
            }
        }
    }
    e
}

fn read_link(svc: &mut Services, org: &Org, provider: Provider) -> Result<IntegrationRow> {
    svc.state()?.read().require_link(org, provider)
}

fn load_tokens(svc: &mut Services, org: &Org, provider: Provider) -> Result<Option<TokenSet>> {
    match svc.creds()?.get(&tokens::key(&org.slug, provider))? {
        Some(s) => Ok(Some(TokenSet::from_secret(&s)?)),
        None => Ok(None),
    }
}

fn missing_secret(org: &Org, provider: Provider) -> Error {
    Error::new(
        ErrorKind::Auth,
        format!(
            "the {} link of {} has no stored credentials (was the credential store changed or cleared?)",
            provider.as_str(),
            org.slug
        ),
    )
    .with_hint(format!("run `{}`", relink_command(provider, &org.slug)))
}

/// A held per-link lock: a lock file in the home, or, on a shared
/// PostgreSQL store, a transaction-scoped advisory lock that every machine
/// of the team sees.
pub enum LinkLock {
    File(File),
    /// Boxed: the held connection is large next to a file handle.
    Database(Box<crate::state::HeldLinkLock>),
}

/// The per-link lock, held until dropped. Waits (bounded) for another
/// process. Relink and unlink hold it too, so a refresh in flight cannot
/// write the old family's tokens over new ones (or after their removal).
pub fn lock(svc: &Services, org: &Org, provider: Provider) -> Result<LinkLock> {
    if let Some(held) =
        crate::state::lock_link(&svc.state_location()?, org.id, provider, LOCK_WAIT)?
    {
        return Ok(LinkLock::Database(Box::new(held)));
    }
    lock_file(svc, org, provider).map(LinkLock::File)
}

fn lock_file(svc: &Services, org: &Org, provider: Provider) -> Result<File> {
    let dir = svc.home.join("locks");
    crate::fsutil::ensure_private_dir(&dir)?;
    let provider = provider.as_str();
    let path = dir.join(format!("{}.{provider}.lock", org.slug));
    let file = crate::fsutil::open_private(&path)?;
    let deadline = Instant::now() + LOCK_WAIT;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(Error::unavailable(format!(
                    "another atslink process has been refreshing the {provider} link of {} for over {} s",
                    org.slug,
                    LOCK_WAIT.as_secs()
                ))
                .with_hint(format!("try again; the lock file is {}", path.display())));
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(Error::failure(format!(
                    "cannot lock {}: {e}",
                    path.display()
                )));
            }
        }
    }
}

struct Refreshed {
    access_token: SecretString,
    refresh_token: Option<SecretString>,
    expires_at: OffsetDateTime,
}

enum Failure {
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
fn with_retries<T>(
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

fn refresh_jobadder(
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

fn refresh_salesforce(
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

/// Records why the link died and returns the error for the person.
fn mark_broken(
    svc: &mut Services,
    org: &Org,
    link: &IntegrationRow,
    stored: &TokenSet,
    e: &ClientError,
    after_lost: bool,
) -> Result<Error> {
    let now = svc.clock.now();
    let who = link
        .authorised_by
        .as_deref()
        .unwrap_or("the authorising user");
    // The same deadline `org check` and `token status` forecast (dead from
    // the 14th day on), so the reason given here never contradicts them.
    let idle_since = link.last_use_text();
    let idle_expired = link.provider == Provider::JobAdder
        && idle_forecast(link, now, time::Duration::ZERO).is_ok_and(|f| f.idle == Idle::Dead);
    // The provider's own word wins over inference: a deleted user is named
    // as such even when the token was also idle.
    let label = link.provider;
    let user_deactivated = |d: &Option<String>| {
        d.as_deref().is_some_and(|d| {
            let d = d.to_ascii_lowercase();
            d.contains("inactive user") || d.contains("deactivated")
        })
    };
    let reason = match e {
        ClientError::OAuth { error, .. } if error == "invalid_request" => format!(
            "refresh rejected (invalid_request): {}",
            health::user_gone_reason(label, who, "deleted")
        ),
        // Both providers say so when the authorising user was deactivated
        // (Salesforce: `inactive user`): name it, since the remedy differs
        // (another administrator must consent).
        ClientError::OAuth { error, description } if user_deactivated(description) => format!(
            "refresh rejected ({error}: {}): {}",
            description.as_deref().unwrap_or_default(),
            health::user_gone_reason(label, who, "deactivated")
        ),
        _ if idle_expired => {
            format!("refresh token unused for more than 14 days (last used {idle_since})")
        }
        ClientError::OAuth { error, description } if after_lost => format!(
            "refresh rejected ({error}{}) after an earlier attempt's response was lost: the provider \
             probably rotated the token without atslink receiving the new one",
            description
                .as_deref()
                .map(|d| format!(": {d}"))
                .unwrap_or_default()
        ),
        ClientError::OAuth { error, description } => format!(
            "refresh rejected ({error}{}): the token was revoked or replaced, or the authorising user {who} was deactivated",
            description
                .as_deref()
                .map(|d| format!(": {d}"))
                .unwrap_or_default()
        ),
        other => format!("refresh rejected: {other}"),
    };
    let reason = plain_sentence(&reason, stored);
    record_broken(svc, org, link.provider, &reason)?;
    Ok(broken_error(org, link.provider, &reason))
}

/// Marks the link broken (keeping the first reason if it already is) with
/// an audit row, and counts the refusal as a failed refresh.
fn record_broken(svc: &mut Services, org: &Org, provider: Provider, reason: &str) -> Result<()> {
    let at = svc.clock.now();
    let stamp = svc.stamp();
    svc.state()?.write(|tx| {
        tx.record_refresh_failure(org.id, provider, reason, at)?;
        if tx.mark_broken(org.id, provider, reason, at)? {
            stamp.record(
                tx,
                NewAudit {
                    org_slug: Some(org.slug.clone()),
                    action: "integration.broken".into(),
                    subject: Some(provider.as_str().to_string()),
                    before: Some("linked".into()),
                    after: Some(format!("broken: {reason}")),
                },
            )?;
        }
        Ok(())
    })
}

fn broken_error(org: &Org, provider: Provider, reason: &str) -> Error {
    Error::new(
        ErrorKind::Auth,
        format!(
            "the {} link of {} is broken: {reason}",
            provider.as_str(),
            org.slug
        ),
    )
    .with_hint(format!(
        "ask an active {} administrator to run through `{}`",
        // A Flare link is never broken by a refusal (it has no refresh).
        if provider == Provider::JobAdder {
            "JobAdder"
        } else {
            "Salesforce"
        },
        relink_command(provider, &org.slug)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_error_is_one_bounded_line_without_the_links_tokens() {
        let stored = TokenSet {
            access_token: SecretString::new("ACCESS-abc"),
            refresh_token: Some(SecretString::new("REFRESH-xyz")),
            access_expires_at: None,
        };
        let said = plain_sentence(
            "invalid_grant:  token REFRESH-xyz\n\tunknown\r\n(ACCESS-abc)",
            &stored,
        );
        assert_eq!(said, "invalid_grant: token [redacted] unknown ([redacted])");
        let long = plain_sentence(&"word ".repeat(200), &stored);
        assert_eq!(long.chars().count(), ERROR_CHARS + 1);
        assert!(long.ends_with('…'));
    }
}
