use crate::cli::SandboxClockAdvanceArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context, args: SandboxClockAdvanceArgs) -> Result<Output> {
    use crate::sandbox::webhooks::{RETRY_EVERY, deliver_due, has_queued};
    let world = ctx.sandbox_world();
    // JobAdder retries a failed webhook delivery every 5 minutes while time
    // passes: with deliveries queued the clock moves in 5-minute steps, each
    // retrying what is due (so an hour with the receiver down is 12 retries
    // and a suspension, as on JobAdder); with none queued, in one step.
    let mut left = args.by;
    let mut deliveries = Vec::new();
    let v = loop {
        let tick = time::Duration::seconds(RETRY_EVERY);
        let step = if has_queued(&world)? && left > tick {
            tick
        } else {
            left
        };
        let v = crate::sandbox::control::advance(&world, step)?;
        deliveries.extend(deliver_due(&world)?);
        left -= step;
        if left <= time::Duration::ZERO {
            break v;
        }
    };
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
