//! The one outbound HTTP policy. Every call atslink makes to a provider
//! (API calls and OAuth token calls alike) goes through [`Http`]:
//!
//! - rustls, connect and per-attempt timeouts, no automatic redirects
//!   (OAuth endpoints answer with redirects we must not follow blindly);
//! - a cap on the response body;
//! - retries of transient answers (429, 5xx, network failures) with
//!   jittered exponential backoff, honouring `Retry-After`; a POST is only
//!   retried on 429 or when no connection was made, unless its caller says
//!   it is safe to repeat;
//! - a bearer token only ever goes to the link's own API origin (see
//!   [`origin`]);
//! - `-vv` tracing of each exchange that never shows a header, a body or a
//!   query value (they may hold tokens, codes or state).
//!
//! The settings live in [`Policy`]; the services build one `Http` per
//! process (`Services::http`).

pub mod oauth;
pub mod origin;
pub mod policy;

use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;

pub use origin::check_bearer_target;
pub use policy::{Policy, is_transient};

use crate::providers::{ClientError, ClientResult};
use crate::secrets::SecretString;

/// Where `-vv` lines go (the services' notices: the printer, or serve's log).
pub type Trace = Arc<dyn Fn(&str) + Send + Sync>;

/// Told of every wait before a retry, so long work can say what it waits
/// for (a batch's progress: "waiting 12 s for Flare's rate limit").
pub type OnWait = Arc<dyn Fn(Wait) + Send + Sync>;

/// A wait the policy is about to make before another attempt.
#[derive(Debug, Clone, Copy)]
pub struct Wait {
    /// The provider answered 429 (else: 5xx or unreachable).
    pub rate_limited: bool,
    pub delay: Duration,
}

/// The HTTP client with its policy. Cheap to clone (shared connection pool).
#[derive(Clone)]
pub struct Http {
    client: reqwest::Client,
    policy: Arc<Policy>,
    trace: Option<Trace>,
    on_wait: Option<OnWait>,
}

impl Default for Http {
    fn default() -> Self {
        Http::new(Policy::default())
    }
}

/// Which failures a request may be repeated after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// 429, 5xx and network failures: the request is safe to repeat.
    Transient,
    /// Only 429: the provider said it did not act on the request. The
    /// default for POST, which may not be safe to send twice.
    RateLimitOnly,
    /// Never: the caller owns the retry decision (the locked refresh).
    Never,
}

/// A response read whole (up to the body cap).
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    /// `Retry-After`, in seconds, when the provider said.
    pub fn retry_after(&self) -> Option<u64> {
        policy::retry_after(&self.headers)
    }

    pub fn json<T: DeserializeOwned>(&self) -> ClientResult<T> {
        decode(&self.body)
    }
}

impl Http {
    pub fn new(policy: Policy) -> Self {
        let client = reqwest::Client::builder()
            .connect_timeout(policy.connect_timeout)
            .timeout(policy.total_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("atslink/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("a client with static settings builds");
        Http {
            client,
            policy: Arc::new(policy),
            trace: None,
            on_wait: None,
        }
    }

    /// Sends `-vv` lines to `trace`.
    pub fn with_trace(mut self, trace: Trace) -> Self {
        self.trace = Some(trace);
        self
    }

    /// Tells `on_wait` of every wait before a retry.
    pub fn with_on_wait(mut self, on_wait: OnWait) -> Self {
        self.on_wait = Some(on_wait);
        self
    }

    /// The same client (connection pool, trace, wait hook) with other
    /// retry settings, e.g. `Policy::jobadder`. The timeouts were built into
    /// the client and stay as they are.
    pub fn retrying(mut self, tune: impl FnOnce(&mut Policy)) -> Self {
        let mut policy = (*self.policy).clone();
        tune(&mut policy);
        self.policy = Arc::new(policy);
        self
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    pub fn request(&self, method: Method, url: &str) -> Call<'_> {
        let retry = if method == Method::POST || method == Method::PATCH {
            Retry::RateLimitOnly
        } else {
            Retry::Transient
        };
        Call {
            http: self,
            builder: self.client.request(method, url),
            bearer: None,
            retry,
        }
    }

    pub fn get(&self, url: &str) -> Call<'_> {
        self.request(Method::GET, url)
    }

    pub fn post(&self, url: &str) -> Call<'_> {
        self.request(Method::POST, url)
    }

    pub fn put(&self, url: &str) -> Call<'_> {
        self.request(Method::PUT, url)
    }

    pub fn delete(&self, url: &str) -> Call<'_> {
        self.request(Method::DELETE, url)
    }

    fn trace(&self, line: impl FnOnce() -> String) {
        if let Some(t) = &self.trace {
            t(&line());
        }
    }

    /// Sends `req` under the policy (see [`Call::send`]).
    pub async fn execute(&self, req: reqwest::Request, retry: Retry) -> ClientResult<Reply> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let Some(this) = req.try_clone() else {
                // Only streaming bodies cannot be cloned; atslink sends none.
                return self.once(req).await.map_err(|f| f.error);
            };
            let (result, reached) = match self.once(this).await {
                Ok(reply) => (Ok(reply), true),
                Err(Failed { error, reached }) => (Err(error), reached),
            };
            let status = result.as_ref().ok().map(|r| r.status);
            let limit = self.policy.attempts_after(status);
            let again = attempt < limit
                && match (&result, retry) {
                    (Ok(r), Retry::Transient) => is_transient(r.status),
                    (Ok(r), Retry::RateLimitOnly) => r.status == StatusCode::TOO_MANY_REQUESTS,
                    (Err(ClientError::Unavailable(_)), Retry::Transient) => true,
                    // No connection, so the provider never saw the request.
                    (Err(ClientError::Unavailable(_)), Retry::RateLimitOnly) => !reached,
                    _ => false,
                };
            if !again {
                return result;
            }
            let said = result
                .as_ref()
                .ok()
                .and_then(Reply::retry_after)
                .map(Duration::from_secs);
            let wait = self.policy.delay(attempt, said);
            self.trace(|| {
                format!(
                    "http: retrying in {} ms (attempt {} of {limit})",
                    wait.as_millis(),
                    attempt + 1,
                )
            });
            if let Some(on_wait) = &self.on_wait {
                on_wait(Wait {
                    rate_limited: status == Some(StatusCode::TOO_MANY_REQUESTS),
                    delay: wait,
                });
            }
            tokio::time::sleep(wait).await;
        }
    }

    /// One exchange: send, read the body up to the cap, trace.
    async fn once(&self, req: reqwest::Request) -> Result<Reply, Failed> {
        let shown = format!("{} {}", req.method(), redact_url(req.url()));
        self.trace(|| format!("http: → {shown}"));
        let started = Instant::now();
        let mut resp = self.client.execute(req).await.map_err(|e| Failed {
            reached: !e.is_connect(),
            error: transport(e),
        })?;
        let status = resp.status();
        let headers = std::mem::take(resp.headers_mut());
        let mut body = Vec::new();
        while let Some(chunk) = resp
            .chunk()
            .await
            .map_err(|e| Failed::reached(transport(e)))?
        {
            if body.len() + chunk.len() > self.policy.max_body {
                return Err(Failed::reached(ClientError::Invalid(format!(
                    "response larger than {} MiB",
                    self.policy.max_body / (1024 * 1024)
                ))));
            }
            body.extend_from_slice(&chunk);
        }
        self.trace(|| {
            let retry = policy::retry_after(&headers)
                .map(|s| format!(", Retry-After {s} s"))
                .unwrap_or_default();
            format!(
                "http: ← {} {shown}: {} bytes in {} ms{retry}",
                status.as_u16(),
                body.len(),
                started.elapsed().as_millis()
            )
        });
        Ok(Reply {
            status,
            headers,
            body,
        })
    }
}

/// A failed exchange, and whether the request may have reached the
/// provider (anything but a refused or failed connection).
struct Failed {
    error: ClientError,
    reached: bool,
}

impl Failed {
    fn reached(error: ClientError) -> Self {
        Failed {
            error,
            reached: true,
        }
    }
}

/// One request being built.
pub struct Call<'a> {
    http: &'a Http,
    builder: reqwest::RequestBuilder,
    bearer: Option<(&'a SecretString, &'a str)>,
    retry: Retry,
}

impl<'a> Call<'a> {
    /// Authorises the request with the link's token; `api_base` is the
    /// link's API base, the only origin the token may go to.
    pub fn bearer(mut self, token: &'a SecretString, api_base: &'a str) -> Self {
        self.bearer = Some((token, api_base));
        self
    }

    pub fn form<T: serde::Serialize + ?Sized>(mut self, form: &T) -> Self {
        self.builder = self.builder.form(form);
        self
    }

    pub fn json<T: serde::Serialize + ?Sized>(mut self, json: &T) -> Self {
        self.builder = self.builder.json(json);
        self
    }

    pub fn retry(mut self, retry: Retry) -> Self {
        self.retry = retry;
        self
    }

    /// Sends under the policy. A non-success status is a `Reply`, not an
    /// error: each provider reads its own error bodies.
    pub async fn send(self) -> ClientResult<Reply> {
        let mut req = self
            .builder
            .build()
            .map_err(|e| ClientError::Invalid(format!("cannot build the request: {e}")))?;
        if let Some((token, base)) = self.bearer {
            check_bearer_target(req.url(), base)?;
            let mut value =
                HeaderValue::from_str(&format!("Bearer {}", token.expose())).map_err(|_| {
                    ClientError::Invalid("the access token is not a header value".into())
                })?;
            value.set_sensitive(true);
            req.headers_mut().insert(AUTHORIZATION, value);
        }
        self.http.execute(req, self.retry).await
    }
}

/// A URL for logs: no user info, query values elided (they may hold codes,
/// state or tokens), keys kept so the trace still says what was asked.
pub fn redact_url(url: &url::Url) -> String {
    let mut out = format!("{}://{}", url.scheme(), url.host_str().unwrap_or(""));
    if let Some(port) = url.port() {
        out.push_str(&format!(":{port}"));
    }
    out.push_str(url.path());
    if url.query().is_some() {
        let keys: Vec<String> = url.query_pairs().map(|(k, _)| format!("{k}=…")).collect();
        out.push('?');
        out.push_str(&keys.join("&"));
    }
    out
}

/// Maps a transport failure. The URL is kept without its query string.
pub fn transport(e: reqwest::Error) -> ClientError {
    let what = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "could not connect"
    } else {
        "request failed"
    };
    match e.url() {
        Some(url) => {
            ClientError::Unavailable(format!("{what} ({})", url_for_display(url.as_str())))
        }
        None => ClientError::Unavailable(what.to_string()),
    }
}

/// A URL without its query string (which may hold codes or state).
pub fn url_for_display(url: &str) -> String {
    url.split(['?', '#']).next().unwrap_or(url).to_string()
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> ClientResult<T> {
    serde_json::from_slice(bytes).map_err(|e| ClientError::Invalid(format!("bad JSON: {e}")))
}

/// Short, printable provider text for error messages.
pub fn snippet(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let clean = clean.trim();
    if clean.chars().count() > 300 {
        format!("{}…", clean.chars().take(300).collect::<String>())
    } else {
        clean.to_string()
    }
}

/// The generic mapping of a non-success API status; providers refine the
/// message from their own error bodies first.
pub fn status_error(status: StatusCode, message: String, retry_after: Option<u64>) -> ClientError {
    match status.as_u16() {
        401 => ClientError::Unauthorized(message),
        404 => ClientError::NotFound(message),
        409 => ClientError::Conflict(message),
        429 => ClientError::RateLimited { retry_after },
        s if s >= 500 => ClientError::Unavailable(format!("HTTP {s}: {message}")),
        s => ClientError::Api { status: s, message },
    }
}

/// Parses an OAuth endpoint's error body (`{"error","error_description"}`).
pub fn oauth_error(status: StatusCode, bytes: &[u8], retry_after: Option<u64>) -> ClientError {
    #[derive(serde::Deserialize)]
    struct E {
        error: String,
        error_description: Option<String>,
    }
    if status.is_server_error() {
        return ClientError::Unavailable(format!(
            "HTTP {} from the token endpoint",
            status.as_u16()
        ));
    }
    if status == StatusCode::TOO_MANY_REQUESTS {
        return ClientError::RateLimited { retry_after };
    }
    match serde_json::from_slice::<E>(bytes) {
        Ok(e) => ClientError::OAuth {
            error: snippet(e.error.as_bytes()),
            description: e.error_description.map(|d| snippet(d.as_bytes())),
        },
        // An OAuth endpoint's unparsable body is not echoed: it could carry
        // anything the provider chose to send back.
        Err(_) => ClientError::Api {
            status: status.as_u16(),
            message: "the token endpoint answered with an unreadable error".into(),
        },
    }
}

impl Reply {
    /// The token-endpoint reading: the JSON body, or the OAuth error.
    pub fn oauth<T: DeserializeOwned>(&self) -> ClientResult<T> {
        if self.status.is_success() {
            self.json()
        } else {
            Err(oauth_error(self.status, &self.body, self.retry_after()))
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
