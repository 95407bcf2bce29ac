//! JobAdder's JSON, as far as atslink reads it.

use serde::Deserialize;

use crate::secrets::SecretString;

/// What a token grant gives. Built from the `oauth2` crate's response (and
/// JobAdder's extra fields) in `auth::oauth::jobadder`, never read from
/// JSON here.
#[derive(Debug)]
pub struct TokenResponse {
    pub access_token: SecretString,
    pub expires_in: Option<i64>,
    pub refresh_token: Option<SecretString>,
    /// The account's API base URL: use it for every API call.
    pub api: Option<String>,
    pub account: Option<String>,
    pub instance: Option<String>,
    pub scope: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CurrentUser {
    pub user_id: i64,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub admin: bool,
    #[serde(default)]
    pub account_name: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub user_id: i64,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub inactive: bool,
    #[serde(default)]
    pub deleted: bool,
    #[serde(default)]
    pub admin: bool,
    /// Named rights, e.g. "Grant API access to Integration partners".
    #[serde(default)]
    pub permissions: Vec<String>,
}

/// `CandidateAttachmentModel`, as far as the launch page shows it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Attachment {
    #[serde(deserialize_with = "id_text")]
    pub attachment_id: String,
    #[serde(default)]
    pub file_name: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PartnerAction {
    #[serde(deserialize_with = "id_text")]
    pub action_id: String,
}

/// A partner action as JobAdder lists it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListedAction {
    #[serde(deserialize_with = "id_text")]
    pub action_id: String,
    #[serde(default)]
    pub action_name: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub reference: Option<String>,
    /// Shown to administrators only: recruiters never see the button.
    #[serde(default)]
    pub admin_only: bool,
}

fn id_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => Ok(s),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        other => Err(serde::de::Error::custom(format!(
            "unexpected actionId {other}"
        ))),
    }
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    pub candidate_id: i64,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub mobile: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CandidateRef {
    pub candidate_id: i64,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Named {
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Export {
    #[serde(default)]
    pub onboarding: bool,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomField {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub value: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Placement {
    pub placement_id: i64,
    #[serde(default)]
    pub job_title: Option<String>,
    pub candidate: CandidateRef,
    #[serde(default)]
    pub company: Option<Named>,
    #[serde(default)]
    pub workplace_address: Option<Named>,
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub approved: bool,
    #[serde(default)]
    pub approved_at: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub export: Export,
    #[serde(default)]
    pub custom: Vec<CustomField>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Page<T> {
    pub items: Vec<T>,
    #[serde(default)]
    pub total_count: Option<i64>,
    #[serde(default)]
    pub links: Option<PageLinks>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PageLinks {
    #[serde(default)]
    pub next: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    #[serde(deserialize_with = "id_text")]
    pub note_id: String,
    #[serde(default)]
    pub text: Option<String>,
}
