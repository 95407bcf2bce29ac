use crate::cli::SandboxUserDeactivateArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;
use crate::sandbox::control::UserChange;

pub fn run(ctx: &mut Context, args: SandboxUserDeactivateArgs) -> Result<Output> {
    let change = UserChange::Deactivate {
        refresh_still_works: args.refresh_still_works,
    };
    super::change(ctx, &args.email, change, "Deactivated")
}
