//! Flare HR: the assumed contract (Flare publishes no API; see
//! docs/sandbox.md "Flare"). Everything atslink assumes about Flare is in
//! this module, so the real contract can replace it in one place.

use serde::Deserialize;

mod setup;

pub use setup::{LocationMembers, PayGroup};

use super::ClientResult;
use crate::http::{Http, Reply, Retry, snippet, status_error};
use crate::secrets::SecretString;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Account {
    pub account_id: String,
    pub name: String,
}

/// Flare's API under the one HTTP policy (see `Client::on` for its retries).
pub type Client = super::Client<super::FlareApi>;

impl Client {
    pub fn new(http: Http) -> Self {
        Client::on(http)
    }
}

/// The account's defaults, used where a mapping finds no match.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Defaults {
    pub location_id: Option<String>,
    pub legal_entity_id: Option<String>,
    pub brand_id: Option<String>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountDetail {
    pub account_id: String,
    pub name: String,
    #[serde(default)]
    pub defaults: Defaults,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    pub location_id: String,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LegalEntity {
    pub legal_entity_id: String,
    pub name: String,
    #[serde(default)]
    pub brand_id: Option<String>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Brand {
    pub brand_id: String,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CostCentre {
    pub cost_centre_id: String,
    pub code: String,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub person_id: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    /// Where the person came from, as its creator said.
    #[serde(default)]
    pub source: Option<PersonSource>,
}

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonSource {
    #[serde(default)]
    pub system: Option<String>,
    #[serde(default)]
    pub candidate_id: Option<i64>,
    /// The creator's own reference for the record it pushed: atslink sends
    /// one per JobAdder account and candidate, so a person it created can
    /// be told from one that merely shares the email.
    #[serde(default)]
    pub reference: Option<String>,
}

impl Person {
    /// Whether this person was created with `reference`.
    pub fn has_reference(&self, reference: &str) -> bool {
        self.source
            .as_ref()
            .and_then(|s| s.reference.as_deref())
            .is_some_and(|r| r == reference)
    }
}

/// The person atslink creates: always a `candidate` (a Flare admin
/// promotes them to recruit to start onboarding).
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewPerson {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mobile: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    pub status: &'static str,
    pub location_id: Option<String>,
    pub legal_entity_id: Option<String>,
    pub brand_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost_centre: Option<String>,
    pub source: Source,
}

#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    pub system: &'static str,
    pub candidate_id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placement_id: Option<i64>,
    /// Stored by Flare and returned with the person: atslink's reference
    /// for this JobAdder candidate (see `PersonSource::reference`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

#[derive(Deserialize)]
struct Items<T> {
    items: Vec<T>,
}

/// Everything a mapping needs from Flare, fetched once per run.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Reference {
    pub account: AccountDetail,
    pub locations: Vec<Location>,
    pub legal_entities: Vec<LegalEntity>,
    pub brands: Vec<Brand>,
    pub cost_centres: Vec<CostCentre>,
}

impl Client {
    /// The account the key belongs to; also how a key is verified.
    pub async fn account(&self, api_url: &str, key: &SecretString) -> ClientResult<Account> {
        self.get(api_url, "account", key).await
    }

    pub async fn reference(&self, api_url: &str, key: &SecretString) -> ClientResult<Reference> {
        Ok(Reference {
            account: self.get(api_url, "account", key).await?,
            locations: self
                .get::<Items<Location>>(api_url, "locations", key)
                .await?
                .items,
            legal_entities: self
                .get::<Items<LegalEntity>>(api_url, "legal-entities", key)
                .await?
                .items,
            brands: self
                .get::<Items<Brand>>(api_url, "brands", key)
                .await?
                .items,
            cost_centres: self
                .get::<Items<CostCentre>>(api_url, "cost-centres", key)
                .await?
                .items,
        })
    }

    /// People with this email (case-insensitive).
    pub async fn people_by_email(
        &self,
        api_url: &str,
        key: &SecretString,
        email: &str,
    ) -> ClientResult<Vec<Person>> {
        let path = format!(
            "people?{}",
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("email", email)
                .finish()
        );
        Ok(self.get::<Items<Person>>(api_url, &path, key).await?.items)
    }

    /// Creates a person; an existing email is `ClientError::Conflict`.
    pub async fn create_person(
        &self,
        api_url: &str,
        key: &SecretString,
        person: &NewPerson,
    ) -> ClientResult<Person> {
        let url = format!("{}/v1/people", api_url.trim_end_matches('/'));
        let reply = self
            .http
            .post(&url)
            .bearer(key, api_url)
            .json(person)
            // Safe to repeat: Flare refuses a second person with the same
            // email (409), which the push reads as "already there".
            .retry(Retry::Transient)
            .send()
            .await?;
        read(&reply)
    }

    async fn get<T: serde::de::DeserializeOwned>(
        &self,
        api_url: &str,
        path: &str,
        key: &SecretString,
    ) -> ClientResult<T> {
        let url = format!("{}/v1/{path}", api_url.trim_end_matches('/'));
        let reply = self.http.get(&url).bearer(key, api_url).send().await?;
        read(&reply)
    }
}

fn read<T: serde::de::DeserializeOwned>(reply: &Reply) -> ClientResult<T> {
    if reply.status.is_success() {
        return reply.json();
    }
    let bytes = &reply.body;
    #[derive(Deserialize)]
    struct E {
        error: Inner,
    }
    #[derive(Deserialize)]
    struct Inner {
        message: String,
    }
    let message = serde_json::from_slice::<E>(bytes)
        .map(|e| snippet(e.error.message.as_bytes()))
        .unwrap_or_else(|_| snippet(bytes));
    Err(status_error(reply.status, message, reply.retry_after()))
}
