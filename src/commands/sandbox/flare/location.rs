use super::{membership, verb};
use crate::cli::SandboxFlareMemberArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxFlareMemberArgs) -> Result<Output> {
    let (entity, change) = membership(&args);
    let location =
        crate::sandbox::setup::location(&ctx.sandbox_world(), &args.target, entity, change)?;
    let status = format!(
        "{} legal entity {entity} {} the Flare location {}",
        verb(change),
        if verb(change) == "Added" {
            "to"
        } else {
            "from"
        },
        args.target
    );
    Ok(Output::new(location, Human::Nothing).with_status(status))
}
