//! The one HTTP client setup: rustls, connect and overall timeouts, no
//! automatic redirects (OAuth endpoints answer with redirects we must not
//! follow blindly), and a cap on response size. Provider text is stripped
//! of control characters before anyone shows it.

use std::time::Duration;

use reqwest::{Response, StatusCode};
use serde::de::DeserializeOwned;

use super::{ClientError, ClientResult};

pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
pub const TOTAL_TIMEOUT: Duration = Duration::from_secs(30);
/// Far above any response atslink expects; a provider (or an attacker on a
/// misconfigured URL) cannot make it buffer unbounded data.
pub const MAX_BODY: usize = 8 * 1024 * 1024;

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(TOTAL_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("atslink/", env!("CARGO_PKG_VERSION")))
        .build()
        .expect("a client with static settings builds")
}

/// Maps a transport failure. The URL is kept (it never carries secrets:
/// tokens travel in headers and form bodies).
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

/// Reads a body up to `MAX_BODY` bytes.
pub async fn body(mut resp: Response) -> ClientResult<Vec<u8>> {
    let mut out = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(transport)? {
        if out.len() + chunk.len() > MAX_BODY {
            return Err(ClientError::Invalid(format!(
                "response larger than {} MiB",
                MAX_BODY / (1024 * 1024)
            )));
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
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

pub fn retry_after(resp: &Response) -> Option<u64> {
    resp.headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
}

/// The generic mapping of a non-success API status; providers refine the
/// message from their own error bodies first.
pub fn status_error(status: StatusCode, message: String) -> ClientError {
    match status.as_u16() {
        401 => ClientError::Unauthorized(message),
        404 => ClientError::NotFound(message),
        409 => ClientError::Conflict(message),
        429 => ClientError::RateLimited { retry_after: None },
        s if s >= 500 => ClientError::Unavailable(format!("HTTP {s}: {message}")),
        s => ClientError::Api { status: s, message },
    }
}

/// Parses an OAuth token-endpoint error body (`{"error","error_description"}`).
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
    if status.as_u16() == 429 {
        return ClientError::RateLimited { retry_after };
    }
    match serde_json::from_slice::<E>(bytes) {
        Ok(e) => ClientError::OAuth {
            error: snippet(e.error.as_bytes()),
            description: e.error_description.map(|d| snippet(d.as_bytes())),
        },
        // A token endpoint's unparsable body is not echoed: it could carry
        // anything the provider chose to send back.
        Err(_) => ClientError::Api {
            status: status.as_u16(),
            message: "the token endpoint answered with an unreadable error".into(),
        },
    }
}

/// POSTs a form to an OAuth token endpoint and reads the token response,
/// or the OAuth error (with `Retry-After` on a 429).
pub async fn post_token_form<T: DeserializeOwned>(
    http: &reqwest::Client,
    url: &str,
    form: &[(&str, &str)],
) -> ClientResult<T> {
    let resp = http.post(url).form(form).send().await.map_err(transport)?;
    let status = resp.status();
    let retry = retry_after(&resp);
    let bytes = body(resp).await?;
    if !status.is_success() {
        return Err(oauth_error(status, &bytes, retry));
    }
    decode(&bytes)
}
