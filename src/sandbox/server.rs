//! The HTTP server: hyper 1 on 127.0.0.1 only, one world transaction per
//! request, routing by path prefix, injected faults and per-account rates.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde_json::json;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

use super::http::{Req, Resp};
use super::world::{FaultKind, Provider, RateWindow, World, WorldDb};
use super::{flare, jobadder_api, jobadder_id, salesforce};
use crate::error::{Error, Result};

/// The stand-in for the reformatting app a chosen file is handed to.
pub const HANDOFF_PATH: &str = "/_sandbox/handoff";

/// Request bodies over this are refused with 413.
pub const MAX_BODY: usize = 1024 * 1024;

/// A server running on a background thread; dropping it stops the server.
pub struct Running {
    pub base_url: String,
    pub port: u16,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::failure(format!("cannot start the sandbox runtime: {e}")))
}

fn bind_error(port: u16, e: std::io::Error) -> Error {
    let err = Error::unavailable(format!("cannot listen on 127.0.0.1:{port}: {e}"));
    if e.kind() == std::io::ErrorKind::AddrInUse {
        err.with_hint(
            "another program uses that port; pass --port with a free one, or --port 0 for any",
        )
    } else {
        err
    }
}

/// Starts the server on a background thread with its own runtime and
/// returns once it is listening.
pub fn start(world: &Path, port: Option<u16>) -> Result<Running> {
    // Open (and seed) the world first so a bad file fails here, not per request.
    WorldDb::open(world)?.transact(|_| Ok(()))?;
    let world = world.to_path_buf();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<u16>>();
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("atslink-sandbox".into())
        .spawn(move || {
            let rt = match runtime() {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                    return;
                }
            };
            rt.block_on(async move {
                let port = port.unwrap_or(0);
                let listener = match TcpListener::bind(("127.0.0.1", port)).await {
                    Ok(l) => l,
                    Err(e) => {
                        let _ = ready_tx.send(Err(bind_error(port, e)));
                        return;
                    }
                };
                let actual = listener.local_addr().map(|a| a.port()).unwrap_or(port);
                let _ = ready_tx.send(Ok(actual));
                accept_loop(listener, world, async {
                    let _ = stop_rx.await;
                })
                .await;
            });
        })
        .map_err(|e| Error::failure(format!("cannot start the sandbox thread: {e}")))?;
    let port = ready_rx
        .recv()
        .map_err(|_| Error::failure("the sandbox thread stopped before listening"))??;
    Ok(Running {
        base_url: format!("http://127.0.0.1:{port}"),
        port,
        stop: Some(stop_tx),
        thread: Some(thread),
    })
}

/// Serves until SIGINT or SIGTERM; `on_ready` gets the base URL once
/// listening.
pub fn serve(world: &Path, port: u16, on_ready: impl FnOnce(&str)) -> Result<()> {
    WorldDb::open(world)?.transact(|_| Ok(()))?;
    let rt = runtime()?;
    let world = world.to_path_buf();
    rt.block_on(async move {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(|e| bind_error(port, e))?;
        let actual = listener.local_addr()?.port();
        on_ready(&format!("http://127.0.0.1:{actual}"));
        accept_loop(listener, world, crate::signals::stop_requested()).await;
        Ok(())
    })
}

async fn accept_loop(
    listener: TcpListener,
    world: PathBuf,
    stop: impl std::future::Future<Output = ()>,
) {
    let world = Arc::new(world);
    tokio::pin!(stop);
    loop {
        tokio::select! {
            _ = &mut stop => return,
            accepted = listener.accept() => {
                let Ok((stream, peer)) = accepted else { continue };
                let world = Arc::clone(&world);
                tokio::spawn(async move {
                    let svc = service_fn(move |r| handle(Arc::clone(&world), peer, r));
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), svc)
                        .await;
                });
            }
        }
    }
}

/// Dropping the connection is done by failing the service: hyper then
/// closes it without writing a response.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for Dropped {}

async fn handle(
    world: Arc<PathBuf>,
    peer: SocketAddr,
    request: hyper::Request<Incoming>,
) -> std::result::Result<hyper::Response<Full<Bytes>>, Dropped> {
    let _ = peer;
    let (parts, body) = request.into_parts();
    let header = |name: &str| {
        parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let origin = format!(
        "http://{}",
        header("host").unwrap_or_else(|| "127.0.0.1".into())
    );
    let body = match Limited::new(body, MAX_BODY).collect().await {
        Ok(b) => b.to_bytes().to_vec(),
        Err(e) => {
            let too_large = e
                .downcast_ref::<http_body_util::LengthLimitError>()
                .is_some();
            let resp = if too_large {
                Resp::json(
                    413,
                    &json!({"error": "payload_too_large", "message": "request bodies are limited to 1 MiB"}),
                )
            } else {
                Resp::json(
                    400,
                    &json!({"error": "bad_request", "message": "cannot read the request body"}),
                )
            };
            return Ok(to_hyper(resp));
        }
    };
    let req = Req {
        method: parts.method.as_str().to_string(),
        path: parts.uri.path().to_string(),
        query: parts
            .uri
            .query()
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default(),
        origin,
        authorization: header("authorization"),
        body,
    };
    let path = (*world).clone();
    let r1 = req.clone();
    let step = tokio::task::spawn_blocking(move || {
        WorldDb::open(&path)?.transact(|w| {
            let now = w.now().unix_timestamp();
            w.prune(now);
            Ok(match take_fault(w, &r1.path) {
                Some(FaultKind::Drop) => Step::Drop,
                Some(FaultKind::Status { status }) => Step::Respond(fault_response(status)),
                Some(FaultKind::Latency { millis }) => Step::Sleep(millis),
                Some(FaultKind::NextLink { url }) => {
                    Step::Respond(with_next_link(route(w, &r1, now)?, &r1, &url))
                }
                None => Step::Respond(route(w, &r1, now)?),
            })
        })
    })
    .await;
    let step = match step {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => Step::Respond(internal(&e)),
        Err(_) => Step::Respond(internal(&Error::failure("the request handler panicked"))),
    };
    let resp = match step {
        Step::Respond(r) => r,
        Step::Drop => return Err(Dropped),
        Step::Sleep(ms) => {
            tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
            let path = (*world).clone();
            let handled = tokio::task::spawn_blocking(move || {
                WorldDb::open(&path)?.transact(|w| {
                    let now = w.now().unix_timestamp();
                    route(w, &req, now)
                })
            })
            .await;
            match handled {
                Ok(Ok(r)) => r,
                Ok(Err(e)) => internal(&e),
                Err(_) => internal(&Error::failure("the request handler panicked")),
            }
        }
    };
    Ok(to_hyper(resp))
}

enum Step {
    Respond(Resp),
    Sleep(u64),
    Drop,
}

fn internal(e: &Error) -> Resp {
    Resp::json(
        500,
        &json!({"error": "sandbox_error", "message": e.message}),
    )
}

/// A paged answer whose `links.next` is replaced by `url` (`{self}` is
/// the request's own URL); any other answer unchanged.
fn with_next_link(mut resp: Resp, req: &Req, url: &str) -> Resp {
    let Ok(mut doc) = serde_json::from_slice::<serde_json::Value>(&resp.body) else {
        return resp;
    };
    let Some(links) = doc.get_mut("links").and_then(|l| l.as_object_mut()) else {
        return resp;
    };
    let mut own = format!("{}{}", req.origin, req.path);
    if !req.query.is_empty() {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.extend_pairs(&req.query);
        own = format!("{own}?{}", q.finish());
    }
    links.insert("next".into(), json!(url.replace("{self}", &own)));
    resp.body = serde_json::to_vec(&doc).expect("JSON serialises");
    resp
}

fn fault_response(status: u16) -> Resp {
    let mut r = Resp::json(
        status,
        &json!({"error": "injected_fault", "message": format!("sandbox fault: status {status}")}),
    );
    if status == 429 || status == 503 {
        r = r.with_header("retry-after", "1".into());
    }
    r
}

fn to_hyper(r: Resp) -> hyper::Response<Full<Bytes>> {
    let mut b = hyper::Response::builder().status(r.status);
    for (k, v) in &r.headers {
        b = b.header(*k, v);
    }
    b.body(Full::new(Bytes::from(r.body)))
        .unwrap_or_else(|_| hyper::Response::new(Full::new(Bytes::new())))
}

/// Takes one use of the first fault whose prefix matches `path`.
pub fn take_fault(w: &mut World, path: &str) -> Option<FaultKind> {
    let i = w.faults.iter().position(|f| path.starts_with(&f.prefix))?;
    let kind = w.faults[i].kind.clone();
    w.faults[i].remaining = w.faults[i].remaining.saturating_sub(1);
    if w.faults[i].remaining == 0 {
        w.faults.remove(i);
    }
    Some(kind)
}

/// Counts a request against the account's per-minute rate; `Some(secs)`
/// (the `Retry-After`) when it is over.
pub fn over_rate(w: &mut World, provider: Provider, account: &str, now: i64) -> Option<i64> {
    let limit = match provider {
        Provider::Jobadder => w.rates.jobadder,
        Provider::Flare => w.rates.flare,
        Provider::Salesforce => None,
    }?;
    let minute = now.div_euclid(60);
    let i = match w
        .rate_windows
        .iter()
        .position(|r| r.provider == provider && r.account == account && r.minute == minute)
    {
        Some(i) => i,
        None => {
            w.rate_windows.push(RateWindow {
                provider,
                account: account.into(),
                minute,
                count: 0,
            });
            w.rate_windows.len() - 1
        }
    };
    if w.rate_windows[i].count >= limit {
        return Some((minute + 1) * 60 - now);
    }
    w.rate_windows[i].count += 1;
    None
}

pub fn format_time(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(crate::clock::format)
        .unwrap_or_default()
}

/// Routes one request to its provider.
pub fn route(w: &mut World, req: &Req, now: i64) -> Result<Resp> {
    let p = req.path.as_str();
    if p == "/_sandbox/health" {
        return Ok(Resp::json(200, &json!({"ok": true, "world": w.id})));
    }
    if p == HANDOFF_PATH {
        return Ok(Resp::html(200, super::pages::handoff(&req.query)));
    }
    if let Some(rest) = p.strip_prefix(jobadder_id::PREFIX) {
        return jobadder_id::handle(w, req, rest, now);
    }
    if let Some(rest) = p.strip_prefix(jobadder_api::PREFIX) {
        return jobadder_api::handle(w, req, rest, now);
    }
    if let Some(rest) = p.strip_prefix(salesforce::LOGIN_PREFIX) {
        return salesforce::login(w, req, rest, now);
    }
    if let Some(rest) = p.strip_prefix(salesforce::INSTANCE_PREFIX) {
        return salesforce::instance(w, req, rest, now);
    }
    if let Some(rest) = p.strip_prefix(flare::PREFIX) {
        return flare::handle(w, req, rest, now);
    }
    Ok(Resp::json(
        404,
        &json!({"error": "not_found", "message": "no such sandbox endpoint"}),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_count_down_and_rates_reset_each_minute() {
        let mut w = super::super::seed::world().unwrap();
        w.faults.push(super::super::world::Fault {
            id: 1,
            prefix: "/flare".into(),
            kind: FaultKind::Status { status: 503 },
            remaining: 2,
        });
        assert_eq!(take_fault(&mut w, "/jobadder/x"), None);
        assert!(take_fault(&mut w, "/flare/api/v1/account").is_some());
        assert!(take_fault(&mut w, "/flare/api/v1/account").is_some());
        assert_eq!(take_fault(&mut w, "/flare/api/v1/account"), None);

        w.rates.flare = Some(2);
        let t = 6_000_030;
        assert_eq!(over_rate(&mut w, Provider::Flare, "a", t), None);
        assert_eq!(over_rate(&mut w, Provider::Flare, "a", t), None);
        assert_eq!(over_rate(&mut w, Provider::Flare, "a", t), Some(30));
        assert_eq!(over_rate(&mut w, Provider::Flare, "b", t), None);
        assert_eq!(over_rate(&mut w, Provider::Flare, "a", t + 30), None);
    }
}
