//! `POST /webhooks/jobadder/<org>`: JobAdder's webhook deliveries. The
//! delivery must name a webhook atslink registered for the organisation
//! (`x-jobadder-webhookid`) and carry its authorization value (compared in
//! constant time); anything else is 401, counted, and nothing is stored.
//! An accepted event is stored once by its `eventId` (duplicates and
//! reordering are normal) and answered at once; the worker pushes it.
//! Checking and storing happen on the inbox's writer ([`super::inbox`]),
//! a batch of deliveries at a time.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::{Outcome, Shared};
use crate::error::Result;
use crate::flare::auto::authorization_key;
use crate::providers::Provider;
use crate::services::Services;
use crate::state::{NewEvent, Org};

/// What happened to one delivery (also its metrics label).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
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

/// One delivery as the handler received it.
pub struct Delivery {
    pub org: String,
    pub webhook_id: String,
    pub authorization: String,
    pub body: Bytes,
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
        (Some(webhook_id), Some(authorization)) => shared
            .inbox
            .submit(Delivery {
                org,
                webhook_id,
                authorization,
                body,
            })
            .await
            .map_err(|e| {
                tracing::error!(
                    error = %crate::output::sanitize(&e.message),
                    "storing a webhook event failed"
                );
            }),
        _ => Ok(Verdict::Unauthorized),
    };
    let (status, verdict) = match verdict {
        Ok(Verdict::Unauthorized) => (StatusCode::UNAUTHORIZED, Verdict::Unauthorized),
        Ok(Verdict::BadRequest) => (StatusCode::BAD_REQUEST, Verdict::BadRequest),
        Ok(v) => (StatusCode::ACCEPTED, v),
        // The store is unavailable: JobAdder retries in 5 minutes.
        Err(()) => {
            let mut resp = (StatusCode::SERVICE_UNAVAILABLE, "try again later\n").into_response();
            resp.extensions_mut().insert(Outcome("unavailable"));
            return resp;
        }
    };
    shared.metrics.webhook(Provider::JobAdder, verdict.name());
    if verdict == Verdict::Accepted {
        shared.work.notify_waiters();
    }
    let mut resp = (status, format!("{}\n", verdict.name())).into_response();
    resp.extensions_mut().insert(Outcome(verdict.name()));
    resp
}

/// How long a matching authorization value is trusted without reading
/// the credential store again. A mismatch always reads it again (a value
/// just rotated by `flare auto on` is honoured at once); a retired value
/// is honoured at most this long, and only for a webhook that is still
/// registered (checked against the state store for every batch).
const AUTH_FRESH: Duration = Duration::from_secs(60);

/// The organisations' expected authorization values, as SHA-256 digests
/// (never the value itself), with when each was read: a delivery does not
/// wait on the credential store (a keyring's D-Bus round trip, the file
/// store's lock that token refreshes take) once its value is known.
#[derive(Default)]
pub struct AuthCache(Mutex<HashMap<String, (Vec<u8>, Instant)>>);

impl AuthCache {
    fn known(&self) -> MutexGuard<'_, HashMap<String, (Vec<u8>, Instant)>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether `given` is `slug`'s authorization value.
    fn check(&self, svc: &mut Services, slug: &str, given: &str) -> Result<bool> {
        let given = digest(given.as_bytes());
        if let Some((known, at)) = self.known().get(slug)
            && at.elapsed() < AUTH_FRESH
            && same(known, &given)
        {
            return Ok(true);
        }
        // Not under the lock: another writer's deliveries need not wait
        // for this read.
        let Some(expected) = svc.creds()?.get(&authorization_key(slug))? else {
            self.known().remove(slug);
            return Ok(false);
        };
        let expected = digest(expected.expose().as_bytes());
        let ok = same(&expected, &given);
        self.known()
            .insert(slug.to_string(), (expected, Instant::now()));
        Ok(ok)
    }
}

/// A delivery that passed the checks, ready to store.
struct Checked {
    org_id: i64,
    event_id: String,
    event: String,
    placement_id: Option<i64>,
    candidate_id: Option<i64>,
}

/// Checks every delivery of a batch, then stores the accepted ones in one
/// transaction. One verdict per delivery, in order; a failed store fails
/// every delivery it would have stored (each is answered 503).
pub fn receive_batch(
    svc: &mut Services,
    keys: &AuthCache,
    batch: &[Delivery],
) -> Vec<Result<Verdict>> {
    let mut seen = Lookups::default();
    let checked: Vec<_> = batch
        .iter()
        .map(|d| check(svc, keys, &mut seen, d))
        .collect();
    let stored = store(svc, batch, &checked);
    let mut new = stored.as_ref().map(|n| n.iter());
    checked
        .into_iter()
        .map(|c| match (c?, &mut new) {
            (Err(refused), _) => Ok(refused),
            (Ok(_), Ok(new)) => Ok(match new.next() {
                Some(true) => Verdict::Accepted,
                _ => Verdict::Duplicate,
            }),
            (Ok(_), Err(e)) => Err(e.clone()),
        })
        .collect()
}

/// Stores the batch's accepted deliveries, received now, in one
/// transaction: whether each was new, in order.
fn store(
    svc: &mut Services,
    batch: &[Delivery],
    checked: &[Result<std::result::Result<Checked, Verdict>>],
) -> Result<Vec<bool>> {
    if !checked.iter().any(|c| matches!(c, Ok(Ok(_)))) {
        return Ok(Vec::new());
    }
    // The sandbox's clock, when it stands in, read once for the batch.
    svc.resync_clock()?;
    let at = svc.clock.now();
    let events: Vec<NewEvent<'_>> = checked
        .iter()
        .zip(batch)
        .filter_map(|(c, d)| match c {
            Ok(Ok(c)) => Some(new_event(c, d, at)),
            _ => None,
        })
        .collect();
    svc.state()?.store_events(&events)
}

fn new_event<'a>(c: &'a Checked, d: &'a Delivery, at: time::OffsetDateTime) -> NewEvent<'a> {
    NewEvent {
        org_id: c.org_id,
        event_id: &c.event_id,
        webhook_id: &d.webhook_id,
        event: &c.event,
        placement_id: c.placement_id,
        candidate_id: c.candidate_id,
        at,
    }
}

/// What a batch looked up in the state store, so deliveries of one
/// organisation and webhook read it once per batch.
#[derive(Default)]
struct Lookups {
    orgs: HashMap<String, Option<Org>>,
    ours: HashMap<(i64, String), bool>,
}

impl Lookups {
    fn org(&mut self, svc: &mut Services, slug: &str) -> Result<Option<Org>> {
        if let Some(org) = self.orgs.get(slug) {
            return Ok(org.clone());
        }
        let org = svc.state()?.read().org(slug)?;
        self.orgs.insert(slug.to_string(), org.clone());
        Ok(org)
    }

    fn is_ours(&mut self, svc: &mut Services, org_id: i64, webhook_id: &str) -> Result<bool> {
        let key = (org_id, webhook_id.to_string());
        if let Some(ours) = self.ours.get(&key) {
            return Ok(*ours);
        }
        let ours = svc.state()?.read().is_our_webhook(org_id, webhook_id)?;
        self.ours.insert(key, ours);
        Ok(ours)
    }
}

/// Checks one delivery against what is stored: the event to store, or
/// why it is refused.
fn check(
    svc: &mut Services,
    keys: &AuthCache,
    seen: &mut Lookups,
    d: &Delivery,
) -> Result<std::result::Result<Checked, Verdict>> {
    let Some(org) = seen.org(svc, &d.org)? else {
        return Ok(Err(Verdict::Unauthorized));
    };
    if !seen.is_ours(svc, org.id, &d.webhook_id)? {
        return Ok(Err(Verdict::Unauthorized));
    }
    if !keys.check(svc, &org.slug, &d.authorization)? {
        return Ok(Err(Verdict::Unauthorized));
    }
    let Ok(event) = serde_json::from_slice::<Value>(&d.body) else {
        return Ok(Err(Verdict::BadRequest));
    };
    let Some(event_id) = text(&event["eventId"]) else {
        return Ok(Err(Verdict::BadRequest));
    };
    let data = &event["eventData"];
    Ok(Ok(Checked {
        org_id: org.id,
        event_id,
        event: event["event"].as_str().unwrap_or("unknown").to_string(),
        placement_id: data["placementId"]
            .as_i64()
            .or_else(|| data["placement"]["placementId"].as_i64()),
        candidate_id: data["candidateId"]
            .as_i64()
            .or_else(|| data["candidate"]["candidateId"].as_i64()),
    }))
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn digest(v: &[u8]) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, v)
        .as_ref()
        .to_vec()
}

/// Constant-time equality of two digests: both sides are hashed first, so
/// neither the content nor the length of the stored value leaks through
/// timing.
fn same(x: &[u8], y: &[u8]) -> bool {
    x.len() == y.len() && x.iter().zip(y).fold(0u8, |acc, (p, q)| acc | (p ^ q)) == 0
}

#[cfg(test)]
mod tests {
    use super::{digest, same};

    #[test]
    fn compares_whole_values() {
        let same = |a: &[u8], b: &[u8]| same(&digest(a), &digest(b));
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"abcd"));
        assert!(!same(b"", b"a"));
    }
}
