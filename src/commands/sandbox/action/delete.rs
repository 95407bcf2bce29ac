use crate::cli::SandboxActionIdArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context, args: SandboxActionIdArgs) -> Result<Output> {
    let action = crate::sandbox::setup::delete_action(&ctx.sandbox_world(), &args.id)?;
    Ok(Output::lazy(vec![action], super::table)
        .with_status(format!("Deleted partner action {}", args.id)))
}
