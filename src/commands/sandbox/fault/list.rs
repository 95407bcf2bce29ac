use crate::context::Context;
use crate::error::Result;
use crate::output::Output;

pub fn run(ctx: &mut Context) -> Result<Output> {
    let rows = crate::sandbox::control::faults(&ctx.sandbox_world())?;
    let empty = rows.is_empty();
    let mut out = Output::lazy(rows, super::table);
    if empty {
        out = out.with_status("No faults pending");
    }
    Ok(out)
}
