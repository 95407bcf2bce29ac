//! Salesforce Canvas signed requests: what a Canvas app (the Allsorter tab)
//! receives as `signed_request` in Salesforce's POST. It is the Base64
//! HMAC-SHA256 of the Base64-encoded context, keyed by the Connected App's
//! consumer secret, a period, then that Base64-encoded JSON context
//! (Salesforce's Canvas Developer Guide, "Verifying and Decoding a Signed
//! Request"). The context carries a user access token (`client.oauthToken`):
//! it is never read into memory here, so it can never be logged or stored.

use base64::Engine;
use serde::Deserialize;
use time::OffsetDateTime;

/// How old `issuedAt` may be.
pub const MAX_AGE: time::Duration = time::Duration::hours(1);

/// What a launch needs from the context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launch {
    pub user_id: String,
    pub email: Option<String>,
    pub full_name: Option<String>,
    pub org_id: String,
    /// The record the tab is on (the Contact).
    pub record_id: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Malformed,
    Signature,
    Algorithm,
    Stale,
}

impl Refusal {
    pub fn reason(self) -> &'static str {
        match self {
            Refusal::Malformed => "malformed",
            Refusal::Signature => "mismatch",
            Refusal::Algorithm => "algorithm",
            Refusal::Stale => "expired",
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Envelope {
    algorithm: Option<String>,
    issued_at: Option<serde_json::Value>,
    context: Context,
}

#[derive(Deserialize)]
struct Context {
    user: User,
    organization: Organization,
    #[serde(default)]
    environment: Option<Environment>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct User {
    user_id: String,
    email: Option<String>,
    full_name: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Organization {
    organization_id: String,
}

#[derive(Deserialize)]
struct Environment {
    record: Option<Record>,
}

#[derive(Deserialize)]
struct Record {
    #[serde(rename = "Id")]
    id: Option<String>,
}

/// Verifies the signature (in constant time) before reading anything, then
/// the algorithm and the age.
pub fn verify(signed_request: &str, secret: &[u8], now: OffsetDateTime) -> Result<Launch, Refusal> {
    let b64 = base64::engine::general_purpose::STANDARD;
    let (sig, encoded) = signed_request
        .trim()
        .split_once('.')
        .ok_or(Refusal::Malformed)?;
    let sig = b64.decode(sig).map_err(|_| Refusal::Malformed)?;
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret);
    ring::hmac::verify(&key, encoded.as_bytes(), &sig).map_err(|_| Refusal::Signature)?;
    let json = b64.decode(encoded).map_err(|_| Refusal::Malformed)?;
    let env: Envelope = serde_json::from_slice(&json).map_err(|_| Refusal::Malformed)?;
    if env.algorithm.as_deref() != Some("HMACSHA256") {
        return Err(Refusal::Algorithm);
    }
    let issued = env
        .issued_at
        .as_ref()
        .and_then(parse_time)
        .ok_or(Refusal::Stale)?;
    if now - issued > MAX_AGE || issued - now > time::Duration::minutes(5) {
        return Err(Refusal::Stale);
    }
    Ok(Launch {
        user_id: env.context.user.user_id,
        email: env.context.user.email,
        full_name: env.context.user.full_name,
        org_id: env.context.organization.organization_id,
        record_id: env
            .context
            .environment
            .and_then(|e| e.record)
            .and_then(|r| r.id),
    })
}

/// `issuedAt`: Salesforce's `2026-12-02T13:00:00.000+0000`, RFC 3339, or
/// epoch milliseconds.
fn parse_time(v: &serde_json::Value) -> Option<OffsetDateTime> {
    use time::format_description::well_known::Rfc3339;
    match v {
        serde_json::Value::Number(n) => {
            OffsetDateTime::from_unix_timestamp_nanos(i128::from(n.as_i64()?) * 1_000_000).ok()
        }
        serde_json::Value::String(s) => OffsetDateTime::parse(s, &Rfc3339).ok().or_else(|| {
            // +0000 → +00:00
            let (head, zone) = s.split_at(s.len().checked_sub(5)?);
            let fixed = format!("{head}{}:{}", &zone[..3], &zone[3..]);
            OffsetDateTime::parse(&fixed, &Rfc3339).ok()
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    /// Signs a context as the guide describes.
    fn sign(context_json: &str, secret: &[u8]) -> String {
        let b64 = base64::engine::general_purpose::STANDARD;
        let encoded = b64.encode(context_json);
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret);
        let sig = b64.encode(ring::hmac::sign(&key, encoded.as_bytes()));
        format!("{sig}.{encoded}")
    }

    // Computed from the Canvas guide's steps with python's hmac/hashlib,
    // not with this code: enc = base64(json of the context, compact);
    // sig = base64(hmac.new(b'canvas-secret', enc, sha256).digest()).
    const SIG: &str = "O74/7MLrzlWkx1Irpoi4+aXkStBNp3rnjG+GAdUTm/w=";
    const ENC: &str = "eyJhbGdvcml0aG0iOiJITUFDU0hBMjU2IiwiaXNzdWVkQXQiOiIyMDI2LTEyLTAyVDEzOjAwOjAwLjAwMCswMDAwIiwidXNlcklkIjoiMDA1MDAwMDAwMDAwVTAxIiwiY2xpZW50Ijp7Im9hdXRoVG9rZW4iOiIwMERzZWNyZXQhdG9rZW4iLCJpbnN0YW5jZVVybCI6Imh0dHBzOi8veC5teS5zYWxlc2ZvcmNlLmNvbSJ9LCJjb250ZXh0Ijp7InVzZXIiOnsidXNlcklkIjoiMDA1MDAwMDAwMDAwVTAxIiwidXNlck5hbWUiOiJhZGFAYWNtZS5leGFtcGxlIiwiZW1haWwiOiJhZGFAYWNtZS5leGFtcGxlIiwiZnVsbE5hbWUiOiJBZGEgTG92ZWxhY2UifSwib3JnYW5pemF0aW9uIjp7Im9yZ2FuaXphdGlvbklkIjoiMDBEMDAwMDAwMDAwT1JHIn0sImVudmlyb25tZW50Ijp7InJlY29yZCI6eyJJZCI6IjAwMzAwMDAwMDAwMEMwMSIsImF0dHJpYnV0ZXMiOnsidHlwZSI6IkNvbnRhY3QifX19fX0=";
    const NOW: OffsetDateTime = datetime!(2026-12-02 13:10:00 UTC);

    #[test]
    fn the_documented_signature_verifies() {
        let l = verify(&format!("{SIG}.{ENC}"), b"canvas-secret", NOW).unwrap();
        assert_eq!(l.user_id, "005000000000U01");
        assert_eq!(l.email.as_deref(), Some("ada@acme.example"));
        assert_eq!(l.full_name.as_deref(), Some("Ada Lovelace"));
        assert_eq!(l.org_id, "00D000000000ORG");
        assert_eq!(l.record_id.as_deref(), Some("003000000000C01"));
    }

    #[test]
    fn bad_signatures_algorithms_and_stale_requests_are_refused() {
        let good = format!("{SIG}.{ENC}");
        assert_eq!(
            verify(&good, b"another-secret", NOW),
            Err(Refusal::Signature)
        );
        let tampered = format!("{SIG}.{}", ENC.replacen("eyJ", "eyK", 1));
        assert_eq!(
            verify(&tampered, b"canvas-secret", NOW),
            Err(Refusal::Signature)
        );
        assert_eq!(
            verify("no-period", b"canvas-secret", NOW),
            Err(Refusal::Malformed)
        );
        assert_eq!(
            verify(&good, b"canvas-secret", datetime!(2026-12-02 14:00:01 UTC)),
            Err(Refusal::Stale)
        );
        let other = r#"{"algorithm":"HMACSHA1","issuedAt":"2026-12-02T13:00:00.000+0000","context":{"user":{"userId":"u"},"organization":{"organizationId":"o"}}}"#;
        assert_eq!(
            verify(&sign(other, b"k"), b"k", NOW),
            Err(Refusal::Algorithm)
        );
        let signed = sign(
            &String::from_utf8(
                base64::engine::general_purpose::STANDARD
                    .decode(ENC)
                    .unwrap(),
            )
            .unwrap(),
            b"canvas-secret",
        );
        assert_eq!(signed, good, "sign() agrees with the documented steps");
    }
}
