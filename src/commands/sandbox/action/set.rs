use crate::cli::{OnOff, SandboxActionSetArgs};
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;
use crate::sandbox::setup::{self, ActionChange};

pub fn run(ctx: &mut Context, args: SandboxActionSetArgs) -> Result<Output> {
    let change = ActionChange {
        admin_only: args.admin_only.map(|v| v == OnOff::On),
        active_only: args.active_only.map(|v| v == OnOff::On),
        statuses: args.statuses.map(|s| s.0),
        name: args.name.as_deref(),
        url: args.url.as_deref(),
    };
    let action = setup::set_action(&ctx.sandbox_world(), &args.id, &change)?;
    Ok(Output::lazy(vec![action], super::table)
        .with_status(format!("Changed partner action {}", args.id)))
}
