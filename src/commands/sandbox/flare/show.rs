use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context) -> Result<Output> {
    let setup = crate::sandbox::setup::flare(&ctx.sandbox_world())?;
    let pretty = serde_json::to_string_pretty(&setup).expect("JSON serialises");
    Ok(Output::new(
        setup,
        Human::Lines(pretty.lines().map(str::to_string).collect()),
    ))
}
