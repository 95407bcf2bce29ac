use serde_json::json;

use crate::cli::SandboxGenerateArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxGenerateArgs) -> Result<Output> {
    let (first, last) = crate::sandbox::control::generate_placements(
        &ctx.sandbox_world(),
        args.count,
        !args.without_cost_centre,
    )?;
    Ok(Output::new(
        json!({ "placements": args.count, "first_placement_id": first, "last_placement_id": last }),
        Human::Nothing,
    )
    .with_status(format!(
        "Added {} candidates with approved onboarding placements ({first}-{last}) to the sandbox's JobAdder account",
        args.count
    )))
}
