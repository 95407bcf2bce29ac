use crate::cli::SandboxClockAdvanceArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context, args: SandboxClockAdvanceArgs) -> Result<Output> {
    let v = crate::sandbox::control::advance(&ctx.sandbox_world(), args.by)?;
    // JobAdder retries failed webhook deliveries every 5 minutes: the
    // ones now due go out.
    let deliveries = crate::sandbox::webhooks::deliver_due(&ctx.sandbox_world())?;
    let mut status = format!(
        "Moved the sandbox clock forward {}; it is now {}",
        super::super::human_duration(args.by.whole_seconds()),
        v.now
    );
    if !deliveries.is_empty() {
        let ok = deliveries.iter().filter(|d| d.delivered).count();
        status.push_str(&format!(
            "; retried {} webhook deliveries, {ok} delivered",
            deliveries.len()
        ));
    }
    Ok(super::output(v).with_status(status))
}
