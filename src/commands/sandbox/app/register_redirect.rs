use crate::cli::SandboxAppRedirectArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context, args: SandboxAppRedirectArgs) -> Result<Output> {
    let provider = super::super::user_provider(args.provider);
    let apps =
        crate::sandbox::control::register_redirect(&ctx.sandbox_world(), provider, &args.uri)?;
    Ok(super::output(apps).with_status(format!(
        "Registered {} as a {} redirect URI",
        args.uri,
        provider.as_str()
    )))
}
