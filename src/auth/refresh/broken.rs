//! A refresh the provider refused: the link is marked broken with the
//! reason in words the person can act on, and the error names the remedy.

use super::plain_sentence;
use crate::auth::tokens::TokenSet;
use crate::checks::jobadder::{Idle, idle_forecast};
use crate::error::{Error, ErrorKind, Result};
use crate::health::{self, relink_command};
use crate::providers::ClientError;
use crate::providers::Provider;
use crate::services::Services;
use crate::state::{IntegrationRow, NewAudit, Org};

/// Records why the link died and returns the error for the person.
pub(super) fn mark_broken(
    svc: &mut Services,
    org: &Org,
    link: &IntegrationRow,
    stored: &TokenSet,
    e: &ClientError,
    after_lost: bool,
) -> Result<Error> {
    let now = svc.clock.now();
    let who = link
        .authorised_by
        .as_deref()
        .unwrap_or("the authorising user");
    // The same deadline `org check` and `token status` forecast (dead from
    // the 14th day on), so the reason given here never contradicts them.
    let idle_since = link.last_use_text();
    let idle_expired = link.provider == Provider::JobAdder
        && idle_forecast(link, now, time::Duration::ZERO).is_ok_and(|f| f.idle == Idle::Dead);
    // The provider's own word wins over inference: a deleted user is named
    // as such even when the token was also idle.
    let label = link.provider;
    let user_deactivated = |d: &Option<String>| {
        d.as_deref().is_some_and(|d| {
            let d = d.to_ascii_lowercase();
            d.contains("inactive user") || d.contains("deactivated")
        })
    };
    let reason = match e {
        ClientError::OAuth { error, .. } if error == "invalid_request" => format!(
            "refresh rejected (invalid_request): {}",
            health::user_gone_reason(label, who, "deleted")
        ),
        // Both providers say so when the authorising user was deactivated
        // (Salesforce: `inactive user`): name it, since the remedy differs
        // (another administrator must consent).
        ClientError::OAuth { error, description } if user_deactivated(description) => format!(
            "refresh rejected ({error}: {}): {}",
            description.as_deref().unwrap_or_default(),
            health::user_gone_reason(label, who, "deactivated")
        ),
        _ if idle_expired => {
            format!("refresh token unused for more than 14 days (last used {idle_since})")
        }
        ClientError::OAuth { error, description } if after_lost => format!(
            "refresh rejected ({error}{}) after an earlier attempt's response was lost: the provider \
             probably rotated the token without atslink receiving the new one",
            description
                .as_deref()
                .map(|d| format!(": {d}"))
                .unwrap_or_default()
        ),
        ClientError::OAuth { error, description } => format!(
            "refresh rejected ({error}{}): the token was revoked or replaced, or the authorising user {who} was deactivated",
            description
                .as_deref()
                .map(|d| format!(": {d}"))
                .unwrap_or_default()
        ),
        other => format!("refresh rejected: {other}"),
    };
    let reason = plain_sentence(&reason, stored);
    record_broken(svc, org, link.provider, &reason)?;
    Ok(broken_error(org, link.provider, &reason))
}

/// Marks the link broken (keeping the first reason if it already is) with
/// an audit row, and counts the refusal as a failed refresh.
pub(super) fn record_broken(
    svc: &mut Services,
    org: &Org,
    provider: Provider,
    reason: &str,
) -> Result<()> {
    write_broken(svc, org, provider, reason, true)
}

/// Marks the link broken for what the provider said about it other than
/// refusing a refresh (the keep-alive finding its authorising user
/// deactivated while the refresh still works): the same broken state,
/// reason and audit row as a refusal, without counting a failed refresh.
pub fn mark_link_broken(
    svc: &mut Services,
    org: &Org,
    provider: Provider,
    reason: &str,
) -> Result<()> {
    write_broken(svc, org, provider, reason, false)
}

/// One write: the broken mark and its audit row, and with
/// `failed_refresh` the refusal counted as a failed refresh.
fn write_broken(
    svc: &mut Services,
    org: &Org,
    provider: Provider,
    reason: &str,
    failed_refresh: bool,
) -> Result<()> {
    let at = svc.clock.now();
    let stamp = svc.stamp();
    svc.state()?.write(|tx| {
        if failed_refresh {
            tx.record_refresh_failure(org.id, provider, reason, at)?;
        }
        mark(tx, &stamp, org, provider, reason, at)
    })
}

/// Marks the link broken unless it already is (the first reason stays),
/// with an audit row when it was not.
fn mark(
    tx: &crate::state::Tx<'_>,
    stamp: &crate::services::Stamp,
    org: &Org,
    provider: Provider,
    reason: &str,
    at: time::OffsetDateTime,
) -> Result<()> {
    if tx.mark_broken(org.id, provider, reason, at)? {
        stamp.record(
            tx,
            NewAudit {
                org_slug: Some(org.slug.clone()),
                action: "integration.broken".into(),
                subject: Some(provider.as_str().to_string()),
                before: Some("linked".into()),
                after: Some(format!("broken: {reason}")),
            },
        )?;
    }
    Ok(())
}

/// The error of a link marked broken: why, and the relink that mends it.
pub fn broken_error(org: &Org, provider: Provider, reason: &str) -> Error {
    Error::new(
        ErrorKind::Auth,
        format!(
            "the {} link of {} is broken: {reason}",
            provider.as_str(),
            org.slug
        ),
    )
    .with_hint(format!(
        "ask an active {} administrator to run through `{}`",
        // A Flare link is never broken by a refusal (it has no refresh).
        if provider == Provider::JobAdder {
            "JobAdder"
        } else {
            "Salesforce"
        },
        relink_command(provider, &org.slug)
    ))
}
