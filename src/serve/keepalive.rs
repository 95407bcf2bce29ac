//! The keep-alive scheduler: JobAdder refresh tokens die after 14 days
//! unused and with their authorising user, so `serve` refreshes every
//! OAuth link at least daily (each link at its own jittered age, so a fleet
//! of links does not refresh at one instant) through the locked refresh
//! path. Several serve processes check on their own clocks, and each link
//! is refreshed once: the age is re-read and the refresh taken under the
//! link's lock (`Mode::Refresh` skips a link another process just
//! refreshed). A refusal (a removed or deactivated authorising user) marks
//! the link broken, which `integration list` and `/metrics` show within the
//! day rather than when candidates stop arriving. A refresh that works does
//! not prove the user is still there (JobAdder documents the refusal only
//! for deleted users), so after each one the provider is asked about the
//! authorising user, with `org check`'s verdict: deactivated or deleted
//! marks the link broken with that check's reason.

use std::sync::Arc;
use std::time::Duration;

use super::Shared;
use crate::auth::refresh::{self, Access, Did, Mode};
use crate::checks::{self, Check, Status};
use crate::error::Result;
use crate::providers::{ClientError, Provider, jobadder, salesforce};
use crate::services::Services;
use crate::state::OrgIntegration;

/// How often links are looked at.
pub const INTERVAL: Duration = Duration::from_secs(60 * 60);
/// A link is refreshed once it is this old, plus its jitter (under 4 h):
/// with hourly looks, every link is refreshed within a day.
const AGE: time::Duration = time::Duration::hours(19);
const JITTER_SECS: u64 = 4 * 60 * 60;

pub fn spawn(shared: &Arc<Shared>) {
    let shared = Arc::clone(shared);
    tokio::spawn(async move {
        while !shared.draining.load(std::sync::atomic::Ordering::SeqCst) {
            if let Err(e) = shared.blocking(pass).await {
                tracing::error!(
                    error = %crate::output::sanitize(&e.message),
                    "keepalive pass failed"
                );
            }
            tokio::time::sleep(INTERVAL).await;
        }
    });
}

/// A stable per-link offset, so a link's refresh time does not wander.
fn jitter(org: &str, provider: Provider) -> time::Duration {
    let d = ring::digest::digest(
        &ring::digest::SHA256,
        format!("{org}/{}", provider.as_str()).as_bytes(),
    );
    let mut b = [0u8; 8];
    b.copy_from_slice(&d.as_ref()[..8]);
    time::Duration::seconds((u64::from_be_bytes(b) % JITTER_SECS) as i64)
}

/// One look at every OAuth link, logging what was done for each.
fn pass(svc: &mut Services) -> Result<()> {
    let now = svc.clock.now();
    let mut due_links = 0;
    for l in svc.state()?.read().all_integrations()? {
        let link = &l.link;
        if link.provider == Provider::Flare {
            continue; // API keys do not idle out.
        }
        let due = link
            .last_use()
            .map(|t| now - t >= AGE + jitter(&l.org, link.provider))
            .unwrap_or(true);
        if !due {
            continue;
        }
        due_links += 1;
        match refresh::access(svc, &l.organisation, link.provider, Mode::Refresh) {
            Ok(a) if a.did == Did::Refreshed => {
                tracing::info!(
                    org = %l.org,
                    provider = %link.provider.as_str(),
                    result = %"refreshed",
                    "keepalive"
                );
                // One link's failed look-up holds up neither the other
                // links nor the notifications.
                if let Err(e) = authorising_user(svc, &l, &a) {
                    tracing::warn!(
                        org = %l.org,
                        provider = %link.provider.as_str(),
                        error = %crate::output::sanitize(&e.message),
                        "keepalive: the authorising user could not be checked"
                    );
                }
            }
            Ok(_) => tracing::info!(
                org = %l.org,
                provider = %link.provider.as_str(),
                result = %"skipped",
                "keepalive: refreshed by another process"
            ),
            Err(e) => tracing::warn!(
                org = %l.org,
                provider = %link.provider.as_str(),
                result = %"failed",
                error = %crate::output::sanitize(&e.message),
                "keepalive"
            ),
        }
    }
    tracing::debug!(due = due_links, "keepalive pass");
    // Broken links and recoveries, told once per transition.
    super::notify::run(svc)
}

/// Asks the provider about the link's authorising user right after a
/// refresh (the fresh access token in hand). `org check`'s verdict
/// decides: a user the provider says is deactivated or deleted marks the
/// link broken with the check's reason (the relink remedy follows from the
/// broken state); anything else short of a pass is only logged, since a
/// call that failed says nothing about the user.
fn authorising_user(svc: &mut Services, l: &OrgIntegration, a: &Access) -> Result<()> {
    let (link, slug) = (&l.link, l.org.as_str());
    let Some(id) = link.authorised_by_id.as_deref() else {
        return Ok(()); // `org check` warns about that.
    };
    let who = link.authorised_by.as_deref().unwrap_or("?");
    let api = a.api_base.as_deref().unwrap_or_default();
    let (http, rt) = (svc.http(), crate::providers::runtime()?);
    let (gone, verdict): (bool, Check) = match link.provider {
        Provider::JobAdder => {
            let Ok(id) = id.parse::<i64>() else {
                return Ok(());
            };
            let user = rt.block_on(jobadder::Client::new(http).user(api, &a.token, id));
            let gone = match &user {
                Ok(u) => u.inactive || u.deleted,
                Err(e) => matches!(e, ClientError::NotFound(_)),
            };
            let verdict = checks::jobadder::authorising_user(slug, who, Some(user));
            (gone, verdict)
        }
        Provider::Salesforce => {
            let active =
                rt.block_on(salesforce::Client::new(http).user_is_active(api, &a.token, id));
            let gone = matches!(active, Ok(false) | Err(ClientError::NotFound(_)));
            let verdict = checks::salesforce::authorising_user(slug, who, Some(active));
            (gone, verdict)
        }
        Provider::Flare => return Ok(()),
    };
    let provider = link.provider.as_str();
    let evidence = crate::output::sanitize(&verdict.evidence);
    if gone && verdict.status == Status::Fail {
        refresh::mark_link_broken(svc, &l.organisation, link.provider, &verdict.evidence)?;
        tracing::warn!(org = %slug, provider = %provider, reason = %evidence, "keepalive: the authorising user is gone; link marked broken");
    } else if verdict.status != Status::Pass {
        tracing::warn!(org = %slug, provider = %provider, check = %evidence, "keepalive: authorising user");
    }
    Ok(())
}
