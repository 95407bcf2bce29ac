//! The loopback OAuth callback listener (RFC 8252 §7.3), served by hyper.
//!
//! It binds the redirect URI's exact loopback host and port (JobAdder and
//! Salesforce compare redirect URIs exactly), answers anything but the
//! callback path with 404, ignores malformed or oversized requests, accepts
//! exactly one callback whose `state` matches, shows the person a plain
//! page, and stops as soon as it has the answer. With `--no-browser` the
//! final redirect URL can also be pasted on stdin.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

use crate::error::{Error, ErrorKind, Result};

/// The largest request head served (hyper answers 431 beyond it).
const MAX_REQUEST: usize = 16 * 1024;
/// How long a connection may take to send its request head.
const READ_TIMEOUT: Duration = Duration::from_secs(5);

/// What came back on the redirect.
pub enum Callback {
    Code(String),
    /// The provider sent `error=…` (e.g. `access_denied`).
    Refused {
        error: String,
        description: Option<String>,
    },
}

/// The authorisation code is a credential for a few minutes: never shown.
impl std::fmt::Debug for Callback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Callback::Code(_) => f.write_str("Code(<redacted>)"),
            Callback::Refused { error, .. } => write!(f, "Refused({error})"),
        }
    }
}

pub struct Listener {
    listener: Option<TcpListener>,
    path: String,
    redirect_uri: String,
}

/// Binds the listener for the first of `redirect_uris` whose port is free
/// (several loopback URIs may be registered with the app, so two people
/// can link from one host at once). `config_key` names the setting to
/// change when every port is taken. Without `required` (a pasted URL will
/// do) a taken port is not an error: the first URI is used, unlistened.
pub async fn bind(redirect_uris: &[String], config_key: &str, required: bool) -> Result<Listener> {
    let mut taken = Vec::new();
    for uri in redirect_uris {
        let (url, addr) = loopback_addr(uri, config_key)?;
        match TcpListener::bind(addr).await {
            Ok(l) => {
                return Ok(Listener {
                    listener: Some(l),
                    path: url.path().to_string(),
                    redirect_uri: uri.clone(),
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => taken.push(addr.port()),
            Err(e) if required => {
                return Err(Error::new(
                    ErrorKind::Unavailable,
                    format!("cannot receive the OAuth callback: cannot listen on {addr}: {e}"),
                ));
            }
            Err(_) => taken.push(addr.port()),
        }
    }
    let first = redirect_uris
        .first()
        .ok_or_else(|| Error::usage(format!("{config_key} lists no redirect URI")))?;
    if required {
        let ports = taken
            .iter()
            .map(u16::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        let why = if taken.len() == 1 {
            format!("port {ports} is in use")
        } else {
            format!("ports {ports} are all in use")
        };
        let provider = config_key.split('.').nth(1).unwrap_or("jobadder");
        return Err(Error::new(
            ErrorKind::Unavailable,
            format!("cannot receive the OAuth callback: {why}"),
        )
        .with_hint(format!(
            "wait for the other link to finish, or register another loopback redirect URI with the app and list it in {config_key} (e.g. `atslink provider set {provider} --redirect-uri {first} --redirect-uri http://localhost:PORT/callback`)"
        )));
    }
    let (url, _) = loopback_addr(first, config_key)?;
    Ok(Listener {
        listener: None,
        path: url.path().to_string(),
        redirect_uri: first.clone(),
    })
}

/// The exact loopback address a redirect URI names (JobAdder and
/// Salesforce compare redirect URIs exactly, so the listener must too).
fn loopback_addr(redirect_uri: &str, config_key: &str) -> Result<(url::Url, SocketAddr)> {
    let url = url::Url::parse(redirect_uri)
        .map_err(|e| Error::usage(format!("redirect URI `{redirect_uri}` is not a URL: {e}")))?;
    if url.scheme() != "http" {
        return Err(Error::usage(format!(
            "redirect URI `{redirect_uri}` must be http to a loopback address for the local callback"
        ))
        .with_hint(format!("set {config_key} to e.g. http://localhost:8976/callback")));
    }
    let ip: IpAddr = match url.host() {
        Some(url::Host::Domain(d)) if d.eq_ignore_ascii_case("localhost") => {
            Ipv4Addr::LOCALHOST.into()
        }
        Some(url::Host::Ipv4(ip)) if ip.is_loopback() => ip.into(),
        Some(url::Host::Ipv6(ip)) if ip.is_loopback() => Ipv6Addr::LOCALHOST.into(),
        _ => {
            return Err(Error::usage(format!(
                "redirect URI `{redirect_uri}` is not a loopback address; the callback listener only binds loopback"
            ))
            .with_hint(format!("set {config_key} to e.g. http://localhost:8976/callback")));
        }
    };
    let port = url.port_or_known_default().unwrap_or(80);
    Ok((url, SocketAddr::new(ip, port)))
}

impl Listener {
    pub fn is_listening(&self) -> bool {
        self.listener.is_some()
    }

    /// Waits for the callback (or a pasted redirect URL when `paste` is on)
    /// until `timeout`. Callbacks with the wrong `state` are refused and
    /// counted; the wait goes on for the right one. A pasted line that is
    /// not the answer is reported through `rejected` (the person gets a
    /// reason and may paste again); the end of stdin ends the wait at once,
    /// since nobody is left to paste.
    pub async fn wait(
        self,
        state: &str,
        timeout: Duration,
        paste: bool,
        rejected: &dyn Fn(&str),
    ) -> Result<Callback> {
        let mut pasted = read_pasted_lines(paste);
        // Without paste the channel is closed from the start: never poll it.
        let stdin_open = paste;
        let deadline = tokio::time::Instant::now() + timeout;
        let mut wrong_state = 0u32;
        // Each connection is served on its own task: a browser's idle
        // pre-connection must not hold up the real callback.
        let path: std::sync::Arc<str> = self.path.clone().into();
        let expected: std::sync::Arc<str> = state.into();
        let mut conns = tokio::task::JoinSet::new();
        loop {
            let accept = async {
                match &self.listener {
                    // A failed accept (the peer reset, out of descriptors)
                    // loses only that connection: the loop waits for the next.
                    Some(l) => l.accept().await.ok(),
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = tokio::time::sleep_until(deadline) => {
                    return Err(no_answer(timeout, wrong_state));
                }
                line = pasted.recv(), if stdin_open => {
                    // `None` (or a closed channel) is the end of stdin.
                    let Some(line) = line.flatten() else {
                        return Err(stdin_ended());
                    };
                    if let Some(cb) = self.pasted_answer(&line, state, rejected, &mut wrong_state) {
                        return Ok(cb);
                    }
                }
                Some((stream, _)) = accept => {
                    conns.spawn(handle(stream, path.clone(), expected.clone()));
                }
                Some(Ok(done)) = conns.join_next(), if !conns.is_empty() => {
                    match done {
                        Some(Ok(cb)) => return Ok(cb),
                        Some(Err(())) => wrong_state += 1,
                        None => {}
                    }
                }
            }
        }
    }

    /// The callback a pasted line carries, or `None` after telling the
    /// person through `rejected` why it is not the answer (they may paste
    /// again). A wrong state is counted like a wrong-state callback.
    fn pasted_answer(
        &self,
        line: &str,
        state: &str,
        rejected: &dyn Fn(&str),
        wrong_state: &mut u32,
    ) -> Option<Callback> {
        match parse_redirect(line, &self.path, state) {
            Ok(cb) => Some(cb),
            Err(e) => {
                if e.kind == ErrorKind::Auth {
                    *wrong_state += 1;
                }
                rejected(&format!(
                    "{}; paste the address the browser ended on ({}?code=…)",
                    e.message, self.redirect_uri
                ));
                None
            }
        }
    }

    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }
}

/// Non-blank lines pasted on stdin, read on a thread of their own (stdin
/// has no async read here); `None` is the end of stdin. Without `paste`
/// the channel is closed at once and stdin is never read.
fn read_pasted_lines(paste: bool) -> mpsc::Receiver<Option<String>> {
    let (tx, rx) = mpsc::channel::<Option<String>>(4);
    if !paste {
        return rx;
    }
    std::thread::spawn(move || {
        let mut line = String::new();
        loop {
            line.clear();
            match std::io::stdin().read_line(&mut line) {
                Ok(n) if n > 0 => {
                    if line.trim().is_empty() {
                        continue;
                    }
                    if tx.blocking_send(Some(line.trim().to_string())).is_err() {
                        return;
                    }
                }
                _ => {
                    // A closed receiver means the wait is already over.
                    let _ = tx.blocking_send(None);
                    return;
                }
            }
        }
    });
    rx
}

/// The timeout, saying how many wrong-state callbacks were ignored (a
/// sign of a stale consent tab or of someone else's callback).
fn no_answer(timeout: Duration, wrong_state: u32) -> Error {
    let mut err = Error::new(
        ErrorKind::Failure,
        format!("no answer from the consent page within {} s", timeout.as_secs()),
    )
    .with_hint("run the command again (and finish the consent in the browser), or pass --timeout to wait longer");
    if wrong_state > 0 {
        err.message.push_str(&format!(
            "; {wrong_state} callback{} with a wrong state {} ignored",
            if wrong_state == 1 { "" } else { "s" },
            if wrong_state == 1 { "was" } else { "were" }
        ));
    }
    err
}

/// Nobody is left to paste: end the wait at once rather than at the timeout.
fn stdin_ended() -> Error {
    Error::new(
        ErrorKind::Failure,
        "stdin ended before the redirect URL was pasted; nothing was changed",
    )
    .with_hint("run the command again and paste the address the browser ends on (keep stdin open), or run it without --no-browser")
}

/// What one connection amounted to: `None` for noise (404, malformed),
/// `Some(Err)` for a callback with the wrong state.
type Outcome = Option<Result<Callback, ()>>;

/// Serves one connection with hyper (HTTP/1.1 only, one request, no
/// keep-alive), within the head size cap and read timeout. The outcome is
/// returned only after the page was written, so the person sees it.
async fn handle(
    stream: TcpStream,
    callback_path: std::sync::Arc<str>,
    state: std::sync::Arc<str>,
) -> Outcome {
    let outcome = std::sync::Arc::new(std::sync::Mutex::new(None));
    let seen = outcome.clone();
    let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
        let (status, message, result) = answer(&req, &callback_path, &state);
        if let Some(r) = result {
            *seen.lock().expect("not poisoned") = Some(r);
        }
        async move { Ok::<_, std::convert::Infallible>(page(status, message)) }
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(READ_TIMEOUT)
        .max_buf_size(MAX_REQUEST)
        .keep_alive(false)
        .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
    // Malformed, oversized or too slow: hyper drops it (or answers 431);
    // a client that never reads its answer is cut off too.
    let _ = tokio::time::timeout(READ_TIMEOUT * 2, conn).await;
    outcome.lock().expect("not poisoned").take()
}

/// The page for one request and what it meant.
fn answer(
    req: &hyper::Request<Incoming>,
    callback_path: &str,
    state: &str,
) -> (u16, &'static str, Outcome) {
    if req.method() != hyper::Method::GET {
        return (405, "Only the OAuth callback is served here.", None);
    }
    if req.uri().path() != callback_path {
        return (404, "Not found", None);
    }
    match parse_query(req.uri().query().unwrap_or(""), state) {
        Ok(cb) => {
            let page = match &cb {
                Callback::Code(_) => "atslink received the authorisation. You can close this tab.",
                Callback::Refused { .. } => {
                    "The provider did not grant access. You can close this tab; atslink shows the details."
                }
            };
            (200, page, Some(Ok(cb)))
        }
        Err(StateError::Mismatch) => (
            400,
            "This answer does not belong to the running atslink command (state mismatch); it was ignored.",
            Some(Err(())),
        ),
        Err(StateError::Malformed) => (400, "This is not an OAuth callback.", None),
    }
}

fn page(status: u16, message: &str) -> hyper::Response<Full<Bytes>> {
    let body = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>atslink</title></head>\
         <body><p id=\"atslink-result\">{message}</p></body></html>"
    );
    let mut resp = hyper::Response::new(Full::new(Bytes::from(body)));
    *resp.status_mut() = hyper::StatusCode::from_u16(status).expect("a valid status");
    let h = resp.headers_mut();
    h.insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(
        hyper::header::CACHE_CONTROL,
        hyper::header::HeaderValue::from_static("no-store"),
    );
    resp
}

enum StateError {
    Mismatch,
    Malformed,
}

fn parse_query(query: &str, expected_state: &str) -> Result<Callback, StateError> {
    let mut code = None;
    let mut state = None;
    let mut error = None;
    let mut description = None;
    for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
        match k.as_ref() {
            "code" => code = Some(v.into_owned()),
            "state" => state = Some(v.into_owned()),
            "error" => error = Some(v.into_owned()),
            "error_description" => description = Some(v.into_owned()),
            _ => {}
        }
    }
    if code.is_none() && error.is_none() {
        return Err(StateError::Malformed);
    }
    // Constant-time comparison is moot for a one-shot random value, but the
    // state must match exactly.
    if state.as_deref() != Some(expected_state) {
        return Err(StateError::Mismatch);
    }
    Ok(match (code, error) {
        (_, Some(error)) => Callback::Refused { error, description },
        (Some(code), None) => Callback::Code(code),
        (None, None) => unreachable!("checked above"),
    })
}

/// Parses a pasted final redirect URL.
pub fn parse_redirect(pasted: &str, path: &str, state: &str) -> Result<Callback> {
    let url = url::Url::parse(pasted.trim())
        .map_err(|_| Error::usage("that is not the redirect URL (not a URL at all)"))?;
    if url.path() != path {
        return Err(Error::usage(format!(
            "that URL's path is not the callback path {path}"
        )));
    }
    parse_query(url.query().unwrap_or(""), state).map_err(|e| match e {
        StateError::Mismatch => Error::new(
            ErrorKind::Auth,
            "the pasted URL belongs to another attempt (state mismatch)",
        ),
        StateError::Malformed => Error::usage("the pasted URL carries no code or error"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_parsing() {
        assert!(
            matches!(parse_query("code=abc&state=s1", "s1"), Ok(Callback::Code(c)) if c == "abc")
        );
        assert!(matches!(
            parse_query("code=abc&state=s2", "s1"),
            Err(StateError::Mismatch)
        ));
        assert!(matches!(
            parse_query("code=abc", "s1"),
            Err(StateError::Mismatch)
        ));
        assert!(matches!(
            parse_query("x=1", "s1"),
            Err(StateError::Malformed)
        ));
        assert!(matches!(
            parse_query("error=access_denied&state=s1", "s1"),
            Ok(Callback::Refused { error, .. }) if error == "access_denied"
        ));
    }

    #[test]
    fn pasted_urls() {
        let cb = parse_redirect(
            "http://localhost:8976/callback?code=c1&state=st",
            "/callback",
            "st",
        )
        .unwrap();
        assert!(matches!(cb, Callback::Code(c) if c == "c1"));
        assert!(
            parse_redirect(
                "http://localhost:8976/other?code=c1&state=st",
                "/callback",
                "st"
            )
            .is_err()
        );
        assert_eq!(
            parse_redirect(
                "http://localhost:8976/callback?code=c1&state=zz",
                "/callback",
                "st"
            )
            .unwrap_err()
            .kind,
            ErrorKind::Auth
        );
    }

    async fn send(port: u16, raw: &[u8]) -> String {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut s = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        let _ = s.write_all(raw).await;
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out).await;
        String::from_utf8_lossy(&out).into_owned()
    }

    fn get(target: &str) -> Vec<u8> {
        format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").into_bytes()
    }

    #[test]
    fn one_callback_is_served_and_everything_else_refused() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port();
            let uri = format!("http://127.0.0.1:{port}/cb");
            let listener = bind(&[uri], "providers.x.redirect_uri", true)
                .await
                .unwrap();
            let browser = tokio::spawn(async move {
                assert!(
                    send(port, &get("/favicon.ico"))
                        .await
                        .starts_with("HTTP/1.1 404")
                );
                let post =
                    b"POST /cb?code=c&state=st HTTP/1.1\r\nHost: x\r\ncontent-length: 0\r\n\r\n";
                assert!(send(port, post).await.starts_with("HTTP/1.1 405"));
                let mut huge = b"GET /cb HTTP/1.1\r\nX: ".to_vec();
                huge.extend(vec![b'a'; 3 * MAX_REQUEST]);
                huge.extend(b"\r\n\r\n");
                assert!(!send(port, &huge).await.starts_with("HTTP/1.1 200"));
                let wrong = send(port, &get("/cb?code=c0&state=other")).await;
                assert!(wrong.starts_with("HTTP/1.1 400") && wrong.contains("state mismatch"));
                let right = send(port, &get("/cb?code=c1&state=st")).await;
                assert!(right.starts_with("HTTP/1.1 200"), "{right}");
                assert!(right.contains("no-store") && right.contains("You can close this tab"));
            });
            let cb = listener
                .wait("st", Duration::from_secs(20), false, &|_| {})
                .await
                .unwrap();
            assert!(matches!(cb, Callback::Code(c) if c == "c1"));
            browser.await.unwrap();
            // Single use: the listener is gone with the answer.
            assert!(TcpStream::connect(("127.0.0.1", port)).await.is_err());
        });
    }
}
