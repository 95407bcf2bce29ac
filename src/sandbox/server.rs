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
use super::store::Meter;
use super::world::{FaultKind, Provider, World, WorldDb};
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
    crate::serve::bind_error(
        format!("127.0.0.1:{port}"),
        e,
        "pass --port with a free one, or --port 0 for any",
    )
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
        let stop = crate::signals::stop_requested();
        on_ready(&format!("http://127.0.0.1:{actual}"));
        accept_loop(listener, world, stop).await;
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
    let req = match read_body(body).await {
        Ok(body) => to_req(&parts, body),
        Err(refused) => return Ok(to_hyper(refused)),
    };
    let resp = match blocking(&world, req.clone(), first_step).await {
        Step::Respond(r) => r,
        Step::Drop => return Err(Dropped),
        Step::Sleep(ms) => {
            tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
            match blocking(&world, req, |db, req| Ok(Step::Respond(answer(db, req)?))).await {
                Step::Respond(r) => r,
                Step::Drop | Step::Sleep(_) => unreachable!("answer only responds"),
            }
        }
    };
    Ok(to_hyper(resp))
}

/// The body, up to [`MAX_BODY`]; else the refusal to send.
async fn read_body(body: Incoming) -> std::result::Result<Vec<u8>, Resp> {
    match Limited::new(body, MAX_BODY).collect().await {
        Ok(b) => Ok(b.to_bytes().to_vec()),
        Err(e)
            if e.downcast_ref::<http_body_util::LengthLimitError>()
                .is_some() =>
        {
            Err(Resp::json(
                413,
                &json!({"error": "payload_too_large", "message": "request bodies are limited to 1 MiB"}),
            ))
        }
        Err(_) => Err(Resp::json(
            400,
            &json!({"error": "bad_request", "message": "cannot read the request body"}),
        )),
    }
}

fn to_req(parts: &hyper::http::request::Parts, body: Vec<u8>) -> Req {
    let header = |name: &str| {
        parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    Req {
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
        origin: format!(
            "http://{}",
            header("host").unwrap_or_else(|| "127.0.0.1".into())
        ),
        authorization: header("authorization"),
        body,
    }
}

/// Runs `step` on the blocking pool with the world open; an error is a
/// 500 answer.
async fn blocking(
    world: &Arc<PathBuf>,
    req: Req,
    step: fn(&WorldDb, &Req) -> Result<Step>,
) -> Step {
    let path = Arc::clone(world);
    let done = tokio::task::spawn_blocking(move || step(&WorldDb::open(&path)?, &req)).await;
    match done {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => Step::Respond(internal(&e)),
        Err(_) => Step::Respond(internal(&Error::failure("the request handler panicked"))),
    }
}

/// An injected fault, if one matches the path, else the answer.
fn first_step(db: &WorldDb, req: &Req) -> Result<Step> {
    Ok(match db.take_fault(&req.path)? {
        Some(FaultKind::Drop) => Step::Drop,
        Some(FaultKind::Status { status }) => Step::Respond(fault_response(status)),
        Some(FaultKind::Latency { millis }) => Step::Sleep(millis),
        Some(FaultKind::NextLink { url }) => {
            Step::Respond(with_next_link(answer(db, req)?, req, &url))
        }
        None => Step::Respond(answer(db, req)?),
    })
}

/// Answers a request: from a snapshot of the world when it only reads
/// (most API calls), else in a write transaction.
pub fn answer(db: &WorldDb, req: &Req) -> Result<Resp> {
    let snapshot = db.snapshot()?;
    let now = snapshot.now().unix_timestamp();
    if let Some(resp) = route_read(&snapshot, &db.meter(), req, now) {
        return resp;
    }
    // Let go of the snapshot so the write can take the world uncloned.
    drop(snapshot);
    db.transact_with(|w, conn| {
        let now = w.now().unix_timestamp();
        w.prune(now);
        route(w, &Meter::new(conn), req, now)
    })
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

/// Counts a request against the account's per-minute rate; `Some(secs)`
/// (the `Retry-After`) when it is over.
pub fn over_rate(
    w: &World,
    meter: &Meter,
    provider: Provider,
    account: &str,
    now: i64,
) -> Result<Option<i64>> {
    let limit = match provider {
        Provider::Jobadder => w.rates.jobadder,
        Provider::Flare => w.rates.flare,
        Provider::Salesforce => None,
    };
    let Some(limit) = limit else { return Ok(None) };
    let minute = now.div_euclid(60);
    Ok((!meter.count(provider, account, minute, limit)?).then(|| (minute + 1) * 60 - now))
}

pub fn format_time(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(crate::clock::format)
        .unwrap_or_default()
}

/// Answers the requests that only read the world (health, the hand-off
/// page, the providers' GET APIs); `None` for any other.
fn route_read(w: &World, meter: &Meter, req: &Req, now: i64) -> Option<Result<Resp>> {
    let p = req.path.as_str();
    if p == "/_sandbox/health" {
        return Some(Ok(Resp::json(200, &json!({"ok": true, "world": w.id}))));
    }
    if p == HANDOFF_PATH {
        return Some(Ok(Resp::html(200, super::pages::handoff(&req.query))));
    }
    if req.method != "GET" {
        return None;
    }
    if let Some(rest) = p.strip_prefix(jobadder_api::PREFIX) {
        return jobadder_api::read(w, meter, req, rest, now);
    }
    if let Some(rest) = p.strip_prefix(salesforce::INSTANCE_PREFIX) {
        return Some(salesforce::instance(w, req, rest, now));
    }
    if let Some(rest) = p.strip_prefix(flare::PREFIX) {
        return Some(flare::read(w, meter, req, rest, now));
    }
    None
}

/// Routes one request to its provider.
pub fn route(w: &mut World, meter: &Meter, req: &Req, now: i64) -> Result<Resp> {
    if let Some(resp) = route_read(w, meter, req, now) {
        return resp;
    }
    let p = req.path.as_str();
    if let Some(rest) = p.strip_prefix(jobadder_id::PREFIX) {
        return jobadder_id::handle(w, req, rest, now);
    }
    if let Some(rest) = p.strip_prefix(jobadder_api::PREFIX) {
        return jobadder_api::handle(w, meter, req, rest, now);
    }
    if let Some(rest) = p.strip_prefix(salesforce::LOGIN_PREFIX) {
        return salesforce::login(w, req, rest, now);
    }
    if let Some(rest) = p.strip_prefix(salesforce::INSTANCE_PREFIX) {
        return salesforce::instance(w, req, rest, now);
    }
    if let Some(rest) = p.strip_prefix(flare::PREFIX) {
        return flare::handle(w, meter, req, rest, now);
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
        let dir = tempfile::tempdir().unwrap();
        let db = WorldDb::open(&dir.path().join("world.db")).unwrap();
        db.add_fault("/flare", FaultKind::Status { status: 503 }, 2)
            .unwrap();
        assert_eq!(db.take_fault("/jobadder/x").unwrap(), None);
        assert!(db.take_fault("/flare/api/v1/account").unwrap().is_some());
        assert!(db.take_fault("/flare/api/v1/account").unwrap().is_some());
        assert_eq!(db.take_fault("/flare/api/v1/account").unwrap(), None);
        assert!(db.faults().unwrap().is_empty());

        db.transact(|w| {
            w.rates.flare = Some(2);
            Ok(())
        })
        .unwrap();
        let w = db.snapshot().unwrap();
        let over = |account: &str, t: i64| {
            over_rate(&w, &db.meter(), Provider::Flare, account, t).unwrap()
        };
        let t = 6_000_030;
        assert_eq!(over("a", t), None);
        assert_eq!(over("a", t), None);
        assert_eq!(over("a", t), Some(30));
        assert_eq!(over("b", t), None);
        assert_eq!(over("a", t + 30), None);
    }

    #[test]
    fn a_read_writes_nothing_and_a_change_is_seen_by_another_connection() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("world.db");
        let db = WorldDb::open(&path).unwrap();
        let generation = |p: &std::path::Path| -> i64 {
            rusqlite::Connection::open(p)
                .unwrap()
                .query_row("SELECT generation FROM world", [], |r| r.get(0))
                .unwrap()
        };
        let first = db.snapshot().unwrap().id.clone();
        let g0 = generation(&path);
        let health = Req {
            method: "GET".into(),
            path: "/_sandbox/health".into(),
            query: Vec::new(),
            origin: "http://127.0.0.1".into(),
            authorization: None,
            body: Vec::new(),
        };
        assert_eq!(answer(&db, &health).unwrap().status, 200);
        db.transact(|_| Ok(())).unwrap();
        assert_eq!(generation(&path), g0, "nothing changed, nothing written");
        // Another process's write (here: a plain connection) is seen.
        let mut doc: serde_json::Value = serde_json::from_str(
            &rusqlite::Connection::open(&path)
                .unwrap()
                .query_row("SELECT doc FROM world", [], |r| r.get::<_, String>(0))
                .unwrap(),
        )
        .unwrap();
        doc["id"] = json!("elsewhere");
        doc["clock_offset"] = json!(3600);
        rusqlite::Connection::open(&path)
            .unwrap()
            .execute(
                "UPDATE world SET doc = ?1, generation = generation + 1,
                    doc_generation = generation + 1",
                [doc.to_string()],
            )
            .unwrap();
        assert_ne!(first, "elsewhere");
        assert_eq!(db.snapshot().unwrap().id, "elsewhere");
        // The clock column was written with an older document: not used.
        assert_eq!(db.clock_offset().unwrap(), 3600);
        db.transact(|w| {
            w.clock_offset += 60;
            Ok(())
        })
        .unwrap();
        assert_eq!(generation(&path), g0 + 2);
        assert_eq!(db.clock_offset().unwrap(), 3660);
        let other = WorldDb::open(&path).unwrap();
        assert_eq!(other.clock_offset().unwrap(), 3660);
    }
}
