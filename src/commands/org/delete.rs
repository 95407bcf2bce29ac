use serde_json::json;

use crate::cli::OrgDeleteArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::state::NewAudit;

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
    // Deleting a linked organisation would orphan live tokens at the
    // provider (and a JobAdder Actions-menu button), so unlink comes first.
    if let Some(first) = integrations.first() {
        let providers: Vec<&str> = integrations.iter().map(|i| i.provider.as_str()).collect();
        return Err(Error::conflict(format!(
            "organisation `{slug}` still has linked integrations: {}",
            providers.join(", ")
        ))
        .with_hint(format!(
            "unlink first: `atslink integration unlink {} --org {slug}`",
            first.provider
        )));
    }
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
