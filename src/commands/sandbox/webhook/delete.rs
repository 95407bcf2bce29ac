use crate::cli::SandboxWebhookIdArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context, args: SandboxWebhookIdArgs) -> Result<Output> {
    let hook = crate::sandbox::webhooks::delete(&ctx.sandbox_world(), &args.id)?;
    Ok(Output::lazy(vec![hook], super::table)
        .with_status(format!("Deleted webhook {} from JobAdder", args.id)))
}
