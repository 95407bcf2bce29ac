use crate::cli::SandboxClockAdvanceArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context, args: SandboxClockAdvanceArgs) -> Result<Output> {
    let v = crate::sandbox::control::advance(&ctx.sandbox_world(), args.by)?;
    let status = format!(
        "Moved the sandbox clock forward {}; it is now {}",
        super::super::human_duration(args.by.whole_seconds()),
        v.now
    );
    Ok(super::output(v).with_status(status))
}
