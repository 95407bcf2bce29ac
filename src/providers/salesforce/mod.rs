//! Salesforce: OAuth with the customer's own connected app (web-server flow
//! with PKCE, device flow, JWT bearer), revoke and identity. Endpoints hang
//! off the login host (login, test, or a My Domain); data calls go to the
//! `instance_url` each token response names.

pub mod canvas;
mod jwt;
mod models;

pub use jwt::assertion;
pub use models::{DeviceStart, TokenResponse, UserInfo};

use reqwest::header::AUTHORIZATION;

use super::http::{self, body, decode, oauth_error, snippet, status_error, transport};
use super::{ClientError, ClientResult};
use crate::secrets::SecretString;

/// The customer's connected app (or External Client App).
pub struct App<'a> {
    pub login_url: &'a str,
    pub client_id: &'a str,
    /// Absent for public clients.
    pub client_secret: Option<&'a SecretString>,
}

impl App<'_> {
    fn endpoint(&self, name: &str) -> String {
        format!(
            "{}/services/oauth2/{name}",
            self.login_url.trim_end_matches('/')
        )
    }
}

pub struct Client {
    http: reqwest::Client,
}

impl Default for Client {
    fn default() -> Self {
        Client {
            http: http::client(),
        }
    }
}

pub fn authorize_url(
    app: &App<'_>,
    redirect_uri: &str,
    state: &str,
    code_challenge: &str,
) -> String {
    let mut url = url::Url::parse(&app.endpoint("authorize")).expect("validated when configured");
    url.query_pairs_mut()
        .append_pair("response_type", "code")
        .append_pair("client_id", app.client_id)
        .append_pair("redirect_uri", redirect_uri)
        .append_pair("scope", "api refresh_token")
        .append_pair("state", state)
        .append_pair("code_challenge", code_challenge)
        .append_pair("code_challenge_method", "S256");
    url.into()
}

/// The outcome of one device-flow poll.
pub enum DevicePoll {
    Pending,
    SlowDown,
    Done(TokenResponse),
}

impl Client {
    async fn token(&self, app: &App<'_>, params: &[(&str, &str)]) -> ClientResult<TokenResponse> {
        let mut form: Vec<(&str, &str)> = vec![("client_id", app.client_id)];
        if let Some(secret) = app.client_secret {
            form.push(("client_secret", secret.expose()));
        }
        form.extend_from_slice(params);
        http::post_token_form(&self.http, &app.endpoint("token"), &form).await
    }

    pub async fn exchange_code(
        &self,
        app: &App<'_>,
        code: &str,
        redirect_uri: &str,
        verifier: &str,
    ) -> ClientResult<TokenResponse> {
        self.token(
            app,
            &[
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", redirect_uri),
                ("code_verifier", verifier),
            ],
        )
        .await
    }

    pub async fn refresh(
        &self,
        app: &App<'_>,
        refresh_token: &SecretString,
    ) -> ClientResult<TokenResponse> {
        self.token(
            app,
            &[
                ("grant_type", "refresh_token"),
                ("refresh_token", refresh_token.expose()),
            ],
        )
        .await
    }

    pub async fn device_start(&self, app: &App<'_>) -> ClientResult<DeviceStart> {
        http::post_token_form(
            &self.http,
            &app.endpoint("token"),
            &[
                ("response_type", "device_code"),
                ("client_id", app.client_id),
                ("scope", "api refresh_token"),
            ],
        )
        .await
    }

    pub async fn device_poll(
        &self,
        app: &App<'_>,
        device_code: &SecretString,
    ) -> ClientResult<DevicePoll> {
        match self
            .token(
                app,
                &[("grant_type", "device"), ("code", device_code.expose())],
            )
            .await
        {
            Ok(t) => Ok(DevicePoll::Done(t)),
            Err(ClientError::OAuth { error, .. }) if error == "authorization_pending" => {
                Ok(DevicePoll::Pending)
            }
            Err(ClientError::OAuth { error, .. }) if error == "slow_down" => {
                Ok(DevicePoll::SlowDown)
            }
            Err(e) => Err(e),
        }
    }

    pub async fn jwt_grant(
        &self,
        app: &App<'_>,
        assertion: &SecretString,
    ) -> ClientResult<TokenResponse> {
        http::post_token_form(
            &self.http,
            &app.endpoint("token"),
            &[
                ("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
                ("assertion", assertion.expose()),
            ],
        )
        .await
    }

    /// Revokes a refresh token (and with it its access tokens).
    pub async fn revoke(&self, app: &App<'_>, token: &SecretString) -> ClientResult<()> {
        let resp = self
            .http
            .post(app.endpoint("revoke"))
            .form(&[("token", token.expose())])
            .send()
            .await
            .map_err(transport)?;
        let status = resp.status();
        let bytes = body(resp).await?;
        if status.is_success() {
            Ok(())
        } else {
            Err(oauth_error(status, &bytes, None))
        }
    }

    pub async fn userinfo(&self, app: &App<'_>, access: &SecretString) -> ClientResult<UserInfo> {
        let resp = self
            .http
            .get(app.endpoint("userinfo"))
            .header(AUTHORIZATION, format!("Bearer {}", access.expose()))
            .send()
            .await
            .map_err(transport)?;
        let status = resp.status();
        let bytes = body(resp).await?;
        if status.is_success() {
            decode(&bytes)
        } else {
            Err(api_error(status, &bytes))
        }
    }
}

/// Salesforce does not say how long an access token lives (the org's
/// session timeout decides); two hours is the default session.
pub const ASSUMED_ACCESS_LIFETIME: time::Duration = time::Duration::hours(2);

/// The REST API version atslink speaks.
pub const API_VERSION: &str = "v60.0";

#[derive(Debug, serde::Deserialize)]
pub struct Introspection {
    pub active: bool,
    #[serde(default)]
    pub exp: Option<i64>,
}

/// A file on a record.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct RecordFile {
    #[serde(rename = "ContentDocumentId")]
    pub document_id: String,
    #[serde(rename = "ContentDocument")]
    pub document: Option<RecordDocument>,
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct RecordDocument {
    #[serde(rename = "Title")]
    pub title: Option<String>,
    #[serde(rename = "FileExtension")]
    pub extension: Option<String>,
}

impl Client {
    /// `User.IsActive` of a user, from the org's instance.
    pub async fn user_is_active(
        &self,
        instance: &str,
        access: &SecretString,
        user_id: &str,
    ) -> ClientResult<bool> {
        #[derive(serde::Deserialize)]
        struct U {
            #[serde(rename = "IsActive")]
            is_active: bool,
        }
        let resp = self
            .http
            .get(format!(
                "{}/services/data/{API_VERSION}/sobjects/User/{user_id}?fields=IsActive",
                instance.trim_end_matches('/')
            ))
            .header(AUTHORIZATION, format!("Bearer {}", access.expose()))
            .send()
            .await
            .map_err(transport)?;
        let status = resp.status();
        let bytes = body(resp).await?;
        if status.is_success() {
            decode::<U>(&bytes).map(|u| u.is_active)
        } else {
            Err(api_error(status, &bytes))
        }
    }

    /// The files on a record (ContentDocumentLink → ContentDocument).
    /// `record_id` must be a Salesforce id (letters and digits): it goes
    /// into SOQL.
    pub async fn record_files(
        &self,
        instance: &str,
        access: &SecretString,
        record_id: &str,
    ) -> ClientResult<Vec<RecordFile>> {
        #[derive(serde::Deserialize)]
        struct Page {
            records: Vec<RecordFile>,
        }
        if !record_id.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(ClientError::Invalid(format!(
                "`{record_id}` is not a record id"
            )));
        }
        let soql = format!(
            "SELECT ContentDocumentId, ContentDocument.Title, ContentDocument.FileExtension \
             FROM ContentDocumentLink WHERE LinkedEntityId = '{record_id}'"
        );
        let resp = self
            .http
            .get(format!(
                "{}/services/data/{API_VERSION}/query",
                instance.trim_end_matches('/')
            ))
            .query(&[("q", soql)])
            .header(AUTHORIZATION, format!("Bearer {}", access.expose()))
            .send()
            .await
            .map_err(transport)?;
        let status = resp.status();
        let bytes = body(resp).await?;
        if status.is_success() {
            decode::<Page>(&bytes).map(|p| p.records)
        } else {
            Err(api_error(status, &bytes))
        }
    }

    /// Token introspection (needs the app's credentials): the real expiry.
    pub async fn introspect(
        &self,
        app: &App<'_>,
        token: &SecretString,
        hint: &str,
    ) -> ClientResult<Introspection> {
        let mut form = vec![
            ("token", token.expose()),
            ("token_type_hint", hint),
            ("client_id", app.client_id),
        ];
        if let Some(s) = app.client_secret {
            form.push(("client_secret", s.expose()));
        }
        let resp = self
            .http
            .post(app.endpoint("introspect"))
            .form(&form)
            .send()
            .await
            .map_err(transport)?;
        let status = resp.status();
        let bytes = body(resp).await?;
        if status.is_success() {
            decode(&bytes)
        } else {
            Err(oauth_error(status, &bytes, None))
        }
    }
}

/// Salesforce's error array `[{"message","errorCode"}]`, or the raw text.
fn api_error(status: reqwest::StatusCode, bytes: &[u8]) -> ClientError {
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct E {
        message: String,
        error_code: String,
    }
    let message = serde_json::from_slice::<Vec<E>>(bytes)
        .ok()
        .and_then(|v| v.into_iter().next())
        .map(|e| snippet(format!("{} ({})", e.message, e.error_code).as_bytes()))
        .unwrap_or_else(|| snippet(bytes));
    status_error(status, message)
}
