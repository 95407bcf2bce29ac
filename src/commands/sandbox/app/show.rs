use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context) -> Result<Output> {
    Ok(super::output(crate::sandbox::control::apps(
        &ctx.sandbox_world(),
    )?))
}
