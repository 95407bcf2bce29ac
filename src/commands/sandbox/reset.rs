use serde_json::json;

use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context) -> Result<Output> {
    let world = ctx.sandbox_world();
    ctx.confirm(
        "Reseed the sandbox world? Every sandbox token, record change, fault and clock offset is lost",
        "atslink sandbox reset",
    )?;
    let id = crate::sandbox::control::reset(&world)?;
    Ok(Output::new(json!({ "world": id }), Human::Nothing)
        .with_status(format!("Reseeded the sandbox world ({id})")))
}
