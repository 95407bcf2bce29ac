use crate::cli::SandboxBrowseArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Output};

pub fn run(ctx: &mut Context, args: SandboxBrowseArgs) -> Result<Output> {
    ctx.printer
        .debug(1, &format!("browsing {} as {}", args.url, args.user));
    let o = crate::sandbox::browse(
        &args.url,
        &args.user,
        &args.password,
        args.deny,
        args.no_follow,
    )?;
    if args.no_follow {
        let lines = vec![o.final_url.clone()];
        return Ok(Output::new(o, Human::Lines(lines)));
    }
    let lines = vec![
        format!("result: {}", o.result),
        format!("ended at: {} (HTTP {})", o.final_url, o.status),
        o.text.clone(),
    ];
    Ok(Output::new(o, Human::Lines(lines)))
}
