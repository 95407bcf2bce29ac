//! JobAdder's identity server: `/connect/authorize` (login and consent
//! pages; only administrators may grant) and `/connect/token`
//! (authorization code and rotating refresh tokens).

use serde_json::json;

use super::http::{Req, Resp, form_get};
use super::oauth::{self, Flow, client_credentials, oauth_error, split_scopes};
use super::world::{Pending, Provider, TokenKind, World};
use crate::error::Result;

pub const PREFIX: &str = "/jobadder/id";
const BRAND: &str = "JobAdder";
const CODE_TTL: i64 = 5 * 60;
pub const ACCESS_TTL: i64 = 60 * 60;
pub const REFRESH_IDLE: i64 = 14 * 86_400;

fn flow() -> Flow {
    Flow {
        provider: Provider::Jobadder,
        brand: BRAND,
        app_name: "atslink",
        login_action: format!("{PREFIX}/connect/authorize/login"),
        consent_action: format!("{PREFIX}/connect/authorize/consent"),
        admin_only: true,
        code_ttl: CODE_TTL,
    }
}

pub fn handle(w: &mut World, req: &Req, rest: &str, now: i64) -> Result<Resp> {
    match (req.method.as_str(), rest) {
        ("GET", "/connect/authorize") => authorize(w, req, now),
        ("POST", "/connect/authorize/login") => flow().login(w, req, now),
        ("POST", "/connect/authorize/consent") => flow().consent(w, req, now),
        ("POST", "/connect/token") => token(w, req, now),
        _ => Ok(oauth_error(404, "not_found", "no such endpoint")),
    }
}

fn authorize(w: &mut World, req: &Req, now: i64) -> Result<Resp> {
    let client_id = req.query("client_id").unwrap_or("");
    if client_id != w.jobadder.client_id {
        return Ok(oauth::refusal_page(
            BRAND,
            "Unknown client: the application is not registered.",
        ));
    }
    let redirect = req.query("redirect_uri").unwrap_or("");
    if !w.jobadder.redirect_uris.iter().any(|u| u == redirect) {
        return Ok(oauth::refusal_page(
            BRAND,
            "Invalid redirect_uri: it does not match a redirect URI registered for this application.",
        ));
    }
    let state = req.query("state").map(str::to_string);
    let scopes = split_scopes(req.query("scope"));
    let fail = |error: &str, description: &str| {
        oauth::redirect_error(redirect, state.as_deref(), error, description)
    };
    if req.query("response_type") != Some("code") {
        return Ok(fail(
            "unsupported_response_type",
            "response_type must be code",
        ));
    }
    if scopes.is_empty() {
        return Ok(fail("invalid_scope", "no scope requested"));
    }
    if scopes.len() == 1 && scopes[0] == "offline_access" {
        return Ok(fail(
            "invalid_scope",
            "offline_access must be combined with other scopes",
        ));
    }
    let flow = flow();
    let pending = Pending {
        redirect_uri: redirect.into(),
        state,
        ..flow.request(client_id.into(), scopes)
    };
    flow.start(w, pending, now)
}

fn token(w: &mut World, req: &Req, now: i64) -> Result<Resp> {
    let form = req.form();
    let (id, secret) = client_credentials(req, &form);
    if id.as_deref() != Some(w.jobadder.client_id.as_str())
        || secret.as_deref() != Some(w.jobadder.client_secret.as_str())
    {
        return Ok(oauth_error(
            401,
            "invalid_client",
            "unknown client or wrong client secret",
        ));
    }
    match form_get(&form, "grant_type") {
        Some("authorization_code") => exchange(w, req, &form, now),
        Some("refresh_token") => refresh(w, req, &form, now),
        Some(_) => Ok(oauth_error(
            400,
            "unsupported_grant_type",
            "grant_type must be authorization_code or refresh_token",
        )),
        None => Ok(oauth_error(
            400,
            "invalid_request",
            "grant_type is required",
        )),
    }
}

/// The authorising user's state: `Ok` if still active, else the error.
fn user_gone(w: &World, account: &str, user_id: &str) -> Option<Resp> {
    let user = w
        .jobadder
        .accounts
        .iter()
        .filter(|a| a.account.to_string() == account)
        .flat_map(|a| &a.users)
        .find(|u| u.user_id.to_string() == user_id);
    match user {
        None => Some(oauth_error(
            400,
            "invalid_request",
            "the user who granted access no longer exists",
        )),
        Some(u) if u.deleted => Some(oauth_error(
            400,
            "invalid_request",
            "the user who granted access has been deleted",
        )),
        Some(u) if u.inactive && !u.refresh_while_inactive => Some(oauth_error(
            400,
            "invalid_grant",
            "the user who granted access is deactivated",
        )),
        Some(_) => None,
    }
}

fn exchange(w: &mut World, req: &Req, form: &[(String, String)], now: i64) -> Result<Resp> {
    let Some(code) = form_get(form, "code") else {
        return Ok(oauth_error(400, "invalid_request", "code is required"));
    };
    let Some(redirect) = form_get(form, "redirect_uri") else {
        return Ok(oauth_error(
            400,
            "invalid_request",
            "redirect_uri is required",
        ));
    };
    let h = super::tokens::hash(code);
    let Some(c) = w
        .codes
        .iter_mut()
        .find(|c| c.hash == h && c.provider == Provider::Jobadder)
    else {
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "unknown authorization code",
        ));
    };
    if c.used {
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "the authorization code was already used",
        ));
    }
    // Any attempt spends the code: a code is good for one try.
    c.used = true;
    let c = c.clone();
    if c.expires_at <= now {
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "the authorization code has expired",
        ));
    }
    if c.redirect_uri != redirect {
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "redirect_uri does not match the authorization request",
        ));
    }
    if let Some(resp) = user_gone(w, &c.account, &c.user_id) {
        return Ok(resp);
    }
    let fam = oauth::new_family(
        w,
        Provider::Jobadder,
        "authorization_code",
        &c.client_id,
        (&c.account, &c.user_id),
        &c.scopes,
        now,
    );
    let offline = c.scopes.iter().any(|s| s == "offline_access");
    token_response(w, req, &fam, offline, now)
}

fn refresh(w: &mut World, req: &Req, form: &[(String, String)], now: i64) -> Result<Resp> {
    let Some(value) = form_get(form, "refresh_token") else {
        return Ok(oauth_error(
            400,
            "invalid_request",
            "refresh_token is required",
        ));
    };
    let Some(i) = oauth::token_index(w, value, TokenKind::Refresh) else {
        return Ok(oauth_error(400, "invalid_grant", "unknown refresh token"));
    };
    let t = w.tokens[i].clone();
    let Some(f) = w.families.iter().find(|f| f.id == t.family).cloned() else {
        return Ok(oauth_error(400, "invalid_grant", "unknown refresh token"));
    };
    if f.provider != Provider::Jobadder {
        return Ok(oauth_error(400, "invalid_grant", "unknown refresh token"));
    }
    let refusal = if t.superseded {
        if let Some(fm) = w.family_mut(&f.id) {
            fm.reuse_detected += 1;
        }
        Some(oauth_error(
            400,
            "invalid_grant",
            "the refresh token was already used",
        ))
    } else if t.revoked || f.revoked.is_some() {
        Some(oauth_error(
            400,
            "invalid_grant",
            "the refresh token has been revoked",
        ))
    } else if now - t.last_used_at >= REFRESH_IDLE {
        w.tokens[i].revoked = true;
        Some(oauth_error(
            400,
            "invalid_grant",
            "the refresh token has expired (unused for more than 14 days)",
        ))
    } else {
        user_gone(w, &f.account, &f.user_id)
    };
    if let Some(resp) = refusal {
        if let Some(fm) = w.family_mut(&f.id) {
            fm.failed_refreshes += 1;
        }
        return Ok(resp);
    }
    w.tokens[i].superseded = true;
    w.tokens[i].last_used_at = now;
    if let Some(fm) = w.family_mut(&f.id) {
        fm.refreshes += 1;
        fm.last_refresh_at = Some(now);
    }
    token_response(w, req, &f.id, true, now)
}

fn token_response(
    w: &mut World,
    req: &Req,
    family: &str,
    with_refresh: bool,
    now: i64,
) -> Result<Resp> {
    let access = oauth::issue(
        w,
        family,
        TokenKind::Access,
        "ja_at_",
        Some(ACCESS_TTL),
        now,
    )?;
    let refresh = if with_refresh {
        Some(oauth::issue(
            w,
            family,
            TokenKind::Refresh,
            "ja_rt_",
            None,
            now,
        )?)
    } else {
        None
    };
    let f = w
        .families
        .iter()
        .find(|f| f.id == family)
        .expect("family exists");
    let account = w
        .jobadder
        .accounts
        .iter()
        .find(|a| a.account.to_string() == f.account)
        .expect("the family's account exists");
    let mut body = json!({
        "access_token": access,
        "expires_in": ACCESS_TTL,
        "token_type": "Bearer",
        "api": format!("{}/jobadder/api/v2", req.origin),
        "account": account.account,
        "instance": account.instance,
    });
    if let Some(r) = refresh {
        body["refresh_token"] = json!(r);
    }
    Ok(Resp::json(200, &body))
}
