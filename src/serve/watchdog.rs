//! Runs the suspension watchdog (`flare::auto::watchdog`) at start-up and
//! then every `INTERVAL`: a suspended webhook loses events, so it is
//! re-enabled and its gap back-filled well inside JobAdder's hour.

use std::sync::Arc;
use std::time::Duration;

use super::Shared;
use crate::commands::flare::auto::watchdog;

pub const INTERVAL: Duration = Duration::from_secs(5 * 60);

pub fn spawn(shared: &Arc<Shared>) {
    let shared = Arc::clone(shared);
    tokio::spawn(async move {
        while !shared.draining.load(std::sync::atomic::Ordering::SeqCst) {
            match shared.blocking(watchdog::sweep).await {
                Ok((repairs, problems)) => {
                    for r in &repairs {
                        shared.log(&format!(
                            "watchdog org={} webhook={} was={} re-enabled backfilled={}",
                            r.org, r.webhook_id, r.was, r.backfilled
                        ));
                    }
                    for p in &problems {
                        shared.log(&format!("watchdog {}", crate::output::sanitize(p)));
                    }
                    if repairs.iter().any(|r| r.backfilled > 0) {
                        shared.work.notify_waiters();
                    }
                }
                Err(e) => shared.log(&format!("watchdog: {}", e.message)),
            }
            tokio::time::sleep(INTERVAL).await;
        }
    });
}
