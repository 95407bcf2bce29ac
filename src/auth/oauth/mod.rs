//! The OAuth flows the `oauth2` crate models, on the crate: JobAdder's
//! authorization code grant and refresh (confidential client, credentials
//! in the body), Salesforce's web-server flow with PKCE, its refresh and
//! token introspection. Requests go through `crate::http` (see
//! `Http::oauth`), so they share the policy of every other call.
//!
//! What the crate cannot express stays hand-written in the provider
//! clients, each with its reason at the spot: Salesforce's device flow,
//! the JWT bearer grant and revocation.

pub mod jobadder;
pub mod salesforce;

use oauth2::RequestTokenError;
use oauth2::basic::BasicErrorResponse;

use crate::http::snippet;
use crate::providers::{ClientError, ClientResult};
use crate::secrets::SecretString;

type TokenError = RequestTokenError<ClientError, BasicErrorResponse>;

/// The crate's error, as every other provider failure is reported.
fn token_error(e: TokenError) -> ClientError {
    match e {
        RequestTokenError::ServerResponse(r) => ClientError::OAuth {
            error: snippet(r.error().as_ref().as_bytes()),
            description: r.error_description().map(|d| snippet(d.as_bytes())),
        },
        RequestTokenError::Request(e) => e,
        // The body is not echoed: a token response may hold tokens.
        RequestTokenError::Parse(e, _) => {
            ClientError::Invalid(format!("unreadable token response: {}", e.inner()))
        }
        RequestTokenError::Other(m) => ClientError::Invalid(m),
    }
}

/// A configured endpoint the crate refuses to parse.
fn bad_url(what: &str) -> impl FnOnce(oauth2::url::ParseError) -> ClientError + '_ {
    move |e| ClientError::Invalid(format!("the {what} URL is not usable: {e}"))
}

fn secret(s: &str) -> SecretString {
    SecretString::new(s.to_string())
}

/// A redirect URI for one request (several may be registered).
fn redirect(uri: &str) -> ClientResult<oauth2::RedirectUrl> {
    oauth2::RedirectUrl::new(uri.to_string()).map_err(bad_url("redirect"))
}

/// The scopes of a token response, space-separated as they came.
fn scopes(s: Option<&Vec<oauth2::Scope>>) -> Option<String> {
    s.map(|v| v.iter().map(|x| x.as_str()).collect::<Vec<_>>().join(" "))
}
