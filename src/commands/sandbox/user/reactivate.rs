use crate::cli::SandboxUserEmailArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;
use crate::sandbox::control::UserChange;

pub fn run(ctx: &mut Context, args: SandboxUserEmailArgs) -> Result<Output> {
    super::change(ctx, &args.email, UserChange::Reactivate, "Reactivated")
}
