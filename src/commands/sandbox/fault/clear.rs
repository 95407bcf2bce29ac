use serde_json::json;

use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context) -> Result<Output> {
    let n = crate::sandbox::control::clear_faults(&ctx.sandbox_world())?;
    Ok(Output::new(json!({ "cleared": n }), Human::Nothing)
        .with_status(format!("Cleared {n} fault(s)")))
}
