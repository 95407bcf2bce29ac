//! Runs the suspension watchdog (`flare::auto::watchdog`) at start-up and
//! then every `INTERVAL`: a suspended webhook loses events, so it is
//! re-enabled and its gap back-filled well inside JobAdder's hour.

use std::sync::Arc;
use std::time::Duration;

use super::Shared;
use crate::flare::auto::watchdog;

pub const INTERVAL: Duration = Duration::from_secs(5 * 60);

pub fn spawn(shared: &Arc<Shared>) {
    let shared = Arc::clone(shared);
    tokio::spawn(async move {
        while !shared.draining.load(std::sync::atomic::Ordering::SeqCst) {
            match shared.blocking(watchdog::sweep).await {
                Ok((repairs, problems)) => {
                    for r in &repairs {
                        tracing::info!(
                            org = %r.org,
                            webhook = %crate::output::sanitize(&r.webhook_id),
                            was = %crate::output::sanitize(&r.was),
                            backfilled = r.backfilled,
                            "watchdog re-enabled a webhook"
                        );
                    }
                    for p in &problems {
                        tracing::warn!(problem = %crate::output::sanitize(p), "watchdog");
                    }
                    tracing::debug!(
                        repaired = repairs.len(),
                        problems = problems.len(),
                        "watchdog pass"
                    );
                    if repairs.iter().any(|r| r.backfilled > 0) {
                        shared.work.notify_waiters();
                    }
                }
                Err(e) => tracing::error!(
                    error = %crate::output::sanitize(&e.message),
                    "watchdog pass failed"
                ),
            }
            tokio::time::sleep(INTERVAL).await;
        }
    });
}
