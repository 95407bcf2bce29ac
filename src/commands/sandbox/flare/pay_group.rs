use super::{membership, membership_status};
use crate::cli::SandboxFlareMemberArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxFlareMemberArgs) -> Result<Output> {
    let (entity, change) = membership(&args);
    let group =
        crate::sandbox::setup::pay_group(&ctx.sandbox_world(), &args.target, entity, change)?;
    let status = membership_status(
        change,
        entity,
        &format!("the Flare pay group \"{}\"", args.target),
    );
    Ok(Output::new(group, Human::Nothing).with_status(status))
}
