//! Flare HR, the assumed contract of docs/sandbox.md: API-key auth, the
//! account and its reference data, people by email, create person (409 on a
//! duplicate email, 422 on a missing field), 429 past the rate.

use serde_json::{Value, json};

use super::http::{Req, Resp};
use super::server::over_rate;
use super::store::Meter;
use super::world::{Provider, World};
use crate::error::Result;

pub const PREFIX: &str = "/flare/api/v1";

fn error(status: u16, code: &str, message: &str) -> Resp {
    Resp::json(
        status,
        &json!({"error": {"code": code, "message": message}}),
    )
}

/// The API key checked and the request counted against the account's
/// rate; else the 401 or 429 to answer.
fn authorise(w: &World, meter: &Meter, req: &Req, now: i64) -> Result<Option<Resp>> {
    let key_ok = req
        .bearer()
        .is_some_and(|k| super::tokens::same_hash(&super::tokens::hash(k), &w.flare.api_key_hash));
    if !key_ok {
        return Ok(Some(error(
            401,
            "unauthorized",
            "missing or invalid API key",
        )));
    }
    let account = w.flare.account["accountId"].as_str().unwrap_or("");
    Ok(
        over_rate(w, meter, Provider::Flare, account, now)?.map(|retry| {
            error(429, "rate_limited", "too many requests; retry later")
                .with_header("retry-after", retry.to_string())
        }),
    )
}

/// A GET, answered from a snapshot of the world.
pub fn read(w: &World, meter: &Meter, req: &Req, rest: &str, now: i64) -> Result<Resp> {
    if let Some(refused) = authorise(w, meter, req, now)? {
        return Ok(refused);
    }
    let f = &w.flare;
    let items = |v: &Vec<Value>| Resp::json(200, &json!({"items": v}));
    Ok(match rest {
        "/account" => Resp::json(200, &f.account),
        "/locations" => items(&f.locations),
        "/legal-entities" => items(&f.legal_entities),
        "/brands" => items(&f.brands),
        "/cost-centres" => items(&f.cost_centres),
        "/pay-groups" => items(&f.pay_groups),
        "/people" => {
            let email = req.query("email").map(str::to_lowercase);
            let found: Vec<Value> = f
                .people
                .iter()
                .filter(|p| email.as_deref().is_none_or(|e| email_of(p) == e))
                .cloned()
                .collect();
            items(&found)
        }
        p if p.starts_with("/people/") => {
            let id = &p["/people/".len()..];
            match f.people.iter().find(|x| x["personId"] == id) {
                Some(x) => Resp::json(200, x),
                None => error(404, "not_found", "no such person"),
            }
        }
        _ => error(404, "not_found", "no such endpoint"),
    })
}

/// Any other request (GETs are routed to [`read`]).
pub fn handle(w: &mut World, meter: &Meter, req: &Req, rest: &str, now: i64) -> Result<Resp> {
    if let Some(refused) = authorise(w, meter, req, now)? {
        return Ok(refused);
    }
    match (req.method.as_str(), rest) {
        ("POST", "/people") => create_person(w, req),
        _ => Ok(error(404, "not_found", "no such endpoint")),
    }
}

fn email_of(p: &Value) -> String {
    p["email"].as_str().unwrap_or("").to_lowercase()
}

fn create_person(w: &mut World, req: &Req) -> Result<Resp> {
    let Some(body) = req.json_body().filter(Value::is_object) else {
        return Ok(error(400, "bad_request", "the body must be a JSON object"));
    };
    let missing: Vec<&str> = [
        "firstName",
        "lastName",
        "email",
        "status",
        "locationId",
        "legalEntityId",
        "brandId",
    ]
    .into_iter()
    .filter(|k| body[*k].as_str().is_none_or(|s| s.trim().is_empty()))
    .collect();
    let source_ok = body["source"]["system"].is_string()
        && !body["source"]["candidateId"].is_null()
        && (body["source"]["reference"].is_null() || body["source"]["reference"].is_string());
    if !missing.is_empty() || !source_ok {
        let mut fields: Vec<&str> = missing;
        if !source_ok {
            fields.push("source");
        }
        return Ok(Resp::json(
            422,
            &json!({"error": {"code": "validation_failed", "message": format!("missing or empty: {}", fields.join(", ")), "fields": fields}}),
        ));
    }
    if body["status"] != "candidate" {
        return Ok(error(
            422,
            "validation_failed",
            "status must be \"candidate\"",
        ));
    }
    let f = &w.flare;
    let known = |list: &Vec<Value>, key: &str| list.iter().any(|x| x[key] == body[key]);
    for (list, key) in [
        (&f.locations, "locationId"),
        (&f.legal_entities, "legalEntityId"),
        (&f.brands, "brandId"),
    ] {
        if !known(list, key) {
            return Ok(error(422, "validation_failed", &format!("unknown {key}")));
        }
    }
    let email = email_of(&body);
    if let Some(existing) = f.people.iter().find(|p| email_of(p) == email) {
        return Ok(Resp::json(
            409,
            &json!({"error": {"code": "duplicate_email", "message": "a person with this email already exists", "personId": existing["personId"]}}),
        ));
    }
    let id = format!("fp-{}", w.next_id());
    let mut person = body;
    person["personId"] = json!(id);
    w.flare.people.push(person.clone());
    Ok(Resp::json(201, &person))
}
