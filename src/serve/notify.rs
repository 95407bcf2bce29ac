//! Broken-link notifications: after each keep-alive pass every link's
//! health (as `integration list` assesses it) is compared with the last
//! state told; a link turning broken, or recovering after a relink, is one
//! transition, recorded in the audit log and POSTed to each
//! `[notify] webhook_urls` target as JSON (`id`, `org`, `provider`, `state`,
//! `reason`, `since`, `remedy`, and a Slack-compatible `text`). Delivery is
//! at least once: a pass leases what it sends, a failed notification is
//! retried on the next pass, and one whose sender died is sent again when
//! the lease runs out, with the same `id`. Sending has a short timeout, so
//! a dead target never holds the scheduler up for long.

use std::time::Duration;

use serde_json::json;

use crate::error::Result;
use crate::health::{self, Health};
use crate::services::Services;
use crate::state::{LinkAlert, LinkState, NewAudit};

const TIMEOUT: Duration = Duration::from_secs(5);
/// How long a pass holds the notifications it is sending: longer than it
/// can take to send them, short enough that a dead sender's are soon sent
/// by another pass.
const LEASE: time::Duration = time::Duration::minutes(5);

/// Records transitions, then sends what is pending, logging each.
pub fn run(svc: &mut Services) -> Result<()> {
    record(svc)?;
    send(svc)
}

fn record(svc: &mut Services) -> Result<()> {
    let now = svc.clock.now();
    let stamp = svc.stamp();
    for l in svc.state()?.read().all_integrations()? {
        let a = health::assess(&l.org, &l.link, now, health::DEFAULT_WARN_WITHIN);
        let (state, reason) = match &a.health {
            Health::Broken { reason } => (LinkState::Broken, Some(reason.clone())),
            Health::Ok | Health::Expiring { .. } => (LinkState::Ok, None),
            Health::Unknown { .. } => continue,
        };
        let (org_id, provider, slug) = (l.organisation.id, l.link.provider, l.org.clone());
        let changed = svc.state()?.write(|tx| {
            let changed = tx.record_link_state(org_id, provider, state, reason.as_deref(), now)?;
            if changed {
                stamp.record(
                    tx,
                    NewAudit {
                        org_slug: Some(slug.clone()),
                        action: if state == LinkState::Broken {
                            "link.broken".into()
                        } else {
                            "link.recovered".into()
                        },
                        subject: Some(provider.as_str().to_string()),
                        before: None,
                        after: reason.clone(),
                    },
                )?;
            }
            Ok(changed)
        })?;
        if changed {
            tracing::info!(
                org = %slug,
                provider = %provider.as_str(),
                state = %state.as_str(),
                "notify: the link's health changed"
            );
        }
    }
    Ok(())
}

fn send(svc: &mut Services) -> Result<()> {
    let now = svc.clock.now();
    let pending = svc
        .state()?
        .write(|tx| tx.take_pending_alerts(now, now + LEASE))?;
    if pending.is_empty() {
        return Ok(());
    }
    let urls = svc.config.notify.webhook_urls.clone();
    let orgs = svc.state()?.read().orgs()?;
    // The one outbound HTTP policy (body cap, 429 handling), with a short
    // timeout and one attempt: a slow target must not hold up the pass, and
    // a failed one is retried by the next.
    let client = crate::http::Http::new(crate::http::Policy {
        total_timeout: TIMEOUT,
        attempts: 1,
        ..crate::http::Policy::default()
    });
    let rt = crate::providers::runtime()?;
    for a in pending {
        let slug = orgs
            .iter()
            .find(|o| o.id == a.org_id)
            .map(|o| o.slug.clone())
            .unwrap_or_default();
        let body = payload(&slug, &a);
        let sent = rt.block_on(async {
            let mut all = true;
            for u in &urls {
                let ok = client
                    .post(u)
                    .json(&body)
                    .send()
                    .await
                    .is_ok_and(|r| r.status.is_success());
                all &= ok;
            }
            all
        });
        let at = svc.clock.now();
        svc.state()?.write(|tx| tx.alert_sent(&a, sent, at))?;
        // The targets' URLs are not logged: a Slack-style webhook URL is
        // itself a credential.
        if sent {
            tracing::info!(
                org = %slug,
                provider = %a.provider.as_str(),
                state = %a.state.as_str(),
                targets = urls.len(),
                sent = true,
                "notify: notification sent"
            );
        } else {
            tracing::warn!(
                org = %slug,
                provider = %a.provider.as_str(),
                state = %a.state.as_str(),
                targets = urls.len(),
                sent = false,
                "notify: notification failed; retried next pass"
            );
        }
    }
    Ok(())
}

fn payload(slug: &str, a: &LinkAlert) -> serde_json::Value {
    let label = a.provider.label();
    let since = crate::clock::format(a.since);
    let (state, remedy, text) = if a.state == LinkState::Broken {
        let remedy = health::relink_command(a.provider, slug);
        let text = format!(
            "atslink: {slug}'s {label} link is broken since {since}: {}. Fix: `{remedy}`",
            a.reason.as_deref().unwrap_or("unknown reason")
        );
        ("broken", Some(remedy), text)
    } else {
        let text = format!("atslink: {slug}'s {label} link works again (since {since})");
        ("recovered", None, text)
    };
    json!({
        // The transition's identity: the same alert sent again (after a
        // sender died mid-pass) carries the same id.
        "id": format!("{slug}/{}/{}/{since}", a.provider.as_str(), a.state.as_str()),
        "org": slug,
        "provider": a.provider,
        "state": state,
        "reason": a.reason,
        "since": since,
        "remedy": remedy,
        "text": text,
    })
}
