//! `atslink integration …`: linking organisations to providers.

pub mod connect;
pub mod link;
pub mod list;
pub mod relink;
pub mod unlink;

use crate::error::Result;

/// Credential-store keys of a link's secrets.
pub fn secret_keys(org: &str, provider: &str) -> Vec<String> {
    let mut keys = vec![crate::auth::tokens::key(org, provider)];
    match provider {
        "salesforce" => {
            keys.push(format!("org/{org}/salesforce/client_secret"));
            keys.push(format!("org/{org}/salesforce/jwt_key"));
        }
        "flare" => keys.push(format!("org/{org}/flare/api_key")),
        "jobadder" => keys.push(crate::providers::jobadder::hashed_url::salt_key(org)),
        _ => {}
    }
    keys
}

/// Stores a new or replacement link: secrets first (so the old tokens stay
/// until the new ones are safely stored), then the metadata and the audit
/// row in one transaction.
pub fn persist(
    ctx: &mut crate::context::Context,
    org: &crate::state::Org,
    connected: connect::Connected,
    action: &str,
    before: Option<String>,
) -> Result<crate::state::IntegrationRow> {
    for (key, value) in &connected.secrets {
        ctx.store_secret(key, Some(org.id), value)?;
    }
    let row = connected.row;
    let stamp = ctx.stamp();
    ctx.state()?.write(|tx| {
        tx.save_integration(org.id, &row)?;
        stamp.record(
            tx,
            crate::state::NewAudit {
                org_slug: Some(org.slug.clone()),
                action: action.into(),
                subject: Some(row.provider.clone()),
                before,
                after: Some(summary(&row)),
            },
        )
    })?;
    Ok(row)
}

/// One line describing a link, for audit rows and status lines.
pub fn summary(row: &crate::state::IntegrationRow) -> String {
    let mut parts = vec![format!(
        "account={}",
        row.account_id.as_deref().unwrap_or("-")
    )];
    if let Some(who) = &row.authorised_by {
        parts.push(format!("authorised_by={who}"));
    }
    if let Some(reason) = &row.broken_reason {
        parts.push(format!("broken={reason:?}"));
    }
    parts.join(" ")
}

pub fn provider_label(provider: &str) -> &'static str {
    match provider {
        "jobadder" => "JobAdder",
        "salesforce" => "Salesforce",
        _ => "Flare",
    }
}
