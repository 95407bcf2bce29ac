//! JobAdder's REST API v2 (the part atslink uses): users, candidates,
//! placements, notes and partner actions, with `{items,totalCount,links}`
//! paging, `ErrorModel` errors, 401 on a dead access token and 429 past the
//! account's rate.

use serde_json::{Value, json};

use super::http::{Req, Resp};
use super::oauth;
use super::server::over_rate;
use super::store::Meter;
use super::world::{Family, JaAccount, JaUser, Provider, World};
use crate::error::Result;

pub const PREFIX: &str = "/jobadder/api/v2";
pub const GRANT_API_ACCESS: &str = "Grant API access to Integration partners";
const PARTNER_ACTION_TYPES: [&str; 7] = [
    "Job",
    "JobAd",
    "Candidate",
    "JobApplication",
    "Placement",
    "Company",
    "Contact",
];

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

/// `/users`, `/users/current`, `/users/{id}`.
fn users_route(a: &JaAccount, req: &Req, m: &str, rest: &[&str], family: &Family) -> Resp {
    let read = || need(family, &["read", "read_user"]);
    match (m, rest) {
        ("GET", ["current"]) => read().unwrap_or_else(|| user_by_id(a, &family.user_id)),
        ("GET", []) => read().unwrap_or_else(|| users(a, req)),
        ("GET", [id]) => read().unwrap_or_else(|| user_by_id(a, id)),
        _ => no_such_resource(),
    }
}

fn user_by_id(a: &JaAccount, id: &str) -> Resp {
    match a.users.iter().find(|u| u.user_id.to_string() == id) {
        Some(u) => Resp::json(200, &user_json(a, u)),
        None => error(404, "User not found"),
    }
}

/// GET `/candidates`, `/candidates/{id}`, its attachments and its notes.
fn read_candidates(a: &JaAccount, req: &Req, rest: &[&str], family: &Family) -> Resp {
    if !matches!(rest, [] | [_] | [_, "attachments" | "notes"]) {
        return no_such_resource();
    }
    if let Some(refused) = need(family, &["read", "read_candidate"]) {
        return refused;
    }
    match rest {
        [] => candidates(a, req),
        [id] => find(&a.candidates, "candidateId", id, "Candidate"),
        [id, "attachments"] => attachments(a, id, req),
        [id, "notes"] => notes(a, "candidate", id, req),
        _ => no_such_resource(),
    }
}

fn attachments(a: &JaAccount, id: &str, req: &Req) -> Resp {
    if !a.candidates.iter().any(|c| id_of(c, "candidateId") == id) {
        return error(404, "Candidate not found");
    }
    let items = a
        .attachments
        .iter()
        .filter(|x| id_of(x, "candidateId") == id)
        .cloned()
        .collect();
    page(items, req)
}

/// GET `/placements`, `/placements/{id}` and its notes.
fn read_placements(a: &JaAccount, req: &Req, rest: &[&str], family: &Family) -> Resp {
    if !matches!(rest, [] | [_] | [_, "notes"]) {
        return no_such_resource();
    }
    if let Some(refused) = need(family, &["read", "read_placement"]) {
        return refused;
    }
    match rest {
        [] => placements(a, req),
        [id] => find(&a.placements, "placementId", id, "Placement"),
        [id, "notes"] => notes(a, "placement", id, req),
        _ => no_such_resource(),
    }
}

/// GET `/partners/actions` (by type) and `/partners/actions/{id}`.
fn read_actions(a: &JaAccount, req: &Req, rest: &[&str], family: &Family) -> Resp {
    if rest.len() > 1 {
        return no_such_resource();
    }
    if let Some(refused) = need(family, &["partner_ui_action"]) {
        return refused;
    }
    match rest {
        [] => list_actions(a, req, None),
        [key] => match action_type(key) {
            Some(t) => list_actions(a, req, Some(t)),
            None => {
                let shown: Vec<Value> = a.partner_actions.iter().map(without_salt).collect();
                find(&shown, "actionId", key, "Partner action")
            }
        },
        _ => no_such_resource(),
    }
}

/// `/partners/actions` (the reads are [`read_actions`]): created per type,
/// updated and deleted by id; all under the `partner_ui_action` scope.
fn partner_actions_route(
    w: &mut World,
    ai: usize,
    req: &Req,
    m: &str,
    rest: &[&str],
    family: &Family,
    now: i64,
) -> Result<Resp> {
    let allowed = || need(family, &["partner_ui_action"]);
    let resp = match (m, rest) {
        ("POST", [kind]) => match allowed() {
            Some(r) => r,
            None => create_action(w, ai, kind, req, family, now)?,
        },
        ("PUT", [id]) => match allowed() {
            Some(r) => r,
            None => update_action(&mut w.jobadder.accounts[ai], id, req),
        },
        ("DELETE", [id]) => match allowed() {
            Some(r) => r,
            None => delete_action(&mut w.jobadder.accounts[ai], id),
        },
        _ => no_such_resource(),
    };
    Ok(resp)
}

fn delete_action(a: &mut JaAccount, id: &str) -> Resp {
    let before = a.partner_actions.len();
    a.partner_actions.retain(|x| id_of(x, "actionId") != id);
    if a.partner_actions.len() < before {
        Resp::empty(204)
    } else {
        error(404, "Partner action not found")
    }
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

fn find(items: &[Value], key: &str, id: &str, what: &str) -> Resp {
    match items.iter().find(|x| id_of(x, key) == id) {
        Some(v) => Resp::json(200, v),
        None => error(404, &format!("{what} not found")),
    }
}

fn user_json(a: &JaAccount, u: &JaUser) -> Value {
    json!({
        "userId": u.user_id,
        "firstName": u.first_name,
        "lastName": u.last_name,
        "position": u.position,
        "email": u.email,
        "inactive": u.inactive,
        "deleted": u.deleted,
        "admin": u.admin,
        // JobAdder names user rights; the one integrations care about is
        // the right to authorise them without being an administrator.
        "permissions": if u.grant_api_access { vec![GRANT_API_ACCESS] } else { Vec::new() },
        "accountName": a.name,
        "timeZone": "Australia/Sydney",
        "culture": "en-AU",
    })
}

fn users(a: &JaAccount, req: &Req) -> Resp {
    let include: Vec<String> = req
        .query
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("Include"))
        .flat_map(|(_, v)| {
            v.split(',')
                .map(|s| s.trim().to_lowercase())
                .collect::<Vec<_>>()
        })
        .collect();
    let inactive = include.iter().any(|s| s == "inactive");
    let deleted = include.iter().any(|s| s == "deleted");
    let items = a
        .users
        .iter()
        .filter(|u| (!u.inactive || inactive) && (!u.deleted || deleted))
        .map(|u| user_json(a, u))
        .collect();
    page(items, req)
}

/// `CreatedAt`/`ApprovedAt` filters: an optional comparison (`>`, `>=`,
/// `<`, `<=`, `=`; default `>=`) then a date or RFC 3339 time, compared as
/// ISO text on the same prefix length.
fn date_filter(value: &str, field: Option<&str>) -> bool {
    let (op, rhs) = ["<=", ">=", "<", ">", "="]
        .iter()
        .find_map(|op| value.strip_prefix(op).map(|r| (*op, r.trim())))
        .unwrap_or((">=", value.trim()));
    let Some(field) = field else { return false };
    let lhs = &field[..rhs.len().min(field.len())];
    match op {
        "<=" => lhs <= rhs,
        ">=" => lhs >= rhs,
        "<" => lhs < rhs,
        ">" => lhs > rhs,
        _ => lhs == rhs,
    }
}

/// `FindCandidates`: `CandidateId` (repeatable), `Email` (the whole
/// address, any case, also matching `otherEmail`), `Name` (every word of it
/// found in the candidate's "first last" name, any case). Filters combine
/// with AND; results in candidate id order.
fn candidates(a: &JaAccount, req: &Req) -> Resp {
    let ids = ids_filter(req, "CandidateId");
    let email = req.query_ci("Email").map(|e| e.trim().to_lowercase());
    let words: Vec<String> = req
        .query_ci("Name")
        .map(|n| n.split_whitespace().map(str::to_lowercase).collect())
        .unwrap_or_default();
    let items = a
        .candidates
        .iter()
        .filter(|c| {
            ids.as_ref()
                .is_none_or(|ids| ids.contains(&id_of(c, "candidateId")))
        })
        .filter(|c| {
            email.as_deref().is_none_or(|e| {
                let others = c.get("otherEmail").and_then(Value::as_array);
                str_field(c, "email").to_lowercase() == e
                    || others.is_some_and(|o| {
                        o.iter()
                            .any(|x| x.as_str().is_some_and(|x| x.to_lowercase() == e))
                    })
            })
        })
        .filter(|c| {
            let full = format!("{} {}", str_field(c, "firstName"), str_field(c, "lastName"))
                .to_lowercase();
            words.iter().all(|w| full.contains(w.as_str()))
        })
        .cloned()
        .collect();
    page(items, req)
}

/// A repeatable id filter (`CandidateId=1&CandidateId=2`, or comma
/// separated); `None` when absent.
fn ids_filter(req: &Req, name: &str) -> Option<Vec<String>> {
    let ids: Vec<String> = req
        .query
        .iter()
        .filter(|(k, _)| {
            k.eq_ignore_ascii_case(name) || k.eq_ignore_ascii_case(&format!("{name}[]"))
        })
        .flat_map(|(_, v)| {
            v.split(',')
                .map(|s| s.trim().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    (!ids.is_empty()).then_some(ids)
}

fn placements(a: &JaAccount, req: &Req) -> Resp {
    let candidate_ids = ids_filter(req, "CandidateId");
    let created = req.query_ci("CreatedAt");
    let approved = req.query_ci("ApprovedAt");
    let export = req.query_ci("Export").map(str::to_lowercase);
    let items = a
        .placements
        .iter()
        .filter(|p| {
            candidate_ids.as_ref().is_none_or(|ids| {
                ids.contains(
                    &p.get("candidate")
                        .map(|c| id_of(c, "candidateId"))
                        .unwrap_or_default(),
                )
            })
        })
        .filter(|p| {
            created.is_none_or(|c| date_filter(c, p.get("createdAt").and_then(Value::as_str)))
        })
        .filter(|p| {
            approved.is_none_or(|c| date_filter(c, p.get("approvedAt").and_then(Value::as_str)))
        })
        .filter(|p| {
            export.as_deref().is_none_or(|e| {
                p.get("export")
                    .and_then(|x| x.get(e))
                    .and_then(Value::as_bool)
                    == Some(true)
            })
        })
        .cloned()
        .collect();
    page(items, req)
}

/// A record's notes, newest first (as JobAdder lists them), paged; 404
/// when the record does not exist.
fn notes(a: &JaAccount, kind: &str, id: &str, req: &Req) -> Resp {
    let key = format!("{kind}Id");
    let list = if kind == "candidate" {
        &a.candidates
    } else {
        &a.placements
    };
    if !list.iter().any(|x| id_of(x, &key) == id) {
        return error(
            404,
            if kind == "candidate" {
                "Candidate not found"
            } else {
                "Placement not found"
            },
        );
    }
    let items = a
        .notes
        .iter()
        .rev()
        .filter(|n| id_of(n, &key) == id)
        .cloned()
        .collect();
    page(items, req)
}

fn add_note(
    w: &mut World,
    ai: usize,
    kind: &str,
    id: &str,
    req: &Req,
    f: &Family,
    now: i64,
) -> Result<Resp> {
    let key = format!("{kind}Id");
    let exists = {
        let a = &w.jobadder.accounts[ai];
        let list = if kind == "candidate" {
            &a.candidates
        } else {
            &a.placements
        };
        list.iter().any(|x| id_of(x, &key) == id)
    };
    if !exists {
        return Ok(error(
            404,
            &format!(
                "{} not found",
                if kind == "candidate" {
                    "Candidate"
                } else {
                    "Placement"
                }
            ),
        ));
    }
    let Some(body) = req.json_body() else {
        return Ok(error(400, "The body must be JSON"));
    };
    let text = body.get("text").and_then(Value::as_str).unwrap_or("");
    if text.trim().is_empty() {
        return Ok(invalid("text is required", "MissingField", "text"));
    }
    let note_id = w.next_id();
    let note = json!({
        "noteId": note_id,
        "type": body.get("type").and_then(Value::as_str).unwrap_or("General"),
        "text": text,
        key: id.parse::<u64>().map(Value::from).unwrap_or(Value::from(id)),
        "createdBy": {"userId": f.user_id.parse::<u64>().unwrap_or(0)},
        "createdAt": super::server::format_time(now),
    });
    w.jobadder.accounts[ai].notes.push(note.clone());
    Ok(Resp::json(201, &note))
}

fn action_type(s: &str) -> Option<&'static str> {
    PARTNER_ACTION_TYPES
        .iter()
        .copied()
        .find(|t| t.eq_ignore_ascii_case(s))
}

fn list_actions(a: &JaAccount, req: &Req, kind: Option<&str>) -> Resp {
    let kind = kind
        .or_else(|| req.query_ci("ActionType"))
        .map(str::to_lowercase);
    let id = req.query_ci("ActionId");
    let reference = req.query_ci("Reference");
    let items = a
        .partner_actions
        .iter()
        .filter(|x| {
            kind.as_deref()
                .is_none_or(|k| str_field(x, "actionType").to_lowercase() == k)
        })
        .filter(|x| id.is_none_or(|i| id_of(x, "actionId") == i))
        .filter(|x| reference.is_none_or(|r| str_field(x, "reference") == r))
        .map(without_salt)
        .collect();
    page(items, req)
}

fn create_action(
    w: &mut World,
    ai: usize,
    kind: &str,
    req: &Req,
    f: &Family,
    now: i64,
) -> Result<Resp> {
    let Some(kind) = action_type(kind) else {
        return Ok(error(404, "Unknown partner action type"));
    };
    let Some(body) = req.json_body().filter(Value::is_object) else {
        return Ok(error(400, "The body must be a JSON object"));
    };
    let name = str_field(&body, "actionName");
    if name.trim().is_empty() {
        return Ok(invalid(
            "actionName is required",
            "MissingField",
            "actionName",
        ));
    }
    if name.chars().count() > 100 {
        return Ok(invalid(
            "actionName must be at most 100 characters",
            "Invalid",
            "actionName",
        ));
    }
    if str_field(&body, "url").chars().count() > 500 {
        return Ok(invalid(
            "url must be at most 500 characters",
            "Invalid",
            "url",
        ));
    }
    if let Some(t) = body.get("urlType").and_then(Value::as_str)
        && !["Popup", "Page", "SideDrawer"].contains(&t)
    {
        return Ok(invalid(
            "urlType must be Popup, Page or SideDrawer",
            "Invalid",
            "urlType",
        ));
    }
    if let Some(r) = salt_refusal(&body) {
        return Ok(r);
    }
    let reference = body.get("reference").and_then(Value::as_str);
    if let Some(r) = reference
        && w.jobadder.accounts[ai]
            .partner_actions
            .iter()
            .any(|x| str_field(x, "reference") == r)
    {
        return Ok(invalid(
            "an action with this reference already exists",
            "AlreadyExists",
            "reference",
        ));
    }
    let id = w.next_id();
    let mut action = body.clone();
    action["actionId"] = json!(id);
    action["actionType"] = json!(kind);
    // Shown to every user on every candidate unless the partner asks
    // otherwise; an admin can later restrict it (`sandbox action set
    // --admin-only on`, `--active-only on`, `--statuses …`).
    action["actionFilter"] = action_filter(body.get("actionFilter"));
    action["createdBy"] = json!({"userId": f.user_id.parse::<u64>().unwrap_or(0)});
    action["createdAt"] = json!(super::server::format_time(now));
    w.jobadder.accounts[ai].partner_actions.push(action.clone());
    Ok(Resp::json(201, &without_salt(&action)))
}

/// `actionFilter{adminOnly, approvedOnly, status{activeOnly, statusId[]}}`
/// as given, `adminOnly` false when not.
fn action_filter(given: Option<&Value>) -> Value {
    let mut f = given
        .filter(|v| v.is_object())
        .cloned()
        .unwrap_or_else(|| json!({}));
    if !f["adminOnly"].is_boolean() {
        f["adminOnly"] = json!(false);
    }
    f
}

/// `PUT /partners/actions/{id}`: name, URL, URL type and salt; the type
/// and reference stay.
fn update_action(a: &mut JaAccount, id: &str, req: &Req) -> Resp {
    let Some(body) = req.json_body().filter(Value::is_object) else {
        return error(400, "The body must be a JSON object");
    };
    if let Some(r) = salt_refusal(&body) {
        return r;
    }
    let Some(action) = a
        .partner_actions
        .iter_mut()
        .find(|x| id_of(x, "actionId") == id)
    else {
        return error(404, "Partner action not found");
    };
    for field in ["actionName", "url", "urlType", "salt"] {
        if let Some(v) = body.get(field) {
            action[field] = v.clone();
        }
    }
    Resp::json(200, &without_salt(action))
}

/// The salt is write-only: JobAdder signs clicks with it but never shows it.
fn without_salt(action: &Value) -> Value {
    let mut v = action.clone();
    if let Some(o) = v.as_object_mut() {
        o.remove("salt");
    }
    v
}

fn salt_refusal(body: &Value) -> Option<Resp> {
    match body.get("salt") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.chars().count() <= 20 => None,
        Some(_) => Some(invalid(
            "salt must be a string of at most 20 characters",
            "Invalid",
            "salt",
        )),
    }
}

/// JobAdder paging: `Offset` (default 0), `Limit` (default 100, at most
/// 1000; 0 gives just the count), `{items,totalCount,links}`.
pub fn page(items: Vec<Value>, req: &Req) -> Resp {
    let num = |name: &str, default: usize| -> std::result::Result<usize, Resp> {
        match req.query_ci(name) {
            None => Ok(default),
            Some(v) => v
                .parse()
                .map_err(|_| invalid(&format!("{name} must be a whole number"), "Invalid", name)),
        }
    };
    let (offset, limit) = match (num("Offset", 0), num("Limit", 100)) {
        (Ok(o), Ok(l)) => (o, l),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    if limit > 1000 {
        return invalid("Limit must be at most 1000", "Invalid", "Limit");
    }
    Resp::json(200, &paged(items, offset, limit, &link_base(req)))
}

fn link_base(req: &Req) -> String {
    let q: Vec<(String, String)> = req
        .query
        .iter()
        .filter(|(k, _)| !k.eq_ignore_ascii_case("Offset") && !k.eq_ignore_ascii_case("Limit"))
        .cloned()
        .collect();
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    s.extend_pairs(q);
    let q = s.finish();
    let sep = if q.is_empty() { "?" } else { "&" };
    format!("{}{}?{q}{sep}", req.origin, req.path)
}

pub fn paged(items: Vec<Value>, offset: usize, limit: usize, base: &str) -> Value {
    let total = items.len();
    let link = |o: usize| json!(format!("{base}Offset={o}&Limit={limit}"));
    let page_items: Vec<Value> = items.into_iter().skip(offset).take(limit).collect();
    // `None` when Limit=0: only the count is asked for.
    let last_page = total.saturating_sub(1).checked_div(limit);
    let (first, prev, next, last) = match last_page {
        None => (Value::Null, Value::Null, Value::Null, Value::Null),
        Some(last_page) => (
            link(0),
            if offset > 0 {
                link(offset.saturating_sub(limit))
            } else {
                Value::Null
            },
            if offset + limit < total {
                link(offset + limit)
            } else {
                Value::Null
            },
            link(last_page * limit),
        ),
    };
    json!({
        "items": page_items,
        "totalCount": total,
        "links": {"first": first, "prev": prev, "next": next, "last": last}
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_links() {
        let items: Vec<Value> = (0..5).map(|i| json!(i)).collect();
        let p = paged(items.clone(), 0, 2, "http://h/x?");
        assert_eq!(p["items"], json!([0, 1]));
        assert_eq!(p["totalCount"], 5);
        assert_eq!(p["links"]["prev"], Value::Null);
        assert_eq!(p["links"]["next"], "http://h/x?Offset=2&Limit=2");
        assert_eq!(p["links"]["last"], "http://h/x?Offset=4&Limit=2");
        let p = paged(items.clone(), 4, 2, "http://h/x?");
        assert_eq!(p["items"], json!([4]));
        assert_eq!(p["links"]["next"], Value::Null);
        assert_eq!(p["links"]["prev"], "http://h/x?Offset=2&Limit=2");
        let p = paged(items, 0, 0, "http://h/x?");
        assert_eq!(p["items"], json!([]));
        assert_eq!(p["totalCount"], 5);
    }

    #[test]
    fn date_filters() {
        assert!(date_filter(">2026-03-11", Some("2026-03-12T00:00:00Z")));
        assert!(!date_filter(">2026-03-12", Some("2026-03-12T00:00:00Z")));
        assert!(date_filter("2026-03-12", Some("2026-03-12T00:00:00Z")));
        assert!(date_filter(
            "<2026-04-01T00:00:00Z",
            Some("2026-03-12T00:00:00Z")
        ));
        assert!(!date_filter(">2026-01-01", None));
    }
}
