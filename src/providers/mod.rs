//! Typed clients for the providers. Each provider module stands alone (no
//! provider imports another); cross-provider work is orchestrated by the
//! commands. Clients neither print nor know commands: they return typed
//! results and `ClientError`s.

pub mod flare;
pub mod jobadder;
mod name;
pub mod salesforce;

pub use name::{Provider, UnknownProvider};

use std::marker::PhantomData;

use crate::error::{Error, ErrorKind};
use crate::http::Http;

/// A provider's API client: the one HTTP policy (`crate::http`) and
/// nothing else, typed by provider. Each provider's calls are inherent
/// methods of its own client (`flare::Client` is `Client<FlareApi>`), so one
/// provider's client cannot be handed where another's is expected.
pub struct Client<P> {
    http: Http,
    provider: PhantomData<P>,
}

/// The provider a `Client` talks to (types only, never values).
pub enum JobAdderApi {}
pub enum SalesforceApi {}
pub enum FlareApi {}

impl<P> Client<P> {
    /// A client on `http` as it is: the retry policy is the one on `http`,
    /// unless the provider's `new` sets one (JobAdder) or a call overrides
    /// it (Flare's `create_person`).
    fn on(http: Http) -> Self {
        Client {
            http,
            provider: PhantomData,
        }
    }
}

// Written out, not derived: a derive would demand `P: Clone` of the
// marker types, which are never values.
impl<P> Clone for Client<P> {
    fn clone(&self) -> Self {
        Client::on(self.http.clone())
    }
}

/// What can go wrong talking to a provider.
#[derive(Debug, Clone)]
pub enum ClientError {
    /// The OAuth token endpoint refused (`invalid_grant`, `invalid_client`, …).
    OAuth {
        error: String,
        description: Option<String>,
    },
    /// 401 from an API: the access token is expired or invalid.
    Unauthorized(String),
    NotFound(String),
    /// 409 from an API.
    Conflict(String),
    /// 429; `retry_after` in seconds when the provider said.
    RateLimited {
        retry_after: Option<u64>,
    },
    /// Any other 4xx.
    Api {
        status: u16,
        message: String,
    },
    /// Network failure, timeout, 5xx: worth retrying later.
    Unavailable(String),
    /// The provider answered something atslink cannot read.
    Invalid(String),
}

impl ClientError {
    pub fn is_invalid_grant(&self) -> bool {
        matches!(self, ClientError::OAuth { error, .. } if error == "invalid_grant" || error == "invalid_request")
    }
}

impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClientError::OAuth { error, description } => match description {
                Some(d) => write!(f, "{error}: {d}"),
                None => write!(f, "{error}"),
            },
            ClientError::Unauthorized(m) => write!(f, "unauthorised: {m}"),
            ClientError::NotFound(m) => write!(f, "not found: {m}"),
            ClientError::Conflict(m) => write!(f, "conflict: {m}"),
            ClientError::RateLimited { retry_after } => match retry_after {
                Some(s) => write!(f, "rate limited (retry after {s} s)"),
                None => write!(f, "rate limited"),
            },
            ClientError::Api { status, message } => write!(f, "HTTP {status}: {message}"),
            ClientError::Unavailable(m) => write!(f, "unavailable: {m}"),
            ClientError::Invalid(m) => write!(f, "unexpected response: {m}"),
        }
    }
}

impl std::error::Error for ClientError {}

impl ClientError {
    /// The exit-code kind of this failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            ClientError::OAuth { .. } | ClientError::Unauthorized(_) => ErrorKind::Auth,
            ClientError::NotFound(_) => ErrorKind::NotFound,
            ClientError::Conflict(_) => ErrorKind::Conflict,
            ClientError::RateLimited { .. } | ClientError::Unavailable(_) => ErrorKind::Unavailable,
            ClientError::Api { .. } | ClientError::Invalid(_) => ErrorKind::Failure,
        }
    }

    /// The CLI error for this failure, prefixed with what was being done.
    pub fn into_error(self, doing: &str) -> Error {
        Error::new(self.kind(), format!("{doing}: {self}"))
    }
}

/// The CLI error for this failure as it stands, for callers whose own
/// message already says what was being done.
impl From<ClientError> for Error {
    fn from(e: ClientError) -> Error {
        Error::new(e.kind(), e.to_string())
    }
}

pub type ClientResult<T> = Result<T, ClientError>;

/// The process's one async runtime, made on first use (local commands never
/// start it). One runtime, not one per call: the HTTP client's pooled
/// connections are driven by the runtime that opened them, so a connection
/// opened under a runtime that is no longer being polled (a per-call
/// current-thread runtime, parked while the locked refresh runs on another)
/// hung the next request on it until the timeout. Two worker threads keep
/// connections alive while the calling thread blocks.
pub fn runtime() -> crate::error::Result<&'static tokio::runtime::Runtime> {
    static RUNTIME: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
    if let Some(rt) = RUNTIME.get() {
        return Ok(rt);
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::failure(format!("cannot start the async runtime: {e}")))?;
    // Another thread may have won the race; either runtime serves.
    let _ = RUNTIME.set(rt);
    Ok(RUNTIME.get().expect("set just above"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_error_becomes_the_cli_error_of_its_kind_and_words() {
        let cases = [
            (ClientError::RateLimited { retry_after: None }, 7),
            (ClientError::NotFound("action 9".into()), 4),
            (ClientError::Unauthorized("expired".into()), 3),
            (ClientError::Invalid("not JSON".into()), 1),
        ];
        for (e, code) in cases {
            let words = e.to_string();
            let cli = Error::from(e.clone());
            assert_eq!(cli.exit_code(), code, "{e:?}");
            assert_eq!(cli.message, words);
            assert_eq!(e.into_error("doing").message, format!("doing: {words}"));
        }
    }
}
