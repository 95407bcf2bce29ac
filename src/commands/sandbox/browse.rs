use crate::cli::SandboxBrowseArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxBrowseArgs) -> Result<Output> {
    ctx.printer
        .debug(1, &format!("browsing {} as {}", args.url, args.user));
    let o = crate::sandbox::browse(&args.url, &args.user, &args.password, args.deny)?;
    let lines = vec![
        format!("result: {}", o.result),
        format!("ended at: {} (HTTP {})", o.final_url, o.status),
        o.text.clone(),
    ];
    Ok(Output::new(o, Human::Lines(lines)))
}
