//! `atslink integration …`: linking organisations to providers.

pub mod button;
pub mod connect;
pub mod link;
pub mod list;
pub mod relink;
pub mod unlink;

use crate::context::Context;
use crate::error::Result;
use crate::providers::Provider;
use crate::secrets::SecretKey;
use crate::services::Services;
use crate::state::{IntegrationRow, Org};

/// Credential-store keys of a link's secrets.
pub fn secret_keys(org: &str, provider: Provider) -> Vec<SecretKey> {
    let mut keys = vec![crate::auth::tokens::key(org, provider)];
    match provider {
        Provider::Salesforce => {
            keys.push(SecretKey::salesforce_client_secret(org));
            keys.push(SecretKey::salesforce_jwt_key(org));
        }
        Provider::Flare => keys.push(SecretKey::flare_api_key(org)),
        Provider::JobAdder => {
            keys.push(crate::providers::jobadder::hashed_url::salt_key(org));
            keys.push(crate::commands::flare::auto::authorization_key(org));
        }
    }
    keys
}

/// A new consent for `org`, stored as its link. `replacing` is the link a
/// relink replaces (`None`: a first link). The guard refuses an account
/// already linked to another organisation unless shared on purpose, and
/// (relinking) another account than the old one unless the move is
/// confirmed.
pub fn link_anew(
    ctx: &mut Context,
    org: &Org,
    args: &connect::ConnectArgs,
    replacing: Option<&IntegrationRow>,
    allow_account_change: bool,
) -> Result<IntegrationRow> {
    let verb = if replacing.is_some() {
        "relink"
    } else {
        "link"
    };
    let others = connect::other_links(ctx, &org.slug, args.provider)?;
    let guard = connect::Guard {
        verb,
        replacing,
        allow_account_change,
        allow_shared_account: args.allow_shared_account,
        others: &others,
    };
    let request = connect::Request {
        org: &org.slug,
        args,
        guard,
    };
    let connected = connect::connect(ctx, request)?;
    let before = replacing.map(summary);
    persist(ctx, org, connected, verb, before, args.allow_shared_account)
}

/// Stores a new or replacement link: secrets first (so the old tokens stay
/// until the new ones are safely stored), then the metadata and the audit
/// row in one transaction. If it cannot be stored, a button the consent
/// registered is removed again: the button's life follows the link's.
fn persist(
    ctx: &mut Services,
    org: &Org,
    connected: connect::Connected,
    verb: &str,
    before: Option<String>,
    allow_shared_account: bool,
) -> Result<IntegrationRow> {
    let connect::Connected {
        row,
        secrets,
        new_button,
    } = connected;
    match store(ctx, org, row, secrets, verb, before, allow_shared_account) {
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

/// `verb`: `link` or `relink`, as the audit row and the messages say.
fn store(
    ctx: &mut Services,
    org: &Org,
    row: IntegrationRow,
    secrets: Vec<(SecretKey, crate::secrets::SecretString)>,
    verb: &str,
    before: Option<String>,
    allow_shared_account: bool,
) -> Result<IntegrationRow> {
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
                .orgs_linked_to(row.provider, account)?
                .into_iter()
                .find(|o| *o != org.slug)
        {
            return Err(connect::shared_account(
                row.provider,
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
                action: format!("integration.{verb}"),
                subject: Some(row.provider.as_str().to_string()),
                before,
                after: Some(summary(&row)),
            },
        )
    })?;
    Ok(row)
}

/// One line describing a link, for audit rows and status lines.
pub fn summary(row: &IntegrationRow) -> String {
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
