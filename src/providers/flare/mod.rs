//! Flare HR: the assumed contract (Flare publishes no API; see
//! docs/sandbox.md "Flare"). Everything atslink assumes about Flare is in
//! this module, so the real contract can replace it in one place.

use reqwest::header::AUTHORIZATION;
use serde::Deserialize;

use super::http::{self, body, decode, retry_after, snippet, status_error, transport};
use super::{ClientError, ClientResult};
use crate::secrets::SecretString;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Account {
    pub account_id: String,
    pub name: String,
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

impl Client {
    /// The account the key belongs to; also how a key is verified.
    pub async fn account(&self, api_url: &str, key: &SecretString) -> ClientResult<Account> {
        let resp = self
            .http
            .get(format!("{}/v1/account", api_url.trim_end_matches('/')))
            .header(AUTHORIZATION, format!("Bearer {}", key.expose()))
            .send()
            .await
            .map_err(transport)?;
        let status = resp.status();
        let retry = retry_after(&resp);
        let bytes = body(resp).await?;
        if status.is_success() {
            return decode(&bytes);
        }
        if status.as_u16() == 429 {
            return Err(ClientError::RateLimited { retry_after: retry });
        }
        #[derive(Deserialize)]
        struct E {
            error: Inner,
        }
        #[derive(Deserialize)]
        struct Inner {
            message: String,
        }
        let message = serde_json::from_slice::<E>(&bytes)
            .map(|e| snippet(e.error.message.as_bytes()))
            .unwrap_or_else(|_| snippet(&bytes));
        Err(status_error(status, message))
    }
}
