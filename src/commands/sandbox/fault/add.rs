use crate::cli::SandboxFaultAddArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Human, Output};
use crate::sandbox::world::FaultKind;

pub fn run(ctx: &mut Context, args: SandboxFaultAddArgs) -> Result<Output> {
    let kind = match (args.status, args.latency, args.drop, args.next_link) {
        (None, None, false, Some(url)) => FaultKind::NextLink { url },
        (Some(status), None, false, None) => FaultKind::Status { status },
        (None, Some(d), false, None) => {
            if d.is_negative() || d.whole_seconds() > 600 {
                return Err(Error::usage("--latency must be between 0s and 10m"));
            }
            FaultKind::Latency {
                millis: d.whole_milliseconds() as u64,
            }
        }
        (None, None, true, None) => FaultKind::Drop,
        _ => {
            return Err(Error::usage(
                "give exactly one of --status, --latency, --drop and --next-link",
            ));
        }
    };
    let f =
        crate::sandbox::control::add_fault(&ctx.sandbox_world(), &args.prefix, kind, args.count)?;
    let status = format!(
        "Fault {}: {} on the next {} request(s) under {}",
        f.id,
        super::describe(&f.kind),
        f.remaining,
        f.prefix
    );
    Ok(Output::new(f, Human::Nothing).with_status(status))
}
