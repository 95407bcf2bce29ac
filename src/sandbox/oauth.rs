//! What JobAdder's and Salesforce's identity servers have in common here:
//! token families, issuing and looking up tokens, and the login → consent
//! pages between an authorize request and its redirect.

use super::http::{Req, Resp, form_get, with_params};
use super::pages;
use super::tokens;
use super::world::{AuthCode, Family, Pending, Provider, Token, TokenKind, World};
use crate::error::Result;

/// How long a login/consent page stays usable.
const PENDING_TTL: i64 = 30 * 60;

pub fn new_family(
    w: &mut World,
    provider: Provider,
    grant: &str,
    client_id: &str,
    (account, user_id): (&str, &str),
    scopes: &[String],
    now: i64,
) -> String {
    let id = format!("fam-{}", w.next_id());
    let user = user_label(w, provider, account, user_id);
    w.families.push(Family {
        id: id.clone(),
        provider,
        grant: grant.into(),
        client_id: client_id.into(),
        account: account.into(),
        user_id: user_id.into(),
        user,
        scopes: scopes.to_vec(),
        created_at: now,
        refreshes: 0,
        failed_refreshes: 0,
        reuse_detected: 0,
        last_refresh_at: None,
        revoked: None,
    });
    id
}

fn user_label(w: &World, provider: Provider, account: &str, user_id: &str) -> String {
    match provider {
        Provider::Jobadder => w
            .jobadder
            .accounts
            .iter()
            .filter(|a| a.account.to_string() == account)
            .flat_map(|a| &a.users)
            .find(|u| u.user_id.to_string() == user_id)
            .map(|u| u.email.clone()),
        _ => w
            .salesforce
            .orgs
            .iter()
            .flat_map(|o| &o.users)
            .find(|u| u.id == user_id)
            .map(|u| u.username.clone()),
    }
    .unwrap_or_else(|| user_id.to_string())
}

/// Issues a token in `family`, returning its value (stored only as a hash).
pub fn issue(
    w: &mut World,
    family: &str,
    kind: TokenKind,
    prefix: &str,
    ttl: Option<i64>,
    now: i64,
) -> Result<String> {
    let value = tokens::new_token(prefix)?;
    w.tokens.push(Token {
        hash: tokens::hash(&value),
        kind,
        family: family.into(),
        issued_at: now,
        expires_at: ttl.map(|t| now + t),
        last_used_at: now,
        superseded: false,
        revoked: false,
    });
    Ok(value)
}

pub fn token_index(w: &World, value: &str, kind: TokenKind) -> Option<usize> {
    let h = tokens::hash(value);
    w.tokens.iter().position(|t| t.hash == h && t.kind == kind)
}

/// The family of a live access token of `provider`, or `None` (→ 401).
pub fn live_access(w: &World, value: &str, provider: Provider, now: i64) -> Option<Family> {
    let t = &w.tokens[token_index(w, value, TokenKind::Access)?];
    if t.revoked || t.expires_at.is_some_and(|e| e <= now) {
        return None;
    }
    let f = w.families.iter().find(|f| f.id == t.family)?;
    (f.provider == provider && f.revoked.is_none()).then(|| f.clone())
}

/// Issues a single-use authorization code.
pub fn issue_code(w: &mut World, p: &Pending, ttl: i64, now: i64) -> Result<String> {
    let (account, user_id) = p.login.clone().unwrap_or_default();
    let value = tokens::new_token("")?;
    w.codes.push(AuthCode {
        hash: tokens::hash(&value),
        provider: p.provider,
        client_id: p.client_id.clone(),
        redirect_uri: p.redirect_uri.clone(),
        account,
        user_id,
        scopes: p.scopes.clone(),
        code_challenge: p.code_challenge.clone(),
        expires_at: now + ttl,
        used: false,
    });
    Ok(value)
}

/// The authorize endpoint sending the browser back to the client with an
/// OAuth error (and the client's `state`, if it sent one).
pub fn redirect_error(redirect: &str, state: Option<&str>, error: &str, description: &str) -> Resp {
    let mut params = vec![("error", error), ("error_description", description)];
    if let Some(s) = state {
        params.push(("state", s));
    }
    Resp::redirect(with_params(redirect, &params))
}

/// The authorize endpoint refusing a request it cannot send back (unknown
/// client, unregistered redirect URI): an error page of the provider's.
pub fn refusal_page(brand: &str, message: &str) -> Resp {
    Resp::html(400, pages::error(brand, message))
}

/// The pages of one provider's authorize flow.
pub struct Flow {
    pub provider: Provider,
    pub brand: &'static str,
    pub app_name: &'static str,
    pub login_action: String,
    pub consent_action: String,
    /// JobAdder: only administrators (or users with "Grant API access to
    /// Integration partners") may grant API access.
    pub admin_only: bool,
    pub code_ttl: i64,
}

/// A person signing in: (account or org, user id, label, may grant API
/// access).
pub type Login = (String, String, String, bool);

pub fn authenticate(
    w: &World,
    provider: Provider,
    username: &str,
    password: &str,
) -> Option<Login> {
    match provider {
        Provider::Jobadder => w.jobadder.accounts.iter().find_map(|a| {
            a.users
                .iter()
                .find(|u| {
                    u.email.eq_ignore_ascii_case(username)
                        && u.password == password
                        && !u.inactive
                        && !u.deleted
                })
                .map(|u| {
                    (
                        a.account.to_string(),
                        u.user_id.to_string(),
                        u.email.clone(),
                        u.admin || u.grant_api_access,
                    )
                })
        }),
        _ => w.salesforce.orgs.iter().find_map(|o| {
            o.users
                .iter()
                .find(|u| {
                    u.username.eq_ignore_ascii_case(username)
                        && u.password == password
                        && u.active
                        && !u.deleted
                })
                .map(|u| (o.org_id.clone(), u.id.clone(), u.username.clone(), true))
        }),
    }
}

fn account_label(w: &World, provider: Provider, account: &str) -> String {
    match provider {
        Provider::Jobadder => w
            .jobadder
            .accounts
            .iter()
            .find(|a| a.account.to_string() == account)
            .map(|a| format!("{} ({})", a.name, a.account)),
        _ => w
            .salesforce
            .orgs
            .iter()
            .find(|o| o.org_id == account)
            .map(|o| format!("{} ({})", o.name, o.org_id)),
    }
    .unwrap_or_else(|| account.to_string())
}

impl Flow {
    /// A sign-in request of this flow's provider for `client_id` and
    /// `scopes`, before anything else about it is known (`start` gives it
    /// its id and lifetime).
    pub fn request(&self, client_id: String, scopes: Vec<String>) -> Pending {
        Pending {
            id: String::new(),
            provider: self.provider,
            client_id,
            redirect_uri: String::new(),
            state: None,
            scopes,
            code_challenge: None,
            device: None,
            login: None,
            expires_at: 0,
        }
    }

    /// Records a validated authorize request and shows the login page.
    pub fn start(&self, w: &mut World, mut p: Pending, now: i64) -> Result<Resp> {
        p.id = tokens::new_token("req_")?;
        p.expires_at = now + PENDING_TTL;
        let page = pages::login(self.brand, &self.login_action, &p.id, None);
        w.pending.push(p);
        Ok(Resp::html(200, page))
    }

    fn pending(&self, w: &World, req: &Req, now: i64) -> Option<usize> {
        let form = req.form();
        let id = form_get(&form, "request")?;
        w.pending
            .iter()
            .position(|p| p.id == id && p.provider == self.provider && p.expires_at > now)
    }

    fn expired(&self) -> Resp {
        Resp::html(
            400,
            pages::error(
                self.brand,
                "This sign-in request has expired or was already used. Start again from the application.",
            ),
        )
    }

    pub fn login(&self, w: &mut World, req: &Req, now: i64) -> Result<Resp> {
        let Some(i) = self.pending(w, req, now) else {
            return Ok(self.expired());
        };
        let form = req.form();
        let user = form_get(&form, "username").unwrap_or("");
        let pw = form_get(&form, "password").unwrap_or("");
        let Some((account, user_id, label, may_grant)) = authenticate(w, self.provider, user, pw)
        else {
            let id = w.pending[i].id.clone();
            return Ok(Resp::html(
                200,
                pages::login(
                    self.brand,
                    &self.login_action,
                    &id,
                    Some("The email or password is incorrect, or the user is not active."),
                ),
            ));
        };
        if self.admin_only && !may_grant {
            let p = w.pending.remove(i);
            // Unlike a person clicking Deny, the refusal says why, so the
            // application can tell the two apart.
            let back = return_with_error(&p, Some(NOT_PERMITTED));
            return Ok(Resp::html(403, pages::refusal(self.brand, &label, &back)));
        }
        w.pending[i].login = Some((account.clone(), user_id));
        let p = &w.pending[i];
        let page = pages::consent(
            self.brand,
            &self.consent_action,
            &p.id,
            self.app_name,
            &account_label(w, self.provider, &account),
            &label,
            &p.scopes,
        );
        Ok(Resp::html(200, page))
    }

    pub fn consent(&self, w: &mut World, req: &Req, now: i64) -> Result<Resp> {
        let Some(i) = self.pending(w, req, now) else {
            return Ok(self.expired());
        };
        if w.pending[i].login.is_none() {
            return Ok(self.expired());
        }
        let form = req.form();
        let allow = form_get(&form, "decision") == Some("allow");
        let p = w.pending.remove(i);
        if let Some(user_code) = &p.device {
            let Some(d) = w.devices.iter_mut().find(|d| &d.user_code == user_code) else {
                return Ok(self.expired());
            };
            if allow {
                d.status = "approved".into();
                d.approved = p.login.clone();
                return Ok(Resp::html(
                    200,
                    pages::done(
                        self.brand,
                        "Device connected. You can close this window and return to the application.",
                    ),
                ));
            }
            d.status = "denied".into();
            return Ok(Resp::html(
                200,
                pages::done(self.brand, "Access denied. You can close this window."),
            ));
        }
        if !allow {
            return Ok(Resp::redirect(return_with_error(&p, None)));
        }
        let code = issue_code(w, &p, self.code_ttl, now)?;
        let mut params = vec![("code", code.as_str())];
        if let Some(s) = &p.state {
            params.push(("state", s));
        }
        Ok(Resp::redirect(with_params(&p.redirect_uri, &params)))
    }
}

/// The `error_description` of a consent refused because the user may not
/// grant API access (JobAdder: not an administrator and without the
/// permission).
pub const NOT_PERMITTED: &str = "The user is not permitted to grant API access to integration partners: only administrators or users with the Grant API access to Integration partners permission can";

fn return_with_error(p: &Pending, description: Option<&str>) -> String {
    let mut params = vec![("error", "access_denied")];
    if let Some(d) = description {
        params.push(("error_description", d));
    }
    if let Some(s) = &p.state {
        params.push(("state", s));
    }
    with_params(&p.redirect_uri, &params)
}

/// OAuth's error body.
pub fn oauth_error(status: u16, error: &str, description: &str) -> Resp {
    Resp::json(
        status,
        &serde_json::json!({"error": error, "error_description": description}),
    )
}

/// Client credentials from the form or HTTP Basic.
pub fn client_credentials(
    req: &Req,
    form: &[(String, String)],
) -> (Option<String>, Option<String>) {
    if let Some((id, secret)) = req.basic() {
        return (Some(id), Some(secret));
    }
    (
        form_get(form, "client_id").map(str::to_string),
        form_get(form, "client_secret").map(str::to_string),
    )
}

pub fn split_scopes(s: Option<&str>) -> Vec<String> {
    s.unwrap_or("")
        .split_whitespace()
        .map(str::to_string)
        .collect()
}
