use super::{membership, membership_status};
use crate::cli::SandboxFlareMemberArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxFlareMemberArgs) -> Result<Output> {
    let (entity, change) = membership(&args);
    let location =
        crate::sandbox::setup::location(&ctx.sandbox_world(), &args.target, entity, change)?;
    let status = membership_status(
        change,
        entity,
        &format!("the Flare location {}", args.target),
    );
    Ok(Output::new(location, Human::Nothing).with_status(status))
}
