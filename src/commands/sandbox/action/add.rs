use crate::cli::SandboxActionAddArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context, args: SandboxActionAddArgs) -> Result<Output> {
    let rows = crate::sandbox::setup::add_actions(
        &ctx.sandbox_world(),
        args.account,
        &args.name,
        args.count,
    )?;
    let status = format!(
        "Added {} candidate button(s) to the Actions menu",
        rows.len()
    );
    Ok(Output::lazy(rows, super::table).with_status(status))
}
