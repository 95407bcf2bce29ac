//! `atslink audit`: the change log, newest first.

use crate::cli::AuditArgs;
use crate::clock;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};
use crate::state::{AuditEntry, AuditFilter};

pub fn run(ctx: &mut Context, args: AuditArgs) -> Result<Output> {
    let org = ctx.org_slug(None).ok();
    if let Some(slug) = &org
        && let Err(e) = ctx.require_org(slug)
    {
        // A deleted organisation's trail is still worth reading, so only a
        // slug that never had any entry is "not found".
        let any = ctx.state()?.read().audit(&AuditFilter {
            org_slug: Some(slug.clone()),
            since: None,
            limit: Some(1),
        })?;
        if any.is_empty() {
            return Err(e);
        }
    }
    let entries = ctx.state()?.read().audit(&AuditFilter {
        org_slug: org,
        since: args.since,
        limit: Some(i64::from(args.limit)),
    })?;
    let columns = [
        "at", "actor", "org", "action", "subject", "change", "command",
    ];
    let human = Human::table(&columns, &entries, |e| {
        vec![
            clock::format(e.at),
            e.actor.clone(),
            e.org.clone().unwrap_or_else(|| "-".into()),
            e.action.clone(),
            e.subject.clone().unwrap_or_else(|| "-".into()),
            change_summary(e),
            e.command.clone(),
        ]
    });
    Ok(Output::new(&entries, human).with_format(args.format.format))
}

/// "before → after" for one entry.
pub fn change_summary(e: &AuditEntry) -> String {
    match (&e.before, &e.after) {
        (Some(b), Some(a)) => format!("{b} → {a}"),
        (None, Some(a)) => format!("→ {a}"),
        (Some(b), None) => format!("{b} → (removed)"),
        (None, None) => "-".into(),
    }
}
