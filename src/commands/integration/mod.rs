//! `atslink integration …`: linking organisations to providers.

pub mod button;
pub mod connect;
pub mod link;
pub mod list;
pub mod relink;
pub mod unlink;

pub use crate::providers::label as provider_label;

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
        "jobadder" => {
            keys.push(crate::providers::jobadder::hashed_url::salt_key(org));
            keys.push(crate::commands::flare::auto::authorization_key(org));
        }
        _ => {}
    }
    keys
}

/// Stores a new or replacement link: secrets first (so the old tokens stay
/// until the new ones are safely stored), then the metadata and the audit
/// row in one transaction. If it cannot be stored, a button the consent
/// registered is removed again: the button's life follows the link's.
pub fn persist(
    ctx: &mut crate::services::Services,
    org: &crate::state::Org,
    connected: connect::Connected,
    action: &str,
    before: Option<String>,
    allow_shared_account: bool,
) -> Result<crate::state::IntegrationRow> {
    let connect::Connected {
        row,
        secrets,
        new_button,
    } = connected;
    match store(ctx, org, row, secrets, action, before, allow_shared_account) {
        Ok(row) => Ok(row),
        Err(mut e) => {
            if let Some(button) = &new_button {
                match connect::remove_new_button(ctx, button) {
                    Ok(()) => e.message.push_str(&format!(
                        "; the Actions-menu button registered for it (action {}) was removed again",
                        button.action_id
                    )),
                    Err(why) => e.message.push_str(&format!(
                        "; the Actions-menu button registered for it (action {}) could not be removed \
                         ({why}): remove it in JobAdder",
                        button.action_id
                    )),
                }
            }
            Err(e)
        }
    }
}

fn store(
    ctx: &mut crate::services::Services,
    org: &crate::state::Org,
    row: crate::state::IntegrationRow,
    secrets: Vec<(String, crate::secrets::SecretString)>,
    action: &str,
    before: Option<String>,
    allow_shared_account: bool,
) -> Result<crate::state::IntegrationRow> {
    let verb = if action == "integration.relink" {
        "relink"
    } else {
        "link"
    };
    let doing = format!("the {verb} was under way");
    // The consent took minutes: the organisation may be gone. Checked before
    // any secret is stored, and again where the link is written.
    ctx.state()?
        .write(|tx| crate::services::org_unchanged(tx, org, &doing))?;
    for (key, value) in &secrets {
        ctx.store_secret(key, Some(org.id), value)?;
    }
    let stamp = ctx.stamp();
    ctx.state()?.write(|tx| {
        crate::services::org_unchanged(tx, org, &doing)?;
        // Checked again where it is decided: another organisation may have
        // linked the same account while this consent was under way.
        if !allow_shared_account
            && let Some(account) = &row.account_id
            && let Some(other) = tx
                .orgs_linked_to(&row.provider, account)?
                .into_iter()
                .find(|o| *o != org.slug)
        {
            return Err(connect::shared_account(
                &row.provider,
                &org.slug,
                account,
                &other,
                verb,
            ));
        }
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
