//! JobAdder's webhooks, as JobAdder documents them: `GET/POST /webhooks`,
//! `GET/PUT/DELETE /webhooks/{id}` (scope `offline_access`), and delivery:
//! a POST of `{apiVersion, event, eventId, eventDate, eventUser, eventData}`
//! with `x-jobadder-webhookid` and the registered `authorization` value.
//! Any non-2xx answer is a failure, retried every 5 minutes of world clock;
//! 10 failures in an hour suspend the webhook, its queued events are
//! dropped and new ones are not queued until a `PUT` re-enables it.
//!
//! Deliveries are made by the process that queues them (`sandbox place`)
//! and by `sandbox clock advance` (due retries), outside the world's
//! transaction: a slow receiver never holds the world lock.

use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};

use super::http::{Req, Resp};
use super::world::{JaAccount, World, with_world};
use crate::error::{Error, Result};

pub const RETRY_EVERY: i64 = 5 * 60;
pub const SUSPEND_AFTER: usize = 10;
const FAILURE_WINDOW: i64 = 60 * 60;
/// JobAdder's documented delivery timeout.
const TIMEOUT: Duration = Duration::from_secs(100);
const EVENTS: [&str; 3] = [
    "placement_approved",
    "candidate_partner_action",
    "placement_partner_action",
];
const STATUSES: [&str; 4] = ["Enabled", "Disabled", "Suspended", "Failed"];

fn error(status: u16, message: &str) -> Resp {
    Resp::json(status, &json!({"message": message}))
}

fn invalid(message: &str, field: &str) -> Resp {
    Resp::json(
        422,
        &json!({"message": "The request is invalid", "errors": [{"code": "Invalid", "message": message, "fields": [field]}]}),
    )
}

/// What JobAdder shows of a webhook: never its authorization value.
fn public(h: &Value) -> Value {
    let mut v = h.clone();
    if let Some(o) = v.as_object_mut() {
        o.remove("authorization");
        o.remove("failures");
    }
    v
}

fn id_of(h: &Value) -> String {
    match h.get("webhookId") {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    }
}

/// The `/webhooks` routes of the JobAdder API, for account `ai`.
pub fn handle(w: &mut World, ai: usize, method: &str, id: Option<&str>, req: &Req) -> Resp {
    let now = w.now().unix_timestamp();
    match (method, id) {
        ("GET", None) => {
            let items: Vec<Value> = w.jobadder.accounts[ai]
                .webhooks
                .iter()
                .map(public)
                .collect();
            Resp::json(200, &json!({"items": items, "totalCount": items.len()}))
        }
        ("POST", None) => create(w, ai, req, now),
        ("GET", Some(id)) => match find(&w.jobadder.accounts[ai], id) {
            Some(i) => Resp::json(200, &public(&w.jobadder.accounts[ai].webhooks[i])),
            None => error(404, "Webhook not found"),
        },
        ("PUT", Some(id)) => update(&mut w.jobadder.accounts[ai], id, req),
        ("DELETE", Some(id)) => {
            let a = &mut w.jobadder.accounts[ai];
            match find(a, id) {
                Some(i) => {
                    a.webhooks.remove(i);
                    a.webhook_queue
                        .retain(|q| q["webhookId"].as_str() != Some(id));
                    Resp::empty(204)
                }
                None => error(404, "Webhook not found"),
            }
        }
        _ => error(404, "No such resource"),
    }
}

fn find(a: &JaAccount, id: &str) -> Option<usize> {
    a.webhooks.iter().position(|h| id_of(h) == id)
}

fn refusal(body: &Value, creating: bool) -> Option<Resp> {
    let name = body.get("name").and_then(Value::as_str).unwrap_or("");
    if creating && name.trim().is_empty() {
        return Some(invalid("name is required", "name"));
    }
    if name.chars().count() > 100 {
        return Some(invalid("name must be at most 100 characters", "name"));
    }
    let url = body.get("url").and_then(Value::as_str).unwrap_or("");
    if (creating || body.get("url").is_some())
        && !(url.starts_with("http://") || url.starts_with("https://"))
    {
        return Some(invalid("url must be an absolute http(s) URL", "url"));
    }
    if let Some(events) = body.get("events") {
        let ok = events.as_array().is_some_and(|e| {
            !e.is_empty()
                && e.iter()
                    .all(|x| x.as_str().is_some_and(|s| EVENTS.contains(&s)))
        });
        if !ok {
            return Some(invalid(
                &format!("events must be a non-empty list of {}", EVENTS.join(", ")),
                "events",
            ));
        }
    } else if creating {
        return Some(invalid("events is required", "events"));
    }
    if let Some(s) = body.get("status")
        && !s.as_str().is_some_and(|s| STATUSES.contains(&s))
    {
        return Some(invalid(
            &format!("status must be one of {}", STATUSES.join(", ")),
            "status",
        ));
    }
    None
}

fn create(w: &mut World, ai: usize, req: &Req, now: i64) -> Resp {
    let Some(body) = req.json_body().filter(Value::is_object) else {
        return error(400, "The body must be a JSON object");
    };
    if let Some(r) = refusal(&body, true) {
        return r;
    }
    let id = format!("wh-{}", w.next_id());
    let hook = json!({
        "webhookId": id,
        "name": body["name"],
        "events": body["events"],
        "url": body["url"],
        "authorization": body.get("authorization").cloned().unwrap_or(Value::Null),
        "status": body.get("status").cloned().unwrap_or(json!("Enabled")),
        "createdAt": super::server::format_time(now),
        "failures": [],
    });
    w.jobadder.accounts[ai].webhooks.push(hook.clone());
    Resp::json(201, &public(&hook))
}

/// `PUT /webhooks/{id}`: what the body names changes; setting `Enabled`
/// re-enables a suspended webhook and forgets its failures.
fn update(a: &mut JaAccount, id: &str, req: &Req) -> Resp {
    let Some(body) = req.json_body().filter(Value::is_object) else {
        return error(400, "The body must be a JSON object");
    };
    if let Some(r) = refusal(&body, false) {
        return r;
    }
    let Some(i) = find(a, id) else {
        return error(404, "Webhook not found");
    };
    let hook = &mut a.webhooks[i];
    for field in ["name", "events", "url", "authorization", "status"] {
        if let Some(v) = body.get(field) {
            hook[field] = v.clone();
        }
    }
    if hook["status"] == "Enabled" {
        hook["failures"] = json!([]);
    }
    Resp::json(200, &public(hook))
}

/// The account and index of webhook `id`, in whichever account holds it.
fn locate(w: &mut World, id: &str) -> Result<(usize, usize)> {
    w.jobadder
        .accounts
        .iter()
        .enumerate()
        .find_map(|(ai, a)| find(a, id).map(|i| (ai, i)))
        .ok_or_else(|| {
            Error::not_found(format!("no sandbox webhook `{id}`"))
                .with_hint("`atslink flare auto status` shows the webhooks atslink registered")
        })
}

/// `sandbox webhook set`: JobAdder's side putting a webhook in `status`
/// (`Suspended` or `Failed` as its delivery machinery would, `Disabled` as
/// an operator would). `Enabled` forgets its failures, as a `PUT` does.
/// The webhook as JobAdder shows it.
pub fn set_status(world: &Path, id: &str, status: &str) -> Result<Value> {
    if !STATUSES.contains(&status) {
        return Err(Error::usage(format!(
            "unknown webhook status `{status}`: one of {}",
            STATUSES.join(", ")
        )));
    }
    with_world(world, |w| {
        let (ai, i) = locate(w, id)?;
        let hook = &mut w.jobadder.accounts[ai].webhooks[i];
        hook["status"] = json!(status);
        if status == "Enabled" {
            hook["failures"] = json!([]);
        }
        Ok(public(hook))
    })
}

/// `sandbox webhook delete`: the webhook gone from JobAdder (removed on
/// its side), with its queued deliveries. What it was.
pub fn delete(world: &Path, id: &str) -> Result<Value> {
    with_world(world, |w| {
        let (ai, i) = locate(w, id)?;
        let a = &mut w.jobadder.accounts[ai];
        let hook = a.webhooks.remove(i);
        a.webhook_queue
            .retain(|q| q["webhookId"].as_str() != Some(id));
        Ok(public(&hook))
    })
}

/// A placement `sandbox place` created and approved.
pub struct Placed {
    pub account: u64,
    pub placement_id: u64,
    pub candidate_id: u64,
    /// Events queued: one per enabled webhook subscribed to it.
    pub queued: Vec<String>,
}

/// Creates a placement for `candidate` in `account` (or the first account
/// holding that candidate), approved now and selected for onboarding
/// export, and queues `placement_approved` for every enabled webhook
/// subscribed to it. Workplace, company and custom fields come from the
/// candidate's latest placement, so the mapping behaves as for it.
pub fn place(world: &Path, account: Option<&str>, candidate: u64) -> Result<Placed> {
    with_world(world, |w| {
        let now = w.now().unix_timestamp();
        let stamp = super::server::format_time(now);
        let ai = account_holding(w, account, candidate)?;
        let placement_id = 300_000 + w.next_id();
        let event_id = format!("evt-{}", w.next_id());
        let a = &mut w.jobadder.accounts[ai];
        let p = approved_placement(a, candidate, placement_id, &stamp);
        a.placements.push(p);
        let payload = json!({
            "apiVersion": 2,
            "event": "placement_approved",
            "eventId": event_id,
            "eventDate": stamp,
            "eventData": {
                "placementId": placement_id,
                "candidate": {"candidateId": candidate},
            },
        });
        Ok(Placed {
            account: a.account,
            placement_id,
            candidate_id: candidate,
            queued: queue(a, "placement_approved", &payload, now),
        })
    })
}

/// The index of `account` (or of the first account) holding `candidate`.
fn account_holding(w: &World, account: Option<&str>, candidate: u64) -> Result<usize> {
    let has = |a: &JaAccount| {
        a.candidates
            .iter()
            .any(|c| c["candidateId"].as_u64() == Some(candidate))
    };
    w.jobadder
        .accounts
        .iter()
        .position(|a| match account {
            Some(n) => a.account.to_string() == n,
            None => has(a),
        })
        .filter(|&i| has(&w.jobadder.accounts[i]))
        .ok_or_else(|| {
            Error::not_found(format!(
                "no candidate {candidate} in the sandbox's JobAdder{}",
                account.map(|a| format!(" account {a}")).unwrap_or_default()
            ))
            .with_hint("`atslink sandbox generate --count 1` adds one")
        })
}

/// A new placement of `candidate`, approved at `stamp` and selected for
/// onboarding export, shaped like the candidate's latest placement (or a
/// generated one when it has none).
fn approved_placement(a: &JaAccount, candidate: u64, placement_id: u64, stamp: &str) -> Value {
    let c = a
        .candidates
        .iter()
        .find(|c| c["candidateId"].as_u64() == Some(candidate))
        .cloned()
        .unwrap_or_default();
    let template = a
        .placements
        .iter()
        .rev()
        .find(|p| p["candidate"]["candidateId"].as_u64() == Some(candidate))
        .cloned();
    let mut p = template.unwrap_or_else(|| {
        json!({
            "jobTitle": "Sandbox Role",
            "company": {"companyId": 59000, "name": "Harbour Logistics Pty Ltd", "status": "Active"},
            "startDate": "2026-12-01",
            "workplaceAddress": {"name": "Sydney Warehouse", "street": ["1 Generated Street"], "city": "Sydney", "state": "NSW", "postalCode": "2000", "country": "Australia", "countryCode": "AU"},
            "custom": [],
        })
    });
    p["placementId"] = json!(placement_id);
    p["candidate"] = json!({
        "candidateId": candidate,
        "firstName": c["firstName"],
        "lastName": c["lastName"],
        "email": c["email"],
    });
    p["status"] = json!({"statusId": 3, "name": "Approved"});
    p["approved"] = json!(true);
    p["approvedAt"] = json!(stamp);
    p["export"] = json!({"payroll": false, "timesheets": false, "onboarding": true});
    p["createdAt"] = json!(stamp);
    p["updatedAt"] = json!(stamp);
    p
}

/// Queues `payload` for each enabled webhook subscribed to `event` (a
/// suspended one drops it, as JobAdder does). The webhook ids queued for.
fn queue(a: &mut JaAccount, event: &str, payload: &Value, now: i64) -> Vec<String> {
    let targets: Vec<String> = a
        .webhooks
        .iter()
        .filter(|h| h["status"] == "Enabled")
        .filter(|h| {
            h["events"]
                .as_array()
                .is_some_and(|e| e.iter().any(|x| x == event))
        })
        .map(id_of)
        .collect();
    for id in &targets {
        a.webhook_queue.push(json!({
            "webhookId": id,
            "payload": payload,
            "nextAt": now,
            "attempts": 0,
        }));
    }
    targets
}

/// Whether any delivery is queued for a retry (so moving the clock must
/// stop at each retry on the way).
pub fn has_queued(world: &Path) -> Result<bool> {
    with_world(world, |w| {
        Ok(w.jobadder
            .accounts
            .iter()
            .any(|a| !a.webhook_queue.is_empty()))
    })
}

/// One delivery attempt, as `sandbox place` and `clock advance` report it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Delivery {
    pub webhook_id: String,
    pub event_id: String,
    /// The receiver's status, or none when it could not be reached.
    pub status: Option<u16>,
    pub delivered: bool,
    /// The webhook was suspended by this failure.
    pub suspended: bool,
}

struct Due {
    account: u64,
    webhook_id: String,
    event_id: String,
    url: String,
    authorization: Option<String>,
    payload: Value,
}

/// Delivers every queued event that is due on the world clock, then
/// records each result: delivered events leave the queue; failed ones are
/// retried 5 minutes later, and the 10th failure within an hour suspends
/// the webhook and drops its queue.
pub fn deliver_due(world: &Path) -> Result<Vec<Delivery>> {
    let due = with_world(world, |w| Ok(take_due(w)))?;
    if due.is_empty() {
        return Ok(Vec::new());
    }
    // Posted between the two transactions, so the world store is not held
    // while receivers take their time to answer.
    let statuses = post_all(&due)?;
    with_world(world, |w| Ok(record_results(w, &due, statuses)))
}

/// The queued events due now, each pushed back by the retry interval so it
/// is not due again until this attempt is recorded. Events whose webhook
/// is gone are left alone.
fn take_due(w: &mut World) -> Vec<Due> {
    let now = w.now().unix_timestamp();
    let mut out = Vec::new();
    for a in &mut w.jobadder.accounts {
        for q in a.webhook_queue.iter_mut() {
            if q["nextAt"].as_i64().unwrap_or(0) > now {
                continue;
            }
            let id = q["webhookId"].as_str().unwrap_or_default().to_string();
            let Some(h) = a.webhooks.iter().find(|h| id_of(h) == id) else {
                continue;
            };
            q["nextAt"] = json!(now + RETRY_EVERY);
            out.push(Due {
                account: a.account,
                webhook_id: id,
                event_id: q["payload"]["eventId"].as_str().unwrap_or("").to_string(),
                url: h["url"].as_str().unwrap_or("").to_string(),
                authorization: h["authorization"].as_str().map(str::to_string),
                payload: q["payload"].clone(),
            });
        }
    }
    out
}

/// POSTs each due event to its webhook's URL, in order; the receiver's
/// status, or none when it could not be reached.
fn post_all(due: &[Due]) -> Result<Vec<Option<u16>>> {
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .build()
        .map_err(|e| Error::failure(format!("cannot make the delivery client: {e}")))?;
    let rt = crate::providers::runtime()?;
    Ok(rt.block_on(async {
        let mut out = Vec::new();
        for d in due {
            let mut req = client
                .post(&d.url)
                .header("x-jobadder-webhookid", &d.webhook_id)
                .json(&d.payload);
            if let Some(auth) = &d.authorization {
                req = req.header("authorization", auth);
            }
            out.push(req.send().await.ok().map(|r| r.status().as_u16()));
        }
        out
    }))
}

/// Records each attempt on the world: a delivered event leaves the queue;
/// a failure is counted on its webhook (see `record_failure`).
fn record_results(w: &mut World, due: &[Due], statuses: Vec<Option<u16>>) -> Vec<Delivery> {
    let now = w.now().unix_timestamp();
    let mut report = Vec::new();
    for (d, status) in due.iter().zip(statuses) {
        let delivered = status.is_some_and(|s| (200..300).contains(&s));
        let Some(a) = w
            .jobadder
            .accounts
            .iter_mut()
            .find(|a| a.account == d.account)
        else {
            continue;
        };
        let mut suspended = false;
        if delivered {
            a.webhook_queue.retain(|q| {
                !(q["webhookId"] == d.webhook_id.as_str()
                    && q["payload"]["eventId"] == d.event_id.as_str())
            });
        } else {
            suspended = record_failure(a, d, now);
        }
        report.push(Delivery {
            webhook_id: d.webhook_id.clone(),
            event_id: d.event_id.clone(),
            status,
            delivered,
            suspended,
        });
    }
    report
}

/// Counts a failed delivery on its webhook: the 10th failure within an
/// hour suspends an enabled webhook and drops its queue; otherwise the
/// event stays queued with one more attempt. True when it suspended.
fn record_failure(a: &mut JaAccount, d: &Due, now: i64) -> bool {
    let Some(h) = a.webhooks.iter_mut().find(|h| id_of(h) == d.webhook_id) else {
        return false;
    };
    let mut suspended = false;
    let mut failures: Vec<i64> = h["failures"]
        .as_array()
        .map(|f| f.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default();
    failures.retain(|t| now - t < FAILURE_WINDOW);
    failures.push(now);
    if failures.len() >= SUSPEND_AFTER && h["status"] == "Enabled" {
        h["status"] = json!("Suspended");
        suspended = true;
    }
    h["failures"] = json!(failures);
    if suspended {
        a.webhook_queue
            .retain(|q| q["webhookId"] != d.webhook_id.as_str());
    } else if let Some(q) = a.webhook_queue.iter_mut().find(|q| {
        q["webhookId"] == d.webhook_id.as_str() && q["payload"]["eventId"] == d.event_id.as_str()
    }) {
        q["attempts"] = json!(q["attempts"].as_i64().unwrap_or(0) + 1);
    }
    suspended
}

/// A press of a partner action without a URL: JobAdder shows a
/// "submitted" notice and raises `candidate_partner_action`.
pub struct Pressed {
    pub action_id: String,
    pub user_id: u64,
    pub queued: Vec<String>,
}

/// `user` (email or id) presses the button registered under `reference`
/// on `candidate`: queues `candidate_partner_action` for the subscribed
/// webhooks (deliver them with `deliver_due`).
pub fn press(world: &Path, reference: &str, user: &str, candidate: u64) -> Result<Pressed> {
    with_world(world, |w| {
        let now = w.now().unix_timestamp();
        let ai = w
            .jobadder
            .accounts
            .iter()
            .position(|a| {
                a.partner_actions
                    .iter()
                    .any(|x| x["reference"].as_str() == Some(reference))
            })
            .ok_or_else(|| {
                Error::not_found(format!(
                    "no button `{reference}` is registered in the sandbox's JobAdder"
                ))
                .with_hint("register it: `atslink --sandbox flare auto on --trigger candidate`")
            })?;
        let event_id = format!("evt-{}", w.next_id());
        let a = &mut w.jobadder.accounts[ai];
        let action = a
            .partner_actions
            .iter()
            .find(|x| x["reference"].as_str() == Some(reference))
            .cloned()
            .unwrap_or_default();
        if action["url"].as_str().is_some_and(|u| !u.is_empty()) {
            return Err(Error::usage(
                "that button opens a URL: press it with `sandbox click jobadder` without --send-to-flare",
            ));
        }
        let u = a.user_by_email_or_id(user)?;
        let user_id = u.user_id;
        if !a
            .candidates
            .iter()
            .any(|c| c["candidateId"].as_u64() == Some(candidate))
        {
            return Err(Error::not_found(format!(
                "no candidate {candidate} in JobAdder account {}",
                a.account
            )));
        }
        let action_id = match &action["actionId"] {
            Value::Number(n) => n.to_string(),
            Value::String(s) => s.clone(),
            _ => String::new(),
        };
        let payload = json!({
            "apiVersion": 2,
            "event": "candidate_partner_action",
            "eventId": event_id,
            "eventDate": super::server::format_time(now),
            "eventUser": {"userId": user_id},
            "eventData": {"actionId": action["actionId"], "candidateId": candidate, "userId": user_id},
        });
        let queued = queue(a, "candidate_partner_action", &payload, now);
        Ok(Pressed {
            action_id,
            user_id,
            queued,
        })
    })
}
