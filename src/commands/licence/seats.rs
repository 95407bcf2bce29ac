//! `licence seats N`: the pool size. Lowering it below the number of active
//! users is refused unless `--force`, which never disables anyone: the
//! excess stay active and are reported as over-allocated.

use serde_json::json;

use crate::cli::LicenceSeatsArgs;
use crate::context::{Context, org_in};
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::state::NewAudit;

pub fn run(ctx: &mut Context, args: LicenceSeatsArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    let org = ctx.require_org(&slug)?;
    let new = i64::from(args.seats);
    let current = ctx.state()?.read().seat_summary(&org)?;
    if new < current.used && !args.force {
        return Err(too_few(&slug, current.used, new));
    }
    ctx.confirm(
        &format!(
            "Change the licence pool of {slug} from {} to {new} seats?",
            org.seats
        ),
        &format!("atslink licence seats {new} --org {slug}"),
    )?;
    let stamp = ctx.stamp();
    let (org, after, over) = ctx.state()?.write(|tx| {
        // Resolved and re-checked under the write lock: the organisation
        // may have been deleted (its row id reused) or claims may have
        // landed while the prompt waited.
        let mut org = org_in(tx, &slug)?;
        let used = tx.active_count(org.id)?;
        if new < used && !args.force {
            return Err(too_few(&slug, used, new));
        }
        let before = org.seats;
        tx.set_seats(org.id, new)?;
        stamp.record(
            tx,
            NewAudit {
                org_slug: Some(slug.clone()),
                action: "licence.seats".into(),
                subject: None,
                before: Some(format!("seats={before}")),
                after: Some(format!("seats={new}")),
            },
        )?;
        org.seats = new;
        let after = tx.seat_summary(&org)?;
        let over = if after.over_allocated > 0 {
            tx.over_allocated(org.id, new)?
        } else {
            Vec::new()
        };
        org.seats = before;
        Ok((org, after, over))
    })?;
    if !over.is_empty() {
        ctx.printer.warn(&format!(
            "{} active user{} beyond the pool of {new} stay{} active (over-allocated, the latest to join): {}",
            over.len(),
            if over.len() == 1 { "" } else { "s" },
            if over.len() == 1 { "s" } else { "" },
            over.join(", ")
        ));
    }
    Ok(Output::new(
        json!({ "organisation": slug, "before": org.seats, "seats": after, "over_allocated_users": over }),
        Human::Nothing,
    )
    .with_status(format!(
        "{slug} now has {new} seat{}: {} used, {} available",
        if new == 1 { "" } else { "s" },
        after.used,
        after.available
    )))
}

fn too_few(slug: &str, used: i64, new: i64) -> Error {
    Error::conflict(format!(
        "{slug} has {used} active users; the pool cannot go down to {new}"
    ))
    .with_hint(format!(
        "disable {} user{} first (`atslink licence list --org {slug} --state active`), or pass \
         --force to keep them active as over-allocated",
        used - new,
        if used - new == 1 { "" } else { "s" }
    ))
}
