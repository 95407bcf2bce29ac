//! `atslink integration …`: linking organisations to providers.

pub mod connect;
pub mod link;
pub mod list;
pub mod relink;
pub mod unlink;

use crate::error::{Error, Result};

/// Credential-store keys of a link's secrets.
pub fn secret_keys(org: &str, provider: &str) -> Vec<String> {
    let mut keys = vec![crate::auth::tokens::key(org, provider)];
    match provider {
        "salesforce" => {
            keys.push(format!("org/{org}/salesforce/client_secret"));
            keys.push(format!("org/{org}/salesforce/jwt_key"));
        }
        "flare" => keys.push(format!("org/{org}/flare/api_key")),
        _ => {}
    }
    keys
}

/// Reads a secret from stdin (piped) for --client-secret-stdin / --api-key-stdin.
pub fn read_stdin_secret(what: &str, flag: &str) -> Result<crate::secrets::SecretString> {
    use std::io::{IsTerminal, Read};
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        let value = dialoguer::Password::new()
            .with_prompt(what)
            .interact()
            .map_err(|e| Error::failure(format!("cannot read the {what}: {e}")))?;
        return Ok(crate::secrets::SecretString::new(value));
    }
    let mut buf = String::new();
    stdin
        .lock()
        .read_to_string(&mut buf)
        .map_err(|e| Error::usage(format!("cannot read the {what} from stdin: {e}")))?;
    let value = buf.trim_end_matches(['\r', '\n']).to_string();
    buf.clear();
    if value.is_empty() {
        return Err(
            Error::usage(format!("{flag} was given but stdin is empty")).with_hint(format!(
                "pipe it in: `printf %s \"$VALUE\" | atslink … {flag}`"
            )),
        );
    }
    Ok(crate::secrets::SecretString::new(value))
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
