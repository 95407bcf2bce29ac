use crate::cli::SandboxRateArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxRateArgs) -> Result<Output> {
    let provider = super::provider(args.provider);
    let apps = crate::sandbox::control::set_rate(&ctx.sandbox_world(), provider, args.per_minute)?;
    let status = if args.per_minute == 0 {
        format!("Sandbox {}: no rate limit", provider.as_str())
    } else {
        format!(
            "Sandbox {}: 429 after {} requests per minute per account",
            provider.as_str(),
            args.per_minute
        )
    };
    Ok(Output::new(apps, Human::Nothing).with_status(status))
}
