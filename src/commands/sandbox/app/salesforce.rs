use crate::cli::{OnOff, SandboxAppSalesforceArgs};
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context, args: SandboxAppSalesforceArgs) -> Result<Output> {
    let rotation = args.rotation.map(|r| r == OnOff::On);
    let idle = if args.no_idle_limit {
        Some(None)
    } else {
        args.idle_limit.map(|d| Some(d.whole_seconds()))
    };
    if let Some(Some(secs)) = idle
        && secs <= 0
    {
        return Err(crate::error::Error::usage("--idle-limit must be positive"));
    }
    let apps = crate::sandbox::control::salesforce_policy(&ctx.sandbox_world(), rotation, idle)?;
    Ok(super::output(apps)
        .with_status("Updated the sandbox Salesforce connected app's refresh-token policy"))
}
