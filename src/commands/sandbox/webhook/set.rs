use crate::cli::SandboxWebhookSetArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context, args: SandboxWebhookSetArgs) -> Result<Output> {
    let hook = crate::sandbox::webhooks::set_status(&ctx.sandbox_world(), &args.id, &args.status)?;
    Ok(Output::lazy(vec![hook], super::table)
        .with_status(format!("Webhook {} is now {}", args.id, args.status)))
}
