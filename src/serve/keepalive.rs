//! The keep-alive scheduler: JobAdder refresh tokens die after 14 days
//! unused and with their authorising user, so `serve` refreshes every
//! OAuth link at least daily (each link at its own jittered age, so a fleet
//! of links does not refresh at one instant) through the locked refresh
//! path. Several serve processes check on their own clocks, and each link
//! is refreshed once: the age is re-read and the refresh taken under the
//! link's lock (`Mode::Refresh` skips a link another process just
//! refreshed). A refusal (a removed or deactivated authorising user) marks
//! the link broken, which `integration list` and `/metrics` show within the
//! day rather than when candidates stop arriving.

use std::sync::Arc;
use std::time::Duration;

use super::Shared;
use crate::auth::refresh::{self, Did, Mode};
use crate::error::Result;
use crate::providers::Provider;
use crate::services::Services;

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
            Ok(a) if a.did == Did::Refreshed => tracing::info!(
                org = %l.org,
                provider = %link.provider.as_str(),
                result = %"refreshed",
                "keepalive"
            ),
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
