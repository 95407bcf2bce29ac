use serde_json::json;

use crate::cli::OrgShowArgs;
use crate::context::{Context, org_from};
use crate::error::Result;
use crate::output::{Human, Listing, Output};
use crate::state::AuditFilter;

const RECENT_AUDIT: i64 = 10;

pub fn run(ctx: &mut Context, args: OrgShowArgs) -> Result<Output> {
    let slug = ctx.org_slug(args.slug.as_deref())?;
    // One snapshot, so the seats and links shown are the named organisation's.
    let (org, seats, integrations, audit) = ctx.state()?.snapshot(|read| {
        let org = org_from(read, &slug)?;
        let seats = read.seat_summary(&org)?;
        let integrations = read.integrations(org.id)?;
        let audit = read.audit(&AuditFilter {
            org_slug: Some(org.slug.clone()),
            since: None,
            limit: Some(RECENT_AUDIT),
        })?;
        Ok((org, seats, integrations, audit))
    })?;

    let mut seat_line = format!(
        "{} of {} in use, {} available",
        seats.used, seats.seats, seats.available
    );
    if seats.over_allocated > 0 {
        seat_line.push_str(&format!(" ({} over-allocated)", seats.over_allocated));
    }
    let mut links = Listing::new(&[
        "provider",
        "account",
        "authorised by",
        "linked at",
        "status",
    ]);
    for i in &integrations {
        links.row(vec![
            i.provider.as_str().to_string(),
            i.account_name
                .clone()
                .or(i.account_id.clone())
                .unwrap_or_else(|| "-".into()),
            i.authorised_by.clone().unwrap_or_else(|| "-".into()),
            crate::clock::format(i.linked_at),
            match &i.broken_reason {
                Some(r) => format!("broken: {r}"),
                None => "linked".into(),
            },
        ]);
    }
    let mut recent = Listing::new(&["at", "actor", "action", "subject", "change"]);
    for a in &audit {
        recent.row(vec![
            crate::clock::format(a.at),
            a.actor.clone(),
            a.action.clone(),
            a.subject.clone().unwrap_or_else(|| "-".into()),
            super::super::audit::change_summary(a),
        ]);
    }
    let human = Human::Record {
        fields: vec![
            ("slug", org.slug.clone()),
            ("name", org.name.clone()),
            ("created", crate::clock::format(org.created_at)),
            ("seats", seat_line),
        ],
        sections: vec![
            ("Integrations".to_string(), links),
            (format!("Recent changes (last {RECENT_AUDIT})"), recent),
        ],
    };
    Ok(Output::new(
        json!({
            "organisation": org,
            "seats": seats,
            "integrations": integrations,
            "audit": audit,
        }),
        human,
    ))
}
