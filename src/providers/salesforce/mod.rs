//! Salesforce: the OAuth grants the `oauth2` crate cannot express (device
//! flow, JWT bearer, revocation; the web-server flow, refresh and
//! introspection are in `crate::auth::oauth::salesforce`) and identity. Endpoints hang
//! off the login host (login, test, or a My Domain); data calls go to the
//! `instance_url` each token response names.

pub mod canvas;
mod jwt;
mod models;

pub use jwt::assertion;
pub use models::{DeviceStart, TokenResponse, UserInfo};

use super::{ClientError, ClientResult};
use crate::http::{Http, Reply, Retry, snippet, status_error};
use crate::secrets::SecretString;

/// The customer's connected app (or External Client App).
pub struct App<'a> {
    pub login_url: &'a str,
    pub client_id: &'a str,
    /// Absent for public clients.
    pub client_secret: Option<&'a SecretString>,
}

impl App<'_> {
    /// `<login>/services/oauth2/<name>`.
    pub fn endpoint(&self, name: &str) -> String {
        format!(
            "{}/services/oauth2/{name}",
            self.login_url.trim_end_matches('/')
        )
    }
}

/// Salesforce's API under the one HTTP policy (see `Client::on` for its
/// retries).
pub type Client = super::Client<super::SalesforceApi>;

impl Client {
    pub fn new(http: Http) -> Self {
        Client::on(http)
    }
}

/// The outcome of one device-flow poll.
pub enum DevicePoll {
    Pending,
    SlowDown,
    Done(TokenResponse),
}

impl Client {
    /// A hand-written token request, for the grants below.
    async fn token(
        &self,
        app: &App<'_>,
        params: &[(&str, &str)],
        retry: Retry,
    ) -> ClientResult<TokenResponse> {
        let mut form: Vec<(&str, &str)> = vec![("client_id", app.client_id)];
        if let Some(secret) = app.client_secret {
            form.push(("client_secret", secret.expose()));
        }
        form.extend_from_slice(params);
        self.http
            .post(&app.endpoint("token"))
            .form(&form)
            .retry(retry)
            .send()
            .await?
            .oauth()
    }

    /// Salesforce's device flow is not RFC 8628, so the crate's device
    /// grant cannot speak it: the start is a `response_type=device_code`
    /// POST to the token endpoint, and the poll is `grant_type=device` with
    /// `code`, which Salesforce requires instead of the RFC's form.
    pub async fn device_start(&self, app: &App<'_>) -> ClientResult<DeviceStart> {
        self.http
            .post(&app.endpoint("token"))
            .form(&[
                ("response_type", "device_code"),
                ("client_id", app.client_id),
                ("scope", "api refresh_token"),
            ])
            .send()
            .await?
            .oauth()
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
                Retry::RateLimitOnly,
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

    /// The JWT bearer grant (RFC 7523) is not among the grants the `oauth2`
    /// crate models, so the form is written here.
    pub async fn jwt_grant(
        &self,
        app: &App<'_>,
        assertion: &SecretString,
    ) -> ClientResult<TokenResponse> {
        self.http
            .post(&app.endpoint("token"))
            .form(&[
                ("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
                ("assertion", assertion.expose()),
            ])
            .retry(Retry::Never)
            .send()
            .await?
            .oauth()
    }

    /// Revokes a refresh token (and with it its access tokens). Hand-written:
    /// the crate refuses a revocation URL that is not https (RFC 7009), and
    /// the sandbox, like any local proxy, is plain http on loopback.
    pub async fn revoke(&self, app: &App<'_>, token: &SecretString) -> ClientResult<()> {
        let reply = self
            .http
            .post(&app.endpoint("revoke"))
            .form(&[("token", token.expose())])
            // Revoking twice is harmless.
            .retry(Retry::Transient)
            .send()
            .await?;
        if reply.status.is_success() {
            Ok(())
        } else {
            Err(crate::http::oauth_error(
                reply.status,
                &reply.body,
                reply.retry_after(),
            ))
        }
    }

    pub async fn userinfo(&self, app: &App<'_>, access: &SecretString) -> ClientResult<UserInfo> {
        let url = app.endpoint("userinfo");
        let reply = self.http.get(&url).bearer(access, &url).send().await?;
        read(&reply)
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
        let url = format!(
            "{}/services/data/{API_VERSION}/sobjects/User/{user_id}?fields=IsActive",
            instance.trim_end_matches('/')
        );
        let reply = self.http.get(&url).bearer(access, instance).send().await?;
        read::<U>(&reply).map(|u| u.is_active)
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
        let url = format!(
            "{}/services/data/{API_VERSION}/query?{}",
            instance.trim_end_matches('/'),
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("q", &soql)
                .finish()
        );
        let reply = self.http.get(&url).bearer(access, instance).send().await?;
        read::<Page>(&reply).map(|p| p.records)
    }
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

/// An API answer: the JSON body, or the error it describes.
fn read<T: serde::de::DeserializeOwned>(reply: &Reply) -> ClientResult<T> {
    if reply.status.is_success() {
        reply.json()
    } else {
        Err(api_error(reply))
    }
}

/// Salesforce's error array `[{"message","errorCode"}]`, or the raw text.
fn api_error(reply: &Reply) -> ClientError {
    let bytes = &reply.body;
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
    status_error(reply.status, message, reply.retry_after())
}

impl Client {
    /// How many contacts a one-row SOQL query returns (0 or 1): proof that
    /// the API, the instance and the user's object access all work.
    pub async fn sample_contact(&self, instance: &str, access: &SecretString) -> ClientResult<u64> {
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Q {
            total_size: u64,
        }
        let url = format!(
            "{}/services/data/{API_VERSION}/query?q=SELECT+Id+FROM+Contact+LIMIT+1",
            instance.trim_end_matches('/')
        );
        let reply = self.http.get(&url).bearer(access, instance).send().await?;
        read::<Q>(&reply).map(|q| q.total_size)
    }
}
