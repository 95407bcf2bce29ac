//! JobAdder: the v2 API calls atslink needs, and the platform's app and
//! token models that the OAuth flows (on the `oauth2` crate, in
//! `auth::oauth::jobadder`) use. Every API call goes to the account's own
//! `api` base from the token response, never a hard-coded host.

pub mod hashed_url;
mod models;
pub mod paging;
pub mod webhooks;

pub use models::ListedAction;
pub use models::{
    Attachment, Candidate, CurrentUser, Note, Page, PartnerAction, Placement, TokenResponse, User,
};

use reqwest::header::AUTHORIZATION;
use serde::de::DeserializeOwned;

use super::http::{self, body, decode, retry_after, snippet, status_error, transport};
use super::{ClientError, ClientResult};
use crate::secrets::SecretString;

/// The platform's registered JobAdder app.
pub struct App<'a> {
    pub client_id: &'a str,
    pub client_secret: &'a SecretString,
    pub token_url: &'a str,
}

#[derive(Clone)]
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
    async fn get<T: DeserializeOwned>(
        &self,
        api: &str,
        path: &str,
        access: &SecretString,
    ) -> ClientResult<T> {
        let resp = self
            .http
            .get(format!("{}/{path}", api.trim_end_matches('/')))
            .header(AUTHORIZATION, format!("Bearer {}", access.expose()))
            .send()
            .await
            .map_err(transport)?;
        read(resp).await
    }

    pub async fn current_user(
        &self,
        api: &str,
        access: &SecretString,
    ) -> ClientResult<CurrentUser> {
        self.get(api, "users/current", access).await
    }

    pub async fn user(&self, api: &str, access: &SecretString, user_id: i64) -> ClientResult<User> {
        self.get(api, &format!("users/{user_id}"), access).await
    }

    pub async fn candidate(
        &self,
        api: &str,
        access: &SecretString,
        id: i64,
    ) -> ClientResult<Candidate> {
        self.get(api, &format!("candidates/{id}"), access).await
    }

    pub async fn placement(
        &self,
        api: &str,
        access: &SecretString,
        id: i64,
    ) -> ClientResult<Placement> {
        self.get(api, &format!("placements/{id}"), access).await
    }

    /// `FindCandidates`: one page of candidates matching `filters` (e.g.
    /// `Email`, `Name`), as summaries.
    pub async fn find_candidates(
        &self,
        api: &str,
        access: &SecretString,
        filters: &[(&str, &str)],
    ) -> ClientResult<Page<Candidate>> {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        query.extend_pairs(filters);
        self.get(api, &format!("candidates?{}", query.finish()), access)
            .await
    }

    /// One page of placements. `path_and_query` is either the first page's
    /// `placements?…` or a `links.next` URL from the previous page.
    pub async fn placements_page(
        &self,
        api: &str,
        access: &SecretString,
        path_or_url: &str,
    ) -> ClientResult<Page<Placement>> {
        if path_or_url.starts_with("http://") || path_or_url.starts_with("https://") {
            // Defence in depth: the caller checks links too, but the token
            // must never leave the account's API whoever calls this.
            if !paging::inside(api, path_or_url) {
                return Err(ClientError::Invalid(
                    "a paging link outside the account's API was refused".into(),
                ));
            }
            let resp = self
                .http
                .get(path_or_url)
                .header(AUTHORIZATION, format!("Bearer {}", access.expose()))
                .send()
                .await
                .map_err(transport)?;
            return read(resp).await;
        }
        self.get(api, path_or_url, access).await
    }

    /// The latest notes on a candidate or placement (newest first).
    pub async fn notes(
        &self,
        api: &str,
        access: &SecretString,
        kind: &str,
        id: i64,
    ) -> ClientResult<Vec<Note>> {
        let page: Page<Note> = self
            .get(
                api,
                &format!("{kind}/{id}/notes?Offset=0&Limit=100"),
                access,
            )
            .await?;
        Ok(page.items)
    }

    /// Adds a note flagged as created by an integration.
    pub async fn add_note(
        &self,
        api: &str,
        access: &SecretString,
        kind: &str,
        id: i64,
        text: &str,
    ) -> ClientResult<Note> {
        let resp = self
            .http
            .post(format!("{}/{kind}/{id}/notes", api.trim_end_matches('/')))
            .header(AUTHORIZATION, format!("Bearer {}", access.expose()))
            .json(&serde_json::json!({
                "text": text,
                "type": "General",
                "createdByIntegration": true,
            }))
            .send()
            .await
            .map_err(transport)?;
        read(resp).await
    }

    /// One page of the account's candidate partner actions (every
    /// partner's Actions-menu buttons on candidates), 1000 at most.
    pub async fn candidate_actions(
        &self,
        api: &str,
        access: &SecretString,
        offset: usize,
    ) -> ClientResult<Page<ListedAction>> {
        self.get(
            api,
            &format!("partners/actions/Candidate?Offset={offset}&Limit=1000"),
            access,
        )
        .await
    }

    /// A candidate's files (metadata only).
    pub async fn candidate_attachments(
        &self,
        api: &str,
        access: &SecretString,
        candidate_id: i64,
    ) -> ClientResult<Page<Attachment>> {
        self.get(
            api,
            &format!("candidates/{candidate_id}/attachments"),
            access,
        )
        .await
    }

    /// Registers the Actions-menu button on candidates. With a `salt`,
    /// JobAdder appends `_exp` and `_h` to the URL at click time.
    pub async fn create_partner_action(
        &self,
        api: &str,
        access: &SecretString,
        name: &str,
        url: &str,
        reference: &str,
        salt: Option<&str>,
    ) -> ClientResult<PartnerAction> {
        let mut body = serde_json::json!({
            "actionName": name,
            "reference": reference,
            "url": url,
            "urlType": "Popup",
        });
        if let Some(salt) = salt {
            body["salt"] = salt.into();
        }
        let resp = self
            .http
            .post(format!(
                "{}/partners/actions/Candidate",
                api.trim_end_matches('/')
            ))
            .header(AUTHORIZATION, format!("Bearer {}", access.expose()))
            .json(&body)
            .send()
            .await
            .map_err(transport)?;
        read(resp).await
    }

    /// The account's partner action with this `reference`, if any (our
    /// references are unique per organisation, so at most one).
    pub async fn find_partner_action(
        &self,
        api: &str,
        access: &SecretString,
        reference: &str,
    ) -> ClientResult<Option<PartnerAction>> {
        let path = format!(
            "partners/actions?{}",
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("Reference", reference)
                .finish()
        );
        let page: Page<PartnerAction> = self.get(api, &path, access).await?;
        Ok(page.items.into_iter().next())
    }

    /// `PUT /partners/actions/{id}`: the button's name and URL, and the
    /// salt JobAdder signs its clicks with from now on.
    pub async fn update_partner_action(
        &self,
        api: &str,
        access: &SecretString,
        action_id: &str,
        name: &str,
        url: &str,
        salt: &str,
    ) -> ClientResult<()> {
        let resp = self
            .http
            .put(format!(
                "{}/partners/actions/{action_id}",
                api.trim_end_matches('/')
            ))
            .header(AUTHORIZATION, format!("Bearer {}", access.expose()))
            .json(&serde_json::json!({
                "actionName": name,
                "url": url,
                "urlType": "Popup",
                "salt": salt,
            }))
            .send()
            .await
            .map_err(transport)?;
        let status = resp.status();
        if status.is_success() {
            return Ok(());
        }
        let retry = retry_after(&resp);
        let bytes = body(resp).await?;
        Err(api_error(status, &bytes, retry))
    }

    pub async fn delete_partner_action(
        &self,
        api: &str,
        access: &SecretString,
        action_id: &str,
    ) -> ClientResult<()> {
        let resp = self
            .http
            .delete(format!(
                "{}/partners/actions/{action_id}",
                api.trim_end_matches('/')
            ))
            .header(AUTHORIZATION, format!("Bearer {}", access.expose()))
            .send()
            .await
            .map_err(transport)?;
        let status = resp.status();
        if status.is_success() {
            return Ok(());
        }
        let retry = retry_after(&resp);
        let bytes = body(resp).await?;
        Err(api_error(status, &bytes, retry))
    }
}

async fn read<T: DeserializeOwned>(resp: reqwest::Response) -> ClientResult<T> {
    let status = resp.status();
    let retry = retry_after(&resp);
    let bytes = body(resp).await?;
    if status.is_success() {
        decode(&bytes)
    } else {
        Err(api_error(status, &bytes, retry))
    }
}

/// JobAdder's `ErrorModel {message, errors?}`, or the raw text.
fn api_error(status: reqwest::StatusCode, bytes: &[u8], retry: Option<u64>) -> ClientError {
    if status.as_u16() == 429 {
        return ClientError::RateLimited { retry_after: retry };
    }
    #[derive(serde::Deserialize)]
    struct ErrorModel {
        message: Option<String>,
    }
    let message = serde_json::from_slice::<ErrorModel>(bytes)
        .ok()
        .and_then(|e| e.message)
        .map(|m| snippet(m.as_bytes()))
        .unwrap_or_else(|| snippet(bytes));
    status_error(status, message)
}
