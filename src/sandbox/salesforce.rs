//! Salesforce's login server: authorize (login + consent, PKCE S256
//! required), token (authorization code, refresh with the app's rotation
//! and idle policy, device flow, JWT bearer), revoke, introspect, userinfo.

use base64::Engine;
use serde_json::{Value, json};

pub use super::salesforce_api::{INSTANCE_PREFIX, instance, instance_url, userinfo};

use super::http::{Req, Resp, form_get};
use super::jwt;
use super::oauth::{self, Flow, client_credentials, oauth_error, split_scopes};
use super::pages;
use super::tokens;
use super::world::{DeviceCode, Pending, Provider, TokenKind, World};
use crate::error::Result;

pub const LOGIN_PREFIX: &str = "/salesforce/login";
const BRAND: &str = "Salesforce";
const CODE_TTL: i64 = 15 * 60;
pub const ACCESS_TTL: i64 = 2 * 3600;
const DEVICE_TTL: i64 = 10 * 60;
const DEVICE_INTERVAL: i64 = 5;
const OAUTH: &str = "/services/oauth2";

fn flow() -> Flow {
    Flow {
        provider: Provider::Salesforce,
        brand: BRAND,
        app_name: "atslink (connected app)",
        login_action: format!("{LOGIN_PREFIX}{OAUTH}/authorize/login"),
        consent_action: format!("{LOGIN_PREFIX}{OAUTH}/authorize/consent"),
        admin_only: false,
        code_ttl: CODE_TTL,
    }
}

pub fn login(w: &mut World, req: &Req, rest: &str, now: i64) -> Result<Resp> {
    let Some(sub) = rest.strip_prefix(OAUTH) else {
        return match (req.method.as_str(), rest) {
            ("GET", "/setup/connect") => device_page(w, req, now),
            ("GET", p) if p.starts_with("/id/") => userinfo(w, req, now),
            _ => Ok(oauth_error(404, "not_found", "no such endpoint")),
        };
    };
    match (req.method.as_str(), sub) {
        ("GET", "/authorize") => authorize(w, req, now),
        ("POST", "/authorize/login") => flow().login(w, req, now),
        ("POST", "/authorize/consent") => flow().consent(w, req, now),
        ("POST", "/token") => token(w, req, now),
        ("POST", "/revoke") | ("GET", "/revoke") => revoke(w, req),
        ("POST", "/introspect") => introspect(w, req, now),
        ("GET", "/userinfo") | ("POST", "/userinfo") => userinfo(w, req, now),
        _ => Ok(oauth_error(404, "not_found", "no such endpoint")),
    }
}

fn authorize(w: &mut World, req: &Req, now: i64) -> Result<Resp> {
    let app = &w.salesforce.app;
    if req.query("client_id") != Some(app.client_id.as_str()) {
        return Ok(oauth::refusal_page(
            BRAND,
            "error=invalid_client_id: client identifier invalid",
        ));
    }
    let redirect = req.query("redirect_uri").unwrap_or("");
    if !app.redirect_uris.iter().any(|u| u == redirect) {
        return Ok(oauth::refusal_page(
            BRAND,
            "error=redirect_uri_mismatch: redirect_uri must match configuration",
        ));
    }
    let state = req.query("state").map(str::to_string);
    let fail = |error: &str, description: &str| {
        oauth::redirect_error(redirect, state.as_deref(), error, description)
    };
    if req.query("response_type") != Some("code") {
        return Ok(fail(
            "unsupported_response_type",
            "response_type must be code",
        ));
    }
    let challenge = req.query("code_challenge").filter(|c| !c.is_empty());
    if challenge.is_none() || req.query("code_challenge_method") != Some("S256") {
        return Ok(fail(
            "invalid_request",
            "PKCE is required: send code_challenge with code_challenge_method=S256",
        ));
    }
    let flow = flow();
    let scopes = default_scopes(split_scopes(req.query("scope")));
    let pending = Pending {
        redirect_uri: redirect.into(),
        state,
        code_challenge: challenge.map(str::to_string),
        ..flow.request(app.client_id.clone(), scopes)
    };
    flow.start(w, pending, now)
}

fn default_scopes(s: Vec<String>) -> Vec<String> {
    if s.is_empty() {
        vec!["api".into(), "refresh_token".into()]
    } else {
        s
    }
}

fn wants_refresh(scopes: &[String]) -> bool {
    scopes
        .iter()
        .any(|s| s == "refresh_token" || s == "offline_access")
}

/// The client id must be the app's; a secret, when sent, must be right
/// (PKCE clients may omit it).
fn check_client(
    w: &World,
    req: &Req,
    form: &[(String, String)],
    secret_required: bool,
) -> Option<Resp> {
    let (id, secret) = client_credentials(req, form);
    let app = &w.salesforce.app;
    let bad = id.as_deref() != Some(app.client_id.as_str())
        || secret.as_deref().is_some_and(|s| s != app.client_secret)
        || (secret_required && secret.is_none());
    bad.then(|| oauth_error(400, "invalid_client", "invalid client credentials"))
}

fn token(w: &mut World, req: &Req, now: i64) -> Result<Resp> {
    let form = req.form();
    if form_get(&form, "response_type") == Some("device_code") {
        return device_start(w, req, &form, now);
    }
    let grant = form_get(&form, "grant_type").unwrap_or("");
    if grant != "urn:ietf:params:oauth:grant-type:jwt-bearer"
        && let Some(r) = check_client(w, req, &form, false)
    {
        return Ok(r);
    }
    match grant {
        "authorization_code" => exchange(w, req, &form, now),
        "refresh_token" => refresh(w, req, &form, now),
        // Salesforce's own device-flow poll; RFC 8628's
        // `urn:ietf:params:oauth:grant-type:device_code` with `device_code`
        // is refused below, as Salesforce refuses it.
        "device" => device_poll(w, req, &form, now),
        "urn:ietf:params:oauth:grant-type:jwt-bearer" => jwt_bearer(w, req, &form, now),
        "" => Ok(oauth_error(
            400,
            "invalid_request",
            "grant_type is required",
        )),
        _ => Ok(oauth_error(
            400,
            "unsupported_grant_type",
            "grant type not supported",
        )),
    }
}

fn user_active(w: &World, user_id: &str) -> bool {
    w.salesforce
        .orgs
        .iter()
        .flat_map(|o| &o.users)
        .any(|u| u.id == user_id && u.active && !u.deleted)
}

fn exchange(w: &mut World, req: &Req, form: &[(String, String)], now: i64) -> Result<Resp> {
    let (Some(code), Some(redirect)) = (form_get(form, "code"), form_get(form, "redirect_uri"))
    else {
        return Ok(oauth_error(
            400,
            "invalid_request",
            "code and redirect_uri are required",
        ));
    };
    let h = tokens::hash(code);
    let Some(c) = w
        .codes
        .iter_mut()
        .find(|c| c.hash == h && c.provider == Provider::Salesforce)
    else {
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "invalid authorization code",
        ));
    };
    if c.used || c.expires_at <= now {
        c.used = true;
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "invalid authorization code",
        ));
    }
    c.used = true;
    let c = c.clone();
    if c.redirect_uri != redirect {
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "redirect_uri must match configuration",
        ));
    }
    let verifier = form_get(form, "code_verifier").unwrap_or("");
    let challenge = c.code_challenge.as_deref().unwrap_or("");
    if !tokens::pkce_s256_matches(verifier, challenge) {
        return Ok(oauth_error(400, "invalid_grant", "invalid code verifier"));
    }
    if !user_active(w, &c.user_id) {
        return Ok(oauth_error(400, "invalid_grant", "inactive user"));
    }
    let fam = oauth::new_family(
        w,
        Provider::Salesforce,
        "authorization_code",
        &c.client_id,
        (&c.account, &c.user_id),
        &c.scopes,
        now,
    );
    let refresh = wants_refresh(&c.scopes);
    token_response(w, req, &fam, refresh, now)
}

fn refresh(w: &mut World, req: &Req, form: &[(String, String)], now: i64) -> Result<Resp> {
    let Some(value) = form_get(form, "refresh_token") else {
        return Ok(oauth_error(
            400,
            "invalid_request",
            "refresh_token is required",
        ));
    };
    let expired = || oauth_error(400, "invalid_grant", "expired access/refresh token");
    let Some(i) = oauth::token_index(w, value, TokenKind::Refresh) else {
        return Ok(expired());
    };
    let t = w.tokens[i].clone();
    let Some(f) = w
        .families
        .iter()
        .find(|f| f.id == t.family && f.provider == Provider::Salesforce)
        .cloned()
    else {
        return Ok(expired());
    };
    let app = w.salesforce.app.clone();
    let refusal = if t.superseded && !t.revoked {
        // Reuse of a rotated token: the whole family goes.
        w.revoke_family(&f.id, "refresh token reuse detected");
        if let Some(fm) = w.family_mut(&f.id) {
            fm.reuse_detected += 1;
        }
        Some(expired())
    } else if t.revoked || t.superseded || f.revoked.is_some() {
        Some(expired())
    } else if app
        .idle_limit
        .is_some_and(|limit| now - t.last_used_at > limit)
    {
        w.revoke_family(&f.id, "refresh token idle limit reached");
        Some(expired())
    } else if !user_active(w, &f.user_id) {
        Some(oauth_error(400, "invalid_grant", "inactive user"))
    } else {
        None
    };
    if let Some(resp) = refusal {
        if let Some(fm) = w.family_mut(&f.id) {
            fm.failed_refreshes += 1;
        }
        return Ok(resp);
    }
    w.tokens[i].last_used_at = now;
    if app.rotation {
        w.tokens[i].superseded = true;
    }
    if let Some(fm) = w.family_mut(&f.id) {
        fm.refreshes += 1;
        fm.last_refresh_at = Some(now);
    }
    token_response(w, req, &f.id, app.rotation, now)
}

fn device_start(w: &mut World, req: &Req, form: &[(String, String)], now: i64) -> Result<Resp> {
    let app = &w.salesforce.app;
    if form_get(form, "client_id") != Some(app.client_id.as_str()) {
        return Ok(oauth_error(
            400,
            "invalid_client_id",
            "client identifier invalid",
        ));
    }
    if !app.device_flow {
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "the device flow is not enabled for this app",
        ));
    }
    let device = tokens::new_token("dev_")?;
    let user_code = tokens::user_code()?;
    w.devices.push(DeviceCode {
        device_hash: tokens::hash(&device),
        user_code: user_code.clone(),
        scopes: default_scopes(split_scopes(form_get(form, "scope"))),
        expires_at: now + DEVICE_TTL,
        status: "pending".into(),
        approved: None,
    });
    Ok(Resp::json(
        200,
        &json!({
            "device_code": device,
            "user_code": user_code,
            "verification_uri": format!("{}{LOGIN_PREFIX}/setup/connect", req.origin),
            "interval": DEVICE_INTERVAL,
            "expires_in": DEVICE_TTL,
        }),
    ))
}

fn device_page(w: &mut World, req: &Req, now: i64) -> Result<Resp> {
    let action = format!("{LOGIN_PREFIX}/setup/connect");
    let Some(code) = req
        .query("user_code")
        .map(|c| c.trim().to_uppercase())
        .filter(|c| !c.is_empty())
    else {
        return Ok(Resp::html(200, pages::device_entry(BRAND, &action, None)));
    };
    let Some(d) = w
        .devices
        .iter()
        .find(|d| d.user_code == code && d.status == "pending" && d.expires_at > now)
    else {
        return Ok(Resp::html(
            200,
            pages::device_entry(
                BRAND,
                &action,
                Some("That code is not valid or has expired."),
            ),
        ));
    };
    let flow = flow();
    let pending = Pending {
        device: Some(code),
        ..flow.request(w.salesforce.app.client_id.clone(), d.scopes.clone())
    };
    flow.start(w, pending, now)
}

fn device_poll(w: &mut World, req: &Req, form: &[(String, String)], now: i64) -> Result<Resp> {
    let Some(code) = form_get(form, "code") else {
        return Ok(oauth_error(400, "invalid_request", "code is required"));
    };
    let h = tokens::hash(code);
    let Some(d) = w.devices.iter_mut().find(|d| d.device_hash == h) else {
        return Ok(oauth_error(400, "invalid_grant", "invalid device code"));
    };
    if d.expires_at <= now {
        return Ok(oauth_error(
            400,
            "expired_token",
            "the device code has expired",
        ));
    }
    match d.status.as_str() {
        "pending" => {
            return Ok(oauth_error(
                400,
                "authorization_pending",
                "the user has not approved yet",
            ));
        }
        "denied" => return Ok(oauth_error(400, "access_denied", "the user denied access")),
        "used" => {
            return Ok(oauth_error(
                400,
                "invalid_grant",
                "the device code was already used",
            ));
        }
        _ => {}
    }
    d.status = "used".into();
    let (org, user) = d.approved.clone().unwrap_or_default();
    let scopes = d.scopes.clone();
    let client = w.salesforce.app.client_id.clone();
    let fam = oauth::new_family(
        w,
        Provider::Salesforce,
        "device",
        &client,
        (&org, &user),
        &scopes,
        now,
    );
    token_response(w, req, &fam, wants_refresh(&scopes), now)
}

fn jwt_bearer(w: &mut World, req: &Req, form: &[(String, String)], now: i64) -> Result<Resp> {
    let app = w.salesforce.app.clone();
    if !app.jwt_bearer {
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "the JWT bearer flow is not enabled for this app",
        ));
    }
    let Some(assertion) = form_get(form, "assertion") else {
        return Ok(oauth_error(400, "invalid_request", "assertion is required"));
    };
    let claims = match jwt::verify(assertion, jwt::PUBLIC_KEY_DER) {
        Ok(c) => c,
        Err(why) => return Ok(oauth_error(400, "invalid_grant", &why.to_string())),
    };
    if claims.iss != app.client_id {
        return Ok(oauth_error(
            400,
            "invalid_client_id",
            "client identifier invalid",
        ));
    }
    let audiences = [
        format!("{}{LOGIN_PREFIX}", req.origin),
        "https://login.salesforce.com".to_string(),
        "https://test.salesforce.com".to_string(),
    ];
    if !jwt::audience_ok(&claims.aud, &audiences) {
        return Ok(oauth_error(400, "invalid_grant", "audience is invalid"));
    }
    if claims.exp <= now {
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "expired authorization code",
        ));
    }
    let user = w.salesforce.orgs.iter().find_map(|o| {
        o.users
            .iter()
            .find(|u| u.username.eq_ignore_ascii_case(&claims.sub))
            .map(|u| (o.org_id.clone(), u.clone()))
    });
    let Some((org, user)) = user else {
        return Ok(oauth_error(
            400,
            "invalid_grant",
            "user hasn't approved this consumer",
        ));
    };
    if !user.active || user.deleted {
        return Ok(oauth_error(400, "invalid_grant", "inactive user"));
    }
    let scopes = vec!["api".to_string()];
    let fam = oauth::new_family(
        w,
        Provider::Salesforce,
        "jwt-bearer",
        &app.client_id,
        (&org, &user.id),
        &scopes,
        now,
    );
    token_response(w, req, &fam, false, now)
}

fn token_response(
    w: &mut World,
    req: &Req,
    family: &str,
    with_refresh: bool,
    now: i64,
) -> Result<Resp> {
    let f = w
        .families
        .iter()
        .find(|f| f.id == family)
        .cloned()
        .expect("family exists");
    let prefix = format!("{}!", f.account);
    let access = oauth::issue(w, family, TokenKind::Access, &prefix, Some(ACCESS_TTL), now)?;
    let id = format!(
        "{}{LOGIN_PREFIX}/id/{}/{}",
        req.origin, f.account, f.user_id
    );
    let issued_at = (now * 1000).to_string();
    let key = ring::hmac::Key::new(
        ring::hmac::HMAC_SHA256,
        w.salesforce.app.client_secret.as_bytes(),
    );
    let signature = base64::engine::general_purpose::STANDARD
        .encode(ring::hmac::sign(&key, format!("{id}{issued_at}").as_bytes()).as_ref());
    let mut body = json!({
        "access_token": access,
        "instance_url": w
            .salesforce
            .orgs
            .iter()
            .find(|o| o.org_id == f.account)
            .map_or_else(|| format!("{}{INSTANCE_PREFIX}", req.origin), |o| instance_url(&req.origin, o)),
        "id": id,
        "token_type": "Bearer",
        "issued_at": issued_at,
        "signature": signature,
        "scope": f.scopes.join(" "),
    });
    if with_refresh {
        body["refresh_token"] = Value::from(oauth::issue(
            w,
            family,
            TokenKind::Refresh,
            "5Aep",
            None,
            now,
        )?);
    }
    Ok(Resp::json(200, &body))
}

fn form_or_query(req: &Req, name: &str) -> Option<String> {
    let form = req.form();
    form_get(&form, name)
        .map(str::to_string)
        .or_else(|| req.query(name).map(str::to_string))
}

fn revoke(w: &mut World, req: &Req) -> Result<Resp> {
    let Some(value) = form_or_query(req, "token") else {
        return Ok(oauth_error(400, "invalid_token", "token is required"));
    };
    if let Some(i) = oauth::token_index(w, &value, TokenKind::Refresh) {
        let fam = w.tokens[i].family.clone();
        w.revoke_family(&fam, "revoked");
        return Ok(Resp::empty(200));
    }
    if let Some(i) = oauth::token_index(w, &value, TokenKind::Access) {
        w.tokens[i].revoked = true;
        return Ok(Resp::empty(200));
    }
    Ok(oauth_error(400, "invalid_token", "invalid token"))
}

fn introspect(w: &mut World, req: &Req, now: i64) -> Result<Resp> {
    let form = req.form();
    if let Some(r) = check_client(w, req, &form, true) {
        return Ok(Resp { status: 401, ..r });
    }
    let Some(value) = form_get(&form, "token") else {
        return Ok(oauth_error(400, "invalid_request", "token is required"));
    };
    let found = [TokenKind::Access, TokenKind::Refresh]
        .into_iter()
        .find_map(|k| oauth::token_index(w, value, k).map(|i| (k, i)));
    let Some((kind, i)) = found else {
        return Ok(Resp::json(200, &json!({"active": false})));
    };
    let t = &w.tokens[i];
    let Some(f) = w
        .families
        .iter()
        .find(|f| f.id == t.family && f.provider == Provider::Salesforce)
    else {
        return Ok(Resp::json(200, &json!({"active": false})));
    };
    let idle = w.salesforce.app.idle_limit;
    let active = !t.revoked
        && !t.superseded
        && f.revoked.is_none()
        && t.expires_at.is_none_or(|e| e > now)
        && (kind == TokenKind::Access || idle.is_none_or(|l| now - t.last_used_at <= l))
        && user_active(w, &f.user_id);
    if !active {
        return Ok(Resp::json(200, &json!({"active": false})));
    }
    let mut body = json!({
        "active": true,
        "scope": f.scopes.join(" "),
        "client_id": f.client_id,
        "username": f.user,
        "sub": format!("{}{LOGIN_PREFIX}/id/{}/{}", req.origin, f.account, f.user_id),
        "token_type": if kind == TokenKind::Access { "access_token" } else { "refresh_token" },
        "iat": t.issued_at,
        "nbf": t.issued_at,
    });
    if let Some(e) = t.expires_at {
        body["exp"] = json!(e);
    } else if let Some(l) = idle {
        body["exp"] = json!(t.last_used_at + l);
    }
    Ok(Resp::json(200, &body))
}
