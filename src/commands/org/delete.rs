use serde_json::json;

use crate::cli::OrgDeleteArgs;
use crate::context::{Context, org_in};
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::state::{IntegrationRow, NewAudit};

pub fn run(ctx: &mut Context, args: OrgDeleteArgs) -> Result<Output> {
    let slug = ctx.org_slug(args.slug.as_deref())?;
    let org = ctx.require_org(&slug)?;
    let (integrations, seats, secrets) = {
        let read = ctx.state()?.read();
        (
            read.integrations(org.id)?,
            read.seat_summary(&org)?,
            read.credential_refs_for_org(org.id)?,
        )
    };
    still_linked(&slug, &integrations)?;
    ctx.confirm(
        &format!(
            "Delete organisation {slug} ({}) and its {} licensed user{}?",
            org.name,
            seats.used,
            if seats.used == 1 { "" } else { "s" }
        ),
        &format!("atslink org delete {slug}"),
    )?;
    // Secrets go first: if the store refuses, the organisation is still
    // there to retry with, rather than gone with its secrets orphaned.
    for name in &secrets {
        ctx.delete_secret(name)?;
    }
    let stamp = ctx.stamp();
    ctx.state()?.write(|tx| {
        // Resolved again under the write lock: while the prompt waited, the
        // organisation may have been deleted, replaced under the same slug,
        // or its row id reused by another; only the one confirmed is deleted.
        let current = org_in(tx, &slug)?;
        if current.id != org.id || current.created_at != org.created_at {
            return Err(Error::conflict(format!(
                "organisation `{slug}` was replaced (created {}) while this command waited; \
                 nothing was deleted",
                crate::clock::format(current.created_at)
            ))
            .with_hint(format!(
                "check it with `atslink org show {slug}`, then run `atslink org delete {slug}` again"
            )));
        }
        still_linked(&slug, &tx.integrations(org.id)?)?;
        tx.delete_org(&org)?;
        stamp.record(
            tx,
            NewAudit {
                org_slug: Some(org.slug.clone()),
                action: "org.delete".into(),
                subject: None,
                before: Some(format!("name={:?} seats={}", org.name, org.seats)),
                after: None,
            },
        )
    })?;
    Ok(Output::new(
        json!({ "deleted": org.slug, "secrets_removed": secrets.len() }),
        Human::Nothing,
    )
    .with_status(format!("Deleted organisation {slug}")))
}

/// Deleting a linked organisation would orphan live tokens at the provider
/// (and a JobAdder Actions-menu button), so unlink comes first.
fn still_linked(slug: &str, integrations: &[IntegrationRow]) -> Result<()> {
    let Some(first) = integrations.first() else {
        return Ok(());
    };
    let providers: Vec<&str> = integrations.iter().map(|i| i.provider.as_str()).collect();
    Err(Error::conflict(format!(
        "organisation `{slug}` still has linked integrations: {}",
        providers.join(", ")
    ))
    .with_hint(format!(
        "unlink first: `atslink integration unlink {} --org {slug}`",
        first.provider.as_str()
    )))
}
