//! The server half (`atslink serve`): axum on the tokio/hyper already in
//! the tree, on the same state store and domain code as the commands.
//! Blocking work (SQLite, the credential store, the locked refresh path)
//! runs on the blocking pool with [`Services`] of its own per request.
//!
//! Limits: request headers up to `MAX_HEADER_BYTES`, bodies up to
//! `MAX_BODY_BYTES`, a client gets `HEADER_TIMEOUT` to send its headers
//! (a slow client cannot hold a connection) and a request `REQUEST_TIMEOUT`
//! to be answered. SIGTERM or Ctrl-C: readiness goes 503 at once; the
//! listener stays open for the drain delay (`--drain-delay`, 0 by default)
//! so a load balancer polling readiness takes the replica out before
//! connections are refused, then closes; in-flight requests finish within
//! the drain deadline.

mod canvas;
mod health;
mod inbox;
mod keepalive;
mod launch;
mod metrics;
mod notify;
mod pages;
mod watchdog;
mod webhooks;
mod worker;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;

use crate::error::{Error, Result};
use crate::services::Services;

pub use metrics::Metrics;

pub const MAX_HEADER_BYTES: usize = 16 * 1024;
pub const MAX_BODY_BYTES: usize = 64 * 1024;
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Longer than a refresh waiting on another holder's lock is worth: a
/// launch that cannot finish in this is answered 503 and retried by a click.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What `serve` was asked to do, resolved from flags and config.
#[derive(Debug, Clone)]
pub struct Settings {
    pub listen: SocketAddr,
    /// The public origin (and prefix) without a trailing slash.
    pub public_url: Option<String>,
    pub handoff_url: Option<String>,
    pub drain: Duration,
    /// How long to keep accepting, readiness 503, after a stop request.
    pub drain_delay: Duration,
}

/// State shared by every request.
pub struct Shared {
    pub settings: Settings,
    pub metrics: Metrics,
    pub draining: AtomicBool,
    /// Wakes the webhook workers when an event is stored.
    pub work: tokio::sync::Notify,
    /// Where webhook deliveries are checked and stored, a batch at a time.
    pub inbox: inbox::Inbox,
    /// One HTTP client (and connection pool) for every provider call.
    pub jobadder: crate::providers::jobadder::Client,
    /// The Canvas tab's file listing, on the same client and policy.
    pub salesforce: crate::providers::salesforce::Client,
    /// Makes request services; holds the providers' stand-in, if any.
    template: Mutex<Services>,
    /// Idle request services, each with its own open state store.
    pool: Mutex<Vec<Services>>,
    /// Launches' turns on the blocking pool (see [`Shared::request_blocking`]).
    request_slots: tokio::sync::Semaphore,
}

/// How many launch steps may use the state store at once. On SQLite, one
/// writer at a time: beyond a few per core, more launches only poll its
/// busy handler, each on a thread and connection of its own (in
/// benches/serve.sh serve's peak RSS fell from 46 to 27-29 MiB with 8). On
/// PostgreSQL every step in flight is a server process of its own: with 64
/// at once on 2 cores, processes holding a row or the lock manager were
/// preempted by the others and launches queued behind them (p99 235-343 ms
/// against a p50 of 37-47 ms); with 8 the p99 was 62-65 ms at a higher
/// rate (1,380-1,590 launches/s), 4 measured the same.
const REQUEST_SLOTS: usize = 8;

fn locked<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Shared {
    pub fn new(svc: &mut Services, settings: Settings) -> Result<Arc<Shared>> {
        let template = svc.worker()?;
        let inbox = inbox::Inbox::start(svc.worker()?)?;
        Ok(Arc::new(Shared {
            settings,
            metrics: Metrics::new(),
            draining: AtomicBool::new(false),
            work: tokio::sync::Notify::new(),
            inbox,
            // A person waits on the launch page: JobAdder's 429 or 5xx
            // answers "try again in a minute" at once.
            jobadder: crate::providers::jobadder::Client::answering_at_once(svc.http()),
            salesforce: crate::providers::salesforce::Client::new(svc.http()),
            template: Mutex::new(template),
            pool: Mutex::new(Vec::new()),
            request_slots: tokio::sync::Semaphore::new(REQUEST_SLOTS),
        }))
    }

    /// Runs blocking work (state store, credential store, locked refresh)
    /// on the blocking pool with services of their own.
    pub async fn blocking<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&mut Services) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let me = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut svc = me.checkout()?;
            let out = f(&mut svc);
            locked(&me.pool).push(svc);
            out
        })
        .await
        .map_err(|_| Error::failure("a request handler panicked"))?
    }

    /// [`Shared::blocking`] for a launch's own store work (finding the
    /// organisation, the seat claim), taking turns with other launches' on
    /// the store ([`REQUEST_SLOTS`]). Work that can wait on a provider
    /// (the locked refresh path, webhook pushes, keep-alive) does not take
    /// turns: a slow refresh must not hold every other launch back.
    pub async fn request_blocking<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&mut Services) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let _turn = self
            .request_slots
            .acquire()
            .await
            .map_err(|_| Error::failure("the server is stopping"))?;
        self.blocking(f).await
    }

    fn checkout(&self) -> Result<Services> {
        let idle = locked(&self.pool).pop();
        let mut svc = match idle {
            Some(c) => c,
            None => locked(&self.template).worker()?,
        };
        svc.resync_clock()?;
        Ok(svc)
    }
}

/// What a handler did, for the request's log event (never a secret).
#[derive(Clone, Copy, Debug)]
pub struct Outcome(pub &'static str);

pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(metrics::metrics))
        .route("/launch/jobadder/{org}", get(launch::jobadder))
        .route("/launch/salesforce/{org}", post(canvas::salesforce))
        .route("/webhooks/jobadder/{org}", post(webhooks::jobadder))
        .layer(middleware::from_fn(around))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(shared)
}

/// The request deadline and the request's one log event. The path is
/// logged as its route template (the organisation as a field of its own)
/// and the query as the names of the keys atslink reads, never a value:
/// launch URLs carry user and record ids and their signature (`_h`).
async fn around(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string());
    let org = route
        .as_deref()
        .and_then(|r| path_param(r, req.uri().path(), "{org}"));
    let query = req.uri().query().map(query_keys);
    let resp = match tokio::time::timeout(REQUEST_TIMEOUT, next.run(req)).await {
        Ok(r) => r,
        Err(_) => {
            let mut r = (
                StatusCode::SERVICE_UNAVAILABLE,
                "the request took too long; try again\n",
            )
                .into_response();
            r.extensions_mut().insert(Outcome("timeout"));
            r
        }
    };
    let outcome = resp.extensions().get::<Outcome>().map(|o| o.0);
    tracing::info!(
        method = %method,
        route = %route.as_deref().unwrap_or("unmatched"),
        status = resp.status().as_u16(),
        latency_ms = started.elapsed().as_millis() as u64,
        org = org.as_deref().map(display),
        outcome = outcome.map(display),
        query = query.as_deref().map(display),
        "request"
    );
    resp
}

/// The path segment standing where `name` stands in the route template,
/// when it is a well-formed organisation slug (anything else a client
/// sent is not repeated into the log).
fn path_param(template: &str, path: &str, name: &str) -> Option<String> {
    let at = template.split('/').position(|s| s == name)?;
    let value = path.split('/').nth(at)?;
    crate::state::Org::is_valid_slug(value).then(|| value.to_string())
}

/// The query keys atslink reads, in the order sent, values dropped; other
/// keys only counted, as `+N` (a key itself could be a secret pasted by
/// mistake).
fn query_keys(query: &str) -> String {
    const KNOWN: [&str; 4] = ["candidate", "user", "_exp", "_h"];
    let mut keys = Vec::new();
    let mut other = 0;
    for (k, _) in url::form_urlencoded::parse(query.as_bytes()) {
        match KNOWN.iter().find(|n| **n == k) {
            Some(n) => keys.push(n.to_string()),
            None => other += 1,
        }
    }
    if other > 0 {
        keys.push(format!("+{other}"));
    }
    keys.join(",")
}

/// Serves until SIGTERM or Ctrl-C, then drains. `on_ready` gets the bound
/// address once listening.
pub fn run(shared: Arc<Shared>, on_ready: impl FnOnce(SocketAddr)) -> Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::failure(format!("cannot start the server runtime: {e}")))?;
    rt.block_on(async move {
        let addr = shared.settings.listen;
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|e| bind_error(addr, e, "pass --listen with a free one (port 0 picks any)"))?;
        let stop = crate::signals::stop_requested();
        on_ready(listener.local_addr()?);
        worker::spawn(&shared);
        watchdog::spawn(&shared);
        keepalive::spawn(&shared);
        serve_until(listener, shared, stop).await;
        Ok(())
    })
}

/// A port that cannot be bound is this machine's problem, not a provider's
/// or the network's: exit 1, not 7 (which scripts retry), for `serve` and
/// `sandbox serve` alike. `other_port` says how to choose another.
pub(crate) fn bind_error(
    addr: impl std::fmt::Display,
    e: std::io::Error,
    other_port: &str,
) -> Error {
    let err = Error::failure(format!("cannot listen on {addr}: {e}"));
    if e.kind() == std::io::ErrorKind::AddrInUse {
        err.with_hint(format!("another program uses that port; {other_port}"))
    } else {
        err
    }
}

async fn serve_until(
    listener: TcpListener,
    shared: Arc<Shared>,
    stop: impl std::future::Future<Output = ()>,
) {
    let app = router(Arc::clone(&shared));
    let graceful = GracefulShutdown::new();
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .max_buf_size(MAX_HEADER_BYTES);
    let accept = Acceptor {
        listener: &listener,
        builder: &builder,
        app: &app,
        graceful: &graceful,
    };
    accept.until(stop).await;
    shared.draining.store(true, Ordering::SeqCst);
    if !shared.settings.drain_delay.is_zero() {
        tracing::info!(
            delay_secs = shared.settings.drain_delay.as_secs(),
            "stopping: readiness answers 503; still accepting for the drain delay"
        );
        accept
            .until(tokio::time::sleep(shared.settings.drain_delay))
            .await;
    }
    drop(listener);
    tracing::info!(
        drain_secs = shared.settings.drain.as_secs(),
        "stopping: no new connections; waiting for requests in flight"
    );
    tokio::select! {
        _ = graceful.shutdown() => tracing::info!("stopped: every request finished"),
        _ = tokio::time::sleep(shared.settings.drain) => {
            tracing::warn!("stopped: the drain deadline passed with requests still in flight");
        }
    }
}

/// Accepts connections and serves each under the graceful-shutdown watch.
struct Acceptor<'a> {
    listener: &'a TcpListener,
    builder: &'a http1::Builder,
    app: &'a Router,
    graceful: &'a GracefulShutdown,
}

impl Acceptor<'_> {
    /// Until `stop` completes.
    async fn until(&self, stop: impl std::future::Future<Output = ()>) {
        let Acceptor {
            listener,
            builder,
            app,
            graceful,
        } = self;
        tokio::pin!(stop);
        loop {
            tokio::select! {
                _ = &mut stop => break,
                accepted = listener.accept() => {
                    // A failed accept loses that one connection, not the server.
                    let (stream, _peer) = match accepted {
                        Ok(a) => a,
                        Err(e) => {
                            tracing::debug!(error = %e, "accept failed; waiting for the next connection");
                            continue;
                        }
                    };
                    let conn = builder.serve_connection(
                        TokioIo::new(stream),
                        TowerToHyperService::new(Router::clone(app)),
                    );
                    let watched = graceful.watch(conn);
                    tokio::spawn(async move {
                        // A client that hangs up mid-request ends only its own
                        // connection; the handlers log what they did.
                        if let Err(e) = watched.await {
                            tracing::debug!(error = %e, "connection ended with an error");
                        }
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_is_logged_as_known_key_names_only() {
        assert_eq!(
            query_keys("candidate=30001&user=1002&_exp=639&_h=c2VjcmV0"),
            "candidate,user,_exp,_h"
        );
        assert_eq!(query_keys("_h=x&access_token=tok-SECRET&tok-KEY"), "_h,+2");
        assert_eq!(query_keys(""), "");
    }

    #[test]
    fn only_a_well_formed_slug_is_taken_from_the_path() {
        let t = "/launch/jobadder/{org}";
        assert_eq!(
            path_param(t, "/launch/jobadder/acme", "{org}").as_deref(),
            Some("acme")
        );
        assert_eq!(
            path_param(t, "/launch/jobadder/tok%20SECRET", "{org}"),
            None
        );
        assert_eq!(path_param("/healthz", "/healthz", "{org}"), None);
    }
}
