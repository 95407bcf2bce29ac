//! JobAdder's REST API v2 (the part atslink uses): users, candidates,
//! placements, notes and partner actions, with `{items,totalCount,links}`
//! paging, `ErrorModel` errors, 401 on a dead access token and 429 past the
//! account's rate. The resources live in their own modules; this one
//! authenticates, meters and routes.

mod actions;
mod paging;
mod records;
mod users;

use serde_json::{Value, json};

use actions::{partner_actions_route, read_actions};
use records::{add_note, read_candidates, read_placements};
use users::users_route;

use super::http::{Req, Resp};
use super::oauth;
use super::server::over_rate;
use super::store::Meter;
use super::world::{Family, Provider, World};
use crate::error::Result;

pub const PREFIX: &str = "/jobadder/api/v2";
pub const GRANT_API_ACCESS: &str = "Grant API access to Integration partners";

fn error(status: u16, message: &str) -> Resp {
    Resp::json(status, &json!({"message": message}))
}

fn invalid(message: &str, code: &str, field: &str) -> Resp {
    Resp::json(
        422,
        &json!({"message": "The request is invalid", "errors": [{"code": code, "message": message, "fields": [field]}]}),
    )
}

/// The bearer token's grant, counted against the account's rate; else
/// the 401 or 429 to answer.
fn authorise(
    w: &World,
    meter: &Meter,
    req: &Req,
    now: i64,
) -> Result<std::result::Result<(Family, usize), Resp>> {
    let Some(family) = req
        .bearer()
        .and_then(|t| oauth::live_access(w, t, Provider::Jobadder, now))
    else {
        return Ok(Err(error(
            401,
            "Unauthorized: the access token is missing, expired or invalid",
        )
        .with_header(
            "www-authenticate",
            "Bearer error=\"invalid_token\"".into(),
        )));
    };
    if let Some(retry) = over_rate(w, meter, Provider::Jobadder, &family.account, now)? {
        return Ok(Err(error(
            429,
            "Too many requests for this account; retry later",
        )
        .with_header("retry-after", retry.to_string())));
    }
    match w
        .jobadder
        .accounts
        .iter()
        .position(|a| a.account.to_string() == family.account)
    {
        Some(ai) => Ok(Ok((family, ai))),
        None => Ok(Err(error(
            401,
            "Unauthorized: the account no longer exists",
        ))),
    }
}

/// The API's reads (every GET but webhooks'), answered from a snapshot of
/// the world; `None` for any other request.
pub fn read(w: &World, meter: &Meter, req: &Req, rest: &str, now: i64) -> Option<Result<Resp>> {
    let segs: Vec<&str> = rest.trim_matches('/').split('/').collect();
    let reads = matches!(
        segs.as_slice(),
        ["users", ..] | ["candidates", ..] | ["placements", ..] | ["partners", "actions", ..]
    );
    if req.method != "GET" || !reads {
        return None;
    }
    let (family, ai) = match authorise(w, meter, req, now) {
        Ok(Ok(x)) => x,
        Ok(Err(refused)) => return Some(Ok(refused)),
        Err(e) => return Some(Err(e)),
    };
    let a = &w.jobadder.accounts[ai];
    Some(Ok(match segs.as_slice() {
        ["users", rest @ ..] => users_route(a, req, "GET", rest, &family),
        ["candidates", rest @ ..] => read_candidates(a, req, rest, &family),
        ["placements", rest @ ..] => read_placements(a, req, rest, &family),
        ["partners", "actions", rest @ ..] => read_actions(a, req, rest, &family),
        _ => no_such_resource(),
    }))
}

/// One API request that may change the world: authenticate the bearer
/// token, apply the account's rate, find the account, then route by
/// resource.
pub fn handle(w: &mut World, meter: &Meter, req: &Req, rest: &str, now: i64) -> Result<Resp> {
    if let Some(resp) = read(w, meter, req, rest, now) {
        return resp;
    }
    let (family, ai) = match authorise(w, meter, req, now)? {
        Ok(x) => x,
        Err(refused) => return Ok(refused),
    };
    let segs: Vec<&str> = rest.trim_matches('/').split('/').collect();
    let m = req.method.as_str();
    match segs.as_slice() {
        ["candidates", id, "notes"] if m == "POST" => {
            match need(&family, &["write", "write_candidate_note"]) {
                Some(r) => Ok(r),
                None => add_note(w, ai, "candidate", id, req, &family, now),
            }
        }
        ["placements", id, "notes"] if m == "POST" => {
            match need(&family, &["write", "write_placement_note"]) {
                Some(r) => Ok(r),
                None => add_note(w, ai, "placement", id, req, &family, now),
            }
        }
        ["partners", "actions", rest @ ..] => {
            partner_actions_route(w, ai, req, m, rest, &family, now)
        }
        ["webhooks"] => Ok(need(&family, &["offline_access"])
            .unwrap_or_else(|| super::webhooks::handle(w, ai, m, None, req))),
        ["webhooks", id] => Ok(need(&family, &["offline_access"])
            .unwrap_or_else(|| super::webhooks::handle(w, ai, m, Some(id), req))),
        _ => Ok(no_such_resource()),
    }
}

fn no_such_resource() -> Resp {
    error(404, "No such resource")
}

/// `None` when the grant holds one of `any`, else a 403.
fn need(f: &Family, any: &[&str]) -> Option<Resp> {
    if f.scopes.iter().any(|s| any.contains(&s.as_str())) {
        None
    } else {
        Some(error(
            403,
            &format!("Forbidden: this needs one of the scopes {}", any.join(", ")),
        ))
    }
}

fn str_field<'a>(v: &'a Value, name: &str) -> &'a str {
    v.get(name).and_then(Value::as_str).unwrap_or("")
}

fn id_of(v: &Value, name: &str) -> String {
    match v.get(name) {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    }
}

fn find<'v>(items: impl IntoIterator<Item = &'v Value>, key: &str, id: &str, what: &str) -> Resp {
    match items.into_iter().find(|x| id_of(x, key) == id) {
        Some(v) => Resp::json(200, v),
        None => error(404, &format!("{what} not found")),
    }
}
