//! `POST /webhooks/jobadder/<org>`: JobAdder's webhook deliveries. The
//! delivery must name a webhook atslink registered for the organisation
//! (`x-jobadder-webhookid`) and carry its authorization value (compared in
//! constant time); anything else is 401, counted, and nothing is stored.
//! An accepted event is stored once by its `eventId` (duplicates and
//! reordering are normal) and answered at once; the worker pushes it.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::{Outcome, Shared};
use crate::commands::flare::auto::authorization_key;
use crate::error::Result;
use crate::services::Services;
use crate::state::NewEvent;

/// What happened to one delivery (also its metrics label).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Accepted,
    Duplicate,
    Unauthorized,
    BadRequest,
}

impl Verdict {
    fn name(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::Duplicate => "duplicate",
            Verdict::Unauthorized => "unauthorized",
            Verdict::BadRequest => "bad_request",
        }
    }
}

pub async fn jobadder(
    State(shared): State<Arc<Shared>>,
    Path(org): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|h| h.to_str().ok())
            .map(str::to_string)
    };
    let (webhook_id, authorization) = (header("x-jobadder-webhookid"), header("authorization"));
    let verdict = match (webhook_id, authorization) {
        (Some(id), Some(auth)) => shared
            .blocking(move |svc| receive(svc, &org, &id, &auth, &body))
            .await
            .unwrap_or_else(|e| {
                tracing::error!(
                    error = %crate::output::sanitize(&e.message),
                    "storing a webhook event failed"
                );
                Err(StatusCode::SERVICE_UNAVAILABLE)
            }),
        _ => Ok(Verdict::Unauthorized),
    };
    let (status, verdict) = match verdict {
        Ok(Verdict::Unauthorized) => (StatusCode::UNAUTHORIZED, Verdict::Unauthorized),
        Ok(Verdict::BadRequest) => (StatusCode::BAD_REQUEST, Verdict::BadRequest),
        Ok(v) => (StatusCode::ACCEPTED, v),
        // The store is unavailable: JobAdder retries in 5 minutes.
        Err(code) => {
            let mut resp = (code, "try again later\n").into_response();
            resp.extensions_mut().insert(Outcome("unavailable"));
            return resp;
        }
    };
    shared.metrics.webhook("jobadder", verdict.name());
    if verdict == Verdict::Accepted {
        shared.work.notify_waiters();
    }
    let mut resp = (status, format!("{}\n", verdict.name())).into_response();
    resp.extensions_mut().insert(Outcome(verdict.name()));
    resp
}

/// Checks the delivery against what is stored, then stores the event.
fn receive(
    svc: &mut Services,
    slug: &str,
    webhook_id: &str,
    authorization: &str,
    body: &[u8],
) -> Result<std::result::Result<Verdict, StatusCode>> {
    let Some(org) = svc.state()?.read().org(slug)? else {
        return Ok(Ok(Verdict::Unauthorized));
    };
    if !svc.state()?.read().is_our_webhook(org.id, webhook_id)? {
        return Ok(Ok(Verdict::Unauthorized));
    }
    let Some(expected) = svc.creds()?.get(&authorization_key(slug))? else {
        return Ok(Ok(Verdict::Unauthorized));
    };
    if !same(expected.expose().as_bytes(), authorization.as_bytes()) {
        return Ok(Ok(Verdict::Unauthorized));
    }
    let Ok(event) = serde_json::from_slice::<Value>(body) else {
        return Ok(Ok(Verdict::BadRequest));
    };
    let Some(event_id) = text(&event["eventId"]) else {
        return Ok(Ok(Verdict::BadRequest));
    };
    let name = event["event"].as_str().unwrap_or("unknown");
    let data = &event["eventData"];
    let placement_id = data["placementId"]
        .as_i64()
        .or_else(|| data["placement"]["placementId"].as_i64());
    let candidate_id = data["candidateId"]
        .as_i64()
        .or_else(|| data["candidate"]["candidateId"].as_i64());
    let at = crate::clock::format(svc.clock.now());
    // Outside the write lock on PostgreSQL (`Store::store_event`): the
    // acknowledgement waits for no other writer.
    let new = svc.state()?.store_event(&NewEvent {
        org_id: org.id,
        event_id: &event_id,
        webhook_id,
        event: name,
        placement_id,
        candidate_id,
        at: &at,
    })?;
    Ok(Ok(if new {
        Verdict::Accepted
    } else {
        Verdict::Duplicate
    }))
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Constant-time equality: both sides are hashed first, so neither the
/// content nor the length of the stored value leaks through timing.
fn same(a: &[u8], b: &[u8]) -> bool {
    let (x, y) = (
        ring::digest::digest(&ring::digest::SHA256, a),
        ring::digest::digest(&ring::digest::SHA256, b),
    );
    x.as_ref()
        .iter()
        .zip(y.as_ref())
        .fold(0u8, |acc, (p, q)| acc | (p ^ q))
        == 0
}

#[cfg(test)]
mod tests {
    use super::same;

    #[test]
    fn compares_whole_values() {
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"abcd"));
        assert!(!same(b"", b"a"));
    }
}
