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

/// The signed-in user (`/users/current`): the same user model, with its
/// account's name.
pub type CurrentUser = User;

/// A JobAdder user, from the user listing or `/users/current`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub user_id: i64,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
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
    /// Given by `/users/current` only.
    pub account_name: Option<String>,
}

/// `CandidateAttachmentModel`, as far as the launch page shows it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Attachment {
    #[serde(deserialize_with = "id_text")]
    pub attachment_id: String,
    pub file_name: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
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
    pub action_name: Option<String>,
    pub url: Option<String>,
    pub reference: Option<String>,
    /// Shown to administrators only: recruiters never see the button.
    /// JobAdder documents `adminOnly` inside `actionFilter` (see below);
    /// the listing's own shape is not documented, so either place counts.
    pub admin_only: Option<bool>,
    pub action_filter: Option<ActionFilter>,
}

impl ListedAction {
    /// Shown to administrators only, wherever JobAdder says so.
    pub fn admin_only(&self) -> bool {
        self.admin_only == Some(true)
            || self
                .action_filter
                .as_ref()
                .is_some_and(|f| f.admin_only == Some(true))
    }
}

/// Which users and records a partner action is shown to
/// (`actionFilter{adminOnly, approvedOnly, status{activeOnly, statusId[]}}`).
/// Every field may be absent or null: nothing is filtered then.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActionFilter {
    pub admin_only: Option<bool>,
    /// Placements only: shown on approved placements.
    pub approved_only: Option<bool>,
    pub status: Option<StatusFilter>,
}

/// Shown only on records that are active, or in one of these statuses.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusFilter {
    pub active_only: Option<bool>,
    pub status_id: Option<Vec<i64>>,
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

/// A candidate record; a placement's `candidate` is the same object without
/// the phone numbers, which then read as absent.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    pub candidate_id: i64,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub mobile: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Named {
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Export {
    #[serde(default)]
    pub onboarding: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomField {
    pub name: Option<String>,
    pub value: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Placement {
    pub placement_id: i64,
    pub job_title: Option<String>,
    pub candidate: Candidate,
    pub company: Option<Named>,
    pub workplace_address: Option<Named>,
    pub start_date: Option<String>,
    #[serde(default)]
    pub approved: bool,
    pub approved_at: Option<String>,
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
    pub total_count: Option<i64>,
    pub links: Option<PageLinks>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PageLinks {
    pub next: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    #[serde(deserialize_with = "id_text")]
    pub note_id: String,
    pub text: Option<String>,
}
