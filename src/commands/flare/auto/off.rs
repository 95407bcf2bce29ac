//! `flare auto off`: deletes the organisation's JobAdder webhooks, and
//! only then forgets the authorization value: if JobAdder cannot be
//! reached, nothing is forgotten and the command can simply be rerun.

use serde_json::json;

use super::{authorization_key, remove_webhooks};
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};
use crate::providers::Provider;
use crate::state::NewAudit;

pub fn run(ctx: &mut Context) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    // Without the link there is nothing of ours at JobAdder to delete
    // (unlinking deleted it and forgot the rest): say so, rather than
    // offer the rerun hint below for a failure that a rerun cannot fix.
    ctx.state()?.read().require_link(&org, Provider::JobAdder)?;
    let removed = remove_webhooks(ctx, &org).map_err(|e| {
        let hint = format!(
            "nothing was forgotten; rerun `atslink flare auto off --org {slug}` once JobAdder answers \
             (a broken link: `atslink integration relink jobadder --org {slug}` first)"
        );
        e.with_hint(hint)
    })?;
    ctx.delete_secret(&authorization_key(&slug))?;
    ctx.record_audit(NewAudit {
        org_slug: Some(slug.clone()),
        action: "flare.auto.off".into(),
        subject: None,
        before: (!removed.is_empty()).then(|| removed.join(", ")),
        after: None,
    })?;
    let status = if removed.is_empty() {
        format!("Automatic export was already off for {slug}")
    } else {
        format!(
            "Automatic export is off for {slug}: JobAdder webhook {} deleted",
            removed.join(", ")
        )
    };
    Ok(Output::new(
        json!({ "organisation": slug, "deleted_webhooks": removed }),
        Human::Nothing,
    )
    .with_status(status))
}
