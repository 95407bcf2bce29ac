use crate::cli::SandboxFlareDefaultsArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxFlareDefaultsArgs) -> Result<Output> {
    let account = crate::sandbox::setup::defaults(
        &ctx.sandbox_world(),
        args.location.as_deref(),
        args.legal_entity.as_deref(),
    )?;
    let status = format!(
        "The Flare account's defaults are now location {} and legal entity {}",
        account["defaults"]["locationId"].as_str().unwrap_or("-"),
        account["defaults"]["legalEntityId"].as_str().unwrap_or("-")
    );
    Ok(Output::new(account, Human::Nothing).with_status(status))
}
