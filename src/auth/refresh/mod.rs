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

//! The steps live in this module; around them, by responsibility:
//! `lock` (the per-link lock of step 1 and 5), `provider` (step 3's
//! requests and their retries), `failure` (counting a failed refresh and
//! the cool-down it starts) and `broken` (a refused refresh: why the link
//! died, in words the person can act on).

mod broken;
mod failure;
mod lock;
mod provider;

pub use broken::mark_link_broken;
pub use failure::cool_down_until;
pub use lock::{LinkLock, lock};

pub use broken::broken_error;
use broken::mark_broken;
use failure::{cooling_down, plain_sentence, record_failure};
use provider::{Failure, Refreshed, refresh_jobadder, refresh_salesforce};

use std::time::Duration;

use time::OffsetDateTime;

use super::tokens::{self, TokenSet};
use crate::error::{Error, ErrorKind, Result};
use crate::health::relink_command;
use crate::providers::Provider;
use crate::secrets::SecretKey;
use crate::secrets::SecretString;
use crate::services::Services;
use crate::state::{IntegrationRow, Org};

/// Refresh when the access token has less than this left.
pub const EARLY: time::Duration = time::Duration::minutes(2);
/// How long to wait for another process holding the link's lock.
const LOCK_WAIT: Duration = Duration::from_secs(120);
/// "Another process just refreshed": skip unless --force.
const JUST_REFRESHED: time::Duration = time::Duration::seconds(60);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Refresh only if the access token is missing or within `EARLY` of expiry.
    IfNeeded,
    /// `IfNeeded` for a caller whose [`fresh_access`] has just found the
    /// stored token stale: straight to the lock, whose re-read is the only
    /// one left (the unlocked read would only repeat the caller's).
    SeenStale,
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
    /// The tokens were renewed moments ago: by a refresh (this process's
    /// or another's), or by the link or relink that stored them.
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
    if provider == Provider::Flare {
        let api_base = api_base(svc, org, provider)?;
        return flare_api_key(svc, org, api_base);
    }
    let api_base = match mode {
        // Fast path without the lock: a fresh token needs no coordination.
        Mode::IfNeeded => match read_unlocked(svc, org, provider)? {
            StoredToken::Fresh(access) => return Ok(access),
            StoredToken::Stale { api_base } => api_base,
        },
        _ => api_base(svc, org, provider)?,
    };
    locked_access(svc, org, provider, mode, api_base)
}

/// The stored access token and API base when the token is fresh: what
/// [`access`] answers first in `Mode::IfNeeded`, without the lock and
/// without asking the provider anything; `None` when it would have to
/// lock (or refresh), which the caller then does with `Mode::SeenStale`.
/// `serve` reads it with the organisation, before it has verified the
/// click, so that a good click needs one trip to the blocking pool fewer.
pub fn fresh_access(svc: &mut Services, org: &Org, provider: Provider) -> Result<Option<Access>> {
    if provider == Provider::Flare {
        return Ok(None);
    }
    Ok(match read_unlocked(svc, org, provider)? {
        StoredToken::Fresh(access) => Some(access),
        StoredToken::Stale { .. } => None,
    })
}

/// What the read without the lock found of the stored access token
/// (never for Flare, whose API key is neither fresh nor stale).
enum StoredToken {
    /// The stored access token is fresh: handed out as it is.
    Fresh(Access),
    /// None is stored, or it is within `EARLY` of expiry: the locked path
    /// decides, with the API base read here.
    Stale { api_base: Option<String> },
}

/// The read [`access`] and [`fresh_access`] both start with: the link's
/// API base and its stored tokens, without the lock.
fn read_unlocked(svc: &mut Services, org: &Org, provider: Provider) -> Result<StoredToken> {
    let api_base = api_base(svc, org, provider)?;
    let fresh = load_tokens(svc, org, provider)?.filter(|t| is_fresh(t, svc.clock.now()));
    Ok(match fresh {
        Some(t) => StoredToken::Fresh(Access {
            token: t.access_token,
            api_base,
            did: Did::StillFresh,
        }),
        None => StoredToken::Stale { api_base },
    })
}

/// [`access`] from step 1 on.
fn locked_access(
    svc: &mut Services,
    org: &Org,
    provider: Provider,
    mode: Mode,
    api_base: Option<String>,
) -> Result<Access> {
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
        Mode::IfNeeded | Mode::SeenStale => is_fresh(stored, now).then_some(Did::StillFresh),
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
