//! JobAdder's side of a click on a partner action: find the organisation's
//! button, fill its URL template, and (when the action has a salt) append
//! `_exp` (UTC .NET ticks, five minutes ahead on the world's clock) and
//! `_h`, exactly as JobAdder documents it. Written independently of the
//! verifier in `providers::jobadder`, so each checks the other.

use std::path::Path;

use base64::Engine;
use serde_json::Value;

use super::world::with_world;
use crate::error::{Error, Result};

/// How long a signed click stays valid.
const VALID_FOR: i64 = 5 * 60;

pub struct Clicked {
    pub url: String,
    pub action_id: String,
    pub user_id: u64,
}

/// The URL JobAdder opens when `user` (email or id) clicks the button
/// registered as `atslink:<org>` on candidate `candidate`.
pub fn click(world: &Path, org: &str, user: &str, candidate: &str) -> Result<Clicked> {
    with_world(world, |w| {
        let reference = format!("atslink:{org}");
        let now = w.now();
        let (account, action) = w
            .jobadder
            .accounts
            .iter()
            .find_map(|a| {
                a.partner_actions
                    .iter()
                    .find(|x| x.get("reference").and_then(Value::as_str) == Some(&reference))
                    .map(|x| (a, x))
            })
            .ok_or_else(|| {
                Error::not_found(format!(
                    "no Actions-menu button of `{org}` is registered in the sandbox's JobAdder"
                ))
                .with_hint(format!(
                    "link it first: `atslink --sandbox integration link jobadder --org {org}`"
                ))
            })?;
        let u = account.user_by_email_or_id(user).map_err(|e| {
            e.with_hint("`atslink sandbox user list --provider jobadder` shows them")
        })?;
        if !account
            .candidates
            .iter()
            .any(|c| id_text(c.get("candidateId")) == candidate)
        {
            return Err(Error::not_found(format!(
                "no candidate {candidate} in JobAdder account {}",
                account.account
            )));
        }
        let template = action.get("url").and_then(Value::as_str).ok_or_else(|| {
            Error::failure("the button has no URL: JobAdder would only show a submitted notice")
        })?;
        let url = template
            .replace("{candidateId}", candidate)
            .replace("{userId}", &u.user_id.to_string());
        let url = match action.get("salt").and_then(Value::as_str) {
            Some(salt) => sign(&url, salt, now + time::Duration::seconds(VALID_FOR)),
            None => url,
        };
        Ok(Clicked {
            url,
            action_id: id_text(action.get("actionId")),
            user_id: u.user_id,
        })
    })
}

fn id_text(v: Option<&Value>) -> String {
    match v {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    }
}

/// Appends `_exp` and `_h`: the hash is over the URL with `_exp`, its
/// query parameters in key order, then the salt.
fn sign(url: &str, salt: &str, expires: time::OffsetDateTime) -> String {
    // .NET DateTime ticks: 100 ns units since 0001-01-01T00:00:00Z.
    let ticks = expires.unix_timestamp() as i128 * 10_000_000 + 621_355_968_000_000_000;
    let with_exp = format!(
        "{url}{}_exp={ticks}",
        if url.contains('?') { "&" } else { "?" }
    );
    let (path, query) = with_exp.split_once('?').expect("has a query");
    let mut params: Vec<(&str, &str)> = query
        .split('&')
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    params.sort_by_key(|(k, _)| *k);
    let ordered = params
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let digest = ring::digest::digest(
        &ring::digest::SHA256,
        format!("{path}?{ordered}{salt}").as_bytes(),
    );
    let b64 = base64::engine::general_purpose::STANDARD.encode(digest);
    let h: String = b64
        .chars()
        .take_while(|c| *c != '=')
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    format!("{with_exp}&_h={h}")
}

/// Salesforce's side of opening the Allsorter tab (a Canvas app) on a
/// contact: the `signed_request` it posts, signed with the sandbox's
/// Connected App consumer secret: Base64(HMAC-SHA256(secret,
/// Base64(context))), a period, Base64(context).
pub fn canvas_request(world: &Path, org_id: &str, user: &str, contact: &str) -> Result<String> {
    with_world(world, |w| {
        let secret = w.salesforce.app.client_secret.clone();
        let now = w.now();
        let org = w
            .salesforce
            .orgs
            .iter()
            .find(|o| o.org_id == org_id)
            .ok_or_else(|| {
                Error::not_found(format!("no Salesforce org {org_id} in the sandbox"))
            })?;
        let u = org
            .users
            .iter()
            .find(|u| u.username.eq_ignore_ascii_case(user) || u.id == user)
            .ok_or_else(|| {
                Error::not_found(format!("no user `{user}` in Salesforce org {org_id}"))
                    .with_hint("`atslink sandbox user list --provider salesforce` shows them")
            })?;
        if !u.active || u.deleted {
            return Err(Error::failure(format!(
                "{user} is deactivated: Salesforce would not let them sign in"
            )));
        }
        let issued = now
            .format(&time::format_description::well_known::Rfc3339)
            .map_err(|e| Error::failure(format!("formatting the time: {e}")))?;
        let context = serde_json::json!({
            "algorithm": "HMACSHA256",
            "issuedAt": issued,
            "userId": u.id,
            "client": {
                // A stand-in: the receiving side must never keep or show it.
                "oauthToken": "sandbox-canvas-session-token",
                "instanceUrl": "sandbox",
            },
            "context": {
                "user": {
                    "userId": u.id,
                    "userName": u.username,
                    "email": u.email,
                    "fullName": format!("{} {}", u.first_name, u.last_name),
                },
                "organization": {"organizationId": org.org_id, "name": org.name},
                "environment": {"record": {"Id": contact, "attributes": {"type": "Contact"}}},
            },
        });
        let b64 = base64::engine::general_purpose::STANDARD;
        let encoded = b64.encode(context.to_string());
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.as_bytes());
        let sig = b64.encode(ring::hmac::sign(&key, encoded.as_bytes()));
        Ok(format!("{sig}.{encoded}"))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn signs_like_the_documented_example() {
        // Same vector as providers::jobadder::hashed_url (computed with
        // python's hashlib from the documented steps).
        let url = super::sign(
            "https://atslink.example.com/launch/jobadder/acme?candidate=105&user=7",
            "s3cr3tSalt",
            time::macros::datetime!(2026-12-02 13:05:00 UTC),
        );
        assert_eq!(
            url,
            "https://atslink.example.com/launch/jobadder/acme?candidate=105&user=7\
             &_exp=639318135000000000&_h=vXASBsLCPGkufw-c4oPBp1_89jF3JXHJ1jWwbxO3asY"
        );
    }
}
