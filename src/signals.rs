//! Waiting for the request to stop: Ctrl-C, or SIGTERM from a service
//! manager (systemd, Kubernetes) on Unix. Shared by `serve` and `sandbox
//! serve`, which both drain and stop on either.

use std::future::Future;

/// Resolves on Ctrl-C or (on Unix) SIGTERM. On Unix the handlers are
/// installed when this is called, so call it (inside the runtime) before
/// saying the server is ready: a handler installed only when the future is
/// first polled left a window in which a SIGTERM sent straight after the
/// ready line killed the process instead of stopping it (CI saw `serve` die
/// so, exit -1). Elsewhere Ctrl-C's handler is still installed on first
/// poll; no SIGTERM comes there, and this machine cannot build for them.
pub fn stop_requested() -> impl Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let interrupt = signal(SignalKind::interrupt());
        let terminate = signal(SignalKind::terminate());
        async move {
            match (interrupt, terminate) {
                (Ok(mut int), Ok(mut term)) => {
                    tokio::select! {
                        _ = int.recv() => {}
                        _ = term.recv() => {}
                    }
                }
                // One handler could not be installed: the other still stops.
                (Ok(mut int), Err(_)) => {
                    int.recv().await;
                }
                (Err(_), Ok(mut term)) => {
                    term.recv().await;
                }
                // None could: stopping at once beats a process nothing can
                // stop.
                (Err(_), Err(_)) => {}
            }
        }
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
