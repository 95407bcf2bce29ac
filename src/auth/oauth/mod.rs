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

use std::borrow::Cow;

use oauth2::basic::{
    BasicErrorResponse, BasicRevocationErrorResponse, BasicTokenIntrospectionResponse,
};
use oauth2::{
    AuthorizationCode, CsrfToken, EndpointNotSet, EndpointSet, EndpointState, PkceCodeChallenge,
    PkceCodeVerifier, RefreshToken, RequestTokenError, Scope, StandardRevocableToken,
};

use crate::http::{Http, Retry, snippet};
use crate::providers::{ClientError, ClientResult};
use crate::secrets::SecretString;

/// The crate's client as atslink sets it up: authorize and token endpoints
/// always, introspection (`Intro`) where the provider has it.
type Crate<TR, Intro> = oauth2::Client<
    BasicErrorResponse,
    TR,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    Intro,
    EndpointNotSet,
    EndpointSet,
>;

/// The consent URL for `redirect_uri`, with the S256 challenge of
/// `verifier` when the provider takes PKCE.
fn authorize_url<TR: oauth2::TokenResponse, I: EndpointState>(
    client: &Crate<TR, I>,
    redirect_uri: &str,
    state: &str,
    scopes: impl IntoIterator<Item = String>,
    verifier: Option<&str>,
) -> ClientResult<String> {
    let mut req = client
        .authorize_url(|| CsrfToken::new(state.to_string()))
        .add_scopes(scopes.into_iter().map(Scope::new))
        .set_redirect_uri(Cow::Owned(redirect(redirect_uri)?));
    if let Some(v) = verifier {
        req = req.set_pkce_challenge(PkceCodeChallenge::from_code_verifier_sha256(
            &PkceCodeVerifier::new(v.to_string()),
        ));
    }
    Ok(req.url().0.into())
}

/// The authorization code grant, its answer in the provider's terms
/// (`convert`). A code is single use: only a rate limit is worth a repeat.
async fn exchange_code<TR: oauth2::TokenResponse, I: EndpointState, T>(
    (client, http): (&Crate<TR, I>, &Http),
    code: &str,
    redirect_uri: &str,
    verifier: Option<&str>,
    convert: fn(TR) -> T,
) -> ClientResult<T> {
    let redirect = redirect(redirect_uri)?;
    let mut req = client
        .exchange_code(AuthorizationCode::new(code.to_string()))
        .set_redirect_uri(Cow::Owned(redirect));
    if let Some(v) = verifier {
        req = req.set_pkce_verifier(PkceCodeVerifier::new(v.to_string()));
    }
    req.request_async(&http.oauth(Retry::RateLimitOnly))
        .await
        .map(convert)
        .map_err(token_error)
}

/// One refresh grant, its answer in the provider's terms (`convert`), not
/// retried here: the locked refresh decides.
async fn refresh<TR: oauth2::TokenResponse, I: EndpointState, T>(
    (client, http): (&Crate<TR, I>, &Http),
    refresh_token: &SecretString,
    convert: fn(TR) -> T,
) -> ClientResult<T> {
    let token = RefreshToken::new(refresh_token.expose().to_string());
    client
        .exchange_refresh_token(&token)
        .request_async(&http.oauth(Retry::Never))
        .await
        .map(convert)
        .map_err(token_error)
}

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
