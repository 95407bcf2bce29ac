//! Partner actions (the Actions-menu buttons): listed by type, created,
//! updated and deleted, under the `partner_ui_action` scope. The salt
//! JobAdder signs clicks with is write-only.

use serde_json::{Value, json};

use super::paging::page;
use super::{error, find, id_of, invalid, need, no_such_resource, str_field};
use crate::error::Result;
use crate::sandbox::http::{Req, Resp};
use crate::sandbox::world::{Family, JaAccount, World};

const PARTNER_ACTION_TYPES: [&str; 7] = [
    "Job",
    "JobAd",
    "Candidate",
    "JobApplication",
    "Placement",
    "Company",
    "Contact",
];

/// GET `/partners/actions` (by type) and `/partners/actions/{id}`.
pub(super) fn read_actions(a: &JaAccount, req: &Req, rest: &[&str], family: &Family) -> Resp {
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
pub(super) fn partner_actions_route(
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
    action["createdAt"] = json!(crate::sandbox::server::format_time(now));
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

fn delete_action(a: &mut JaAccount, id: &str) -> Resp {
    let before = a.partner_actions.len();
    a.partner_actions.retain(|x| id_of(x, "actionId") != id);
    if a.partner_actions.len() < before {
        Resp::empty(204)
    } else {
        error(404, "Partner action not found")
    }
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
