//! JobAdder's authorization code grant and refresh on the `oauth2` crate:
//! a confidential client (the platform's id and secret, sent in the form
//! body), no PKCE, and three extra token fields that say where the
//! account's API lives.

use oauth2::basic::BasicTokenType;
use oauth2::{
    AuthType, AuthUrl, ClientId, ClientSecret, EndpointNotSet, ExtraTokenFields,
    StandardTokenResponse, TokenResponse as _, TokenUrl,
};
use serde::{Deserialize, Serialize};

use super::{Crate, bad_url, scopes, secret};
use crate::http::Http;
use crate::providers::ClientResult;
use crate::providers::jobadder::{App, TokenResponse};
use crate::secrets::SecretString;

/// JobAdder's additions to the token response.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JobAdderFields {
    /// The account's API base URL: every API call goes there.
    #[serde(default)]
    pub api: Option<String>,
    #[serde(default, deserialize_with = "string_or_number")]
    pub account: Option<String>,
    #[serde(default, deserialize_with = "string_or_number")]
    pub instance: Option<String>,
}

impl ExtraTokenFields for JobAdderFields {}

/// JobAdder identifies accounts by number; accept it as text either way.
fn string_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<serde_json::Value>::deserialize(d)? {
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    })
}

type Token = StandardTokenResponse<JobAdderFields, BasicTokenType>;

/// The platform's JobAdder app as an OAuth client.
pub struct OAuth {
    client: Crate<Token, EndpointNotSet>,
    http: Http,
}

impl OAuth {
    pub fn new(http: Http, app: &App<'_>, authorize_url: &str) -> ClientResult<Self> {
        let client = oauth2::Client::new(ClientId::new(app.client_id.to_string()))
            .set_client_secret(ClientSecret::new(app.client_secret.expose().to_string()))
            .set_auth_type(AuthType::RequestBody)
            .set_auth_uri(AuthUrl::new(authorize_url.to_string()).map_err(bad_url("authorize"))?)
            .set_token_uri(TokenUrl::new(app.token_url.to_string()).map_err(bad_url("token"))?);
        Ok(OAuth { client, http })
    }

    /// The consent URL the admin opens (no PKCE: JobAdder has none).
    pub fn authorize_url(
        &self,
        redirect_uri: &str,
        scope: &[String],
        state: &str,
    ) -> ClientResult<String> {
        super::authorize_url(&self.client, redirect_uri, state, scope.to_vec(), None)
    }

    pub async fn exchange_code(
        &self,
        code: &str,
        redirect_uri: &str,
    ) -> ClientResult<TokenResponse> {
        let via = (&self.client, &self.http);
        super::exchange_code(via, code, redirect_uri, None, convert).await
    }

    /// One refresh grant, not retried here: the locked refresh decides.
    pub async fn refresh(&self, refresh_token: &SecretString) -> ClientResult<TokenResponse> {
        super::refresh((&self.client, &self.http), refresh_token, convert).await
    }
}

fn convert(t: Token) -> TokenResponse {
    let extra = t.extra_fields().clone();
    TokenResponse {
        access_token: secret(t.access_token().secret()),
        expires_in: t.expires_in().map(|d| d.as_secs() as i64),
        refresh_token: t.refresh_token().map(|r| secret(r.secret())),
        api: extra.api,
        account: extra.account,
        instance: extra.instance,
        scope: scopes(t.scopes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::tests::{answer, rt, server};
    use crate::providers::ClientError;

    fn json(status: &str, body: &str) -> String {
        answer(status, "content-type: application/json\r\n", body)
    }

    #[test]
    fn refresh_sends_body_credentials_and_reads_the_extra_fields() {
        rt().block_on(async {
            let (base, seen) = server(vec![json(
                "200 OK",
                r#"{"access_token":"at","token_type":"Bearer","expires_in":3600,
                    "refresh_token":"rt2","api":"https://api.jobadder.com/v2",
                    "account":1234,"instance":"i-9","scope":"read offline_access"}"#,
            )])
            .await;
            let secret = SecretString::new("app-secret");
            let token_url = format!("{base}/connect/token");
            let app = App {
                client_id: "cid",
                client_secret: &secret,
                token_url: &token_url,
            };
            let oauth = OAuth::new(Http::default(), &app, "https://id.example/authorize").unwrap();
            let t = oauth.refresh(&SecretString::new("rt1")).await.unwrap();
            assert_eq!(t.access_token.expose(), "at");
            assert_eq!(t.refresh_token.unwrap().expose(), "rt2");
            assert_eq!(t.expires_in, Some(3600));
            assert_eq!(t.api.as_deref(), Some("https://api.jobadder.com/v2"));
            assert_eq!(t.account.as_deref(), Some("1234"));
            assert_eq!(t.instance.as_deref(), Some("i-9"));
            assert_eq!(t.scope.as_deref(), Some("read offline_access"));
            let req = &seen.lock().unwrap()[0];
            assert!(req.contains("client_secret=app-secret"), "{req}");
            assert!(req.contains("grant_type=refresh_token"), "{req}");
            assert!(
                !req.to_ascii_lowercase().contains("authorization:"),
                "{req}"
            );
        });
    }

    #[test]
    fn token_endpoint_failures_keep_their_meaning() {
        rt().block_on(async {
            let (base, seen) = server(vec![
                json("400 Bad Request", r#"{"error":"invalid_grant"}"#),
                answer("429 Too Many Requests", "retry-after: 7\r\n", ""),
                answer("503 Service Unavailable", "", "down"),
            ])
            .await;
            let secret = SecretString::new("s");
            let token_url = format!("{base}/t");
            let app = App {
                client_id: "cid",
                client_secret: &secret,
                token_url: &token_url,
            };
            let oauth = OAuth::new(Http::default(), &app, "https://id.example/a").unwrap();
            let rt1 = SecretString::new("r");
            assert!(oauth.refresh(&rt1).await.unwrap_err().is_invalid_grant());
            assert!(matches!(
                oauth.refresh(&rt1).await.unwrap_err(),
                ClientError::RateLimited {
                    retry_after: Some(7)
                }
            ));
            assert!(matches!(
                oauth.refresh(&rt1).await.unwrap_err(),
                ClientError::Unavailable(_)
            ));
            // A refresh is never repeated below the locked refresh.
            assert_eq!(seen.lock().unwrap().len(), 3);
        });
    }
}
