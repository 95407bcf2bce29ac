//! `atslink sandbox place --org X --candidate C`: the sandbox's JobAdder
//! approves a new placement for the candidate (selected for onboarding
//! export) and delivers `placement_approved` to every enabled webhook
//! subscribed to it, as JobAdder would. A failed delivery is retried by
//! `sandbox clock advance` (every 5 minutes of world clock).

use serde_json::json;

use crate::cli::SandboxPlaceArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};
use crate::providers::Provider;

pub fn run(ctx: &mut Context, args: SandboxPlaceArgs) -> Result<Output> {
    let slug = ctx.org_slug(None)?;
    // The organisation's JobAdder account when it is linked; otherwise the
    // first account that has the candidate.
    let account = match ctx.state()?.read().org(&slug)? {
        Some(org) => ctx
            .state()?
            .read()
            .integration(org.id, Provider::JobAdder)?
            .and_then(|l| l.account_id),
        None => None,
    };
    let world = ctx.sandbox_world();
    let placed = crate::sandbox::webhooks::place(&world, account.as_deref(), args.candidate)?;
    let deliveries = crate::sandbox::webhooks::deliver_due(&world)?;
    let ok = deliveries.iter().filter(|d| d.delivered).count();
    let status = if placed.queued.is_empty() {
        format!(
            "Approved placement {} for candidate {} in JobAdder account {}; no enabled webhook is subscribed to placement_approved",
            placed.placement_id, placed.candidate_id, placed.account
        )
    } else {
        format!(
            "Approved placement {} for candidate {} in JobAdder account {}; {ok} of {} webhook deliveries accepted{}",
            placed.placement_id,
            placed.candidate_id,
            placed.account,
            deliveries.len(),
            if ok < deliveries.len() {
                " (the rest are retried every 5 minutes of sandbox clock: `atslink sandbox clock advance 5m`)"
            } else {
                ""
            }
        )
    };
    Ok(Output::new(
        json!({
            "account": placed.account,
            "placement_id": placed.placement_id,
            "candidate_id": placed.candidate_id,
            "deliveries": deliveries,
        }),
        Human::Nothing,
    )
    .with_status(status))
}
