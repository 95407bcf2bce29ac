//! Waiting for the request to stop: Ctrl-C, or SIGTERM from a service
//! manager (systemd, Kubernetes) on Unix. Shared by `serve` and `sandbox
//! serve`, which both drain and stop on either.

/// Resolves on Ctrl-C or (on Unix) SIGTERM.
pub async fn stop_requested() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            // No SIGTERM handler could be installed: Ctrl-C still stops.
            // (`ctrl_c` fails only when no handler can be installed at all;
            // then stopping at once beats a process nothing can stop.)
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
