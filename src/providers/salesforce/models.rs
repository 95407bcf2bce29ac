//! Salesforce's JSON, as far as atslink reads it.

use serde::Deserialize;

use crate::secrets::SecretString;

#[derive(Debug, Deserialize)]
pub struct TokenResponse {
    pub access_token: SecretString,
    #[serde(default)]
    pub refresh_token: Option<SecretString>,
    pub instance_url: String,
    /// `https://login.salesforce.com/id/<orgId>/<userId>`.
    pub id: String,
    #[serde(default)]
    pub issued_at: Option<String>,
    #[serde(default)]
    pub scope: Option<String>,
}

impl TokenResponse {
    /// (org id, user id) from the identity URL.
    pub fn org_and_user(&self) -> Option<(String, String)> {
        let mut parts = self.id.trim_end_matches('/').rsplit('/');
        let user = parts.next()?.to_string();
        let org = parts.next()?.to_string();
        Some((org, user))
    }
}

#[derive(Debug, Deserialize)]
pub struct DeviceStart {
    pub device_code: SecretString,
    pub user_code: String,
    pub verification_uri: String,
    #[serde(default)]
    pub interval: Option<u64>,
    #[serde(default)]
    pub expires_in: Option<u64>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct UserInfo {
    pub user_id: String,
    pub organization_id: String,
    #[serde(default)]
    pub preferred_username: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub active: Option<bool>,
    /// The user's API endpoints on their org's instance.
    #[serde(default)]
    pub urls: Option<UserUrls>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct UserUrls {
    /// `https://<instance>/services/data/v{version}/`
    #[serde(default)]
    pub rest: Option<String>,
}
