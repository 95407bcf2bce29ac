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

use serde::de::DeserializeOwned;

use super::{ClientError, ClientResult};
use crate::http::{Http, Policy, Reply, snippet, status_error};
use crate::secrets::SecretString;

/// The platform's registered JobAdder app.
pub struct App<'a> {
    pub client_id: &'a str,
    pub client_secret: &'a SecretString,
    pub token_url: &'a str,
}

/// The JobAdder API under the one HTTP policy (`crate::http`): timeouts,
/// body cap, retries of 429 (`Retry-After`) and 5xx, the token only to the
/// account's own API origin, `-vv` tracing.
pub type Client = super::Client<super::JobAdderApi>;

impl Client {
    /// A client on `http`, with JobAdder's patience for its rate limit
    /// (`Policy::jobadder`). A wait hook on `http` is told of every retry.
    pub fn new(http: Http) -> Self {
        Client::on(http.retrying(Policy::jobadder))
    }

    /// A client that never retries (`Policy::once`): for a page a person
    /// is waiting on.
    pub fn answering_at_once(http: Http) -> Self {
        Client::on(http.retrying(Policy::once))
    }

    fn url(api: &str, path: &str) -> String {
        format!("{}/{path}", api.trim_end_matches('/'))
    }

    async fn get<T: DeserializeOwned>(
        &self,
        api: &str,
        path: &str,
        access: &SecretString,
    ) -> ClientResult<T> {
        self.get_url(api, &Self::url(api, path), access).await
    }

    async fn get_url<T: DeserializeOwned>(
        &self,
        api: &str,
        url: &str,
        access: &SecretString,
    ) -> ClientResult<T> {
        let reply = self.http.get(url).bearer(access, api).send().await?;
        read(&reply)
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

    /// One page of placements. `path_or_url` is either the first page's
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
            return self.get_url(api, path_or_url, access).await;
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
        // A POST: repeated only after a 429 (the policy's rule), since a
        // note JobAdder wrote before failing would be written twice.
        let reply = self
            .http
            .post(&Self::url(api, &format!("{kind}/{id}/notes")))
            .bearer(access, api)
            .json(&serde_json::json!({
                "text": text,
                "type": "General",
                "createdByIntegration": true,
            }))
            .send()
            .await?;
        read(&reply)
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
        let reply = self
            .http
            .post(&Self::url(api, "partners/actions/Candidate"))
            .bearer(access, api)
            .json(&body)
            .send()
            .await?;
        read(&reply)
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
        let reply = self
            .http
            .put(&Self::url(api, &format!("partners/actions/{action_id}")))
            .bearer(access, api)
            .json(&serde_json::json!({
                "actionName": name,
                "url": url,
                "urlType": "Popup",
                "salt": salt,
            }))
            .send()
            .await?;
        done(&reply)
    }

    pub async fn delete_partner_action(
        &self,
        api: &str,
        access: &SecretString,
        action_id: &str,
    ) -> ClientResult<()> {
        let reply = self
            .http
            .delete(&Self::url(api, &format!("partners/actions/{action_id}")))
            .bearer(access, api)
            .send()
            .await?;
        done(&reply)
    }
}

/// A JSON answer, or JobAdder's error.
fn read<T: DeserializeOwned>(reply: &Reply) -> ClientResult<T> {
    if reply.status.is_success() {
        reply.json()
    } else {
        Err(api_error(reply))
    }
}

/// An answer with nothing to read, or JobAdder's error.
fn done(reply: &Reply) -> ClientResult<()> {
    if reply.status.is_success() {
        Ok(())
    } else {
        Err(api_error(reply))
    }
}

/// JobAdder's `ErrorModel {message, errors?}`, or the raw text.
fn api_error(reply: &Reply) -> ClientError {
    let (status, bytes) = (reply.status, &reply.body[..]);
    if status.as_u16() == 429 {
        return ClientError::RateLimited {
            retry_after: reply.retry_after(),
        };
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
    status_error(status, message, None)
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;
    use crate::http::Wait;
    use crate::http::tests::{answer, quick, rt, server};

    fn token() -> SecretString {
        SecretString::new("ja-SECRET")
    }

    #[test]
    fn a_rate_limit_is_waited_out_under_the_policy_and_the_wait_reported() {
        rt().block_on(async {
            let (base, seen) = server(vec![
                answer("429 Too Many Requests", "retry-after: 0\r\n", ""),
                answer("503 Service Unavailable", "", ""),
                answer("200 OK", "", r#"{"userId":7}"#),
            ])
            .await;
            let waits = Arc::new(Mutex::new(Vec::<Wait>::new()));
            let sink = waits.clone();
            let http = quick().with_on_wait(Arc::new(move |w: Wait| sink.lock().unwrap().push(w)));
            let me = Client::new(http)
                .current_user(&format!("{base}/v2"), &token())
                .await
                .unwrap();
            assert_eq!(me.user_id, 7);
            let seen = seen.lock().unwrap();
            assert_eq!(seen.len(), 3);
            assert!(seen[0].starts_with("GET /v2/users/current "), "{}", seen[0]);
            assert!(seen.iter().all(|r| r.contains("Bearer ja-SECRET")));
            let waits = waits.lock().unwrap();
            assert_eq!(waits.len(), 2);
            assert!(waits[0].rate_limited && !waits[1].rate_limited);
        });
    }

    #[test]
    fn a_note_is_not_posted_twice_after_an_outage() {
        rt().block_on(async {
            let (base, seen) = server(vec![
                answer("503 Service Unavailable", "", ""),
                answer("200 OK", "", r#"{"noteId":1}"#),
            ])
            .await;
            let err = Client::new(quick())
                .add_note(&format!("{base}/v2"), &token(), "candidates", 1, "hi")
                .await
                .unwrap_err();
            assert!(matches!(err, ClientError::Unavailable(_)), "{err}");
            assert_eq!(
                seen.lock().unwrap().len(),
                1,
                "JobAdder may have written it"
            );
        });
    }

    #[test]
    fn a_paging_link_off_the_api_never_gets_the_token() {
        rt().block_on(async {
            let (base, seen) = server(vec![answer("200 OK", "", r#"{"items":[]}"#)]).await;
            let api = format!("{base}/v2");
            for link in [
                format!("{base}/other/placements?Offset=2"),
                "http://127.0.0.2:9/v2/placements?Offset=2".to_string(),
            ] {
                let err = Client::new(Http::default())
                    .placements_page(&api, &token(), &link)
                    .await
                    .unwrap_err();
                assert!(matches!(err, ClientError::Invalid(_)), "{link}: {err}");
            }
            assert!(seen.lock().unwrap().is_empty());
        });
    }
}
