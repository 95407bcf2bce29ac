//! JobAdder webhooks: `GET/POST /webhooks`, `GET/PUT/DELETE
//! /webhooks/{webhookId}`. The `authorization` value is the header value
//! JobAdder sends with every delivery; it is sent here and never read back.

use serde::Deserialize;

use super::{Client, done, read};
use crate::providers::ClientResult;
use crate::secrets::SecretString;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Webhook {
    #[serde(deserialize_with = "id_text")]
    pub webhook_id: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub events: Vec<String>,
    #[serde(default)]
    pub status: Option<String>,
}

/// Ids come as numbers or strings depending on the version.
fn id_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    })
}

#[derive(Deserialize)]
struct Listing {
    #[serde(default)]
    items: Vec<Webhook>,
}

/// What a webhook should be: sent on create and on update (re-enabling).
pub struct WebhookSpec<'a> {
    pub name: &'a str,
    pub url: &'a str,
    pub events: &'a [&'a str],
    pub authorization: &'a SecretString,
}

impl WebhookSpec<'_> {
    fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "name": self.name,
            "events": self.events,
            "url": self.url,
            "authorization": self.authorization.expose(),
            "status": "Enabled",
        })
    }
}

impl Client {
    pub async fn webhooks(&self, api: &str, access: &SecretString) -> ClientResult<Vec<Webhook>> {
        let l: Listing = self.get(api, "webhooks", access).await?;
        Ok(l.items)
    }

    pub async fn webhook(
        &self,
        api: &str,
        access: &SecretString,
        id: &str,
    ) -> ClientResult<Webhook> {
        self.get(api, &format!("webhooks/{id}"), access).await
    }

    pub async fn create_webhook(
        &self,
        api: &str,
        access: &SecretString,
        spec: &WebhookSpec<'_>,
    ) -> ClientResult<Webhook> {
        let reply = self
            .http
            .post(&Self::url(api, "webhooks"))
            .bearer(access, api)
            .json(&spec.json())
            .send()
            .await?;
        read(&reply)
    }

    /// `PUT /webhooks/{id}`: the URL, events and authorization, status
    /// `Enabled` (how a suspended webhook is re-enabled).
    pub async fn update_webhook(
        &self,
        api: &str,
        access: &SecretString,
        id: &str,
        spec: &WebhookSpec<'_>,
    ) -> ClientResult<Webhook> {
        let reply = self
            .http
            .put(&Self::url(api, &format!("webhooks/{id}")))
            .bearer(access, api)
            .json(&spec.json())
            .send()
            .await?;
        read(&reply)
    }

    pub async fn delete_webhook(
        &self,
        api: &str,
        access: &SecretString,
        id: &str,
    ) -> ClientResult<()> {
        let reply = self
            .http
            .delete(&Self::url(api, &format!("webhooks/{id}")))
            .bearer(access, api)
            .send()
            .await?;
        done(&reply)
    }
}
