use crate::cli::SandboxUserListArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context, args: SandboxUserListArgs) -> Result<Output> {
    let provider = args.provider.map(super::super::user_provider);
    let rows = crate::sandbox::control::users(&ctx.sandbox_world(), provider)?;
    Ok(Output::lazy(rows, super::table))
}
