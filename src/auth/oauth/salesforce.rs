//! Salesforce's web-server flow (PKCE S256), refresh and token
//! introspection on the `oauth2` crate, with the customer's connected app.
//! Salesforce's token response has no `expires_in` (the org's session
//! policy decides) and adds `instance_url`, `id` and `signature`.

use oauth2::basic::BasicTokenType;
use oauth2::{
    AccessToken, AuthType, AuthUrl, ClientId, ClientSecret, EndpointSet, ExtraTokenFields,
    IntrospectionUrl, StandardTokenResponse, TokenIntrospectionResponse as _, TokenResponse as _,
    TokenUrl,
};
use serde::{Deserialize, Serialize};

use super::{Crate, bad_url, scopes, secret, token_error};
use crate::http::{Http, Retry};
use crate::providers::ClientResult;
use crate::providers::salesforce::{App, Introspection, TokenResponse};
use crate::secrets::SecretString;

/// Salesforce's additions to the token response.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SalesforceFields {
    /// Where this org's data API lives.
    pub instance_url: String,
    /// `https://login.salesforce.com/id/<orgId>/<userId>`.
    pub id: String,
    /// HMAC of `id` and `issued_at` with the consumer secret.
    #[serde(default)]
    pub signature: Option<String>,
    #[serde(default)]
    pub issued_at: Option<String>,
}

impl ExtraTokenFields for SalesforceFields {}

type Token = StandardTokenResponse<SalesforceFields, BasicTokenType>;

/// What atslink asks for: the REST API and a refresh token.
const SCOPES: [&str; 2] = ["api", "refresh_token"];

/// The customer's connected app as an OAuth client.
pub struct OAuth {
    client: Crate<Token, EndpointSet>,
    http: Http,
}

impl OAuth {
    pub fn new(http: Http, app: &App<'_>) -> ClientResult<Self> {
        let mut client = oauth2::Client::new(ClientId::new(app.client_id.to_string()))
            .set_auth_type(AuthType::RequestBody)
            .set_auth_uri(AuthUrl::new(app.endpoint("authorize")).map_err(bad_url("authorize"))?)
            .set_token_uri(TokenUrl::new(app.endpoint("token")).map_err(bad_url("token"))?)
            .set_introspection_url(
                IntrospectionUrl::new(app.endpoint("introspect"))
                    .map_err(bad_url("introspection"))?,
            );
        if let Some(s) = app.client_secret {
            client = client.set_client_secret(ClientSecret::new(s.expose().to_string()));
        }
        Ok(OAuth { client, http })
    }

    /// The consent URL, with the S256 challenge of `verifier`.
    pub fn authorize_url(
        &self,
        redirect_uri: &str,
        state: &str,
        verifier: &str,
    ) -> ClientResult<String> {
        let scope = SCOPES.map(String::from);
        super::authorize_url(&self.client, redirect_uri, state, scope, Some(verifier))
    }

    pub async fn exchange_code(
        &self,
        code: &str,
        redirect_uri: &str,
        verifier: &str,
    ) -> ClientResult<TokenResponse> {
        let via = (&self.client, &self.http);
        super::exchange_code(via, code, redirect_uri, Some(verifier), convert).await
    }

    /// One refresh grant, not retried here: the locked refresh decides.
    pub async fn refresh(&self, refresh_token: &SecretString) -> ClientResult<TokenResponse> {
        super::refresh((&self.client, &self.http), refresh_token, convert).await
    }

    /// Token introspection (needs the app's credentials): the real expiry.
    pub async fn introspect(
        &self,
        token: &SecretString,
        hint: &str,
    ) -> ClientResult<Introspection> {
        let token = AccessToken::new(token.expose().to_string());
        let r = self
            .client
            .introspect(&token)
            .set_token_type_hint(hint.to_string())
            // Introspection changes nothing: safe to repeat.
            .request_async(&self.http.oauth(Retry::Transient))
            .await
            .map_err(token_error)?;
        Ok(Introspection {
            active: r.active(),
            exp: r.exp().map(|t| t.timestamp()),
        })
    }
}

fn convert(t: Token) -> TokenResponse {
    let extra = t.extra_fields().clone();
    TokenResponse {
        access_token: secret(t.access_token().secret()),
        refresh_token: t.refresh_token().map(|r| secret(r.secret())),
        instance_url: extra.instance_url,
        id: extra.id,
        issued_at: extra.issued_at,
        scope: scopes(t.scopes()),
    }
}
