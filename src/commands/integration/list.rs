use serde::Serialize;

use crate::cli::IntegrationListArgs;
use crate::context::Context;
use crate::error::Result;
use crate::health::{self, Assessment, DEFAULT_WARN_WITHIN};
use crate::output::{Human, Listing, Output};
use crate::state::OrgIntegration;

#[derive(Serialize)]
struct Row {
    #[serde(flatten)]
    link: OrgIntegration,
    health: Assessment,
}

pub fn run(ctx: &mut Context, args: IntegrationListArgs) -> Result<Output> {
    let only = ctx.org_slug(None).ok();
    if let Some(slug) = &only {
        ctx.require_org(slug)?;
    }
    let now = ctx.clock.now();
    let links = ctx.state()?.read().all_integrations()?;
    let rows: Vec<Row> = links
        .into_iter()
        .filter(|l| only.as_deref().is_none_or(|o| o == l.org))
        .map(|l| Row {
            health: health::assess(&l.org, &l.link, now, DEFAULT_WARN_WITHIN),
            link: l,
        })
        .collect();
    let empty = rows.is_empty();
    // As `token status`: a broken link is a failure a script must see.
    let exit = health::exit_kind(rows.iter().map(|r| &r.health.health));
    let mut out = Output::lazy(rows, table).with_format(args.format.format);
    if let Some(kind) = exit {
        out = out.with_exit(kind);
    }
    if empty {
        out = out
            .with_status("No links yet: `atslink integration link jobadder --org SLUG` makes one");
    }
    Ok(out)
}

fn table(rows: Vec<Row>) -> Human {
    let mut listing = Listing::new(&[
        "org",
        "provider",
        "account",
        "authorised by",
        "linked at",
        "health",
        "remedy",
    ]);
    for r in &rows {
        let l = &r.link.link;
        listing.row(vec![
            r.link.org.clone(),
            l.provider.clone(),
            match (&l.account_id, &l.account_name) {
                (Some(id), Some(name)) => format!("{id} ({name})"),
                (Some(id), None) => id.clone(),
                (None, Some(name)) => name.clone(),
                (None, None) => "-".into(),
            },
            l.authorised_by.clone().unwrap_or_else(|| "-".into()),
            l.linked_at.clone(),
            r.health.health.label(),
            r.health.remedy.clone().unwrap_or_else(|| "-".into()),
        ]);
    }
    Human::Table {
        summary: Vec::new(),
        listing,
    }
}
