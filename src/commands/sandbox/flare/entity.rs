use crate::cli::SandboxFlareEntityArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxFlareEntityArgs) -> Result<Output> {
    let brand = (!args.brand.eq_ignore_ascii_case("none")).then_some(args.brand.as_str());
    let entity = crate::sandbox::setup::entity_brand(&ctx.sandbox_world(), &args.entity, brand)?;
    let status = match brand {
        Some(b) => format!("Legal entity {} now has the brand {b}", args.entity),
        None => format!("Legal entity {} now has no brand", args.entity),
    };
    Ok(Output::new(entity, Human::Nothing).with_status(status))
}
